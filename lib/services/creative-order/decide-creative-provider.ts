import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkCreativeProviderTransition } from '@/lib/rules';
import { organizationRecipients, userRecipient } from '@/lib/services/competitions/recipients';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import type { CreativeOrderOptions } from './apply-creative-provider';
import { decideCreativeProviderInputSchema, firstIssue, type DecideCreativeProviderFormValues } from './creative-order-input';
import { CLUB_STATUS } from './statuses';

/**
 * The operator admits a provider's club to the creative order (selection of providers,
 * seed 002 L30–33) or refuses it with a reason (CO-3: SUBMITTED → ADMITTED / NOT_ADMITTED,
 * staff only). The status update is conditional on the status, so two operators deciding at
 * once cannot both win. The provider's members are notified in the cabinet and the submitter
 * by e-mail (outbox), in the same transaction.
 */
export async function decideCreativeProvider(
  db: PrismaClient,
  actor: Actor,
  rawInput: DecideCreativeProviderFormValues,
  context: RequestContext,
  options: CreativeOrderOptions = {},
): Promise<ServiceResult<{ status: string }>> {
  const parsed = decideCreativeProviderInputSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(firstIssue(parsed.error).code, { field: firstIssue(parsed.error).field });
  const input = parsed.data;
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return refuse('forbidden');
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const club = await tx.creativeClub.findUnique({ where: { id: input.clubId }, select: { id: true, status: true, providerId: true, nameKk: true, nameRu: true, nameEn: true, programme: true } });
    if (!club) return refuse('clubNotFound');
    const to = input.admitted ? CLUB_STATUS.admitted : CLUB_STATUS.notAdmitted;
    // CO-3: only a SUBMITTED application is decided (a draft is not the operator's yet).
    if (club.status !== CLUB_STATUS.submitted || !checkCreativeProviderTransition(club.status, to, actor.role).ok) {
      return refuse(club.status === CLUB_STATUS.draft ? 'clubNotFound' : 'alreadyDecided', { params: { status: club.status } });
    }
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
    const submittedById = (club.programme as { submittedById?: unknown } | null)?.submittedById;
    const templateKey = input.admitted ? 'creative_order.provider_admitted' : 'creative_order.provider_refused';
    await enqueueNotifications(tx, {
      templateKey,
      payload: { clubId: club.id, clubNameKk: club.nameKk, clubNameRu: club.nameRu, clubNameEn: club.nameEn ?? club.nameRu, reason: input.comment },
      object: { type: 'CreativeClub', id: club.id },
      dedupeKey: `${templateKey}:${club.id}`,
      now,
      inApp: await organizationRecipients(tx, [club.providerId]),
      email: await userRecipient(tx, typeof submittedById === 'string' ? submittedById : null),
    });
    return { ok: true as const, status: to };
  });
}
