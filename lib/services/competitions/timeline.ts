import { almatyDateOf, grantTimeline, type GrantWindowIssue, type WorkCalendar } from '@/lib/rules';
import { GRANT_DEFAULTS } from './grant-defaults';

export interface TimelineSource {
  opensAt: Date | null;
  deadlineAt: Date | null;
  announcedAt?: Date | null;
  windowMinDays: number | null;
  windowMaxDays: number | null;
  coiWorkingDays: number | null;
  scoringWorkingDays: number | null;
  /** Set when the final commission is approved (DL-5); otherwise the plan is shown. */
  scoringDueOn?: Date | null;
}

export interface CompetitionTimeline {
  /** First day of the acceptance window (Almaty), the later of opening and announcement. */
  windowStartOn: string;
  closesOn: string;
  windowCalendarDays: number;
  /** DL-3; null when within the allowed calendar days. */
  windowIssue: GrantWindowIssue | null;
  windowMinDays: number;
  windowMaxDays: number;
  /** DL-4: COI round due N working days after the close (Kazakhstan calendar, DL-2). */
  coiDueOn: string;
  /** DL-5: scoring due N working days after the final commission is approved. */
  scoringDueOn: string;
  /** true while the final commission is not approved: counted from the COI due day. */
  scoringDueEstimated: boolean;
}

/**
 * The grant timeline of a competition, computed by the engine (`grantTimeline`, DL-2..DL-5)
 * from its own settings. `publishAt` is the moment it would be announced (publishing: now):
 * the window then starts at the later of that and the opening instant. Null when the
 * opening or the deadline is not set yet.
 */
export function competitionTimeline(c: TimelineSource, cal: WorkCalendar, opts: { publishAt?: Date } = {}): CompetitionTimeline | null {
  if (!c.opensAt || !c.deadlineAt) return null;
  const announced = c.announcedAt ?? opts.publishAt ?? null;
  const start = announced && announced.getTime() > c.opensAt.getTime() ? announced : c.opensAt;
  const windowStartOn = almatyDateOf(start);
  const closesOn = almatyDateOf(c.deadlineAt);
  const windowMinDays = c.windowMinDays ?? GRANT_DEFAULTS.windowMinDays;
  const windowMaxDays = c.windowMaxDays ?? GRANT_DEFAULTS.windowMaxDays;
  const opts2 = {
    windowMinCalendarDays: windowMinDays,
    windowMaxCalendarDays: windowMaxDays,
    coiDueWorkingDays: c.coiWorkingDays ?? GRANT_DEFAULTS.coiWorkingDays,
    scoringWorkingDays: c.scoringWorkingDays ?? GRANT_DEFAULTS.scoringWorkingDays,
  };
  const base = grantTimeline({ announcedOn: windowStartOn, closesOn }, cal, opts2);
  // Until the final composition is approved, scoring is planned from the COI due day (GC-13 right after the COI round).
  const planned = grantTimeline({ announcedOn: windowStartOn, closesOn, finalCommissionApprovedOn: base.coiDueOn }, cal, opts2);
  const actualScoring = c.scoringDueOn ? c.scoringDueOn.toISOString().slice(0, 10) : null;
  return {
    windowStartOn,
    closesOn,
    windowCalendarDays: base.windowCalendarDays,
    windowIssue: base.windowIssue,
    windowMinDays,
    windowMaxDays,
    coiDueOn: base.coiDueOn,
    scoringDueOn: actualScoring ?? planned.scoringDueOn ?? base.coiDueOn,
    scoringDueEstimated: actualScoring === null,
  };
}
