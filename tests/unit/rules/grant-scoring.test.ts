import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applicationScore,
  grantCriteria,
  interRaterAgreement,
  maxScore,
  notHeldReason,
  rankApplications,
  RuleInputError,
  sheetTotal,
  type Criterion,
} from '@/lib/rules';

const republican = grantCriteria({ localBudget: false });
const local = grantCriteria({ localBudget: true });
const fullSheet = { capacity: 4, specialists: 2, content: 6, results: 4, budget_and_timeline: 5 };

describe('SC-1 grant criteria and ranges', () => {
  it('has five criteria (max 25) for republican grants and six (max 28) for local-budget grants', () => {
    expect(republican.map((c) => [c.id, c.min, c.max])).toEqual([
      ['capacity', 1, 5],
      ['specialists', 1, 3],
      ['content', 1, 7],
      ['results', 1, 5],
      ['budget_and_timeline', 1, 5],
    ]);
    expect(local[5]).toEqual({ id: 'regional_experience', min: 0, max: 3, allowed: [0, 3] });
    expect(maxScore(republican)).toBe(25);
    expect(maxScore(local)).toBe(28);
  });
  it('maxScore uses the largest allowed value and refuses malformed criteria', () => {
    expect(maxScore([{ id: 'a', min: 0, max: 10, allowed: [0, 4] }])).toBe(4);
    expect(() => maxScore([])).toThrow(RuleInputError);
    expect(() => maxScore([{ id: 'a', min: 3, max: 1 }])).toThrow(RuleInputError);
    expect(() => maxScore([{ id: 'a', min: 0, max: 1 }, { id: 'a', min: 0, max: 1 }])).toThrow(RuleInputError);
    expect(() => maxScore([{ id: 'a', min: 0, max: 1.5 }])).toThrow(RuleInputError);
    expect(() => maxScore([{ id: 'a', min: 0, max: 5, allowed: [6] }])).toThrow(RuleInputError);
    expect(() => grantCriteria({ localBudget: 'yes' as unknown as boolean })).toThrow(RuleInputError);
  });
});

describe('SC-2 sheet total', () => {
  it.each<[string, Criterion[], Record<string, number>, ReturnType<typeof sheetTotal>]>([
    ['complete republican sheet', republican, fullSheet, { ok: true, total: 21 }],
    ['all minima', republican, { capacity: 1, specialists: 1, content: 1, results: 1, budget_and_timeline: 1 }, { ok: true, total: 5 }],
    ['all maxima', republican, { capacity: 5, specialists: 3, content: 7, results: 5, budget_and_timeline: 5 }, { ok: true, total: 25 }],
    ['local sheet with 3', local, { ...fullSheet, regional_experience: 3 }, { ok: true, total: 24 }],
    ['local sheet with 0', local, { ...fullSheet, regional_experience: 0 }, { ok: true, total: 21 }],
    ['missing criterion', republican, { capacity: 4, specialists: 2, content: 6, results: 4 }, { ok: false, code: 'INCOMPLETE', criterionId: 'budget_and_timeline' }],
    ['local sheet without criterion 6', local, fullSheet, { ok: false, code: 'INCOMPLETE', criterionId: 'regional_experience' }],
    ['0 below the minimum 1', republican, { ...fullSheet, capacity: 0 }, { ok: false, code: 'OUT_OF_RANGE', criterionId: 'capacity' }],
    ['8 above content max 7', republican, { ...fullSheet, content: 8 }, { ok: false, code: 'OUT_OF_RANGE', criterionId: 'content' }],
    ['regional 2 not allowed', local, { ...fullSheet, regional_experience: 2 }, { ok: false, code: 'OUT_OF_RANGE', criterionId: 'regional_experience' }],
    ['fraction', republican, { ...fullSheet, results: 3.5 }, { ok: false, code: 'NOT_INTEGER', criterionId: 'results' }],
    ['NaN', republican, { ...fullSheet, results: Number.NaN }, { ok: false, code: 'NOT_INTEGER', criterionId: 'results' }],
    ['Infinity', republican, { ...fullSheet, results: Number.POSITIVE_INFINITY }, { ok: false, code: 'NOT_INTEGER', criterionId: 'results' }],
    ['unknown criterion', republican, { ...fullSheet, charisma: 5 }, { ok: false, code: 'UNKNOWN_CRITERION', criterionId: 'charisma' }],
    ['criterion 6 on a republican grant', republican, { ...fullSheet, regional_experience: 3 }, { ok: false, code: 'UNKNOWN_CRITERION', criterionId: 'regional_experience' }],
  ])('%s', (_name, criteria, scores, expected) => {
    expect(sheetTotal(criteria, scores)).toEqual(expected);
  });
  it('refuses a string score as NOT_INTEGER', () => {
    expect(sheetTotal(republican, { ...fullSheet, capacity: '4' as unknown as number })).toEqual({ ok: false, code: 'NOT_INTEGER', criterionId: 'capacity' });
  });
  it('equals the sum whenever every score is in range', () => {
    fc.assert(
      fc.property(fc.tuple(...local.map((c) => (c.allowed ? fc.constantFrom(...c.allowed) : fc.integer({ min: c.min, max: c.max })))), (values) => {
        const scores = Object.fromEntries(local.map((c, i) => [c.id, values[i] as number]));
        const r = sheetTotal(local, scores);
        expect(r).toEqual({ ok: true, total: values.reduce((a, b) => a + b, 0) });
        if (r.ok) expect(r.total).toBeLessThanOrEqual(maxScore(local));
      }),
    );
  });
});

