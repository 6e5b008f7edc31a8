/**
 * SC-4 (grants §4.7, L1159–1171): a topic's competition is declared "not held" when
 *   1. no application was submitted;            → NO_APPLICATIONS
 *   2. only one application was submitted;      → SINGLE_SUBMITTED
 *   3. no application was admitted;             → NONE_ADMITTED
 *   4. only one application was admitted;       → SINGLE_ADMITTED
 *   5. no scored application got MORE than 50% of the maximum total (L1167:
 *      "50 (елу) пайыздан жоғары" — strictly above, so exactly 50% is not enough).
 * Grounds are checked in that order (count grounds can be decided at close or after
 * admission, before any scoring). `bestScore: null` means scoring is not finished, so
 * ground 5 cannot be decided yet and the answer is null (no reason known yet).
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertFiniteNumber, assertNonNegativeInteger, assertShare } from '../validate';

export const NOT_HELD_REASONS = [
  'NO_APPLICATIONS',
  'SINGLE_SUBMITTED',
  'NONE_ADMITTED',
  'SINGLE_ADMITTED',
  'BELOW_THRESHOLD',
] as const;

export type NotHeldReason = (typeof NOT_HELD_REASONS)[number];

export function notHeldReason(x: {
  submitted: number;
  admitted: number;
  bestScore: number | null;
  maxScore: number;
  thresholdShare?: number;
}): null | NotHeldReason {
  const share = x.thresholdShare ?? DEFAULT_RULE_SETTINGS.scoring.notHeldThresholdShare;
  assertNonNegativeInteger(x.submitted, 'submitted');
  assertNonNegativeInteger(x.admitted, 'admitted');
  if (x.admitted > x.submitted) {
    throw new RuleInputError('CONFLICT', 'admitted', `admitted (${x.admitted}) cannot exceed submitted (${x.submitted})`);
  }
  assertFiniteNumber(x.maxScore, 'maxScore');
  if (x.maxScore <= 0) throw new RuleInputError('OUT_OF_RANGE', 'maxScore', `must be positive, got ${x.maxScore}`);
  assertShare(share, 'thresholdShare');
  if (x.bestScore !== null) {
    assertFiniteNumber(x.bestScore, 'bestScore');
    if (x.bestScore < 0 || x.bestScore > x.maxScore) {
      throw new RuleInputError('OUT_OF_RANGE', 'bestScore', `must lie within 0–${x.maxScore}, got ${x.bestScore}`);
    }
  }

  if (x.submitted === 0) return 'NO_APPLICATIONS';
  if (x.submitted === 1) return 'SINGLE_SUBMITTED';
  if (x.admitted === 0) return 'NONE_ADMITTED';
  if (x.admitted === 1) return 'SINGLE_ADMITTED';
  if (x.bestScore === null) return null;
  // Round the limit to 1e-9 so a share like 0.6 × 25 compares as 15, not 15.000000000000002.
  const limit = Math.round(share * x.maxScore * 1e9) / 1e9;
  return x.bestScore <= limit ? 'BELOW_THRESHOLD' : null;
}
