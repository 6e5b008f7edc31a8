/**
 * Grant competition timeline:
 *  - DL-3 (§4.4 stage 2, L969–970): the submission window is 20–30 calendar days after
 *    the announcement (counted announcement day → closing day);
 *  - DL-4 (GC-10, L1004–1009): the COI round is due 3 working days after the close;
 *  - DL-5 (L1032): experts score for 15 working days after the final commission is
 *    approved (GC-13, L1015–1017).
 * Due days are Almaty calendar days; `…At` are the end-of-day instants (DL-1).
 */
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { RuleInputError } from '../errors';
import { assertNonNegativeInteger } from '../validate';
import { almatyEndOfDay } from './almaty-time';
import { calendarDaysBetween } from './civil-date';
import { addWorkingDays, type WorkCalendar } from './work-calendar';

export type GrantWindowIssue = 'CLOSES_BEFORE_ANNOUNCED' | 'WINDOW_TOO_SHORT' | 'WINDOW_TOO_LONG';

export interface GrantTimelineOptions {
  windowMinCalendarDays?: number;
  windowMaxCalendarDays?: number;
  coiDueWorkingDays?: number;
  scoringWorkingDays?: number;
}

export interface GrantTimeline {
  windowCalendarDays: number;
  /** DL-3 validation; null when the window is within 20–30 calendar days. */
  windowIssue: GrantWindowIssue | null;
  coiDueOn: string;
  coiDueAt: Date;
  scoringDueOn: string | null;
  scoringDueAt: Date | null;
}

/** DL-3 alone: is the window announcement → close within the allowed calendar days? */
export function grantWindowIssue(
  announcedOn: string,
  closesOn: string,
  opts: Pick<GrantTimelineOptions, 'windowMinCalendarDays' | 'windowMaxCalendarDays'> = {},
): GrantWindowIssue | null {
  const d = DEFAULT_RULE_SETTINGS.deadlines;
  const min = opts.windowMinCalendarDays ?? d.grantWindowMinCalendarDays;
  const max = opts.windowMaxCalendarDays ?? d.grantWindowMaxCalendarDays;
  assertNonNegativeInteger(min, 'opts.windowMinCalendarDays');
  assertNonNegativeInteger(max, 'opts.windowMaxCalendarDays');
  if (min > max) throw new RuleInputError('CONFLICT', 'opts', `window minimum ${min} is above maximum ${max}`);
  const days = calendarDaysBetween(announcedOn, closesOn);
  if (days < 0) return 'CLOSES_BEFORE_ANNOUNCED';
  if (days < min) return 'WINDOW_TOO_SHORT';
  if (days > max) return 'WINDOW_TOO_LONG';
  return null;
}

export function grantTimeline(
  x: { announcedOn: string; closesOn: string; finalCommissionApprovedOn?: string | null },
  cal: WorkCalendar,
  opts: GrantTimelineOptions = {},
): GrantTimeline {
  const d = DEFAULT_RULE_SETTINGS.deadlines;
  const coiWd = opts.coiDueWorkingDays ?? d.coiDueWorkingDays;
  const scoringWd = opts.scoringWorkingDays ?? d.scoringWorkingDays;
  const windowIssue = grantWindowIssue(x.announcedOn, x.closesOn, opts);
  const coiDueOn = addWorkingDays(x.closesOn, coiWd, cal);
  const approved = x.finalCommissionApprovedOn ?? null;
  if (approved !== null && calendarDaysBetween(x.closesOn, approved) < 0) {
    throw new RuleInputError('CONFLICT', 'finalCommissionApprovedOn', 'the final commission cannot be approved before applications close');
  }
  const scoringDueOn = approved === null ? null : addWorkingDays(approved, scoringWd, cal);
  return {
    windowCalendarDays: calendarDaysBetween(x.announcedOn, x.closesOn),
    windowIssue,
    coiDueOn,
    coiDueAt: almatyEndOfDay(coiDueOn),
    scoringDueOn,
    scoringDueAt: scoringDueOn === null ? null : almatyEndOfDay(scoringDueOn),
  };
}