describe('SC-2 application score', () => {
  it.each<[number[], 'mean' | 'sum', number]>([
    [[20, 22, 24], 'mean', 22],
    [[20, 21], 'mean', 20.5],
    [[20, 22, 24], 'sum', 66],
    [[7], 'mean', 7],
    [[0, 0], 'sum', 0],
  ])('%j %s = %d', (totals, agg, expected) => {
    expect(applicationScore(totals, agg)).toBe(expected);
  });
  it('refuses no sheets, negatives, NaN and an unknown aggregation', () => {
    expect(() => applicationScore([], 'mean')).toThrow(RuleInputError);
    expect(() => applicationScore([10, -1], 'mean')).toThrow(RuleInputError);
    expect(() => applicationScore([10, Number.NaN], 'sum')).toThrow(RuleInputError);
    expect(() => applicationScore([10], 'median' as 'mean')).toThrow(RuleInputError);
  });
});

describe('SC-4 not held', () => {
  it.each<[string, Parameters<typeof notHeldReason>[0], ReturnType<typeof notHeldReason>]>([
    ['no application', { submitted: 0, admitted: 0, bestScore: null, maxScore: 25 }, 'NO_APPLICATIONS'],
    ['one submitted', { submitted: 1, admitted: 1, bestScore: 20, maxScore: 25 }, 'SINGLE_SUBMITTED'],
    ['none admitted', { submitted: 5, admitted: 0, bestScore: null, maxScore: 25 }, 'NONE_ADMITTED'],
    ['one admitted', { submitted: 5, admitted: 1, bestScore: 24, maxScore: 25 }, 'SINGLE_ADMITTED'],
    ['exactly 50% is not enough (12.5 of 25)', { submitted: 3, admitted: 2, bestScore: 12.5, maxScore: 25 }, 'BELOW_THRESHOLD'],
    ['exactly 50% of 28 (14)', { submitted: 3, admitted: 2, bestScore: 14, maxScore: 28 }, 'BELOW_THRESHOLD'],
    ['just above 50% (12.51)', { submitted: 3, admitted: 2, bestScore: 12.51, maxScore: 25 }, null],
    ['13 of 25 held', { submitted: 3, admitted: 3, bestScore: 13, maxScore: 25 }, null],
    ['14.0001 of 28 held', { submitted: 3, admitted: 3, bestScore: 14.0001, maxScore: 28 }, null],
    ['scoring not finished', { submitted: 3, admitted: 3, bestScore: null, maxScore: 25 }, null],
    ['threshold is a setting (60%: 15 of 25 fails)', { submitted: 3, admitted: 3, bestScore: 15, maxScore: 25, thresholdShare: 0.6 }, 'BELOW_THRESHOLD'],
    ['threshold 60%: 15.5 of 25 holds', { submitted: 3, admitted: 3, bestScore: 15.5, maxScore: 25, thresholdShare: 0.6 }, null],
  ])('%s', (_n, input, expected) => {
    expect(notHeldReason(input)).toBe(expected);
  });
  it('checks the grounds in order (count grounds before the score)', () => {
    expect(notHeldReason({ submitted: 1, admitted: 0, bestScore: null, maxScore: 25 })).toBe('SINGLE_SUBMITTED');
    expect(notHeldReason({ submitted: 2, admitted: 1, bestScore: 1, maxScore: 25 })).toBe('SINGLE_ADMITTED');
  });
  it.each<[string, Parameters<typeof notHeldReason>[0]]>([
    ['negative submitted', { submitted: -1, admitted: 0, bestScore: null, maxScore: 25 }],
    ['fractional admitted', { submitted: 3, admitted: 1.5, bestScore: null, maxScore: 25 }],
    ['admitted > submitted', { submitted: 2, admitted: 3, bestScore: null, maxScore: 25 }],
    ['NaN best score', { submitted: 3, admitted: 3, bestScore: Number.NaN, maxScore: 25 }],
    ['best above max', { submitted: 3, admitted: 3, bestScore: 26, maxScore: 25 }],
    ['zero max', { submitted: 3, admitted: 3, bestScore: 0, maxScore: 0 }],
    ['share above 1', { submitted: 3, admitted: 3, bestScore: 10, maxScore: 25, thresholdShare: 1.5 }],
  ])('refuses %s', (_n, input) => {
    expect(() => notHeldReason(input)).toThrow(RuleInputError);
  });
});

