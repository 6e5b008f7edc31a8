import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import type { CreativeOrderOptions } from './apply-creative-provider';
import { firstIssue, requestCreativePlaceInputSchema, type RequestCreativePlaceFormValues } from './creative-order-input';
import { nextRunFor } from './next-run';
import { planPriorityCategories } from './plan-settings';
import { CLUB_STATUS, REQUEST_STATUS } from './statuses';

/** Rank of a request without a priority category: after every category (schema default). */
export const NO_CATEGORY_RANK = 100;

/**
 * A parent / legal representative requests a place for a child at a chosen admitted club
 * (seed 002 L56–65; free of charge). The request time is the server clock; the priority rank
 * comes from the category chosen, as configured in the year's financing plan. One live
 * request per child and club. Returns the daily run (18:00 Almaty) that will consider it.
 */
export async function requestCreativePlace(
  db: PrismaClient,
  actor: Actor,
  rawInput: RequestCreativePlaceFormValues,
  context: RequestContext,
  options: CreativeOrderOptions = {},
): Promise<ServiceResult<{ requestId: string; nextRunAt: Date }>> {
  const parsed = requestCreativePlaceInputSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(firstIssue(parsed.error).code, { field: firstIssue(parsed.error).field });
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();
  const year = Number(almatyDateOf(now).slice(0, 4));

  return db.$transaction(async (tx) => {
    const club = await tx.creativeClub.findUnique({ where: { id: input.clubId }, select: { id: true, status: true } });
    if (!club || club.status !== CLUB_STATUS.admitted) return refuse('clubNotAvailable', { field: 'clubId' });

    let priorityRank = NO_CATEGORY_RANK;
    if (input.priorityCategory) {
      const plan = await tx.plan.findFirst({ where: { kind: 'CREATIVE_ORDER', year }, orderBy: { createdAt: 'asc' }, select: { settings: true } });
      const category = planPriorityCategories(plan?.settings).find((c) => c.code === input.priorityCategory);
      if (!category) return refuse('unknownCategory', { field: 'priorityCategory' });
      priorityRank = category.rank;
    }
    const duplicate = await tx.creativeRequest.findFirst({
      where: { clubId: club.id, childIin: input.childIin, status: { in: [REQUEST_STATUS.pending, REQUEST_STATUS.allocated] } },
      select: { id: true },
    });
    if (duplicate) return refuse('duplicateRequest', { field: 'childIin' });

    const request = await tx.creativeRequest.create({
      data: {
        clubId: club.id,
        userId: actor.id,
        representativeIin: input.representativeIin,
        representativeName: input.representativeName,
        representativePhone: input.representativePhone || null,
        childIin: input.childIin,
        childName: input.childName,
        childBirthDate: new Date(`${input.childBirthDate}T00:00:00.000Z`),
        priorityCategory: input.priorityCategory || null,
        priorityRank,
        requestedAt: now,
        status: REQUEST_STATUS.pending,
      },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'creative_request.created',
        object: { type: 'CreativeRequest', id: request.id },
        after: { clubId: club.id, priorityCategory: input.priorityCategory || null, priorityRank, requestedAt: now.toISOString() },
      },
      context,
    );
    return { ok: true as const, requestId: request.id, nextRunAt: nextRunFor(now).runAt };
  });
}
