import { describe, expect, it } from 'vitest';
import { moneyByDirection, moneyByRegion, moneyTotal, type AwardedAmount } from '@/lib/services/analytics/aggregate-money';
import { overdueByAgreement, overdueByOrganization, type OverdueInput } from '@/lib/services/analytics/aggregate-overdue';
import { ratesByKindAndYear } from '@/lib/services/analytics/aggregate-rates';
import { averageScoresByCriterion } from '@/lib/services/analytics/aggregate-scores';
import { almatyHourOf, submissionTimeline } from '@/lib/services/analytics/aggregate-submissions';
import { parseAnalyticsFilters, filtersQuery } from '@/lib/services/analytics/filters';
import { rate } from '@/lib/services/analytics/labels';

const n = (kk: string) => ({ kk, ru: kk });

describe('rate (zero denominators)', () => {
  it('is null, not NaN, when nothing was decided', () => {
    expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
  it('rounds to four decimals', () => {
    expect(rate(1, 3).rate).toBe(0.3333);
    expect(rate(2, 3).rate).toBe(0.6667);
    expect(rate(3, 3).rate).toBe(1);
    expect(rate(0, 5).rate).toBe(0);
  });
  it('refuses impossible inputs', () => {
    expect(() => rate(2, 1)).toThrow(RangeError);
    expect(() => rate(-1, 1)).toThrow(RangeError);
    expect(() => rate(0.5, 1)).toThrow(RangeError);
  });
});

describe('money by direction and region (integer tenge)', () => {
  const d1 = { id: 'd1', number: 1, names: n('Бағыт 1') };
  const d3 = { id: 'd3', number: 3, names: n('Бағыт 3') };
  const almaty = { id: 'r-ala', sortOrder: 2, names: n('Алматы') };
  const astana = { id: 'r-ast', sortOrder: 1, names: n('Астана') };
  const rows: AwardedAmount[] = [
    { amountKzt: 9_000_000n, direction: d3, region: almaty },
    { amountKzt: 6_500_000n, direction: d1, region: null },
    { amountKzt: 1_000_001n, direction: d3, region: astana },
    { amountKzt: 500n, direction: null, region: almaty },
  ];
  it('sums per direction ordered by the direction number, "no direction" last', () => {
    expect(moneyByDirection(rows)).toEqual([
      { key: 'd1', names: d1.names, order: 1, totalKzt: 6_500_000, awards: 1 },
      { key: 'd3', names: d3.names, order: 3, totalKzt: 10_000_001, awards: 2 },
      { key: null, names: null, order: Number.MAX_SAFE_INTEGER, totalKzt: 500, awards: 1 },
    ]);
  });
  it('sums per region ordered by sort order, republic-wide last; the totals agree', () => {
    const byRegion = moneyByRegion(rows);
    expect(byRegion.map((b) => [b.key, b.totalKzt, b.awards])).toEqual([
      ['r-ast', 1_000_001, 1],
      ['r-ala', 9_000_500, 2],
      [null, 6_500_000, 1],
    ]);
    expect(moneyTotal(byRegion)).toBe(moneyTotal(moneyByDirection(rows)));
    expect(moneyTotal(byRegion)).toBe(16_500_501);
  });
  it('is empty for no rows and refuses negative amounts', () => {
    expect(moneyByDirection([])).toEqual([]);
    expect(() => moneyByRegion([{ amountKzt: -1n, direction: null, region: null }])).toThrow(RangeError);
  });
});

describe('submission timeline (DL-1 Almaty day/hour buckets, the deadline spike)', () => {
  // Deadline 2026-03-20 18:00 Almaty = 13:00Z.
  const deadlineAt = new Date('2026-03-20T13:00:00Z');
  it('buckets by Almaty day, not UTC day: 23:30 Almaty the day before is the previous day, 00:30 Almaty is the deadline day', () => {
    const tl = submissionTimeline({
      deadlineAt,
      opensAt: new Date('2026-03-17T04:00:00Z'),
      submittedAt: [
        new Date('2026-03-19T18:30:00Z'), // 23:30 Almaty on 19 March
        new Date('2026-03-19T19:30:00Z'), // 00:30 Almaty on 20 March (UTC still 19 March)
        new Date('2026-03-20T12:59:59Z'), // 17:59:59 Almaty
        new Date('2026-03-20T13:00:00Z'), // exactly at the deadline: on time (DL-1)
        new Date('2026-03-17T03:00:00Z'), // 08:00 Almaty on 17 March
      ],
    });
    expect(tl.deadlineDate).toBe('2026-03-20');
    expect(tl.deadlineHour).toBe(18);
    expect(tl.days).toEqual([
      { date: '2026-03-17', offset: -3, count: 1 },
      { date: '2026-03-18', offset: -2, count: 0 },
      { date: '2026-03-19', offset: -1, count: 1 },
      { date: '2026-03-20', offset: 0, count: 3 },
    ]);
    expect(tl.onDeadlineDay).toBe(3);
    expect(tl.hours[0]).toEqual({ hour: 0, count: 1 });
    expect(tl.hours[17]).toEqual({ hour: 17, count: 1 });
    expect(tl.hours[18]).toEqual({ hour: 18, count: 1 });
    expect(tl.hours.reduce((s, h) => s + h.count, 0)).toBe(3);
    expect(tl).toMatchObject({ total: 5, late: 0, earlier: 0 });
  });
  it('counts a submission after the deadline as late, never in a bucket', () => {
    const tl = submissionTimeline({ deadlineAt, submittedAt: [new Date('2026-03-20T13:00:00.001Z')] });
    expect(tl.late).toBe(1);
    expect(tl.days).toEqual([{ date: '2026-03-20', offset: 0, count: 0 }]);
    expect(tl.onDeadlineDay).toBe(0);
  });
  it('starts at the earliest submission when it precedes the opening, and caps the range at maxDays', () => {
    const early = new Date('2026-03-10T06:00:00Z');
    expect(submissionTimeline({ deadlineAt, opensAt: new Date('2026-03-15T06:00:00Z'), submittedAt: [early] }).days[0]).toEqual({ date: '2026-03-10', offset: -10, count: 1 });
    const capped = submissionTimeline({ deadlineAt, submittedAt: [early, new Date('2026-03-19T06:00:00Z')], maxDays: 3 });
    expect(capped.days.map((d) => d.date)).toEqual(['2026-03-18', '2026-03-19', '2026-03-20']);
    expect(capped.earlier).toBe(1);
    expect(capped.days[1]?.count).toBe(1);
    expect(() => submissionTimeline({ deadlineAt, submittedAt: [], maxDays: 0 })).toThrow(RangeError);
  });
  it('with no submissions and no opening shows only the deadline day, all zero', () => {
    const tl = submissionTimeline({ deadlineAt, submittedAt: [] });
    expect(tl.days).toEqual([{ date: '2026-03-20', offset: 0, count: 0 }]);
    expect(tl.hours).toHaveLength(24);
    expect(tl.total).toBe(0);
  });
  it('almatyHourOf reads the wall clock at UTC+5', () => {
    expect(almatyHourOf(new Date('2026-01-01T00:00:00Z'))).toBe(5);
    expect(almatyHourOf(new Date('2026-01-01T19:00:00Z'))).toBe(0);
    expect(almatyHourOf(new Date('2026-01-01T18:59:59Z'))).toBe(23);
  });
});

describe('admission and not-held rates per kind and year', () => {
  const t = (iso: string) => new Date(iso);
  it('counts the latest admission decision per application and the latest decision per lot', () => {
    const rows = ratesByKindAndYear(
      [
        { kind: 'GRANT', year: 2026, applicationId: 'a1', admitted: false, decidedAt: t('2026-04-01T05:00:00Z') },
        { kind: 'GRANT', year: 2026, applicationId: 'a1', admitted: true, decidedAt: t('2026-04-02T05:00:00Z') }, // re-decided: admitted
        { kind: 'GRANT', year: 2026, applicationId: 'a2', admitted: false, decidedAt: t('2026-04-01T05:00:00Z') },
        { kind: 'GRANT', year: 2026, applicationId: 'a3', admitted: true, decidedAt: t('2026-04-01T05:00:00Z') },
        { kind: 'AWARD', year: 2025, applicationId: 'b1', admitted: true, decidedAt: t('2025-09-01T05:00:00Z') },
      ],
      [
        { kind: 'GRANT', year: 2026, competitionId: 'c1', lotId: 'l1', outcome: 'HELD', createdAt: t('2026-05-01T05:00:00Z') },
        { kind: 'GRANT', year: 2026, competitionId: 'c1', lotId: 'l2', outcome: 'NOT_HELD', createdAt: t('2026-05-01T05:00:00Z') },
        { kind: 'SOCIAL_ORDER', year: 2026, competitionId: 'c2', lotId: null, outcome: 'HELD', createdAt: t('2026-05-01T05:00:00Z') },
        { kind: 'SOCIAL_ORDER', year: 2026, competitionId: 'c2', lotId: null, outcome: 'NOT_HELD', createdAt: t('2026-05-03T05:00:00Z') },
      ],
      ['GRANT', 'SOCIAL_ORDER', 'AWARD'],
    );
    expect(rows).toEqual([
      { kind: 'GRANT', year: 2026, admission: { numerator: 2, denominator: 3, rate: 0.6667 }, notHeld: { numerator: 1, denominator: 2, rate: 0.5 } },
      // no admission decision recorded: the admission rate is null (zero denominator), not 0 and not NaN
      { kind: 'SOCIAL_ORDER', year: 2026, admission: { numerator: 0, denominator: 0, rate: null }, notHeld: { numerator: 1, denominator: 1, rate: 1 } },
      { kind: 'AWARD', year: 2025, admission: { numerator: 1, denominator: 1, rate: 1 }, notHeld: { numerator: 0, denominator: 0, rate: null } },
    ]);
  });
  it('returns nothing for no facts', () => {
    expect(ratesByKindAndYear([], [])).toEqual([]);
  });
});

describe('average scores per criterion (SIGNED sheets only)', () => {
  const criteria = [
    { id: 'capacity', names: n('capacity'), min: 1, max: 5 },
    { id: 'content', names: n('content'), min: 1, max: 7 },
    { id: 'regional_experience', names: n('regional_experience'), min: 0, max: 0 },
  ];
  it('averages signed sheets, ignores drafts and other competitions, null when no sheet scored a criterion', () => {
    const [c] = averageScoresByCriterion(
      [{ competitionId: 'c1', criteria }],
      [
        { competitionId: 'c1', status: 'SIGNED', values: [{ criterionId: 'capacity', value: 4 }, { criterionId: 'content', value: 7 }] },
        { competitionId: 'c1', status: 'SIGNED', values: [{ criterionId: 'capacity', value: 5 }, { criterionId: 'content', value: 6 }] },
        { competitionId: 'c1', status: 'SIGNED', values: [{ criterionId: 'capacity', value: 4 }, { criterionId: 'content', value: 6 }] },
        { competitionId: 'c1', status: 'DRAFT', values: [{ criterionId: 'capacity', value: 1 }] },
        { competitionId: 'c2', status: 'SIGNED', values: [{ criterionId: 'capacity', value: 1 }] },
      ],
    );
    expect(c?.sheets).toBe(3);
    expect(c?.criteria).toEqual([
      { criterionId: 'capacity', names: n('capacity'), max: 5, sheets: 3, mean: 4.33, shareOfMax: 0.8667 },
      { criterionId: 'content', names: n('content'), max: 7, sheets: 3, mean: 6.33, shareOfMax: 0.9048 },
      { criterionId: 'regional_experience', names: n('regional_experience'), max: 0, sheets: 0, mean: null, shareOfMax: null },
    ]);
  });
  it('a competition without signed sheets has zero sheets and null means', () => {
    const [c] = averageScoresByCriterion([{ competitionId: 'c9', criteria: criteria.slice(0, 1) }], []);
    expect(c).toEqual({ competitionId: 'c9', sheets: 0, criteria: [{ criterionId: 'capacity', names: n('capacity'), max: 5, sheets: 0, mean: null, shareOfMax: null }] });
  });
});

describe('reports overdue by organisation and agreement', () => {
  const row = (o: string, a: string, dueOn: string, daysLeft: number): OverdueInput => ({
    agreementId: a,
    agreementNumber: `N-${a}`,
    organizationId: o,
    organizationNameKk: `Ұйым ${o}`,
    organizationNameRu: `Орг ${o}`,
    dueOn,
    daysLeft,
  });
  const rows = [row('o1', 'a1', '2026-03-01', -10), row('o1', 'a1', '2026-02-01', -38), row('o1', 'a2', '2026-03-05', -6), row('o2', 'a3', '2026-03-08', -3)];
  it('counts reports and distinct agreements per organisation, the longest delay, most reports first', () => {
    expect(overdueByOrganization(rows)).toEqual([
      { organizationId: 'o1', names: { kk: 'Ұйым o1', ru: 'Орг o1' }, reports: 3, agreements: 2, maxDaysOverdue: 38 },
      { organizationId: 'o2', names: { kk: 'Ұйым o2', ru: 'Орг o2' }, reports: 1, agreements: 1, maxDaysOverdue: 3 },
    ]);
  });
  it('counts reports per agreement with the earliest due day', () => {
    expect(overdueByAgreement(rows).map((a) => [a.agreementNumber, a.reports, a.oldestDueOn, a.maxDaysOverdue])).toEqual([
      ['N-a1', 2, '2026-02-01', 38],
      ['N-a2', 1, '2026-03-05', 6],
      ['N-a3', 1, '2026-03-08', 3],
    ]);
    expect(overdueByOrganization([])).toEqual([]);
  });
});

describe('filters from the URL query', () => {
  it('reads year and kind, ignores malformed values', () => {
    expect(parseAnalyticsFilters({ year: '2026', kind: 'GRANT' })).toEqual({ year: 2026, kind: 'GRANT' });
    expect(parseAnalyticsFilters({ year: 'abc', kind: 'LOTTERY' })).toEqual({ year: null, kind: null });
    expect(parseAnalyticsFilters({ year: '1999' })).toEqual({ year: null, kind: null });
    expect(parseAnalyticsFilters({})).toEqual({ year: null, kind: null });
  });
  it('writes them back into a query string', () => {
    expect(filtersQuery({ year: 2026, kind: 'AWARD' }, { dataset: 'rates', competition: null })).toBe('year=2026&kind=AWARD&dataset=rates');
    expect(filtersQuery({ year: null, kind: null })).toBe('');
  });
});
