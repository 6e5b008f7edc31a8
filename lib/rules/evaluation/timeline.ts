/**
 * EV-3..EV-7 (§3.4, L3404–3424): the publication timeline of a completion evaluation, in
 * working days of the Kazakhstan calendar (DL-2):
 *  - EV-3 (L3404–3406): the preliminary report is posted within 3 working days after the
 *    evaluation (the council's scoring) ends;
 *  - EV-4 (L3408–3409, L3411–3412): the public discussion lasts at least 5 working days from
 *    publication — comments are taken through the end of the 5th working day after the
 *    publication day; comments after it are not considered;
 *  - EV-5 (L3414–3416): the comments are reviewed (accepted / rejected with a justification)
 *    within 3 working days after the discussion ends;
 *  - EV-6 (L3418–3421): the report on the completion of the discussion (the final report) is
 *    published within 1 working day after that decision;
 *  - EV-7 (L3423–3424): the annual report on evaluation results goes to the authorised body by
 *    5 February of the year after the reporting year (a day off is not moved by the source: the
 *    date is kept and flagged).
 */
import { assertIsoDate, compareIsoDates, type IsoDate } from '../calendar/civil-date';
import { addWorkingDays, isWorkingDay, type WorkCalendar } from '../calendar/work-calendar';
import { almatyDateOf, almatyEndOfDay } from '../calendar/almaty-time';
import { assertInstant, assertInteger } from '../validate';

export const PRELIMINARY_REPORT_WORKING_DAYS = 3;
export const DISCUSSION_MIN_WORKING_DAYS = 5;
export const RESPONSES_WORKING_DAYS = 3;
export const FINAL_REPORT_WORKING_DAYS = 1;

/** EV-3 (L3404–3406): the last day to publish the preliminary report. */
export function preliminaryReportDue(scoredOn: IsoDate, cal: WorkCalendar): IsoDate {
  return addWorkingDays(scoredOn, PRELIMINARY_REPORT_WORKING_DAYS, cal);
}

/** EV-4 (L3408–3409): the last day of the public discussion for a report published on `publishedOn`. */
export function discussionClosesOn(publishedOn: IsoDate, cal: WorkCalendar): IsoDate {
  return addWorkingDays(publishedOn, DISCUSSION_MIN_WORKING_DAYS, cal);
}

export type DiscussionPhase = 'NOT_PUBLISHED' | 'OPEN' | 'CLOSED';

/**
 * EV-4 (L3408–3412): may a comment be taken at `now`? Open from the publication instant to the
 * end (Almaty) of the closing day; after it comments are not considered.
 */
export function discussionPhase(now: Date, publishedAt: Date | null, closesOn: IsoDate | null): DiscussionPhase {
  assertInstant(now, 'now');
  if (publishedAt === null || closesOn === null) return 'NOT_PUBLISHED';
  assertInstant(publishedAt, 'publishedAt');
  assertIsoDate(closesOn, 'closesOn');
  if (now.getTime() < publishedAt.getTime()) return 'NOT_PUBLISHED';
  return now.getTime() <= almatyEndOfDay(closesOn).getTime() ? 'OPEN' : 'CLOSED';
}

/** EV-5 (L3414–3416): the last day to answer the comments. */
export function responsesDue(closesOn: IsoDate, cal: WorkCalendar): IsoDate {
  return addWorkingDays(closesOn, RESPONSES_WORKING_DAYS, cal);
}

/**
 * EV-6 (L3418–3421): the last day to publish the final report — 1 working day after the
 * decision on the comments (the last response), or after the discussion closed when nobody
 * commented.
 */
export function finalReportDue(closesOn: IsoDate, lastResponseOn: IsoDate | null, cal: WorkCalendar): IsoDate {
  assertIsoDate(closesOn, 'closesOn');
  if (lastResponseOn !== null) assertIsoDate(lastResponseOn, 'lastResponseOn');
  const base = lastResponseOn !== null && compareIsoDates(lastResponseOn, closesOn) > 0 ? lastResponseOn : closesOn;
  return addWorkingDays(base, FINAL_REPORT_WORKING_DAYS, cal);
}

/** EV-7 (L3423–3424): the annual evaluation report for `reportingYear` is due 5 February of the next year. */
export function annualEvaluationReportDue(reportingYear: number, cal: WorkCalendar): { dueOn: IsoDate; dueOnDayOff: boolean } {
  assertInteger(reportingYear, 'reportingYear');
  const dueOn = `${String(reportingYear + 1).padStart(4, '0')}-02-05`;
  return { dueOn, dueOnDayOff: !isWorkingDay(dueOn, cal) };
}

/** Is something done at `doneAt` (or still not done on `now`) later than its due day? */
export function isLate(dueOn: IsoDate, doneAt: Date | null, now: Date): boolean {
  assertIsoDate(dueOn, 'dueOn');
  assertInstant(now, 'now');
  const day = almatyDateOf(doneAt ?? now);
  return compareIsoDates(day, dueOn) > 0;
}
