/**
 * AW-12 (L846–848): an NGO may not be nominated again within 3 years of receiving the
 * award. Read as whole cycle years: allowed iff it never won, or cycleYear − lastAwardYear
 * > years (won in 2023 → 2024, 2025, 2026 barred, 2027 allowed). `years` is a setting.
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertNonNegativeInteger } from '../validate';

export function awardCooldownOk(
  lastAwardYear: number | null,
  cycleYear: number,
  years: number = DEFAULT_RULE_SETTINGS.awards.cooldownYears,
): boolean {
  assertNonNegativeInteger(cycleYear, 'cycleYear');
  assertNonNegativeInteger(years, 'years');
  if (lastAwardYear === null) return true;
  assertNonNegativeInteger(lastAwardYear, 'lastAwardYear');
  if (lastAwardYear > cycleYear) {
    throw new RuleInputError('CONFLICT', 'lastAwardYear', `an award in ${lastAwardYear} lies after the cycle year ${cycleYear}`);
  }
  return cycleYear - lastAwardYear > years;
}
