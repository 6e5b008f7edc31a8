/**
 * MN-4 (§3.2, L2929–2930): state bodies send the monitoring summary to the authorised body by
 * 5 June and 5 December every year. Each summary covers the two calendar quarters completed
 * before its due date (portal convention — the source names the dates, not the period):
 *  - due 5 June Y: Q4 of Y−1 and Q1 of Y;
 *  - due 5 December Y: Q2 and Q3 of Y.
 * So every quarter belongs to exactly one summary. The source does not move a due date that
 * falls on a day off; the portal keeps the date and flags it (`dueOnDayOff`).
 */
import { assertIsoDate, compareIsoDates, type IsoDate } from '../calendar/civil-date';
import { isWorkingDay, type WorkCalendar } from '../calendar/work-calendar';
import { assertInteger } from '../validate';
import { RuleInputError } from '../errors';
import type { Quarter } from './quarters';

export type SummaryHalf = 'JUNE' | 'DECEMBER';

export interface MonitoringSummaryPeriod {
  year: number;
  half: SummaryHalf;
  /** L2929–2930 */
  dueOn: IsoDate;
  dueOnDayOff: boolean;
  quarters: Quarter[];
}

export function monitoringSummaryPeriod(year: number, half: SummaryHalf, cal: WorkCalendar): MonitoringSummaryPeriod {
  assertInteger(year, 'year');
  if (half !== 'JUNE' && half !== 'DECEMBER') throw new RuleInputError('UNKNOWN', 'half', `unknown half '${String(half)}'`);
  const y = String(year).padStart(4, '0');
  const dueOn = half === 'JUNE' ? `${y}-06-05` : `${y}-12-05`;
  const quarters: Quarter[] =
    half === 'JUNE'
      ? [
          { year: year - 1, quarter: 4 },
          { year, quarter: 1 },
        ]
      : [
          { year, quarter: 2 },
          { year, quarter: 3 },
        ];
  return { year, half, dueOn, dueOnDayOff: !isWorkingDay(dueOn, cal), quarters };
}

/** MN-4: the next summary due on or after `today` (5 June / 5 December). */
export function nextMonitoringSummary(today: IsoDate, cal: WorkCalendar): MonitoringSummaryPeriod {
  assertIsoDate(today, 'today');
  const year = Number(today.slice(0, 4));
  const june = monitoringSummaryPeriod(year, 'JUNE', cal);
  if (compareIsoDates(today, june.dueOn) <= 0) return june;
  const december = monitoringSummaryPeriod(year, 'DECEMBER', cal);
  if (compareIsoDates(today, december.dueOn) <= 0) return december;
  return monitoringSummaryPeriod(year + 1, 'JUNE', cal);
}
