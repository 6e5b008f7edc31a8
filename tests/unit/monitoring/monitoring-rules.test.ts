import { describe, expect, it } from 'vitest';
import { kzCalendar, RuleInputError, weekday } from '@/lib/rules';
import {
  assessProjectRisk,
  canCompleteMeasure,
  elapsedShare,
  indicatorProgress,
  measureState,
  monitoringMean,
  monitoringQuarters,
  monitoringScoreIssues,
  monitoringSummaryPeriod,
  nextMonitoringSummary,
  quarterBounds,
  quarterOf,
  quarterRecordableIssue,
  quartersOfPeriod,
} from '@/lib/rules/monitoring';

const cal = kzCalendar();

describe('MN-1 quarters (L2908: at least once per quarter)', () => {
  it('maps every month to its calendar quarter', () => {
    expect(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => quarterOf(`2027-${m}-15`).quarter)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, quarter: 4 });
  });
  it('gives the bounds of each quarter', () => {
    expect(quarterBounds({ year: 2027, quarter: 1 })).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(quarterBounds({ year: 2027, quarter: 2 })).toEqual({ start: '2027-04-01', end: '2027-06-30' });
    expect(quarterBounds({ year: 2027, quarter: 3 })).toEqual({ start: '2027-07-01', end: '2027-09-30' });
    expect(quarterBounds({ year: 2027, quarter: 4 })).toEqual({ start: '2027-10-01', end: '2027-12-31' });
    expect(() => quarterBounds({ year: 2027, quarter: 5 })).toThrow(RuleInputError);
  });
  it('lists the quarters a period touches, across a year end', () => {
    expect(quartersOfPeriod('2026-11-20', '2027-04-02')).toEqual([
      { year: 2026, quarter: 4 },
      { year: 2027, quarter: 1 },
      { year: 2027, quarter: 2 },
    ]);
    expect(quartersOfPeriod('2027-02-01', '2027-02-01')).toEqual([{ year: 2027, quarter: 1 }]);
    expect(() => quartersOfPeriod('2027-02-02', '2027-02-01')).toThrow(RuleInputError);
  });
  it('marks recorded, missing (ended without a record), due (current) and future quarters', () => {
    const states = monitoringQuarters({ start: '2026-10-01', end: '2027-09-30' }, [{ year: 2026, quarter: 4 }], '2027-05-10');
    expect(states.map((s) => s.state)).toEqual(['RECORDED', 'MISSING', 'DUE', 'FUTURE']);
  });
  it('the last day of a quarter is still DUE, the next day MISSING', () => {
    const p = { start: '2027-01-01', end: '2027-12-31' };
    expect(monitoringQuarters(p, [], '2027-03-31')[0]!.state).toBe('DUE');
    expect(monitoringQuarters(p, [], '2027-04-01')[0]!.state).toBe('MISSING');
  });
  it('refuses records outside the period or for a quarter not started', () => {
    const p = { start: '2027-02-01', end: '2027-08-31' };
    expect(quarterRecordableIssue(p, { year: 2026, quarter: 4 }, '2027-05-01')).toBe('OUTSIDE_PERIOD');
    expect(quarterRecordableIssue(p, { year: 2027, quarter: 4 }, '2027-05-01')).toBe('OUTSIDE_PERIOD');
    expect(quarterRecordableIssue(p, { year: 2027, quarter: 3 }, '2027-05-01')).toBe('NOT_STARTED');
    expect(quarterRecordableIssue(p, { year: 2027, quarter: 2 }, '2027-05-01')).toBeNull();
    expect(quarterRecordableIssue(p, { year: 2027, quarter: 1 }, '2027-05-01')).toBeNull();
  });
});

describe('MN-2 the six monitoring indicators (L2909–2922), 1–5 points', () => {
  const full = { process: 4, results: 3, satisfaction: 5, impact: 3, coverage: 4, standards: 5 };
  it('accepts six integer scores 1..5', () => {
    expect(monitoringScoreIssues(full)).toEqual([]);
    expect(monitoringMean(full)).toBe(4);
  });
  it('names every missing, fractional or out-of-range score', () => {
    expect(monitoringScoreIssues({ ...full, process: 0, results: 6, impact: 3.5, coverage: undefined })).toEqual(['process', 'results', 'impact', 'coverage']);
    expect(() => monitoringMean({ ...full, standards: 9 })).toThrow(RuleInputError);
  });
  it('rounds the mean to two decimals', () => {
    expect(monitoringMean({ process: 1, results: 2, satisfaction: 2, impact: 2, coverage: 2, standards: 2 })).toBe(1.83);
  });
});

