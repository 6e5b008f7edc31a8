import { describe, expect, it } from 'vitest';
import { computeCompetitionResults, computeLotResults, isAboveThreshold, type ResultsApplication, type ResultsSheet } from '@/lib/services/results/compute-results';
import { scoringCoverage } from '@/lib/services/results/scoring-coverage';

const settings = { maxScore: 25, aggregation: 'mean' as const, thresholdShare: 0.5 };
const lot = { id: 'L1', number: 1, budgetKzt: 20_000_000 };
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 5, minute));
const app = (id: string, requestedKzt: number, minute: number, status = 'SCORED'): ResultsApplication => ({ id, lotId: 'L1', status, submittedAt: at(minute), requestedKzt });
const sheets = (applicationId: string, totals: number[]): ResultsSheet[] => totals.map((total, i) => ({ applicationId, expertId: `e${i + 1}`, total }));

describe('computeLotResults (SC-2, SC-3, SC-4, SC-5)', () => {
  it('SC-2/SC-3: scores are the mean of the experts’ totals, ranked by score', () => {
    const r = computeLotResults(lot, [app('a', 5_000_000, 1), app('b', 5_000_000, 2)], [...sheets('a', [15, 17]), ...sheets('b', [20, 22])], settings);
    expect(r.outcome).toBe('HELD');
    expect(r.rows.map((x) => [x.applicationId, x.rank, x.score, x.pointsSum, x.expertsCount])).toEqual([
      ['b', 1, 21, 42, 2],
      ['a', 2, 16, 32, 2],
    ]);
  });

  it('SC-3: equal scores — the earlier submission ranks first', () => {
    const r = computeLotResults(lot, [app('late', 1_000_000, 30), app('early', 1_000_000, 10)], [...sheets('late', [18]), ...sheets('early', [18])], settings);
    expect(r.rows.map((x) => x.applicationId)).toEqual(['early', 'late']);
    expect(r.rows.map((x) => x.rank)).toEqual([1, 2]);
  });

  it('SC-5: winners in rank order while the lot budget allows; a too-large request is skipped and a smaller later one still fits', () => {
    const apps = [app('a', 12_000_000, 1), app('b', 10_000_000, 2), app('c', 7_000_000, 3)];
    const r = computeLotResults(lot, apps, [...sheets('a', [22]), ...sheets('b', [20]), ...sheets('c', [18])], settings);
    expect(r.rows.filter((x) => x.winner).map((x) => x.applicationId)).toEqual(['a', 'c']);
    expect(r.rows.find((x) => x.applicationId === 'a')?.awardedKzt).toBe(12_000_000);
    expect(r.rows.find((x) => x.applicationId === 'b')?.awardedKzt).toBeNull();
    expect(r.rows.reduce((s, x) => s + (x.awardedKzt ?? 0), 0)).toBeLessThanOrEqual(lot.budgetKzt);
  });

  it('SC-4: an application at or below 50% of the maximum never wins, even within budget', () => {
    const r = computeLotResults(lot, [app('a', 1_000_000, 1), app('b', 1_000_000, 2)], [...sheets('a', [20]), ...sheets('b', [12, 13])], settings);
    expect(r.outcome).toBe('HELD');
    expect(r.rows.find((x) => x.applicationId === 'b')).toMatchObject({ aboveThreshold: false, winner: false });
    expect(r.rows.find((x) => x.applicationId === 'a')).toMatchObject({ aboveThreshold: true, winner: true });
  });

  it('SC-4: not held — no application, one submitted, none admitted, one admitted, none above the threshold', () => {
    expect(computeLotResults(lot, [], [], settings)).toMatchObject({ outcome: 'NOT_HELD', notHeldReason: 'NO_APPLICATIONS', rows: [] });
    expect(computeLotResults(lot, [app('a', 1, 1)], sheets('a', [20]), settings).notHeldReason).toBe('SINGLE_SUBMITTED');
    expect(computeLotResults(lot, [app('a', 1, 1, 'NOT_ADMITTED'), app('b', 1, 2, 'NOT_ADMITTED')], [], settings).notHeldReason).toBe('NONE_ADMITTED');
    expect(computeLotResults(lot, [app('a', 1, 1), app('b', 1, 2, 'NOT_ADMITTED')], sheets('a', [20]), settings).notHeldReason).toBe('SINGLE_ADMITTED');
    const below = computeLotResults(lot, [app('a', 1, 1), app('b', 1, 2)], [...sheets('a', [12, 13]), ...sheets('b', [10])], settings);
    expect(below).toMatchObject({ outcome: 'NOT_HELD', notHeldReason: 'BELOW_THRESHOLD' });
    // The scores are still ranked (the commission discusses them), but nobody wins.
    expect(below.rows).toHaveLength(2);
    expect(below.rows.every((x) => !x.winner)).toBe(true);
  });

  it('SC-4: with nothing scored at all, no application scored above the threshold', () => {
    expect(computeLotResults(lot, [app('a', 1, 1), app('b', 1, 2)], [], settings).notHeldReason).toBe('BELOW_THRESHOLD');
  });

  it('withdrawn applications and drafts are not "submitted"', () => {
    const r = computeLotResults(lot, [app('a', 1, 1), app('w', 1, 2, 'WITHDRAWN'), { ...app('d', 1, 3, 'DRAFT'), submittedAt: null }], sheets('a', [20]), settings);
    expect(r).toMatchObject({ submitted: 1, notHeldReason: 'SINGLE_SUBMITTED' });
  });

  it('SC-2 sum aggregation: the score is the sum, the SC-4 threshold compares the same share', () => {
    const r = computeLotResults(lot, [app('a', 1, 1), app('b', 1, 2)], [...sheets('a', [13, 13]), ...sheets('b', [12, 13])], { ...settings, aggregation: 'sum' });
    expect(r.rows[0]).toMatchObject({ applicationId: 'a', score: 26, aboveThreshold: true, winner: true });
    expect(r.rows[1]).toMatchObject({ applicationId: 'b', score: 25, aboveThreshold: false, winner: false });
  });

  it('the threshold is a setting (thresholdShare)', () => {
    expect(isAboveThreshold(15, { maxScore: 25, thresholdShare: 0.5 })).toBe(true);
    expect(isAboveThreshold(15, { maxScore: 25, thresholdShare: 0.6 })).toBe(false);
    expect(isAboveThreshold(12.5, { maxScore: 25, thresholdShare: 0.5 })).toBe(false);
  });

  it('every lot in lot order', () => {
    const lots = [{ id: 'L2', number: 2, budgetKzt: 1 }, lot];
    expect(computeCompetitionResults(lots, [], [], settings).map((l) => l.lotId)).toEqual(['L1', 'L2']);
  });
});

