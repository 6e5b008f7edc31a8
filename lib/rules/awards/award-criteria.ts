/**
 * AW-8 (§3.4, L831–836): award candidates are scored on 3 criteria, each 0–5 (max 15 per
 * evaluator). AW-3 (L674, L786): the award is at least 2,000 MRP; the MRP value changes
 * every year, so it is an input (integer tenge), never a constant.
 */
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertNonNegativeInteger, assertPositiveInteger } from '../validate';
import type { Criterion } from '../scoring/criterion';

export const AWARD_CRITERION_IDS = [
  'contribution', // 1. Contribution to social tasks at republican, sectoral, regional level
  'experience', // 2. Work experience in the declared direction
  'innovation', // 3. Innovation in activities
] as const;

export function awardCriteria(): Criterion[] {
  return AWARD_CRITERION_IDS.map((id) => ({ id, min: 0, max: 5 }));
}

/** AW-3: the minimum award amount in tenge = MRP value × 2,000. */
export function awardMinimumAmount(mrpValue: number, minimumMrp: number = DEFAULT_RULE_SETTINGS.awards.minimumMrp): number {
  assertPositiveInteger(mrpValue, 'mrpValue');
  assertNonNegativeInteger(minimumMrp, 'minimumMrp');
  return mrpValue * minimumMrp;
}

/**
 * AW-3 on a direction's award amount. The minimum applies to the award of the direction;
 * the source does not say whether each laureate of a split must get 2,000 MRP, so the
 * split shares are not checked here (a setting could add that later).
 */
export function checkAwardAmount(
  amount: number,
  mrpValue: number,
  minimumMrp: number = DEFAULT_RULE_SETTINGS.awards.minimumMrp,
): { ok: true } | { ok: false; code: 'BELOW_MINIMUM'; minimum: number } {
  assertNonNegativeInteger(amount, 'amount');
  const minimum = awardMinimumAmount(mrpValue, minimumMrp);
  return amount >= minimum ? { ok: true } : { ok: false, code: 'BELOW_MINIMUM', minimum };
}
