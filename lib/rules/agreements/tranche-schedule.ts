/**
 * MO-1: a payment schedule of an agreement — the tranches add up to the agreement amount,
 * at most one prepayment and it comes first, every amount a positive integer of tenge, and
 * the prepayment within the cap (grant ≤ 40%, social order ≤ 50%, `checkPrepayment`).
 */
import { checkPrepayment, type PrepaymentKind } from '../money/prepayment';
import { assertNonNegativeInteger } from '../validate';

export interface PlannedTranche {
  amount: number;
  isPrepayment: boolean;
}

export type TrancheScheduleViolation =
  | { code: 'EMPTY_SCHEDULE' }
  | { code: 'NON_POSITIVE_AMOUNT'; index: number }
  | { code: 'PREPAYMENT_NOT_FIRST'; index: number }
  | { code: 'PREPAYMENT_ABOVE_CAP'; cap: number; prepayment: number }
  | { code: 'SUM_MISMATCH'; sum: number; amount: number };

export function trancheScheduleViolations(kind: PrepaymentKind, agreementAmount: number, tranches: readonly PlannedTranche[], share?: number): TrancheScheduleViolation[] {
  assertNonNegativeInteger(agreementAmount, 'agreementAmount');
  if (tranches.length === 0) return [{ code: 'EMPTY_SCHEDULE' }];
  const out: TrancheScheduleViolation[] = [];
  let sum = 0;
  tranches.forEach((t, index) => {
    assertNonNegativeInteger(t.amount, `tranches[${index}].amount`);
    if (t.amount === 0) out.push({ code: 'NON_POSITIVE_AMOUNT', index });
    if (t.isPrepayment && index !== 0) out.push({ code: 'PREPAYMENT_NOT_FIRST', index });
    sum += t.amount;
  });
  const prepayment = tranches.filter((t) => t.isPrepayment).reduce((s, t) => s + t.amount, 0);
  const check = checkPrepayment(kind, agreementAmount, prepayment, share);
  if (!check.ok) out.push({ code: 'PREPAYMENT_ABOVE_CAP', cap: check.cap, prepayment });
  if (sum !== agreementAmount) out.push({ code: 'SUM_MISMATCH', sum, amount: agreementAmount });
  return out;
}
