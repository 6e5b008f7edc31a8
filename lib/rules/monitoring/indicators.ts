/**
 * MN-2 (§3.2, L2909–2922): the six monitoring indicators of a social-order project, each given
 * a score with a note. The domain text names the indicators but gives no score scale (the
 * portal model is "indicator_1..6 (score/text)", §3.2); the portal uses the same 1–5 point scale
 * as the completion-evaluation criteria (L3378) so that monitoring feeds evaluation
 * (L3375–3376) on one scale.
 */
import { RuleInputError } from '../errors';

export const MONITORING_INDICATORS = ['process', 'results', 'satisfaction', 'impact', 'coverage', 'standards'] as const;
export type MonitoringIndicator = (typeof MONITORING_INDICATORS)[number];

export const MONITORING_SCORE_MIN = 1;
export const MONITORING_SCORE_MAX = 5;

export type MonitoringScores = Record<MonitoringIndicator, number>;

/** MN-2: the indicators whose score is missing or outside 1..5 (empty = valid). */
export function monitoringScoreIssues(scores: Partial<Record<string, unknown>>): MonitoringIndicator[] {
  if (scores === null || typeof scores !== 'object') throw new RuleInputError('INVALID_TYPE', 'scores', 'scores must be an object');
  return MONITORING_INDICATORS.filter((k) => {
    const v = scores[k];
    return typeof v !== 'number' || !Number.isInteger(v) || v < MONITORING_SCORE_MIN || v > MONITORING_SCORE_MAX;
  });
}

/** Mean of the six scores, rounded to 2 decimals (the summary's "overall" column). */
export function monitoringMean(scores: MonitoringScores): number {
  if (monitoringScoreIssues(scores).length > 0) throw new RuleInputError('OUT_OF_RANGE', 'scores', 'every monitoring indicator needs a 1..5 score');
  const sum = MONITORING_INDICATORS.reduce((s, k) => s + scores[k], 0);
  return Math.round((sum / MONITORING_INDICATORS.length) * 100) / 100;
}
