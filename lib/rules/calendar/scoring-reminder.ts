/**
 * Which scoring reminder is due (DL-5 window, issue 5): experts with unsigned sheets are
 * reminded N calendar days before the scoring due date (defaults 3 and 1). A job that runs
 * late still sends the reminder of the band it is in — but only the nearest one, so an
 * expert who joins two days before the end gets the 3-day reminder, not both at once.
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { calendarDaysBetween, type IsoDate } from './civil-date';

export interface ScoringReminder {
  /** The band the day falls in: "3" means "3 days or fewer left". */
  daysBefore: number;
  /** Calendar days from today to the due date (0 = due today). */
  daysLeft: number;
}

export function scoringReminderDue(
  today: IsoDate,
  scoringDueOn: IsoDate,
  daysBefore: readonly number[] = DEFAULT_RULE_SETTINGS.deadlines.scoringReminderDaysBefore,
): ScoringReminder | null {
  for (const d of daysBefore) {
    if (!Number.isInteger(d)) throw new RuleInputError('NOT_INTEGER', 'daysBefore', `expected whole days, got ${String(d)}`);
    if (d < 0) throw new RuleInputError('NEGATIVE', 'daysBefore', `expected days ≥ 0, got ${d}`);
  }
  const daysLeft = calendarDaysBetween(today, scoringDueOn);
  if (daysLeft < 0) return null; // the window is over: nothing to remind of
  // The smallest band that still contains today: 1 day left → the "1" reminder, 2–3 → "3".
  const band = [...daysBefore].sort((a, b) => a - b).find((d) => daysLeft <= d);
  return band === undefined ? null : { daysBefore: band, daysLeft };
}
