/**
 * SO-2 (grants §5 comparison table, L1445–1447, L1501–1502): a bid price MORE than 20%
 * below the amount allocated for the competition is dumping, and the bid is not admitted.
 * Exactly 20% below is not dumping; 20% + 1 tenge below is. Compared in exact integer
 * arithmetic: bid × 10000 < allocated × (10000 − share in basis points).
 * Grants have no dumping rule (GF-5, L1470).
 */
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertNonNegativeInteger, shareToBasisPoints } from '../validate';

export function isDumping(bidPrice: number, allocated: number, share: number = DEFAULT_RULE_SETTINGS.socialOrder.dumpingShare): boolean {
  assertNonNegativeInteger(bidPrice, 'bidPrice');
  assertNonNegativeInteger(allocated, 'allocated');
  const bp = shareToBasisPoints(share, 'share');
  return BigInt(bidPrice) * 10_000n < BigInt(allocated) * BigInt(10_000 - bp);
}

/** The lowest bid price that is not dumping: ceil(allocated × (1 − share)). */
export function minimumNonDumpingPrice(allocated: number, share: number = DEFAULT_RULE_SETTINGS.socialOrder.dumpingShare): number {
  assertNonNegativeInteger(allocated, 'allocated');
  const bp = shareToBasisPoints(share, 'share');
  const num = BigInt(allocated) * BigInt(10_000 - bp);
  return Number((num + 9_999n) / 10_000n);
}
