/**
 * SO-1 / SO-2 over the stored commission scores of one social-order lot. Pure: the ranking
 * is lib/rules' `rankSocialOrderBids`; this only aggregates the members' signed sheets
 * into one score per supplier (the portal "auto-sums" each sheet, L2616–2618).
 *
 * The source does not say how several members' sheets combine (§5 gap). The discount bands
 * (10–15 / 16–20 / > 20) are on one sheet's 0–23 scale, so a sum over members cannot be
 * what they mean: we take the members' mean, rounded half up to a whole point (the rule
 * engine refuses fractional totals rather than guess) — for the total AND for criterion 1,
 * so a supplier is knocked out when the commission's rounded criterion-1 score is 0.
 */
import { rankSocialOrderBids, socialOrderDiscountRate, SOCIAL_ORDER_KNOCKOUT_CRITERION, type DiscountBand, type SocialOrderExclusionReason } from '@/lib/rules';

export interface RankApplication {
  id: string;
  bidPriceKzt: number;
  marketExperienceYears: number;
}

export interface RankSheet {
  applicationId: string;
  total: number;
  /** criterionId → value */
  scores: Record<string, number>;
}

export interface SocialOrderRow {
  applicationId: string;
  rank: number | null;
  /** Whole-point commission score (rounded mean of the sheets). */
  totalScore: number;
  pointsSum: number;
  expertsCount: number;
  conformityScore: number;
  discountPercent: number;
  /** Tenge, may carry tiyn; null for an excluded bid. */
  conditionalPrice: number | null;
  excludedFor: SocialOrderExclusionReason[];
  winner: boolean;
}

export interface SocialOrderLotRanking {
  rows: SocialOrderRow[];
  winner: string | null;
  /** Tied with the winner on conditional price AND market experience: the commission settles it. */
  unresolvedTie: string[];
}

const roundedMean = (values: number[]) => (values.length === 0 ? 0 : Math.floor((values.reduce((a, b) => a + b, 0) * 2 + values.length) / (2 * values.length)));

export function rankSocialOrderLot(
  applications: RankApplication[],
  sheets: RankSheet[],
  allocated: number,
  opts: { dumpingShare: number; discountBands: DiscountBand[] },
): SocialOrderLotRanking {
  const scored = applications.flatMap((a) => {
    const mine = sheets.filter((s) => s.applicationId === a.id);
    if (mine.length === 0) return [];
    const totals = mine.map((s) => s.total);
    return [{
      app: a,
      pointsSum: totals.reduce((x, y) => x + y, 0),
      expertsCount: mine.length,
      totalScore: roundedMean(totals),
      conformityScore: roundedMean(mine.map((s) => s.scores[SOCIAL_ORDER_KNOCKOUT_CRITERION] ?? 0)),
    }];
  });
  const r = rankSocialOrderBids(
    scored.map((s) => ({ id: s.app.id, bidPrice: s.app.bidPriceKzt, totalScore: s.totalScore, conformityScore: s.conformityScore, marketExperienceYears: s.app.marketExperienceYears })),
    allocated,
    opts,
  );
  const rows: SocialOrderRow[] = scored.map((s) => {
    const idx = r.order.indexOf(s.app.id);
    return {
      applicationId: s.app.id,
      rank: idx >= 0 ? idx + 1 : null,
      totalScore: s.totalScore,
      pointsSum: s.pointsSum,
      expertsCount: s.expertsCount,
      conformityScore: s.conformityScore,
      discountPercent: Math.round(socialOrderDiscountRate(s.totalScore, opts.discountBands) * 100), // SO-1
      conditionalPrice: r.conditionalPrices[s.app.id] ?? null,
      excludedFor: r.excluded.find((e) => e.id === s.app.id)?.reasons ?? [],
      winner: r.winner === s.app.id,
    };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.applicationId.localeCompare(b.applicationId));
  return { rows, winner: r.winner, unresolvedTie: r.unresolvedTie };
}
