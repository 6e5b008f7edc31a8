import { describe, expect, it } from 'vitest';
import {
  conditionalPrice,
  isDumping,
  kzCalendar,
  maxScore,
  minimumNonDumpingPrice,
  publicDiscussionCheck,
  rankSocialOrderBids,
  RuleInputError,
  socialOrderAnnouncementCheck,
  socialOrderCriteria,
  socialOrderDiscount,
  socialOrderDiscountRate,
  socialOrderReviewDue,
  socialOrderSheet,
  type SocialOrderBid,
} from '@/lib/rules';

const cal = kzCalendar();

describe('SO-1 social-order criteria', () => {
  it('has 6 criteria with max 23', () => {
    expect(socialOrderCriteria().map((c) => c.id)).toEqual(['conformity', 'charter_goals', 'activity_plan', 'ngo_database', 'experience', 'indicators']);
    expect(maxScore(socialOrderCriteria())).toBe(23);
  });
  it('criterion 1 = 0 excludes the supplier whatever the rest', () => {
    const full = { conformity: 2, charter_goals: 1, activity_plan: 6, ngo_database: 2, experience: 6, indicators: 6 };
    expect(socialOrderSheet(full)).toEqual({ ok: true, total: 23, excluded: false });
    expect(socialOrderSheet({ ...full, conformity: 0 })).toEqual({ ok: true, total: 21, excluded: true });
    expect(socialOrderSheet({ ...full, activity_plan: 4 })).toEqual({ ok: false, code: 'OUT_OF_RANGE', criterionId: 'activity_plan' });
    expect(socialOrderSheet({ ...full, indicators: 3 })).toEqual({ ok: false, code: 'OUT_OF_RANGE', criterionId: 'indicators' });
  });
});

describe('SO-1 conditional discount', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, 0.1],
    [15, 0.1],
    [16, 0.2],
    [20, 0.2],
    [21, 0.3],
    [23, 0.3],
  ])('total %i → %d', (total, rate) => {
    expect(socialOrderDiscount(total)).toBe(rate);
  });
  it.each([
    [1_000_000, 9, 1_000_000],
    [1_000_000, 10, 900_000],
    [1_000_000, 16, 800_000],
    [1_000_000, 21, 700_000],
    [12_345, 15, 11_110.5],
    [100, 20, 80],
  ])('conditionalPrice(%i, %i) = %d', (bid, total, price) => {
    expect(conditionalPrice(bid, total)).toBe(price);
  });
  it('bands are a setting', () => {
    const bands = [{ from: 5, rate: 0.05 }];
    expect(socialOrderDiscountRate(5, bands)).toBe(0.05);
    expect(conditionalPrice(1000, 5, bands)).toBe(950);
    expect(() => socialOrderDiscountRate(5, [{ from: 10, rate: 0.1 }, { from: 5, rate: 0.2 }])).toThrow(RuleInputError);
    expect(() => conditionalPrice(1000, 5, [{ from: 5, rate: 0.055 }])).toThrow(RuleInputError);
  });
  it.each([[-1], [15.5], [Number.NaN]])('refuses total %d', (t) => {
    expect(() => socialOrderDiscount(t)).toThrow(RuleInputError);
  });
  it('refuses fractional or negative prices', () => {
    expect(() => conditionalPrice(100.5, 10)).toThrow(RuleInputError);
    expect(() => conditionalPrice(-100, 10)).toThrow(RuleInputError);
  });
});

describe('SO-2 dumping', () => {
  it.each([
    // [bid, allocated, dumping?]
    [800_000, 1_000_000, false], // exactly 20% below is NOT dumping
    [799_999, 1_000_000, true], // 20% + 1 tenge below is
    [800_001, 1_000_000, false],
    [1_000_000, 1_000_000, false],
    [1_200_000, 1_000_000, false],
    [0, 1_000_000, true],
    [0, 0, false],
    [80, 101, true], // 80.8 is the limit
    [81, 101, false],
  ])('bid %i vs allocated %i → %s', (bid, allocated, dumping) => {
    expect(isDumping(bid, allocated)).toBe(dumping);
  });
  it('share is a setting', () => {
    expect(isDumping(700_000, 1_000_000, 0.3)).toBe(false);
    expect(isDumping(699_999, 1_000_000, 0.3)).toBe(true);
    expect(minimumNonDumpingPrice(1_000_000)).toBe(800_000);
    expect(minimumNonDumpingPrice(101)).toBe(81);
  });
  it('is exact for huge integer amounts', () => {
    expect(isDumping(7_200_000_000_000, 9_000_000_000_000)).toBe(false);
    expect(isDumping(7_199_999_999_999, 9_000_000_000_000)).toBe(true);
  });
  it.each<[number, number, number | undefined]>([
    [100.5, 1000, undefined],
    [-1, 1000, undefined],
    [100, Number.NaN, undefined],
    [100, 1000, 1.2],
    [100, 1000, 0.12345],
  ])('refuses (%d, %d, %s)', (bid, allocated, share) => {
    expect(() => isDumping(bid, allocated, share)).toThrow(RuleInputError);
  });
});

