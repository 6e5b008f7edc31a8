/**
 * Legal forms of non-commercial organisations (Law on NCOs), the same values as the
 * `LegalForm` enum of prisma/schema.prisma, and the ones that are not NGOs at all:
 *  - political parties, trade unions and religious associations (DB-8, L1626–1629,
 *    L1638–1640) — outside the social order, grants and awards;
 *  - state institutions: an NGO is "created voluntarily by citizens and/or NON-STATE
 *    legal entities" (definition, L1638–1640), which a state institution is not.
 */
import { RuleInputError } from '../errors';

export const LEGAL_FORMS = [
  'PUBLIC_ASSOCIATION', // қоғамдық бірлестік / общественное объединение
  'FOUNDATION', // қор / фонд
  'INSTITUTION', // мекеме / учреждение
  'ASSOCIATION_OF_LEGAL_ENTITIES', // заңды тұлғалар бірлестігі / объединение юрлиц (ассоциация, союз)
  'NON_COMMERCIAL_JSC', // коммерциялық емес акционерлік қоғам / некоммерческое АО
  'CONSUMER_COOPERATIVE', // тұтыну кооперативі / потребительский кооператив
  'AUTONOMOUS_EDUCATION_ORGANIZATION', // дербес білім беру ұйымы / автономная организация образования
  'CONDOMINIUM_ASSOCIATION', // пәтер иелерінің бірлестігі / объединение собственников имущества
  'RELIGIOUS_ASSOCIATION', // діни бірлестік — not an NGO (DB-8)
  'POLITICAL_PARTY', // саяси партия — not an NGO (DB-8)
  'TRADE_UNION', // кәсіподақ — not an NGO (DB-8)
  'STATE_INSTITUTION', // мемлекеттік мекеме — not an NGO (created by the state)
  'OTHER', // other forms allowed by law
] as const;

export type LegalForm = (typeof LEGAL_FORMS)[number];

/** EL-1 / DB-8: never eligible for the social order, grants or awards. */
export const NON_NGO_LEGAL_FORMS: readonly LegalForm[] = ['POLITICAL_PARTY', 'TRADE_UNION', 'RELIGIOUS_ASSOCIATION', 'STATE_INSTITUTION'];

export function isLegalForm(value: unknown): value is LegalForm {
  return typeof value === 'string' && (LEGAL_FORMS as readonly string[]).includes(value);
}

/** EL-1 / DB-8: is this legal form outside the NGO mechanisms? Unknown forms throw. */
export function isIneligibleLegalForm(legalForm: string, ineligible: readonly LegalForm[] = NON_NGO_LEGAL_FORMS): boolean {
  if (!isLegalForm(legalForm)) {
    throw new RuleInputError('UNKNOWN', 'legalForm', `unknown legal form '${String(legalForm)}' (known: ${LEGAL_FORMS.join(', ')})`);
  }
  return ineligible.includes(legalForm);
}
