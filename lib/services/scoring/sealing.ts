/**
 * Sealed scoring (issue 5 item 7, DESIGN.md principle 3): until scoring closes — H4's
 * `closeScoring` moves the competition SCORING → COMMISSION_MEETING (at the DL-5 deadline
 * or when the chair opens the scores) — nobody sees anyone else's scores: not the other
 * experts (the chair included), not the NGO; operator staff see completion counts only.
 * Every page, query and export that could show a score value asks this first.
 */
import type { Actor } from '@/lib/auth/policy';

/** Competition statuses after scoring closed: the sheets' values may be discussed. */
const UNSEALED_COMPETITION_STATUSES = new Set(['COMMISSION_MEETING', 'RESULTS_PUBLISHED', 'NOT_HELD']);

/**
 * Are the score values of this competition sealed? True in every status before the
 * commission meeting (ADMISSION, COI, SCORING …) and for a competition cancelled on the way.
 */
export function scoresSealed(competition: { status: string }): boolean {
  return !UNSEALED_COMPETITION_STATUSES.has(competition.status);
}

/**
 * May `actor` see the VALUES of a score sheet (criteria, comments, total)? An expert always
 * sees their own sheet; anyone else only once the scores are unsealed, and then only those
 * entitled to (commission members and operator staff; the NGO waits for the published
 * results, which lib/queries/application-overview.ts shows as averages only).
 */
export function maySeeScoreValues(
  actor: Actor | null,
  sheet: { expertId: string },
  competition: { status: string },
  viewer: { isCommissionMember: boolean } = { isCommissionMember: false },
): boolean {
  if (!actor) return false;
  if (actor.role === 'EXPERT' && actor.expertId !== null && actor.expertId === sheet.expertId) return true;
  if (scoresSealed(competition)) return false;
  return actor.role === 'OPERATOR' || actor.role === 'ADMIN' || viewer.isCommissionMember;
}
