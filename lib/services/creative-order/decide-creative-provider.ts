import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';
import { decideCreativeProviderInputSchema, firstIssue, type DecideCreativeProviderFormValues } from './creative-order-input';
import { CLUB_STATUS } from './statuses';

/**
 * The operator admits a provider's club to the creative order (selection of providers,
 * seed 002 L30–33) or refuses it with a comment. Only a SUBMITTED club; the status update is
 * conditional on the status, so two operators deciding at once cannot both win.
 */
export async function decideCreativeProvider(
  db: PrismaClient,
  actor: Actor,
  rawInput: DecideCreativeProviderFormValues,
  context: RequestContext,
): Promise<ServiceResult<{ status: string }>> {
  const parsed = decideCreativeProviderInputSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(firstIssue(parsed.error).code, { field: firstIssue(parsed.error).field });
  const input = parsed.data;
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return refuse('forbidden');

  return db.$transaction(async (tx) => {
    const club = await tx.creativeClub.findUnique({ where: { id: input.clubId }, select: { id: true, status: true } });
    if (!club) return refuse('clubNotFound');
    if (club.status !== CLUB_STATUS.submitted) return refuse('alreadyDecided', { params: { status: club.status } });
    const to = input.admitted ? CLUB_STATUS.admitted : CLUB_STATUS.notAdmitted;
    const updated = await tx.creativeClub.updateMany({ where: { id: club.id, status: CLUB_STATUS.submitted }, data: { status: to } });
    if (updated.count !== 1) return refuse('alreadyDecided');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: input.admitted ? 'creative_club.admitted' : 'creative_club.not_admitted',
        object: { type: 'CreativeClub', id: club.id },
        before: { status: club.status },
        after: { status: to },
        reason: input.comment || null,
      },
      context,
    );
    return { ok: true as const, status: to };
  });
}