describe('SO-1 winner selection', () => {
  const bid = (id: string, bidPrice: number, totalScore: number, marketExperienceYears = 1, conformityScore = 1): SocialOrderBid => ({
    id,
    bidPrice,
    totalScore,
    conformityScore,
    marketExperienceYears,
  });
  it('lowest conditional price wins; dumping and criterion 1 = 0 are excluded', () => {
    const r = rankSocialOrderBids(
      [bid('cheap-low-score', 850_000, 9), bid('dear-high-score', 1_000_000, 21), bid('dumping', 790_000, 23), bid('no-conformity', 900_000, 20, 3, 0)],
      1_000_000,
    );
    expect(r.order).toEqual(['dear-high-score', 'cheap-low-score']); // 700,000 vs 850,000
    expect(r.winner).toBe('dear-high-score');
    expect(r.conditionalPrices).toEqual({ 'dear-high-score': 700_000, 'cheap-low-score': 850_000 });
    expect(r.excluded).toEqual([
      { id: 'dumping', reasons: ['DUMPING'] },
      { id: 'no-conformity', reasons: ['NOT_CONFORMING'] },
    ]);
    expect(r.unresolvedTie).toEqual([]);
  });
  it('equal conditional price → more market experience wins', () => {
    const r = rankSocialOrderBids([bid('a', 900_000, 10, 2), bid('b', 800_000, 0, 5), bid('c', 1_000_000, 16, 7)], 1_000_000);
    // a: 810,000; b: 800,000; c: 800,000 → c (7 years) before b (5 years)
    expect(r.order).toEqual(['c', 'b', 'a']);
    expect(r.winner).toBe('c');
  });
  it('a full tie is reported for the commission to settle', () => {
    const r = rankSocialOrderBids([bid('y', 900_000, 12, 3), bid('x', 900_000, 14, 3)], 1_000_000);
    expect(r.order).toEqual(['x', 'y']);
    expect(r.unresolvedTie).toEqual(['y']);
  });
  it('no admissible bid → no winner', () => {
    expect(rankSocialOrderBids([bid('d', 1, 23)], 1_000_000).winner).toBeNull();
    expect(rankSocialOrderBids([], 1_000_000)).toMatchObject({ order: [], winner: null });
  });
  it('refuses bad bids', () => {
    expect(() => rankSocialOrderBids([bid('a', 1, 1), bid('a', 2, 2)], 10)).toThrow(RuleInputError);
    expect(() => rankSocialOrderBids([bid('a', 1, 1, -1)], 10)).toThrow(RuleInputError);
    expect(() => rankSocialOrderBids([bid('a', 1, 1.5)], 10)).toThrow(RuleInputError);
    expect(() => rankSocialOrderBids([bid('a', 1, 1)], -10)).toThrow(RuleInputError);
  });
});

describe('SO announcement and discussion dates (stage 3, stage 6)', () => {
  it('accepts an announcement within 3 working days of approval and ≥ 20 days before the deadline', () => {
    const r = socialOrderAnnouncementCheck({ documentationApprovedOn: '2026-03-19', announcedOn: '2026-03-27', deadlineOn: '2026-04-16' }, cal);
    // 19 Mar Thu → 20 Fri, 26 Thu, 27 Fri (Nauryz 21–25)
    expect(r).toEqual({ issues: [], latestAnnouncementOn: '2026-03-27', earliestDeadlineOn: '2026-04-16' });
  });
  it.each<[string, { documentationApprovedOn: string; announcedOn: string; deadlineOn: string }, string[]]>([
    ['one working day too late', { documentationApprovedOn: '2026-03-19', announcedOn: '2026-03-30', deadlineOn: '2026-05-01' }, ['ANNOUNCED_TOO_LATE_AFTER_APPROVAL']],
    ['before approval', { documentationApprovedOn: '2026-03-19', announcedOn: '2026-03-18', deadlineOn: '2026-05-01' }, ['ANNOUNCED_BEFORE_APPROVAL']],
    ['19 calendar days before the deadline', { documentationApprovedOn: '2026-03-19', announcedOn: '2026-03-27', deadlineOn: '2026-04-15' }, ['DEADLINE_TOO_SOON']],
    ['both', { documentationApprovedOn: '2026-03-02', announcedOn: '2026-03-27', deadlineOn: '2026-04-01' }, ['ANNOUNCED_TOO_LATE_AFTER_APPROVAL', 'DEADLINE_TOO_SOON']],
  ])('%s', (_n, input, issues) => {
    expect(socialOrderAnnouncementCheck(input, cal).issues).toEqual(issues);
  });
  it('public discussion needs 10 working days, publication day included', () => {
    // Mon 2 Mar 2026 … Fri 13 Mar: 2–6 (5) + 9 is a day off + 10–13 (4) = 9 working days
    expect(publicDiscussionCheck({ startsOn: '2026-03-02', endsOn: '2026-03-13' }, cal)).toEqual({ ok: false, workingDays: 9, earliestEndOn: '2026-03-16' });
    expect(publicDiscussionCheck({ startsOn: '2026-03-02', endsOn: '2026-03-16' }, cal).ok).toBe(true);
    expect(publicDiscussionCheck({ startsOn: '2026-03-02', endsOn: '2026-03-13' }, cal, 9).ok).toBe(true);
  });
  it('review is due 10 working days after opening', () => {
    // 17, 18, 19, 20 Mar (4), Nauryz 21–25 off, 26, 27 (6), 30, 31 (8), 1 Apr (9), 2 Apr (10)
    expect(socialOrderReviewDue('2026-03-16', cal)).toBe('2026-04-02');
  });
  it('refuses bad dates', () => {
    expect(() => socialOrderAnnouncementCheck({ documentationApprovedOn: '2026-02-30', announcedOn: '2026-03-01', deadlineOn: '2026-04-01' }, cal)).toThrow(RuleInputError);
    expect(() => publicDiscussionCheck({ startsOn: '2026-03-02', endsOn: '2026-3-13' }, cal)).toThrow(RuleInputError);
    expect(() => socialOrderReviewDue('2026-03-16', cal, -2)).toThrow(RuleInputError);
  });
});