const t0 = Date.UTC(2026, 2, 1);
const at = (minutes: number) => new Date(t0 + minutes * 60_000);

describe('SC-3 ranking', () => {
  it('orders by score descending, ties by earlier submission, then id', () => {
    const r = rankApplications(
      [
        { id: 'a', score: 20, submittedAt: at(30), requested: 1 },
        { id: 'b', score: 22.5, submittedAt: at(50), requested: 1 },
        { id: 'c', score: 20, submittedAt: at(10), requested: 1 },
        { id: 'e', score: 18, submittedAt: at(10), requested: 1 },
        { id: 'd', score: 18, submittedAt: at(10), requested: 1 },
      ],
      100,
    );
    expect(r.order).toEqual(['b', 'c', 'a', 'd', 'e']);
  });
  it('ranks an empty lot', () => {
    expect(rankApplications([], 0)).toEqual({ order: [], winners: [] });
  });
  it('order is a permutation of the input ids', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), score: fc.integer({ min: 0, max: 28 }), minute: fc.integer({ min: 0, max: 50 }), requested: fc.integer({ min: 0, max: 1000 }) }),
          { selector: (a) => a.id, maxLength: 40 },
        ),
        fc.integer({ min: 0, max: 5000 }),
        (rows, budget) => {
          const apps = rows.map((r) => ({ id: r.id, score: r.score, submittedAt: at(r.minute), requested: r.requested }));
          const { order, winners } = rankApplications(apps, budget);
          expect([...order].sort()).toEqual(apps.map((a) => a.id).sort());
          for (let i = 1; i < order.length; i++) {
            const prev = apps.find((a) => a.id === order[i - 1])!;
            const cur = apps.find((a) => a.id === order[i])!;
            expect(prev.score > cur.score || (prev.score === cur.score && prev.submittedAt.getTime() <= cur.submittedAt.getTime())).toBe(true);
          }
          const spent = winners.reduce((s, id) => s + apps.find((a) => a.id === id)!.requested, 0);
          expect(spent).toBeLessThanOrEqual(budget);
          // winners keep rank order
          expect(winners).toEqual(order.filter((id) => winners.includes(id)));
          // no skipped application would still fit in what is left
          const left = budget - spent;
          for (const a of apps) if (!winners.includes(a.id)) expect(a.requested).toBeGreaterThan(Math.min(left, budget));
        },
      ),
    );
  });
});

