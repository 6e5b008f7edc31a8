/**
 * SO-1 (§3.1, L2845–2857): conditional price discount by the technical-specification
 * total: 10–15 → 10%, 16–20 → 20%, > 20 → 30%, below 10 → none (implied). The bands are
 * a setting; `from` is an inclusive integer score. Totals must be integers (the portal
 * "auto-sums", L2616–2618): a fractional mean would fall between the source's bands
 * (e.g. 15.5), so it is refused instead of guessed — aggregate by sum, or round explicitly.
 *
 * The conditional price only ranks bids (the winner pays its real bid price), so it is
 * computed exactly as bid × (100 − p) / 100 and may carry tiyn.
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertArray, assertNonNegativeInteger, assertShare } from '../validate';

export interface DiscountBand {
  /** Inclusive lower bound of the total score. */
  from: number;
  /** Discount as a share, e.g. 0.1. */
  rate: number;
}

export function socialOrderDiscountRate(
  totalScore: number,
  bands: readonly DiscountBand[] = DEFAULT_RULE_SETTINGS.socialOrder.discountBands,
): number {
  assertNonNegativeInteger(totalScore, 'totalScore');
  assertArray(bands, 'bands');
  let rate = 0;
  let prev = -Infinity;
  bands.forEach((b, i) => {
    assertNonNegativeInteger(b.from, `bands[${i}].from`);
    assertShare(b.rate, `bands[${i}].rate`);
    if (b.from <= prev) throw new RuleInputError('CONFLICT', `bands[${i}].from`, 'bands must be in increasing order of `from`');
    prev = b.from;
    if (totalScore >= b.from) rate = b.rate;
  });
  return rate;
}

export function socialOrderDiscount(totalScore: number): 0 | 0.1 | 0.2 | 0.3 {
  return socialOrderDiscountRate(totalScore) as 0 | 0.1 | 0.2 | 0.3;
}

/** Discount in whole percent, for exact integer arithmetic. */
function discountPercent(rate: number): number {
  const p = Math.round(rate * 100);
  if (Math.abs(p - rate * 100) > 1e-9) {
    throw new RuleInputError('OUT_OF_RANGE', 'bands.rate', `discount rates must be whole percents, got ${rate}`);
  }
  return p;
}

/** bid × (100 − discount%) as an exact integer (hundredths of a tenge): compare with this. */
export function conditionalPriceHundredths(
  bidPrice: number,
  totalScore: number,
  bands: readonly DiscountBand[] = DEFAULT_RULE_SETTINGS.socialOrder.discountBands,
): bigint {
  assertNonNegativeInteger(bidPrice, 'bidPrice');
  const p = discountPercent(socialOrderDiscountRate(totalScore, bands));
  return BigInt(bidPrice) * BigInt(100 - p);
}

/** SO-1: conditional price = bid × (1 − discount(total)), in tenge (may have tiyn). */
export function conditionalPrice(
  bidPrice: number,
  totalScore: number,
  bands: readonly DiscountBand[] = DEFAULT_RULE_SETTINGS.socialOrder.discountBands,
): number {
  return Number(conditionalPriceHundredths(bidPrice, totalScore, bands)) / 100;
}
