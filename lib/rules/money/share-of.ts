/**
 * Integer-tenge percentages. Shares are converted to basis points and multiplied in
 * BigInt, so floor(amount × share) is exact for any safe-integer amount (no float drift
 * such as 0.07 × 100 = 7.000000000000001).
 */
import { assertNonNegativeInteger, shareToBasisPoints } from '../validate';

/** floor(amount × share), exact. */
export function floorShareOf(amount: number, share: number, field = 'amount'): number {
  assertNonNegativeInteger(amount, field);
  const bp = shareToBasisPoints(share, 'share');
  return Number((BigInt(amount) * BigInt(bp)) / 10_000n);
}

/** part ≤ share × whole, exact. */
export function isWithinShare(part: number, whole: number, share: number): boolean {
  assertNonNegativeInteger(part, 'part');
  assertNonNegativeInteger(whole, 'whole');
  const bp = shareToBasisPoints(share, 'share');
  return BigInt(part) * 10_000n <= BigInt(whole) * BigInt(bp);
}
