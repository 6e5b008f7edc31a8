/**
 * Social-order dates (stage 3 and stage 6 of the social-order cycle):
 *  - announcement ≥ 20 calendar days before the application deadline (L2581–2584);
 *  - announcement ≤ 3 working days after the competition documentation is approved
 *    (L2581–2584), and not before it;
 *  - public discussion of topics ≥ 10 working days (L2335–2336), counting the day of
 *    publication when it is a working day;
 *  - review and scoring within 10 working days of the opening (L2638–2660).
 */
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertNonNegativeInteger } from '../validate';
import { addCalendarDays, calendarDaysBetween, toDayNumber } from '../calendar/civil-date';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from '../calendar/work-calendar';

export type AnnouncementIssue =
  | 'ANNOUNCED_BEFORE_APPROVAL'
  | 'ANNOUNCED_TOO_LATE_AFTER_APPROVAL'
  | 'DEADLINE_TOO_SOON';

export interface AnnouncementCheck {
  issues: AnnouncementIssue[];
  /** Last day the announcement may be published (approval + 3 working days). */
  latestAnnouncementOn: string;
  /** Earliest allowed application deadline day (announcement + 20 calendar days). */
  earliestDeadlineOn: string;
}

export function socialOrderAnnouncementCheck(
  x: { documentationApprovedOn: string; announcedOn: string; deadlineOn: string },
  cal: WorkCalendar,
  opts: { maxWorkingDaysAfterApproval?: number; minCalendarDaysBeforeDeadline?: number } = {},
): AnnouncementCheck {
  const d = DEFAULT_RULE_SETTINGS.socialOrder;
  const maxWd = opts.maxWorkingDaysAfterApproval ?? d.announcementMaxWorkingDaysAfterApproval;
  const minCd = opts.minCalendarDaysBeforeDeadline ?? d.announcementMinCalendarDaysBeforeDeadline;
  assertNonNegativeInteger(maxWd, 'opts.maxWorkingDaysAfterApproval');
  assertNonNegativeInteger(minCd, 'opts.minCalendarDaysBeforeDeadline');
  const approved = toDayNumber(x.documentationApprovedOn, 'documentationApprovedOn');
  const announced = toDayNumber(x.announcedOn, 'announcedOn');
  toDayNumber(x.deadlineOn, 'deadlineOn');
  const latestAnnouncementOn = addWorkingDays(x.documentationApprovedOn, maxWd, cal);
  const earliestDeadlineOn = addCalendarDays(x.announcedOn, minCd);
  const issues: AnnouncementIssue[] = [];
  if (announced < approved) issues.push('ANNOUNCED_BEFORE_APPROVAL');
  else if (announced > toDayNumber(latestAnnouncementOn)) issues.push('ANNOUNCED_TOO_LATE_AFTER_APPROVAL');
  if (calendarDaysBetween(x.announcedOn, x.deadlineOn) < minCd) issues.push('DEADLINE_TOO_SOON');
  return { issues, latestAnnouncementOn, earliestDeadlineOn };
}

/** Working days of a public discussion [startsOn, endsOn], both days included. */
export function publicDiscussionWorkingDays(startsOn: string, endsOn: string, cal: WorkCalendar): number {
  return workingDaysBetween(addCalendarDays(startsOn, -1), endsOn, cal);
}

export function publicDiscussionCheck(
  x: { startsOn: string; endsOn: string },
  cal: WorkCalendar,
  minWorkingDays: number = DEFAULT_RULE_SETTINGS.socialOrder.publicDiscussionMinWorkingDays,
): { ok: boolean; workingDays: number; earliestEndOn: string } {
  assertNonNegativeInteger(minWorkingDays, 'minWorkingDays');
  const workingDays = publicDiscussionWorkingDays(x.startsOn, x.endsOn, cal);
  const earliestEndOn = addWorkingDays(addCalendarDays(x.startsOn, -1), minWorkingDays, cal);
  return { ok: workingDays >= minWorkingDays, workingDays, earliestEndOn };
}

/** Stage 6 (L2638–2660): the review must end within 10 working days of the opening. */
export function socialOrderReviewDue(
  openedOn: string,
  cal: WorkCalendar,
  workingDays: number = DEFAULT_RULE_SETTINGS.socialOrder.reviewWorkingDays,
): string {
  return addWorkingDays(openedOn, workingDays, cal);
}
