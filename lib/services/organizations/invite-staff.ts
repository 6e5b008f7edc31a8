import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { refuse, type ServiceResult } from '../result';
import { INVITATION_TTL_DAYS, invitationPath, invitationTokenHash, newInvitationToken } from './invitation-token';
import { liveMembership } from './membership';

/**
 * The head of an NGO invites a staff member by e-mail. A random one-time token is made;
 * only its SHA-256 is stored, and the token is returned once so the head can pass the
 * link on (there is no mail delivery yet). Inviting an address that already has a
 * pending invitation replaces it (the old link stops working): that is how the head gets
 * a fresh link. When the address already has a portal account, an e-mail notification is
 * queued in the outbox for it; a new address has no recipient row yet, so only the link
 * shown to the head carries the invitation.
 */
export async function inviteStaff(
  db: PrismaClient,
  actor: Actor,
  organizationId: string,
  input: { email: string },
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<{ invitationId: string; token: string; path: string; expiresAt: Date }>> {
  if (!can(actor, 'invite-staff', { type: 'organization', id: organizationId })) return refuse('forbidden');
  const membership = await liveMembership(db, actor.id, organizationId);
  if (membership?.role !== 'HEAD') return refuse('forbidden');

  const email = input.email.trim().toLowerCase();
  const [org, existingUser] = await Promise.all([
    db.organization.findUnique({ where: { id: organizationId }, select: { id: true, kind: true, nameKk: true, nameRu: true } }),
    db.user.findUnique({ where: { email }, select: { id: true, role: true, locale: true, memberships: { where: { organizationId, endedAt: null }, select: { id: true } } } }),
  ]);
  if (!org || org.kind !== 'NGO') return refuse('notFound');
  if (existingUser && existingUser.memberships.length > 0) return refuse('alreadyMember', { field: 'email' });
  // Staff of the operator, experts and administrators cannot join an NGO's cabinet with the same account.
  if (existingUser && existingUser.role !== 'NGO') return refuse('inviteeNotNgo', { field: 'email' });

  const token = newInvitationToken();
  const path = invitationPath(token);
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);

  return db.$transaction(async (tx) => {
    const superseded = await tx.organizationInvitation.findMany({
      where: { organizationId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (superseded.length) {
      await tx.organizationInvitation.updateMany({ where: { id: { in: superseded.map((i) => i.id) } }, data: { revokedAt: now } });
    }
    const invitation = await tx.organizationInvitation.create({
      data: { organizationId, email, role: 'STAFF', tokenHash: invitationTokenHash(token), expiresAt, invitedById: actor.id, createdAt: now },
      select: { id: true },
    });
    if (existingUser) {
      await tx.notification.create({
        data: {
          channel: 'EMAIL',
          recipientId: existingUser.id,
          templateKey: 'organization.invitation',
          locale: existingUser.locale,
          payload: { path, organizationNameKk: org.nameKk, organizationNameRu: org.nameRu, expiresAt: expiresAt.toISOString() },
          objectType: 'OrganizationInvitation',
          objectId: invitation.id,
          status: 'PENDING',
        },
      });
    }
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'organization.staff-invited',
        object: { type: 'Organization', id: organizationId },
        after: { invitationId: invitation.id, email, role: 'STAFF', expiresAt: expiresAt.toISOString(), replaced: superseded.map((i) => i.id) },
      },
      context,
    );
    return { ok: true as const, invitationId: invitation.id, token, path, expiresAt };
  });
}
