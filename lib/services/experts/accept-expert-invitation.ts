import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/passwords';
import { checkExpertTransition } from '@/lib/rules/status/expert-status';
import { invitationTokenHash } from '../organizations/invitation-token';
import { refuse, type ServiceResult } from '../result';
import { INVITATION_REFUSALS, invitationState, isTokenShaped } from './expert-invitation';
import { expertPasswordSchema, type ExpertPasswordInput } from './expert-input';
import type { ExpertServiceOptions } from './invite-expert';

/**
 * The invited expert opens the link and sets a password: the token's hash must match an
 * invitation that is neither used, revoked nor expired (server clock). The invitation is
 * claimed with a compare-and-set (two clicks never activate twice); the password is hashed
 * with argon2id; the register entry goes PENDING → APPROVED (ST-*, the expert machine) and
 * the e-mail counts as verified (the link was delivered to it).
 */
export async function acceptExpertInvitation(
  db: PrismaClient,
  token: string,
  rawInput: ExpertPasswordInput,
  context: RequestContext,
  options: ExpertServiceOptions = {},
): Promise<ServiceResult<{ userId: string; email: string }>> {
  if (!isTokenShaped(token)) return refuse('invitationNotFound');
  const parsed = expertPasswordSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'invalidInput', { field: String(parsed.error.issues[0]?.path[0] ?? 'password') });
  const clock = options.now ?? (() => new Date());

  const invitation = await db.expertInvitation.findUnique({
    where: { tokenHash: invitationTokenHash(token) },
    include: { expert: { select: { id: true, status: true, userId: true, user: { select: { email: true, active: true } } } } },
  });
  if (!invitation) return refuse('invitationNotFound');
  const state = invitationState(invitation, clock());
  if (state !== 'PENDING') return refuse(INVITATION_REFUSALS[state]);
  const { expert } = invitation;
  if (!expert.user.active) return refuse('accountInactive');
  // ST-*: PENDING → APPROVED is the expert's own step (a suspended entry stays suspended).
  if (!checkExpertTransition(expert.status, 'APPROVED', 'EXPERT').ok) return refuse('invitationUsed');

  const passwordHash = await hashPassword(parsed.data.password);
  return db.$transaction(async (tx) => {
    const now = clock();
    const claimed = await tx.expertInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gte: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) return refuse('invitationUsed');
    const activated = await tx.expert.updateMany({ where: { id: expert.id, status: 'PENDING' }, data: { status: 'APPROVED', approvedAt: now, version: { increment: 1 } } });
    if (activated.count !== 1) throw new Error('expert entry changed while its invitation was being accepted');
    await tx.user.update({ where: { id: expert.userId }, data: { passwordHash, emailVerifiedAt: now, sessionVersion: { increment: 1 } } });
    await recordAuditEvent(
      tx,
      {
        actor: { id: expert.userId, role: 'EXPERT' },
        action: 'expert.invitation-accepted',
        object: { type: 'Expert', id: expert.id },
        before: { status: 'PENDING' },
        after: { status: 'APPROVED', invitationId: invitation.id },
      },
      context,
    );
    return { ok: true as const, userId: expert.userId, email: expert.user.email };
  });
}
