/** The mechanisms (DOMAIN.md "The mechanisms"): each is a competition `kind`. */
export const COMPETITION_KINDS = ['GRANT', 'SOCIAL_ORDER', 'AWARD', 'CREATIVE_ORDER', 'STRATEGIC_PARTNERSHIP'] as const;
export type CompetitionKind = (typeof COMPETITION_KINDS)[number];

export function isCompetitionKind(value: unknown): value is CompetitionKind {
  return typeof value === 'string' && (COMPETITION_KINDS as readonly string[]).includes(value);
}
