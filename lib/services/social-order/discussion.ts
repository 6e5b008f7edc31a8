/**
 * Stage 3 (L2325–2350, L2481–2516): the public discussion of a social-order plan's topics.
 * Pure helpers shared by the services, the pages and the tests: the window check (the rule
 * is lib/rules' `publicDiscussionCheck`, ≥ 10 working days on the DL-2 calendar) and the
 * phase of a plan's discussion at an instant (the server clock decides).
 */
import { almatyDateOf, DEFAULT_RULE_SETTINGS, publicDiscussionCheck, type WorkCalendar } from '@/lib/rules';

export type DiscussionPhase = 'NOT_SCHEDULED' | 'SCHEDULED' | 'OPEN' | 'CLOSED';

export function discussionPhase(plan: { discussionOpensAt: Date | null; discussionClosesAt: Date | null }, now: Date): DiscussionPhase {
  if (!plan.discussionOpensAt || !plan.discussionClosesAt) return 'NOT_SCHEDULED';
  if (now.getTime() < plan.discussionOpensAt.getTime()) return 'SCHEDULED';
  // The closing instant is the end of the last day (Almaty); a comment at it is on time.
  if (now.getTime() <= plan.discussionClosesAt.getTime()) return 'OPEN';
  return 'CLOSED';
}

export interface DiscussionWindowCheck {
  ok: boolean;
  workingDays: number;
  /** Earliest allowed closing day for this opening day (YYYY-MM-DD). */
  earliestCloseOn: string;
  minWorkingDays: number;
}

/** Stage 3 (L2335–2336): [opensOn, closesOn] must hold at least 10 working days (both days counted). */
export function checkDiscussionWindow(x: { opensOn: string; closesOn: string }, cal: WorkCalendar, minWorkingDays = DEFAULT_RULE_SETTINGS.socialOrder.publicDiscussionMinWorkingDays): DiscussionWindowCheck {
  const r = publicDiscussionCheck({ startsOn: x.opensOn, endsOn: x.closesOn }, cal, minWorkingDays);
  return { ok: r.ok && x.closesOn >= x.opensOn, workingDays: r.workingDays, earliestCloseOn: r.earliestEndOn, minWorkingDays };
}

export const todayInAlmaty = (now: Date) => almatyDateOf(now);
