import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { refuse, type ServiceResult } from '../result';
import { liveMembership } from './membership';

/** The head withdraws a pending invitation: its link stops working at once. */
export async function revokeInvitation(
  db: PrismaClient,
  actor: Actor,
  invitationId: string,
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<object>> {
  const invitation = await db.organizationInvitation.findUnique({ where: { id: invitationId } });
  if (!invitation) return refuse('notFound');
  if (!can(actor, 'invite-staff', { type: 'organization', id: invitation.organizationId })) return refuse('forbidden');
  if ((await liveMembership(db, actor.id, invitation.organizationId))?.role !== 'HEAD') return refuse('forbidden');
  if (invitation.acceptedAt) return refuse('invitationUsed');
  if (invitation.revokedAt) return refuse('invitationRevoked');

  return db.$transaction(async (tx) => {
    const updated = await tx.organizationInvitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count !== 1) return refuse('invitationUsed');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'organization.invitation-revoked',
        object: { type: 'Organization', id: invitation.organizationId },
        before: { invitationId, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() },
      },
      context,
    );
    return { ok: true as const };
  });
}
