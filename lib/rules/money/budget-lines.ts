/**
 * Grant budget estimate (Annex 5) checks over integer-tenge lines (quantity × unit cost):
 *  - MO-1 / GF-3 (L1564–1568): institutional (material-technical) support — purchases
 *    aimed at developing the organisation — may be at most 10% of the grant amount;
 *  - SC-5 / lot: the amount requested may not exceed the lot amount.
 * Quantities are whole units (people, months, copies): a fractional quantity would make
 * a fractional tenge amount, which is refused rather than rounded.
 */
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertArray, assertBoolean, assertNonNegativeInteger, assertUniqueIds } from '../validate';
import { isWithinShare } from './share-of';

export interface BudgetLine {
  id: string;
  quantity: number;
  /** Integer tenge per unit. */
  unitCost: number;
  /** GF-3: purchase aimed at developing the organisation itself. */
  institutionalSupport: boolean;
}

export interface BudgetTotals {
  total: number;
  institutionalSupport: number;
  lines: { id: string; amount: number }[];
}

export function budgetTotals(lines: BudgetLine[]): BudgetTotals {
  assertArray(lines, 'lines');
  assertUniqueIds(lines.map((l) => l.id), 'lines');
  let total = 0;
  let institutionalSupport = 0;
  const out = lines.map((l, i) => {
    assertNonNegativeInteger(l.quantity, `lines[${i}].quantity`);
    assertNonNegativeInteger(l.unitCost, `lines[${i}].unitCost`);
    assertBoolean(l.institutionalSupport, `lines[${i}].institutionalSupport`);
    const amount = l.quantity * l.unitCost;
    assertNonNegativeInteger(amount, `lines[${i}].amount`);
    total += amount;
    if (l.institutionalSupport) institutionalSupport += amount;
    return { id: l.id, amount };
  });
  assertNonNegativeInteger(total, 'total');
  return { total, institutionalSupport, lines: out };
}

export type BudgetViolation = 'EMPTY_BUDGET' | 'EXCEEDS_LOT_AMOUNT' | 'INSTITUTIONAL_SUPPORT_SHARE';

export function budgetViolations(
  lines: BudgetLine[],
  opts: { lotAmount: number; institutionalSupportMaxShare?: number },
): { totals: BudgetTotals; violations: BudgetViolation[] } {
  assertNonNegativeInteger(opts.lotAmount, 'opts.lotAmount');
  const share = opts.institutionalSupportMaxShare ?? DEFAULT_RULE_SETTINGS.money.institutionalSupportMaxShare;
  const totals = budgetTotals(lines);
  const violations: BudgetViolation[] = [];
  if (totals.total === 0) violations.push('EMPTY_BUDGET');
  if (totals.total > opts.lotAmount) violations.push('EXCEEDS_LOT_AMOUNT');
  if (!isWithinShare(totals.institutionalSupport, totals.total, share)) violations.push('INSTITUTIONAL_SUPPORT_SHARE');
  return { totals, violations };
}
