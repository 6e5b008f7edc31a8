/**
 * MN-1 (§3.2, L2908): a social-order project is monitored at least once per quarter. Quarters
 * are calendar quarters (Q1 = January–March …); a project's quarters are those its period
 * touches. Pure: dates are 'YYYY-MM-DD' Almaty calendar days.
 */
import { RuleInputError } from '../errors';
import { assertIsoDate, compareIsoDates, type IsoDate } from '../calendar/civil-date';
import { assertInteger } from '../validate';

export interface Quarter {
  year: number;
  /** 1..4 */
  quarter: number;
}

/** The calendar quarter a day belongs to. */
export function quarterOf(date: IsoDate): Quarter {
  assertIsoDate(date, 'date');
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((month - 1) / 3) + 1 };
}

export function assertQuarter(q: Quarter, field = 'quarter'): void {
  assertInteger(q.year, `${field}.year`);
  assertInteger(q.quarter, `${field}.quarter`);
  if (q.quarter < 1 || q.quarter > 4) throw new RuleInputError('OUT_OF_RANGE', `${field}.quarter`, `quarter must be 1..4, got ${q.quarter}`);
}

/** First and last day of a quarter. */
export function quarterBounds(q: Quarter): { start: IsoDate; end: IsoDate } {
  assertQuarter(q);
  const firstMonth = (q.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = [31, 30, 30, 31][q.quarter - 1]!;
  const y = String(q.year).padStart(4, '0');
  return { start: `${y}-${String(firstMonth).padStart(2, '0')}-01`, end: `${y}-${String(lastMonth).padStart(2, '0')}-${lastDay}` };
}

export const quarterKey = (q: Quarter): string => `${q.year}-Q${q.quarter}`;
export const compareQuarters = (a: Quarter, b: Quarter): number => a.year * 4 + a.quarter - (b.year * 4 + b.quarter);
const nextQuarter = (q: Quarter): Quarter => (q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 });

/** Every quarter the period [start, end] touches, in order. */
export function quartersOfPeriod(start: IsoDate, end: IsoDate): Quarter[] {
  assertIsoDate(start, 'start');
  assertIsoDate(end, 'end');
  if (compareIsoDates(start, end) > 0) throw new RuleInputError('OUT_OF_RANGE', 'end', `period end ${end} is before its start ${start}`);
  const out: Quarter[] = [];
  const last = quarterOf(end);
  for (let q = quarterOf(start); compareQuarters(q, last) <= 0; q = nextQuarter(q)) out.push(q);
  return out;
}

/**
 * MN-1: the state of each quarter of the project period on `today`:
 *  - RECORDED: a monitoring record exists for it;
 *  - MISSING: the quarter is over (its last day is before today) without a record — a gap;
 *  - DUE: the current quarter, not yet recorded;
 *  - FUTURE: not started yet.
 */
export type QuarterState = 'RECORDED' | 'MISSING' | 'DUE' | 'FUTURE';

export function monitoringQuarters(period: { start: IsoDate; end: IsoDate }, recorded: Quarter[], today: IsoDate): (Quarter & { state: QuarterState })[] {
  assertIsoDate(today, 'today');
  recorded.forEach((q, i) => assertQuarter(q, `recorded[${i}]`));
  const have = new Set(recorded.map(quarterKey));
  return quartersOfPeriod(period.start, period.end).map((q) => {
    const { start, end } = quarterBounds(q);
    const state: QuarterState = have.has(quarterKey(q))
      ? 'RECORDED'
      : compareIsoDates(end, today) < 0
        ? 'MISSING'
        : compareIsoDates(start, today) <= 0
          ? 'DUE'
          : 'FUTURE';
    return { ...q, state };
  });
}

/**
 * MN-1: may a record be made for quarter `q` of this project on `today`? The quarter must lie in
 * the project period and must have started (no records for the future).
 */
export type RecordableIssue = 'OUTSIDE_PERIOD' | 'NOT_STARTED';
export function quarterRecordableIssue(period: { start: IsoDate; end: IsoDate }, q: Quarter, today: IsoDate): RecordableIssue | null {
  assertQuarter(q);
  assertIsoDate(today, 'today');
  if (!quartersOfPeriod(period.start, period.end).some((p) => compareQuarters(p, q) === 0)) return 'OUTSIDE_PERIOD';
  if (compareIsoDates(quarterBounds(q).start, today) > 0) return 'NOT_STARTED';
  return null;
}
