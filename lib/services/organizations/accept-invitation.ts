import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/passwords';
import type { InvitationAccount } from '@/lib/validation/organization-profile';
import { refuse, type ServiceResult } from '../result';
import { INVITATION_REFUSALS, invitationState } from './find-invitation';
import { invitationTokenHash } from './invitation-token';

export type AcceptAs =
  /** A new account for the invited e-mail (NGO role, argon2id password). */
  | { kind: 'create'; account: InvitationAccount }
  /** A signed-in account whose e-mail is the invited one. */
  | { kind: 'join'; userId: string };

/**
 * Someone opens an invitation link and accepts it: the token's hash must match an
 * invitation that is neither used, revoked nor expired (server clock). The invitation is
 * claimed with a compare-and-set, so two clicks never make two accounts; then the account
 * (new, or the signed-in one with the same e-mail) becomes STAFF of the organisation.
 */
export async function acceptInvitation(
  db: PrismaClient,
  token: string,
  as: AcceptAs,
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<{ userId: string; organizationId: string; email: string }>> {
  const invitation = await db.organizationInvitation.findUnique({
    where: { tokenHash: invitationTokenHash(token) },
    include: { organization: { select: { kind: true } } },
  });
  if (!invitation || invitation.organization.kind !== 'NGO') return refuse('invitationNotFound');
  const state = invitationState(invitation, now);
  if (state !== 'PENDING') return refuse(INVITATION_REFUSALS[state]);

  const existing = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, role: true, active: true, memberships: { where: { organizationId: invitation.organizationId } } },
  });
  let passwordHash: string | null = null;
  if (as.kind === 'create') {
    // The address already has an account: its owner signs in and joins instead.
    if (existing) return refuse('invitationSignInToJoin');
    passwordHash = await hashPassword(as.account.password);
  } else {
    if (!existing || existing.id !== as.userId) return refuse('invitationOtherAccount');
    if (!existing.active || existing.role !== 'NGO') return refuse('inviteeNotNgo');
    if (existing.memberships.some((m) => m.endedAt === null)) return refuse('alreadyMember');
  }

  try {
    return await db.$transaction(async (tx) => {
      // Claim the invitation first; a second, concurrent acceptance finds it taken.
      const claimed = await tx.organizationInvitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gte: now } },
        data: { acceptedAt: now },
      });
      if (claimed.count !== 1) return refuse('invitationUsed');

      const userId =
        as.kind === 'create'
          ? (
              await tx.user.create({
                data: { email: invitation.email, name: as.account.fullName, passwordHash, role: 'NGO' },
                select: { id: true },
              })
            ).id
          : as.userId;

      // A former member (membership ended) comes back on the same row.
      await tx.organizationMembership.upsert({
        where: { organizationId_userId: { organizationId: invitation.organizationId, userId } },
        create: { organizationId: invitation.organizationId, userId, role: invitation.role, createdAt: now },
        update: { role: invitation.role, endedAt: null, createdAt: now },
      });
      await tx.organizationInvitation.update({ where: { id: invitation.id }, data: { acceptedById: userId } });
      await recordAuditEvent(
        tx,
        {
          actor: { id: userId, role: 'NGO' },
          action: 'organization.invitation-accepted',
          object: { type: 'Organization', id: invitation.organizationId },
          after: { invitationId: invitation.id, userId, email: invitation.email, role: invitation.role, newAccount: as.kind === 'create' },
        },
        context,
      );
      return { ok: true as const, userId, organizationId: invitation.organizationId, email: invitation.email };
    });
  } catch (error) {
    // The same e-mail registered at the same moment: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') return refuse('invitationSignInToJoin');
    throw error;
  }
}
