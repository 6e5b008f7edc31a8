/**
 * The commission's results of a grant competition, computed per lot from the signed score
 * sheets with the rule engine only (pure: no I/O, no clock):
 *  - SC-2 `applicationScore`: each application's score from its experts' sheet totals;
 *  - SC-3 `rankApplications`: order by score, ties by earlier submission;
 *  - SC-4 `notHeldReason`: the lot is "not held" when nobody / one applied, nobody / one was
 *    admitted, or no application scored strictly above the threshold share of the maximum;
 *  - SC-5 `rankApplications` again: winners in rank order while the lot budget allows —
 *    only among applications above the threshold (§4.7: a winner must score more than 50%).
 * For the SUM aggregation the threshold compares the same share: an application's sum of
 * totals against maxScore × its experts, i.e. its mean total against maxScore.
 */
import { applicationScore, notHeldReason, rankApplications, type Aggregation, type NotHeldReason } from '@/lib/rules';

/** Applications that reached the competition (everything after submission except a withdrawal). */
export const SUBMITTED_STATUSES: ReadonlySet<string> = new Set([
  'SUBMITTED',
  'ADMITTED',
  'NOT_ADMITTED',
  'UNDER_REVIEW',
  'SCORED',
  'WINNER',
  'NOT_WINNER',
  'PAID',
  'NOT_HELD',
]);
/** Applications that passed the operator's admission check (stage 4) and went on. */
export const ADMITTED_STATUSES: ReadonlySet<string> = new Set(['ADMITTED', 'UNDER_REVIEW', 'SCORED', 'WINNER', 'NOT_WINNER', 'PAID']);

export interface ResultsLot {
  id: string;
  number: number;
  budgetKzt: number;
}

export interface ResultsApplication {
  id: string;
  lotId: string | null;
  status: string;
  submittedAt: Date | null;
  requestedKzt: number;
}

export interface ResultsSheet {
  applicationId: string;
  expertId: string;
  total: number;
}

export interface ResultsSettings {
  /** SC-1: the maximum total of one sheet (25 / 28). */
  maxScore: number;
  aggregation: Aggregation;
  /** SC-4: share of the maximum to beat strictly (0.5 by default). */
  thresholdShare: number;
}

export interface ResultsRow {
  applicationId: string;
  rank: number;
  score: number;
  pointsSum: number;
  expertsCount: number;
  /** SC-4: scored strictly above the threshold (may win). */
  aboveThreshold: boolean;
  winner: boolean;
  awardedKzt: number | null;
}

export interface LotResults {
  lotId: string;
  outcome: 'HELD' | 'NOT_HELD';
  notHeldReason: NotHeldReason | null;
  submitted: number;
  admitted: number;
  rows: ResultsRow[];
}

/** SC-4 for one score: strictly above the threshold share of the maximum (the engine's rounding). */
export function isAboveThreshold(meanTotal: number, settings: Pick<ResultsSettings, 'maxScore' | 'thresholdShare'>): boolean {
  const clamped = Math.min(Math.max(meanTotal, 0), settings.maxScore);
  return notHeldReason({ submitted: 2, admitted: 2, bestScore: clamped, maxScore: settings.maxScore, thresholdShare: settings.thresholdShare }) === null;
}

export function computeLotResults(lot: ResultsLot, applications: ResultsApplication[], sheets: ResultsSheet[], settings: ResultsSettings): LotResults {
  const mine = applications.filter((a) => a.lotId === lot.id);
  const submitted = mine.filter((a) => SUBMITTED_STATUSES.has(a.status) && a.submittedAt !== null);
  const admitted = submitted.filter((a) => ADMITTED_STATUSES.has(a.status));
  const totals = new Map<string, number[]>();
  for (const s of sheets) {
    const list = totals.get(s.applicationId);
    if (list) list.push(s.total);
    else totals.set(s.applicationId, [s.total]);
  }

  const scored = admitted.flatMap((a) => {
    const t = totals.get(a.id);
    if (!t || t.length === 0) return [];
    const pointsSum = t.reduce((x, y) => x + y, 0);
    const score = applicationScore(t, settings.aggregation); // SC-2
    const meanTotal = pointsSum / t.length;
    return [{ app: a, score, pointsSum, expertsCount: t.length, above: isAboveThreshold(meanTotal, settings) }];
  });

  // SC-4: with nothing scored, "no application scored more than 50%" holds — the best is 0.
  const bestMean = scored.length === 0 ? 0 : Math.max(...scored.map((s) => s.pointsSum / s.expertsCount));
  const reason = notHeldReason({
    submitted: submitted.length,
    admitted: admitted.length,
    bestScore: Math.min(bestMean, settings.maxScore),
    maxScore: settings.maxScore,
    thresholdShare: settings.thresholdShare,
  });

  const input = scored.map((s) => ({ id: s.app.id, score: s.score, submittedAt: s.app.submittedAt ?? new Date(0), requested: s.app.requestedKzt }));
  const order = rankApplications(input, lot.budgetKzt).order; // SC-3
  // SC-5 among the applications that may win (SC-4 threshold); none when the lot is not held.
  const byId = new Map(scored.map((s) => [s.app.id, s]));
  const winners = new Set(reason === null ? rankApplications(input.filter((i) => byId.get(i.id)?.above === true), lot.budgetKzt).winners : []);
  const rows: ResultsRow[] = order.map((id, i) => {
    const s = byId.get(id)!;
    const winner = winners.has(id);
    return {
      applicationId: id,
      rank: i + 1,
      score: s.score,
      pointsSum: s.pointsSum,
      expertsCount: s.expertsCount,
      aboveThreshold: s.above,
      winner,
      awardedKzt: winner ? s.app.requestedKzt : null,
    };
  });
  return { lotId: lot.id, outcome: reason === null ? 'HELD' : 'NOT_HELD', notHeldReason: reason, submitted: submitted.length, admitted: admitted.length, rows };
}

/** Every lot of the competition, in lot order. */
export function computeCompetitionResults(lots: ResultsLot[], applications: ResultsApplication[], sheets: ResultsSheet[], settings: ResultsSettings): LotResults[] {
  return [...lots].sort((a, b) => a.number - b.number).map((lot) => computeLotResults(lot, applications, sheets, settings));
}
