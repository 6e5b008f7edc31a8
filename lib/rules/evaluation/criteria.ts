/**
 * EV-1 (§3.4, L3374–3402): the completion evaluation criteria, each scored 1 to 5 points
 * (L3378): relevance, plan fulfilment, result, probability of continuation (sustainability),
 * long-term positive social impact, plus the two further assessed aspects printed without
 * numbers — target-group satisfaction (L3396–3397) and targeted use of funds (L3399–3400).
 */
import { RuleInputError } from '../errors';

export const EVALUATION_CRITERIA = ['relevance', 'planFulfilment', 'result', 'sustainability', 'longTermImpact', 'satisfaction', 'useOfFunds'] as const;
export type EvaluationCriterionId = (typeof EVALUATION_CRITERIA)[number];

export const EVALUATION_SCORE_MIN = 1;
export const EVALUATION_SCORE_MAX = 5;

export type EvaluationScores = Record<EvaluationCriterionId, number>;

/** EV-1: the criteria whose score is missing or not an integer in 1..5 (empty = a valid sheet). */
export function evaluationScoreIssues(scores: Partial<Record<string, unknown>>): EvaluationCriterionId[] {
  if (scores === null || typeof scores !== 'object') throw new RuleInputError('INVALID_TYPE', 'scores', 'scores must be an object');
  return EVALUATION_CRITERIA.filter((k) => {
    const v = scores[k];
    return typeof v !== 'number' || !Number.isInteger(v) || v < EVALUATION_SCORE_MIN || v > EVALUATION_SCORE_MAX;
  });
}

/** EV-1: the sum of a valid sheet (7..35). */
export function evaluationSheetTotal(scores: EvaluationScores): number {
  if (evaluationScoreIssues(scores).length > 0) throw new RuleInputError('OUT_OF_RANGE', 'scores', 'every criterion needs an integer score 1..5');
  return EVALUATION_CRITERIA.reduce((s, k) => s + scores[k], 0);
}

export interface EvaluationSummary {
  /** Mean per criterion over the sheets, 2 decimals. */
  means: Record<EvaluationCriterionId, number>;
  /** Mean of the sheet totals, 2 decimals. */
  meanTotal: number;
  sheets: number;
}

/**
 * EV-2: the council's result — the mean of the members' sheets (the source does not say how
 * members' scores combine, §5 "sum vs average"; the portal averages, like the social-order
 * competitions' MEAN aggregation).
 */
export function evaluationSummary(sheets: EvaluationScores[]): EvaluationSummary {
  if (!Array.isArray(sheets) || sheets.length === 0) throw new RuleInputError('EMPTY', 'sheets', 'at least one score sheet is needed');
  const round = (n: number) => Math.round(n * 100) / 100;
  const totals = sheets.map((s) => evaluationSheetTotal(s));
  const means = {} as Record<EvaluationCriterionId, number>;
  for (const k of EVALUATION_CRITERIA) means[k] = round(sheets.reduce((a, s) => a + s[k], 0) / sheets.length);
  return { means, meanTotal: round(totals.reduce((a, b) => a + b, 0) / totals.length), sheets: sheets.length };
}
