import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';
import type { CreativeOrderOptions } from './apply-creative-provider';
import { firstIssue, setCreativePlacesInputSchema, type SetCreativePlacesFormValues } from './creative-order-input';
import { planBudgetTotal } from './plan-settings';
import { ALLOCATION_STATUS, CLUB_STATUS } from './statuses';

/**
 * Places per provider (seed 002 L37–39, L49–55): the operator places a number of places at a
 * voucher price for an admitted club in the year of the financing plan. The plan's places
 * (places × price over every club) may not exceed its budget; a club's places may not drop
 * below the vouchers already issued on them.
 */
export async function setCreativePlaces(
  db: PrismaClient,
  actor: Actor,
  rawInput: SetCreativePlacesFormValues,
  context: RequestContext,
  options: CreativeOrderOptions = {},
): Promise<ServiceResult<{ quotaId: string }>> {
  const parsed = setCreativePlacesInputSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(firstIssue(parsed.error).code, { field: firstIssue(parsed.error).field });
  const input = parsed.data;
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return refuse('forbidden');
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: { id: true, kind: true, year: true, budgetKzt: true, settings: true } });
    if (!plan || plan.kind !== 'CREATIVE_ORDER') return refuse('planNotFound');
    const club = await tx.creativeClub.findUnique({ where: { id: input.clubId }, select: { id: true, status: true } });
    if (!club) return refuse('clubNotFound');
    if (club.status !== CLUB_STATUS.admitted) return refuse('clubNotAdmitted', { params: { status: club.status } });

    const existing = await tx.creativePlaceQuota.findUnique({ where: { clubId_year: { clubId: club.id, year: plan.year } } });
    if (existing) {
      const issued = await tx.creativeAllocation.count({ where: { quotaId: existing.id, status: ALLOCATION_STATUS.active } });
      if (input.places < issued) return refuse('placesBelowIssued', { field: 'places', params: { issued } });
    }
    const others = await tx.creativePlaceQuota.findMany({ where: { planId: plan.id, NOT: { clubId: club.id } }, select: { places: true, pricePerPlaceKzt: true } });
    const total = others.reduce((s, q) => s + BigInt(q.places) * q.pricePerPlaceKzt, BigInt(input.places) * BigInt(input.pricePerPlaceKzt));
    // The approved volume plus the additional funds already placed (seed 002 L49–55).
    const budget = planBudgetTotal(plan.budgetKzt, plan.settings);
    if (total > budget) return refuse('planBudgetExceeded', { field: 'places', params: { total: total.toString(), budget: budget.toString() } });

    const quota = await tx.creativePlaceQuota.upsert({
      where: { clubId_year: { clubId: club.id, year: plan.year } },
      create: { clubId: club.id, planId: plan.id, year: plan.year, places: input.places, pricePerPlaceKzt: BigInt(input.pricePerPlaceKzt), placedAt: now },
      update: { planId: plan.id, places: input.places, pricePerPlaceKzt: BigInt(input.pricePerPlaceKzt), placedAt: now },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'creative_places.set',
        object: { type: 'CreativePlaceQuota', id: quota.id },
        before: existing ? { places: existing.places, pricePerPlaceKzt: existing.pricePerPlaceKzt } : undefined,
        after: { clubId: club.id, planId: plan.id, year: plan.year, places: input.places, pricePerPlaceKzt: input.pricePerPlaceKzt },
      },
      context,
    );
    return { ok: true as const, quotaId: quota.id };
  });
}
