import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { INVITATION_TTL_DAYS, invitationTokenHash, newInvitationToken } from '../organizations/invitation-token';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import { expertInvitationPath, type ExpertServiceOptions } from './invite-expert';

/**
 * A fresh invitation link for an expert who has not activated their account yet (the old
 * link expired or got lost): earlier open invitations are revoked, a new token is made
 * (SHA-256 stored, 7 days), the e-mail is queued again and the event audited.
 */
export async function reissueExpertInvitation(
  db: PrismaClient,
  actor: Actor,
  expertId: string,
  context: RequestContext,
  options: ExpertServiceOptions = {},
): Promise<ServiceResult<{ token: string; path: string; expiresAt: Date }>> {
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return refuse('forbidden');
  const expert = await db.expert.findUnique({ where: { id: expertId }, select: { id: true, status: true, user: { select: { id: true, name: true, locale: true } } } });
  if (!expert) return refuse('expertNotFound');
  if (expert.status !== 'PENDING') return refuse('alreadyActive');
  const clock = options.now ?? (() => new Date());
  const token = newInvitationToken();
  const path = expertInvitationPath(token);
  return db.$transaction(async (tx) => {
    const now = clock();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
    const revoked = await tx.expertInvitation.updateMany({ where: { expertId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const invitation = await tx.expertInvitation.create({ data: { expertId, tokenHash: invitationTokenHash(token), expiresAt, invitedById: actor.id, createdAt: now }, select: { id: true } });
    await enqueueNotifications(tx, {
      templateKey: 'expert.invitation',
      payload: { path, name: expert.user.name, expiresAt: expiresAt.toISOString() },
      object: { type: 'ExpertInvitation', id: invitation.id },
      dedupeKey: `expert.invitation:${invitation.id}`,
      now,
      email: [{ id: expert.user.id, locale: expert.user.locale }],
    });
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'expert.invitation-reissued', object: { type: 'Expert', id: expertId }, after: { invitationId: invitation.id, revoked: revoked.count, expiresAt: expiresAt.toISOString() } },
      context,
    );
    return { ok: true as const, token, path, expiresAt };
  });
}
