/**
 * SC-1 (grants §4.6, table L1038–1157): the six grant criteria and their ranges.
 * The detailed table uses 1 as the minimum (not 0); criterion 6 "work experience in the
 * region" applies only to grants from local budgets and is worth a fixed 3 points, read
 * as 0 or 3 (L1149–1157). Maximum 5+3+7+5+5 = 25, or 28 with criterion 6.
 */
import { assertBoolean } from '../validate';
import type { Criterion } from './criterion';

export const GRANT_CRITERION_IDS = [
  'capacity', // 1. General capacity of the organisation, 1–5 (L1041–1054)
  'specialists', // 2. Experience and qualification of the specialists, 1–3 (L1056–1076)
  'content', // 3. Orientation of the content toward the plan's goals, 1–7 (L1077–1101)
  'results', // 4. Significance, achievability, sustainability of results, 1–5 (L1103–1122)
  'budget_and_timeline', // 5. Justified timeframe and budget estimate, 1–5 (L1124–1147)
  'regional_experience', // 6. Work experience in the region, 0 or 3, local budget only (L1149–1157)
] as const;

export type GrantCriterionId = (typeof GRANT_CRITERION_IDS)[number];

export function grantCriteria(opts: { localBudget: boolean }): Criterion[] {
  assertBoolean(opts?.localBudget, 'opts.localBudget');
  const list: Criterion[] = [
    { id: 'capacity', min: 1, max: 5 },
    { id: 'specialists', min: 1, max: 3 },
    { id: 'content', min: 1, max: 7 },
    { id: 'results', min: 1, max: 5 },
    { id: 'budget_and_timeline', min: 1, max: 5 },
  ];
  if (opts.localBudget) list.push({ id: 'regional_experience', min: 0, max: 3, allowed: [0, 3] });
  return list;
}
