import { describe, expect, it } from 'vitest';
import {
  agreementLedger,
  defaultReportingSchedule,
  reportingScheduleIssues,
  returnAllowed,
  trancheReleasability,
  trancheScheduleViolations,
  AGREEMENT_STATUSES_FOR_TEST,
} from './fixtures';

describe('trancheReleasability (MO-1)', () => {
  const prepayment = { isPrepayment: true, status: 'PLANNED', afterReportId: null };
  const second = { isPrepayment: false, status: 'PLANNED', afterReportId: 'r1' };

  it.each([
    ['DRAFT', false, 'AGREEMENT_NOT_SIGNED'],
    ['SENT_TO_NGO', false, 'AGREEMENT_NOT_SIGNED'],
    ['SIGNED_BY_NGO', false, 'AGREEMENT_NOT_SIGNED'],
    ['SIGNED', true, null],
    ['IN_PROGRESS', true, null],
    ['COMPLETED', true, null],
    ['UNDER_EVALUATION', true, null],
    ['CLOSED', false, 'AGREEMENT_ENDED'],
    ['DECLINED', false, 'AGREEMENT_ENDED'],
    ['TERMINATED', false, 'AGREEMENT_ENDED'],
  ] as const)('MO-1: the prepayment with the agreement %s → releasable %s', (status, releasable, reason) => {
    const r = trancheReleasability(prepayment, {}, status);
    expect(r.releasable).toBe(releasable);
    if (!r.releasable) expect(r.reason).toBe(reason);
  });

  it('covers every agreement status in the table above', () => {
    expect(AGREEMENT_STATUSES_FOR_TEST.length).toBe(10);
  });

  it.each([
    ['DRAFT', false],
    ['SUBMITTED', false],
    ['UNDER_REVIEW', false],
    ['RETURNED', false],
    ['ACCEPTED', true],
  ] as const)('a later tranche waits for its report: report %s → releasable %s', (reportStatus, releasable) => {
    const r = trancheReleasability(second, { r1: reportStatus }, 'IN_PROGRESS');
    expect(r).toEqual(releasable ? { releasable: true } : { releasable: false, reason: 'REPORT_NOT_ACCEPTED' });
  });

  it('a report that is not in the map counts as not accepted', () => {
    expect(trancheReleasability(second, { other: 'ACCEPTED' }, 'IN_PROGRESS')).toEqual({ releasable: false, reason: 'REPORT_NOT_ACCEPTED' });
  });

  it('an accepted report does not release money on an unsigned agreement', () => {
    expect(trancheReleasability(second, { r1: 'ACCEPTED' }, 'SIGNED_BY_NGO')).toEqual({ releasable: false, reason: 'AGREEMENT_NOT_SIGNED' });
  });

  it('a later tranche without a report condition is never releasable', () => {
    expect(trancheReleasability({ isPrepayment: false, status: 'PLANNED', afterReportId: null }, {}, 'IN_PROGRESS')).toEqual({ releasable: false, reason: 'NO_RELEASE_CONDITION' });
  });

  it('a released tranche is not released twice', () => {
    expect(trancheReleasability({ ...prepayment, status: 'RELEASED' }, {}, 'IN_PROGRESS')).toEqual({ releasable: false, reason: 'ALREADY_RELEASED' });
    expect(trancheReleasability({ ...second, status: 'RELEASED' }, { r1: 'ACCEPTED' }, 'IN_PROGRESS')).toEqual({ releasable: false, reason: 'ALREADY_RELEASED' });
  });

  it('an unknown tranche status is an input error', () => {
    expect(() => trancheReleasability({ ...prepayment, status: 'PAID' }, {}, 'SIGNED')).toThrow(/unknown tranche status/);
  });
});

