import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { DEFAULT_RULE_SETTINGS, budgetTotals, floorShareOf, isWithinShare, type BudgetLine, type BudgetViolation } from '@/lib/rules';
import { integer, isObject, localizedText, plainText, rows, type CompletenessContext, type RequirementsFn } from '../common';

/**
 * Annex 5 — «Шығыстар сметасы» / budget estimate (§4.5, L1216–1218). Every amount is
 * integer tenge: line amount = quantity × unit cost (whole units, see lib/rules/money).
 *  - MO-1 / GF-3 (L1564–1568): institutional support (purchases aimed at developing the
 *    organisation) ≤ 10% of the grant amount — enforced already in the draft;
 *  - SC-5 / lot: the total may not exceed the lot amount — enforced when the lot is known.
 */
export const BUDGET_CATEGORIES = ['SALARY', 'EVENTS', 'MATERIALS', 'TRAVEL', 'RENT', 'EQUIPMENT', 'SERVICES', 'OTHER'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** Bounds keep every line and any 200-line total a safe integer (≤ 2·10^15 tenge). */
export const MAX_QUANTITY = 100_000;
export const MAX_UNIT_COST = 100_000_000;
export const MAX_BUDGET_LINES = 200;

const line = z.object({
  /** Stable id of the line (client-generated), unique within the estimate. */
  id: z.string({ error: 'invalid' }).min(1, 'required').max(64, 'tooLong'),
  category: z.enum(BUDGET_CATEGORIES, { error: 'invalidChoice' }).optional(),
  name: localizedText(500).optional(),
  unit: plainText(50).optional(),
  quantity: integer(MAX_QUANTITY).optional(),
  /** Integer tenge per unit. */
  unitCost: integer(MAX_UNIT_COST).optional(),
  /** GF-3: purchase aimed at developing the organisation itself. */
  isInstitutionalSupport: z.boolean({ error: 'invalid' }).optional(),
});

export interface BudgetSummary {
  total: number;
  institutionalSupport: number;
  /** 10% of the total, rounded down: the most institutional support may be (GF-3). */
  institutionalSupportMax: number;
  /** Institutional support share of the total in percent (one decimal), 0 when empty. */
  institutionalSupportPercent: number;
  /** The limit in percent (10). */
  institutionalSupportLimitPercent: number;
  lineAmounts: number[];
  violations: BudgetViolation[];
}

const asCount = (v: unknown, max: number): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : 0);

/**
 * Totals of whatever is in the form right now (empty or invalid numbers count as 0), via
 * the rule engine (`budgetTotals`, MO-1). Never throws — used for the live totals.
 */
export function annex5BudgetSummary(data: unknown, ctx?: CompletenessContext): BudgetSummary {
  const raw = isObject(data) && Array.isArray(data.lines) ? data.lines : [];
  const lines: BudgetLine[] = raw.map((l, i) => {
    const o = isObject(l) ? l : {};
    return {
      id: String(i),
      quantity: asCount(o.quantity, MAX_QUANTITY),
      unitCost: asCount(o.unitCost, MAX_UNIT_COST),
      institutionalSupport: o.isInstitutionalSupport === true,
    };
  });
  const share = DEFAULT_RULE_SETTINGS.money.institutionalSupportMaxShare;
  const totals = budgetTotals(lines);
  const violations: BudgetViolation[] = [];
  if (totals.total === 0) violations.push('EMPTY_BUDGET');
  if (ctx?.lotAmountKzt !== undefined && totals.total > ctx.lotAmountKzt) violations.push('EXCEEDS_LOT_AMOUNT');
  if (!isWithinShare(totals.institutionalSupport, totals.total, share)) violations.push('INSTITUTIONAL_SUPPORT_SHARE');
  return {
    total: totals.total,
    institutionalSupport: totals.institutionalSupport,
    institutionalSupportMax: floorShareOf(totals.total, share),
    institutionalSupportPercent: totals.total === 0 ? 0 : Math.round((totals.institutionalSupport * 1000) / totals.total) / 10,
    institutionalSupportLimitPercent: Math.round(share * 100),
    lineAmounts: totals.lines.map((l) => l.amount),
    violations,
  };
}

export const annex5DraftSchema = (ctx?: CompletenessContext) =>
  z
    .object({
      lines: rows(line, MAX_BUDGET_LINES).optional(),
      /** Notes justifying the costs (criterion 5a). */
      justification: localizedText(4000).optional(),
    })
    .superRefine((v, zctx) => {
      const list = v.lines ?? [];
      const seen = new Set<string>();
      list.forEach((l, i) => {
        if (seen.has(l.id)) zctx.addIssue({ code: 'custom', message: 'duplicateId', path: ['lines', i, 'id'] });
        seen.add(l.id);
      });
      const summary = annex5BudgetSummary(v, ctx);
      // MO-1 / GF-3: institutional support ≤ 10% of the total.
      if (summary.violations.includes('INSTITUTIONAL_SUPPORT_SHARE')) {
        zctx.addIssue({ code: 'custom', message: 'institutionalShare', path: ['lines'] });
      }
      // SC-5: total ≤ lot amount.
      if (summary.violations.includes('EXCEEDS_LOT_AMOUNT')) {
        zctx.addIssue({ code: 'custom', message: 'exceedsLot', path: ['lines'] });
      }
    });

export type Annex5Draft = z.input<ReturnType<typeof annex5DraftSchema>>;

export const annex5Requirements: RequirementsFn = (d, req) => {
  req.list(d, 'lines', 1, (r, p) => {
    req.value(r, 'category', `${p}.category`);
    req.text(r, 'name', `${p}.name`);
    req.value(r, 'unit', `${p}.unit`);
    req.value(r, 'quantity', `${p}.quantity`);
    req.value(r, 'unitCost', `${p}.unitCost`);
  });
  const list = isObject(d) && Array.isArray(d.lines) ? d.lines : [];
  if (list.length > 0 && annex5BudgetSummary(d).total === 0) req.error('lines', 'emptyBudget');
};
