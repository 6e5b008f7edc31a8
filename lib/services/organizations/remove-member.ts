import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { refuse, type ServiceResult } from '../result';
import { liveMembership } from './membership';

/**
 * The head ends a staff member's access to the cabinet. The membership row stays (with
 * `endedAt`) for the history; the user's next request no longer carries the organisation
 * (getActor reads live memberships only). The head cannot remove themselves or another head.
 */
export async function removeMember(
  db: PrismaClient,
  actor: Actor,
  membershipId: string,
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<object>> {
  const membership = await db.organizationMembership.findUnique({ where: { id: membershipId }, include: { user: { select: { email: true } } } });
  if (!membership) return refuse('notFound');
  if (!can(actor, 'invite-staff', { type: 'organization', id: membership.organizationId })) return refuse('forbidden');
  if ((await liveMembership(db, actor.id, membership.organizationId))?.role !== 'HEAD') return refuse('forbidden');
  if (membership.userId === actor.id) return refuse('cannotRemoveSelf');
  if (membership.role === 'HEAD') return refuse('cannotRemoveHead');
  if (membership.endedAt) return refuse('memberAlreadyRemoved');

  return db.$transaction(async (tx) => {
    const updated = await tx.organizationMembership.updateMany({ where: { id: membershipId, endedAt: null }, data: { endedAt: now } });
    if (updated.count !== 1) return refuse('memberAlreadyRemoved');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'organization.member-removed',
        object: { type: 'Organization', id: membership.organizationId },
        before: { membershipId, userId: membership.userId, email: membership.user.email, role: membership.role },
        after: { endedAt: now.toISOString() },
      },
      context,
    );
    return { ok: true as const };
  });
}