describe('trancheScheduleViolations (MO-1)', () => {
  it('MO-1: a grant schedule with a 40% prepayment summing to the amount is fine', () => {
    expect(trancheScheduleViolations('GRANT', 10_000_000, [{ amount: 4_000_000, isPrepayment: true }, { amount: 4_000_000, isPrepayment: false }, { amount: 2_000_000, isPrepayment: false }])).toEqual([]);
  });
  it('MO-1: a grant prepayment of 40% + 1 tenge is above the cap, shown in tenge', () => {
    expect(trancheScheduleViolations('GRANT', 10_000_000, [{ amount: 4_000_001, isPrepayment: true }, { amount: 5_999_999, isPrepayment: false }])).toEqual([
      { code: 'PREPAYMENT_ABOVE_CAP', cap: 4_000_000, prepayment: 4_000_001 },
    ]);
  });
  it('MO-1: the social order allows 50%, not more', () => {
    expect(trancheScheduleViolations('SOCIAL_ORDER', 22_400_000, [{ amount: 11_200_000, isPrepayment: true }, { amount: 11_200_000, isPrepayment: false }])).toEqual([]);
    expect(trancheScheduleViolations('SOCIAL_ORDER', 22_400_000, [{ amount: 11_200_001, isPrepayment: true }, { amount: 11_199_999, isPrepayment: false }])).toEqual([
      { code: 'PREPAYMENT_ABOVE_CAP', cap: 11_200_000, prepayment: 11_200_001 },
    ]);
  });
  it('MO-1: the cap is rounded down to whole tenge', () => {
    expect(trancheScheduleViolations('GRANT', 9_999_999, [{ amount: 3_999_999, isPrepayment: true }, { amount: 6_000_000, isPrepayment: false }])).toEqual([]);
    expect(trancheScheduleViolations('GRANT', 9_999_999, [{ amount: 4_000_000, isPrepayment: true }, { amount: 5_999_999, isPrepayment: false }])).toEqual([
      { code: 'PREPAYMENT_ABOVE_CAP', cap: 3_999_999, prepayment: 4_000_000 },
    ]);
  });
  it('tranches must add up to the agreement amount', () => {
    expect(trancheScheduleViolations('GRANT', 1000, [{ amount: 400, isPrepayment: true }, { amount: 500, isPrepayment: false }])).toEqual([{ code: 'SUM_MISMATCH', sum: 900, amount: 1000 }]);
  });
  it('an empty schedule, a zero tranche and a prepayment that is not first are refused', () => {
    expect(trancheScheduleViolations('GRANT', 1000, [])).toEqual([{ code: 'EMPTY_SCHEDULE' }]);
    expect(trancheScheduleViolations('GRANT', 1000, [{ amount: 0, isPrepayment: false }, { amount: 1000, isPrepayment: false }])).toEqual([{ code: 'NON_POSITIVE_AMOUNT', index: 0 }]);
    expect(trancheScheduleViolations('GRANT', 1000, [{ amount: 700, isPrepayment: false }, { amount: 300, isPrepayment: true }])).toEqual([{ code: 'PREPAYMENT_NOT_FIRST', index: 1 }]);
  });
  it('a schedule without a prepayment is fine', () => {
    expect(trancheScheduleViolations('GRANT', 1000, [{ amount: 1000, isPrepayment: false }])).toEqual([]);
  });
  it('fractional tenge is an input error', () => {
    expect(() => trancheScheduleViolations('GRANT', 1000, [{ amount: 999.5, isPrepayment: false }])).toThrow();
  });
});

describe('agreementLedger', () => {
  it('sums planned, released, returned and the reported spending', () => {
    expect(
      agreementLedger(
        [
          { amount: 400, status: 'RELEASED', returned: 10 },
          { amount: 400, status: 'PLANNED', returned: 0 },
          { amount: 200, status: 'PLANNED', returned: 0 },
        ],
        300,
      ),
    ).toEqual({ planned: 1000, released: 400, reported: 300, returned: 10, unreported: 90, toRelease: 600 });
  });
  it('an empty ledger is zero', () => {
    expect(agreementLedger([], 0)).toEqual({ planned: 0, released: 0, reported: 0, returned: 0, unreported: 0, toRelease: 0 });
  });
  it('returns only on released tranches, never more than was paid', () => {
    expect(returnAllowed({ amount: 400, status: 'RELEASED', returned: 0 }, 400)).toBe(true);
    expect(returnAllowed({ amount: 400, status: 'RELEASED', returned: 100 }, 301)).toBe(false);
    expect(returnAllowed({ amount: 400, status: 'PLANNED', returned: 0 }, 1)).toBe(false);
    expect(returnAllowed({ amount: 400, status: 'RELEASED', returned: 0 }, 0)).toBe(false);
  });
});

describe('reporting schedule', () => {
  it('interim due 10 days after the middle, final 15 days after the end', () => {
    expect(defaultReportingSchedule('2026-01-01', '2026-10-28')).toEqual({
      interim: { periodStart: '2026-01-01', periodEnd: '2026-05-31', dueOn: '2026-06-10' },
      final: { periodStart: '2026-01-01', periodEnd: '2026-10-28', dueOn: '2026-11-12' },
    });
  });
  it('an inverted period is an input error', () => {
    expect(() => defaultReportingSchedule('2026-05-01', '2026-05-01')).toThrow();
  });
  it('checks the dates the operator chose', () => {
    expect(reportingScheduleIssues('2026-01-01', '2026-10-28', '2026-06-10', '2026-11-12')).toEqual([]);
    expect(reportingScheduleIssues('2026-01-01', '2026-10-28', '2026-12-01', '2026-10-01')).toEqual(['INTERIM_OUTSIDE_PERIOD', 'FINAL_BEFORE_END']);
    expect(reportingScheduleIssues('2026-10-28', '2026-01-01', '2026-06-10', '2026-11-12')).toEqual(['PERIOD_INVERTED']);
  });
});

describe('reportedSpent', () => {
  it('sums the spent of every budget line wherever the form nests it', async () => {
    const { reportedSpent } = await import('@/lib/rules/agreements');
    expect(reportedSpent({ budget: { lines: [{ planned: 100, spent: 80 }, { planned: '50', spent: '20' }] }, other: [{ spent: 999 }] })).toBe(100);
    expect(reportedSpent({})).toBe(0);
    expect(reportedSpent({ lines: [{ planned: 10, spent: -5 }, { planned: 10, spent: 1.5 }] })).toBe(0);
  });
});
