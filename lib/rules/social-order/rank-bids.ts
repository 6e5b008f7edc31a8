/**
 * SO-1 / SO-2: selecting the social-order supplier (stage 6, L2599–2663).
 *  - excluded: criterion 1 = 0 (NOT_CONFORMING, L2667–2691) and dumping (DUMPING, SO-2);
 *  - the rest are ordered by conditional price ascending (L2616–2620, L2654–2655);
 *  - equal conditional prices → more work experience in the market of the purchased
 *    service wins (L2662–2663);
 *  - still equal: the source has no rule, so the order falls back to the id (to stay
 *    deterministic) and `unresolvedTie` lists the bids tied with the winner for the
 *    commission to settle (its chair's vote breaks ties, L2574–2578).
 */
import { compareIds } from '../compare';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertArray, assertNonNegativeInteger, assertNonNegativeNumber, assertUniqueIds } from '../validate';
import { conditionalPriceHundredths, type DiscountBand } from './discount';
import { isDumping } from './dumping';

export interface SocialOrderBid {
  id: string;
  /** Integer tenge. */
  bidPrice: number;
  /** Integer total of the technical-specification criteria (max 23 by default). */
  totalScore: number;
  /** Score of criterion 1 (conformity to the technical specification). */
  conformityScore: number;
  /** Years of work in the market of the purchased service (criterion 5 / form field 2.3). */
  marketExperienceYears: number;
}

export type SocialOrderExclusionReason = 'NOT_CONFORMING' | 'DUMPING';

export interface SocialOrderRanking {
  /** Admitted bids, best first. */
  order: string[];
  /** Conditional prices (tenge) of the admitted bids, by id. */
  conditionalPrices: Record<string, number>;
  excluded: { id: string; reasons: SocialOrderExclusionReason[] }[];
  winner: string | null;
  /** Other bids with the winner's conditional price AND market experience ([] when none). */
  unresolvedTie: string[];
}

export function rankSocialOrderBids(
  bids: SocialOrderBid[],
  allocated: number,
  opts: { dumpingShare?: number; discountBands?: readonly DiscountBand[] } = {},
): SocialOrderRanking {
  assertArray(bids, 'bids');
  assertNonNegativeInteger(allocated, 'allocated');
  assertUniqueIds(bids.map((b) => b.id), 'bids');
  const share = opts.dumpingShare ?? DEFAULT_RULE_SETTINGS.socialOrder.dumpingShare;
  const bands = opts.discountBands ?? DEFAULT_RULE_SETTINGS.socialOrder.discountBands;

  const excluded: SocialOrderRanking['excluded'] = [];
  const admitted: { id: string; price: bigint; experience: number }[] = [];
  bids.forEach((b, i) => {
    assertNonNegativeInteger(b.conformityScore, `bids[${i}].conformityScore`);
    assertNonNegativeNumber(b.marketExperienceYears, `bids[${i}].marketExperienceYears`);
    const price = conditionalPriceHundredths(b.bidPrice, b.totalScore, bands);
    const reasons: SocialOrderExclusionReason[] = [];
    if (b.conformityScore === 0) reasons.push('NOT_CONFORMING');
    if (isDumping(b.bidPrice, allocated, share)) reasons.push('DUMPING');
    if (reasons.length > 0) excluded.push({ id: b.id, reasons });
    else admitted.push({ id: b.id, price, experience: b.marketExperienceYears });
  });

  admitted.sort((a, b) =>
    a.price !== b.price ? (a.price < b.price ? -1 : 1) : b.experience - a.experience || compareIds(a.id, b.id),
  );
  const first = admitted[0];
  const unresolvedTie = first
    ? admitted.slice(1).filter((a) => a.price === first.price && a.experience === first.experience).map((a) => a.id)
    : [];
  const conditionalPrices: Record<string, number> = {};
  for (const a of admitted) conditionalPrices[a.id] = Number(a.price) / 100;
  return { order: admitted.map((a) => a.id), conditionalPrices, excluded, winner: first?.id ?? null, unresolvedTie };
}
