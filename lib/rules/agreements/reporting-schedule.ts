/**
 * The default reporting schedule of an agreement (stage 8): one interim report due 10
 * calendar days after the middle of the period, the final report 15 calendar days after
 * its end; both creative and financial. The operator may change the dates.
 */
import { addCalendarDays, calendarDaysBetween, compareIsoDates, type IsoDate } from '../calendar/civil-date';
import { RuleInputError } from '../errors';

export interface ReportingSchedule {
  interim: { periodStart: IsoDate; periodEnd: IsoDate; dueOn: IsoDate };
  final: { periodStart: IsoDate; periodEnd: IsoDate; dueOn: IsoDate };
}

export function defaultReportingSchedule(periodStart: IsoDate, periodEnd: IsoDate): ReportingSchedule {
  if (compareIsoDates(periodStart, periodEnd) >= 0) throw new RuleInputError('CONFLICT', 'periodEnd', 'the period must end after it starts');
  const days = calendarDaysBetween(periodStart, periodEnd);
  const middle = addCalendarDays(periodStart, Math.floor(days / 2));
  return {
    interim: { periodStart, periodEnd: middle, dueOn: addCalendarDays(middle, 10) },
    final: { periodStart, periodEnd, dueOn: addCalendarDays(periodEnd, 15) },
  };
}

export type ScheduleDateIssue = 'PERIOD_INVERTED' | 'INTERIM_OUTSIDE_PERIOD' | 'FINAL_BEFORE_END';

/** Dates the operator chose: the interim due date inside the period, the final one on or after its end. */
export function reportingScheduleIssues(periodStart: IsoDate, periodEnd: IsoDate, interimDueOn: IsoDate, finalDueOn: IsoDate): ScheduleDateIssue[] {
  const out: ScheduleDateIssue[] = [];
  if (compareIsoDates(periodStart, periodEnd) >= 0) return ['PERIOD_INVERTED'];
  if (compareIsoDates(interimDueOn, periodStart) <= 0 || compareIsoDates(interimDueOn, periodEnd) >= 0) out.push('INTERIM_OUTSIDE_PERIOD');
  if (compareIsoDates(finalDueOn, periodEnd) < 0) out.push('FINAL_BEFORE_END');
  return out;
}
