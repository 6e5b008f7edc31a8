/**
 * RP-1 (reports due): a report is due on Report.dueOn, an Almaty calendar day (DL-1: "by
 * the due date" means up to 23:59:59 Almaty of that day). Only a report the NGO still has
 * to send — DRAFT, or RETURNED for correction — can be due or overdue; a submitted, reviewed
 * or accepted one is in.
 */
import { calendarDaysBetween, type IsoDate } from '../calendar/civil-date';
import { RuleInputError } from '../errors';

/** Statuses in which the report is still the NGO's to send. */
export const OPEN_REPORT_STATUSES = ['DRAFT', 'RETURNED'] as const;

export type ReportDueState =
  /** Sent (SUBMITTED / UNDER_REVIEW / ACCEPTED): nothing is due. */
  | 'IN'
  /** More than `soonDays` calendar days left. */
  | 'UPCOMING'
  /** `soonDays` or fewer days left, including the due day itself. */
  | 'DUE_SOON'
  /** The due day is over and the report is not in. */
  | 'OVERDUE';

export interface ReportDue {
  state: ReportDueState;
  /** Calendar days from today to dueOn (negative once overdue). */
  daysLeft: number;
}

export const REPORT_DUE_SOON_DAYS = 7;
/** RP-2: the reminders are sent 7 days and 1 day before dueOn, once each. */
export const REPORT_REMINDER_DAYS_BEFORE = [7, 1] as const;

export function isOpenReportStatus(status: string): boolean {
  return (OPEN_REPORT_STATUSES as readonly string[]).includes(status);
}

/** RP-1: the due state of a report on `today` (the Almaty day of the server clock). */
export function reportDueState(status: string, dueOn: IsoDate, today: IsoDate, soonDays: number = REPORT_DUE_SOON_DAYS): ReportDue {
  if (!Number.isInteger(soonDays) || soonDays < 0) throw new RuleInputError('NEGATIVE', 'soonDays', `expected whole days ≥ 0, got ${String(soonDays)}`);
  const daysLeft = calendarDaysBetween(today, dueOn);
  if (!isOpenReportStatus(status)) return { state: 'IN', daysLeft };
  if (daysLeft < 0) return { state: 'OVERDUE', daysLeft };
  return { state: daysLeft <= soonDays ? 'DUE_SOON' : 'UPCOMING', daysLeft };
}

/**
 * RP-2: which reminder is due today, if any. A job that runs late still sends the reminder
 * of the band the day falls in — only the nearest one (2–7 days left → the 7-day one,
 * 0–1 day left → the 1-day one); the caller makes each band's reminder happen once.
 */
export function reportReminderDue(status: string, dueOn: IsoDate, today: IsoDate): { daysBefore: number; daysLeft: number } | null {
  if (!isOpenReportStatus(status)) return null;
  const daysLeft = calendarDaysBetween(today, dueOn);
  if (daysLeft < 0) return null;
  const band = [...REPORT_REMINDER_DAYS_BEFORE].sort((a, b) => a - b).find((d) => daysLeft <= d);
  return band === undefined ? null : { daysBefore: band, daysLeft };
}
