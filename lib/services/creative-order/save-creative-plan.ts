import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf, creativePlanWarnings, type CreativePlanWarning } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import type { CreativeOrderOptions } from './apply-creative-provider';
import { firstIssue, saveCreativePlanInputSchema, type SaveCreativePlanFormValues } from './creative-order-input';
import { planBudgetTotal } from './plan-settings';
import { PLAN_STATUS } from './statuses';


/**
 * The operator's financing plan of the creative order for a calendar year (seed 002 L40–55):
 * the budget, the priority categories of requests (the order of the rules' paragraphs 11–12
 * is not in the seed, so categories and their ranks are a setting of the plan), optionally
 * published, and the CO-2 dates (draft published, approved, approved plan published, volume
 * placed, additional funds approved / placed). One plan per year: saving again updates it.
 * The dates are allowed whatever they are — the engine's warnings (`creativePlanWarnings`)
 * are returned and shown (draft by 31 October of the year before; approved plan within 5
 * working days; additional funds within 3 working days). A new plan's draft date defaults
 * to today.
 */
export async function saveCreativePlan(
  db: PrismaClient,
  actor: Actor,
  rawInput: SaveCreativePlanFormValues,
  context: RequestContext,
  options: CreativeOrderOptions = {},
): Promise<ServiceResult<{ planId: string; warnings: CreativePlanWarning[] }>> {
  const parsed = saveCreativePlanInputSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(firstIssue(parsed.error).code, { field: firstIssue(parsed.error).field });
  const input = parsed.data;
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return refuse('forbidden');
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const owner =
      (await tx.organization.findFirst({ where: { kind: 'OPERATOR', id: { in: actor.organizationIds } }, select: { id: true } })) ??
      (await tx.organization.findFirst({ where: { kind: 'OPERATOR' }, orderBy: { createdAt: 'asc' }, select: { id: true } }));
    if (!owner) return refuse('operatorNotFound');
    const existing = await tx.plan.findFirst({ where: { kind: 'CREATIVE_ORDER', year: input.year }, orderBy: { createdAt: 'asc' } });
    const draftPublishedOn = input.draftPublishedOn || (existing ? null : almatyDateOf(now));
    const dates = {
      draftPublishedOn,
      approvedOn: input.approvedOn || null,
      approvedPublishedOn: input.approvedPublishedOn || null,
      volumePlacedOn: input.volumePlacedOn || null,
      extraFunds: input.extraFunds.map((f) => ({ amountKzt: f.amountKzt, approvedOn: f.approvedOn, placedOn: f.placedOn || null })),
    };
    const settings = { priorityCategories: input.priorityCategories, dates };
    const publish = input.publish && existing?.status !== PLAN_STATUS.published;
    const data = {
      titleKk: input.titleKk,
      titleRu: input.titleRu,
      budgetKzt: BigInt(input.budgetKzt),
      settings,
      ...(publish ? { status: PLAN_STATUS.published, publishedAt: now, approvedAt: now } : {}),
    };
    if (existing) {
      // The budget may not drop below the places already placed in the plan.
      const quotas = await tx.creativePlaceQuota.findMany({ where: { planId: existing.id }, select: { places: true, pricePerPlaceKzt: true } });
      const placed = quotas.reduce((s, q) => s + BigInt(q.places) * q.pricePerPlaceKzt, BigInt(0));
      if (placed > planBudgetTotal(BigInt(input.budgetKzt), settings)) return refuse('budgetBelowPlaced', { field: 'budgetKzt', params: { placed: placed.toString() } });
    }
    const plan = existing
      ? await tx.plan.update({ where: { id: existing.id }, data, select: { id: true, status: true } })
      : await tx.plan.create({
          data: { kind: 'CREATIVE_ORDER', year: input.year, ownerOrganizationId: owner.id, createdById: actor.id, ...data },
          select: { id: true, status: true },
        });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: existing ? (publish ? 'creative_plan.published' : 'creative_plan.updated') : 'creative_plan.created',
        object: { type: 'Plan', id: plan.id },
        before: existing ? { budgetKzt: existing.budgetKzt, status: existing.status, settings: existing.settings } : undefined,
        after: { year: input.year, budgetKzt: input.budgetKzt, status: plan.status, settings },
      },
      context,
    );
    const warnings: CreativePlanWarning[] = creativePlanWarnings({ year: input.year, ...dates }); // CO-2
    return { ok: true as const, planId: plan.id, warnings };
  });
}