describe('MN-3 measures: open → done, overdue after the deadline day', () => {
  it('is OPEN on the deadline day and OVERDUE the day after', () => {
    expect(measureState('OPEN', '2027-03-10', '2027-03-10')).toBe('OPEN');
    expect(measureState('OPEN', '2027-03-10', '2027-03-11')).toBe('OVERDUE');
    expect(measureState('DONE', '2027-03-10', '2027-04-11')).toBe('DONE');
    expect(() => measureState('CLOSED', '2027-03-10', '2027-03-11')).toThrow(RuleInputError);
  });
  it('only an open measure can be completed', () => {
    expect(canCompleteMeasure('OPEN')).toBe(true);
    expect(canCompleteMeasure('DONE')).toBe(false);
  });
});

describe('MN-4 semi-annual summary (L2929–2930: by 5 June and 5 December)', () => {
  it('5 June covers Q4 of the previous year and Q1; 5 December covers Q2 and Q3', () => {
    expect(monitoringSummaryPeriod(2027, 'JUNE', cal)).toMatchObject({ dueOn: '2027-06-05', quarters: [{ year: 2026, quarter: 4 }, { year: 2027, quarter: 1 }] });
    expect(monitoringSummaryPeriod(2027, 'DECEMBER', cal)).toMatchObject({ dueOn: '2027-12-05', quarters: [{ year: 2027, quarter: 2 }, { year: 2027, quarter: 3 }] });
  });
  it('keeps a due date that falls on a day off and flags it (the source does not move it)', () => {
    expect(weekday('2027-06-05')).toBe(6); // a Saturday
    expect(monitoringSummaryPeriod(2027, 'JUNE', cal)).toMatchObject({ dueOn: '2027-06-05', dueOnDayOff: true });
    expect(weekday('2028-06-05')).toBe(1);
    expect(monitoringSummaryPeriod(2028, 'JUNE', cal).dueOnDayOff).toBe(false);
  });
  it('the next summary is the first due date on or after today', () => {
    expect(nextMonitoringSummary('2027-01-10', cal)).toMatchObject({ year: 2027, half: 'JUNE' });
    expect(nextMonitoringSummary('2027-06-05', cal)).toMatchObject({ year: 2027, half: 'JUNE' });
    expect(nextMonitoringSummary('2027-06-06', cal)).toMatchObject({ year: 2027, half: 'DECEMBER' });
    expect(nextMonitoringSummary('2027-12-06', cal)).toMatchObject({ year: 2028, half: 'JUNE' });
  });
  it('refuses an unknown half', () => {
    expect(() => monitoringSummaryPeriod(2027, 'MAY' as never, cal)).toThrow(RuleInputError);
  });
});

describe('MN-5 projects at risk (lag > 25 percentage points or overdue measures)', () => {
  it('computes the elapsed share, clamped to 0..1', () => {
    expect(elapsedShare('2027-01-01', '2027-01-11', '2027-01-06')).toBe(0.5);
    expect(elapsedShare('2027-01-01', '2027-01-11', '2026-12-01')).toBe(0);
    expect(elapsedShare('2027-01-01', '2027-01-11', '2027-02-01')).toBe(1);
  });
  it('averages capped indicator progress; unreported counts as 0', () => {
    expect(indicatorProgress([{ target: 100, actual: 50 }, { target: 10, actual: 20 }, { target: 5, actual: null }])).toBeCloseTo(0.5);
    expect(indicatorProgress([])).toBe(0);
  });
  it('flags a lag of more than 25 points, not exactly 25', () => {
    const base = { start: '2027-01-01', end: '2027-01-11', today: '2027-01-09', overdueMeasures: 0 }; // 80% elapsed
    expect(assessProjectRisk({ ...base, indicators: [{ target: 100, actual: 55 }] }).reasons).toEqual([]); // lag 25
    expect(assessProjectRisk({ ...base, indicators: [{ target: 100, actual: 54 }] })).toMatchObject({ lagPoints: 26, reasons: ['INDICATOR_LAG'] });
  });
  it('flags overdue measures whatever the progress', () => {
    const r = assessProjectRisk({ start: '2027-01-01', end: '2027-12-31', today: '2027-01-02', indicators: [], overdueMeasures: 1 });
    expect(r.reasons).toEqual(['OVERDUE_MEASURES']);
  });
});
