/**
 * SO-1 (social order §3.1, L2665–2833): the six criteria of the technical specification.
 * Max 2+1+6+2+6+6 = 23. Criterion 1 = 0 ("does not conform") means the supplier is not
 * admitted (L2667–2691), whatever the other scores.
 */
import type { Criterion } from '../scoring/criterion';
import { sheetTotal, type SheetTotalResult } from '../scoring/sheet-total';

export const SOCIAL_ORDER_CRITERION_IDS = [
  'conformity', // 1. Conformity to the customer's technical specification, 0–2 (0 = not admitted)
  'charter_goals', // 2. Charter goals match the purchased service, 0–1
  'activity_plan', // 3. Detailed activity plan, 0/3/6
  'ngo_database', // 4. Presence in the NGO database: 0 none, 1 late, 2 on time (EL-2)
  'experience', // 5. Work experience, 0–6 (one sub-criterion only)
  'indicators', // 6. Indicators, 0/2/4/6
] as const;

export type SocialOrderCriterionId = (typeof SOCIAL_ORDER_CRITERION_IDS)[number];

/** The criterion whose 0 excludes the supplier (SO-1). */
export const SOCIAL_ORDER_KNOCKOUT_CRITERION: SocialOrderCriterionId = 'conformity';

export function socialOrderCriteria(): Criterion[] {
  return [
    { id: 'conformity', min: 0, max: 2 },
    { id: 'charter_goals', min: 0, max: 1 },
    { id: 'activity_plan', min: 0, max: 6, allowed: [0, 3, 6] },
    { id: 'ngo_database', min: 0, max: 2 },
    { id: 'experience', min: 0, max: 6 },
    { id: 'indicators', min: 0, max: 6, allowed: [0, 2, 4, 6] },
  ];
}

/**
 * A social-order sheet: the total (as sheetTotal) plus whether the knock-out criterion
 * excludes the supplier. An invalid sheet returns the sheetTotal refusal unchanged.
 */
export function socialOrderSheet(
  scores: Record<string, number>,
  criteria: Criterion[] = socialOrderCriteria(),
): SheetTotalResult | { ok: true; total: number; excluded: boolean } {
  const r = sheetTotal(criteria, scores);
  if (!r.ok) return r;
  return { ok: true, total: r.total, excluded: scores[SOCIAL_ORDER_KNOCKOUT_CRITERION] === 0 };
}
