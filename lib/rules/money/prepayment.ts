/**
 * MO-1: prepayment caps after signing — grant up to 40% (GF-1, L1487), social order up to
 * 50% at the customer's choice (L1411–1413). Integer tenge, rounded down so the cap is
 * never exceeded. The shares are settings.
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertNonNegativeInteger } from '../validate';
import { floorShareOf } from './share-of';

export type PrepaymentKind = 'GRANT' | 'SOCIAL_ORDER';

export function prepaymentShare(kind: PrepaymentKind): number {
  if (kind === 'GRANT') return DEFAULT_RULE_SETTINGS.money.grantPrepaymentShare;
  if (kind === 'SOCIAL_ORDER') return DEFAULT_RULE_SETTINGS.money.socialOrderPrepaymentShare;
  throw new RuleInputError('UNKNOWN', 'kind', `prepayment caps exist for GRANT and SOCIAL_ORDER, not '${String(kind)}'`);
}

export function prepaymentCap(kind: 'GRANT' | 'SOCIAL_ORDER', agreementAmount: number, share?: number): number {
  return floorShareOf(agreementAmount, share ?? prepaymentShare(kind), 'agreementAmount');
}

export function checkPrepayment(
  kind: PrepaymentKind,
  agreementAmount: number,
  prepayment: number,
  share?: number,
): { ok: true } | { ok: false; code: 'PREPAYMENT_ABOVE_CAP'; cap: number } {
  assertNonNegativeInteger(prepayment, 'prepayment');
  const cap = prepaymentCap(kind, agreementAmount, share);
  return prepayment <= cap ? { ok: true } : { ok: false, code: 'PREPAYMENT_ABOVE_CAP', cap };
}