describe('SC-5 winners within the lot budget', () => {
  const apps = [
    { id: 'first', score: 25, submittedAt: at(1), requested: 600 },
    { id: 'too-big', score: 24, submittedAt: at(2), requested: 500 },
    { id: 'fits', score: 23, submittedAt: at(3), requested: 400 },
    { id: 'nothing-left', score: 22, submittedAt: at(4), requested: 1 },
  ];
  it('skips a too-large application and lets later ones fit', () => {
    expect(rankApplications(apps, 1000)).toEqual({ order: ['first', 'too-big', 'fits', 'nothing-left'], winners: ['first', 'fits'] });
  });
  it('requested exactly equal to the remaining budget wins', () => {
    expect(rankApplications(apps, 1100).winners).toEqual(['first', 'too-big']);
    expect(rankApplications(apps, 1101).winners).toEqual(['first', 'too-big', 'nothing-left']);
  });
  it('zero budget → no winners', () => {
    expect(rankApplications(apps, 0).winners).toEqual([]);
  });
  it.each<[string, unknown[], number]>([
    ['duplicate ids', [{ id: 'x', score: 1, submittedAt: at(1), requested: 1 }, { id: 'x', score: 2, submittedAt: at(1), requested: 1 }], 10],
    ['NaN score', [{ id: 'x', score: Number.NaN, submittedAt: at(1), requested: 1 }], 10],
    ['invalid date', [{ id: 'x', score: 1, submittedAt: new Date('x'), requested: 1 }], 10],
    ['fractional tenge', [{ id: 'x', score: 1, submittedAt: at(1), requested: 10.5 }], 10],
    ['negative requested', [{ id: 'x', score: 1, submittedAt: at(1), requested: -1 }], 10],
    ['negative budget', [], -1],
    ['fractional budget', [], 1.5],
  ])('refuses %s', (_n, input, budget) => {
    expect(() => rankApplications(input as Parameters<typeof rankApplications>[0], budget)).toThrow(RuleInputError);
  });
});

describe('SC-2 inter-rater agreement', () => {
  const sheets = [
    // four experts agree within 1 point, e4 is 8 points more generous everywhere
    ...['a1', 'a2', 'a3'].flatMap((app, i) => [
      { applicationId: app, expertId: 'e1', total: 14 + i },
      { applicationId: app, expertId: 'e2', total: 15 + i },
      { applicationId: app, expertId: 'e3', total: 14 + i },
      { applicationId: app, expertId: 'e4', total: 22 + i },
    ]),
    { applicationId: 'a4', expertId: 'e1', total: 10 },
  ];
  it('reports spread per application and flags the outlier expert', () => {
    const r = interRaterAgreement(sheets, { maxScore: 25 });
    const a1 = r.applications.find((a) => a.applicationId === 'a1')!;
    expect(a1).toMatchObject({ sheets: 4, min: 14, max: 22, spread: 8, mean: 16.25, highSpread: true });
    expect(r.applications.find((a) => a.applicationId === 'a4')).toMatchObject({ sheets: 1, spread: 0, stdDev: 0, highSpread: false });
    const e4 = r.experts.find((e) => e.expertId === 'e4')!;
    expect(e4.outlier).toBe(true);
    expect(e4.meanDeviation).toBeCloseTo(22 - 43 / 3, 10);
    expect(r.experts.filter((e) => e.outlier).map((e) => e.expertId)).toEqual(['e4']);
    expect(r.experts.find((e) => e.expertId === 'e1')!.sharedApplications).toBe(3);
  });
  it('thresholds are settings', () => {
    expect(interRaterAgreement(sheets, { maxScore: 25, outlierShare: 0.5 }).experts.some((e) => e.outlier)).toBe(false);
    expect(interRaterAgreement(sheets, { maxScore: 25, minSharedApplications: 4 }).experts.some((e) => e.outlier)).toBe(false);
    expect(interRaterAgreement(sheets, { maxScore: 25, highSpreadShare: 0.5 }).applications.some((a) => a.highSpread)).toBe(false);
  });
  it('handles an expert with no shared application', () => {
    const r = interRaterAgreement([{ applicationId: 'x', expertId: 'solo', total: 5 }], { maxScore: 25 });
    expect(r.experts).toEqual([{ expertId: 'solo', sharedApplications: 0, meanDeviation: null, outlier: false }]);
  });
  it('refuses bad input', () => {
    expect(() => interRaterAgreement([{ applicationId: 'x', expertId: 'e', total: 26 }], { maxScore: 25 })).toThrow(RuleInputError);
    expect(() => interRaterAgreement([{ applicationId: 'x', expertId: 'e', total: -1 }], { maxScore: 25 })).toThrow(RuleInputError);
    expect(() =>
      interRaterAgreement(
        [
          { applicationId: 'x', expertId: 'e', total: 1 },
          { applicationId: 'x', expertId: 'e', total: 2 },
        ],
        { maxScore: 25 },
      ),
    ).toThrow(RuleInputError);
    expect(() => interRaterAgreement([], { maxScore: 0 })).toThrow(RuleInputError);
    expect(() => interRaterAgreement([], { maxScore: 25, outlierShare: 2 })).toThrow(RuleInputError);
  });
});
