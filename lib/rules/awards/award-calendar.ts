/**
 * The yearly award calendar (AW-5..AW-10, §3.5):
 *   announcement by 1 July (L736–740); applications by 1 September (L741–745);
 *   candidate list within 10 working days after acceptance closes (L828–829);
 *   winners by 1 December (L838–839); diploma and payment by 20 December (L841–843).
 * Every date is a setting ('MM-DD' or a working-day count).
 */
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertNonNegativeInteger } from '../validate';
import { almatyEndOfDay } from '../calendar/almaty-time';
import { dateInYear, toDayNumber } from '../calendar/civil-date';
import { addWorkingDays, type WorkCalendar } from '../calendar/work-calendar';

export interface AwardCalendarOptions {
  announceBy?: string;
  applyBy?: string;
  candidateListWorkingDays?: number;
  winnersBy?: string;
  paymentBy?: string;
  /** When acceptance actually closed, if not on the applyBy day. */
  acceptanceClosedOn?: string;
}

export interface AwardCalendar {
  announceBy: string;
  applyBy: string;
  /** Instant until which applications are accepted (end of the applyBy day, DL-1). */
  applyDeadline: Date;
  candidateListBy: string;
  winnersBy: string;
  paymentBy: string;
}

export function awardCalendar(cycleYear: number, cal: WorkCalendar, opts: AwardCalendarOptions = {}): AwardCalendar {
  const d = DEFAULT_RULE_SETTINGS.awards;
  assertNonNegativeInteger(cycleYear, 'cycleYear');
  const wd = opts.candidateListWorkingDays ?? d.candidateListWorkingDays;
  assertNonNegativeInteger(wd, 'opts.candidateListWorkingDays');
  const applyBy = dateInYear(cycleYear, opts.applyBy ?? d.applyBy, 'opts.applyBy');
  const closedOn = opts.acceptanceClosedOn ?? applyBy;
  toDayNumber(closedOn, 'opts.acceptanceClosedOn');
  return {
    announceBy: dateInYear(cycleYear, opts.announceBy ?? d.announceBy, 'opts.announceBy'),
    applyBy,
    applyDeadline: almatyEndOfDay(applyBy),
    candidateListBy: addWorkingDays(closedOn, wd, cal),
    winnersBy: dateInYear(cycleYear, opts.winnersBy ?? d.winnersBy, 'opts.winnersBy'),
    paymentBy: dateInYear(cycleYear, opts.paymentBy ?? d.paymentBy, 'opts.paymentBy'),
  };
}