describe('scoringCoverage (CI-1, SC-2)', () => {
  const profile = { operatorEmployee: false, affiliatedOrgIds: [], relativeOrgIds: [], declaredConflictApplicationIds: [] as string[] };
  const apps = [
    { id: 'a', orgId: 'o1', partnerOrgIds: [] },
    { id: 'b', orgId: 'o2', partnerOrgIds: ['o9'] },
  ];
  it('waits for every expert × application pair without a conflict', () => {
    const experts = [
      { expertId: 'e1', profile },
      { expertId: 'e2', profile: { ...profile, declaredConflictApplicationIds: ['b'] } },
      { expertId: 'e3', profile: { ...profile, affiliatedOrgIds: ['o9'] } },
      { expertId: 'e4', profile: { ...profile, nominatedByOrgId: 'o2' } },
    ];
    const c = scoringCoverage(experts, apps, ['o1', 'o2'], [
      { expertId: 'e1', applicationId: 'a', status: 'SIGNED' },
      { expertId: 'e1', applicationId: 'b', status: 'DRAFT' },
      { expertId: 'e2', applicationId: 'a', status: 'SIGNED' },
    ]);
    // e1: a, b; e2: a (declared on b); e3: a (partner o9 of b); e4: none (nominator applied).
    expect(c.assigned).toBe(4);
    expect(c.signed).toBe(2);
    expect(c.missing).toEqual([
      { expertId: 'e1', applicationId: 'b' },
      { expertId: 'e3', applicationId: 'a' },
    ]);
  });

  it('a voided sheet (conflict found later) is not waited for', () => {
    const c = scoringCoverage([{ expertId: 'e1', profile }], apps, ['o1', 'o2'], [
      { expertId: 'e1', applicationId: 'a', status: 'VOIDED' },
      { expertId: 'e1', applicationId: 'b', status: 'SIGNED' },
    ]);
    expect(c).toEqual({ assigned: 1, signed: 1, missing: [] });
  });
});
