/**
 * SC-2: an application's score aggregates its experts' sheet totals. The source does not
 * fix the aggregation (grants §4.6; social order §3.1 "sum vs average not specified"), so
 * it is a setting: 'mean' (default) or 'sum'. Mean is returned unrounded; ranking compares
 * the exact values and the UI decides how many decimals to show.
 */
import { RuleInputError } from '../errors';
import { assertArray, assertNonNegativeNumber } from '../validate';

export type Aggregation = 'mean' | 'sum';

export function applicationScore(sheetTotals: number[], aggregation: Aggregation): number {
  assertArray(sheetTotals, 'sheetTotals');
  if (sheetTotals.length === 0) {
    throw new RuleInputError('EMPTY', 'sheetTotals', 'an application needs at least one signed sheet to have a score');
  }
  let sum = 0;
  sheetTotals.forEach((t, i) => {
    assertNonNegativeNumber(t, `sheetTotals[${i}]`);
    sum += t;
  });
  if (aggregation === 'sum') return sum;
  if (aggregation === 'mean') return sum / sheetTotals.length;
  throw new RuleInputError('UNKNOWN', 'aggregation', `expected 'mean' or 'sum', got '${String(aggregation)}'`);
}
