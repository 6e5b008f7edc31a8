import type { CompetitionKind } from '@/lib/rules';
import { AWARD_FORM } from './award/nomination';
import { formFromSpec, type ApplicationForm } from './application-form';
import {
  GRANT_FORM_VERSION,
  GRANT_SECTION_KEYS,
  applicationCompleteness,
  grantSectionDraftSchemaFor,
  isGrantSectionKey,
  sectionCompleteness,
  type GrantSectionKey,
} from './grant';
import { SOCIAL_ORDER_FORM } from './social-order/technical-specification';
import { STRATEGIC_PARTNERSHIP_FORM } from './strategic-partnership/proposal';

const grantKey = (key: string): GrantSectionKey => {
  if (!isGrantSectionKey(key)) throw new Error(`unknown grant section '${key}'`);
  return key;
};

/** The grant annexes 1–5 (hand-written forms, lib/validation/forms/grant). */
const GRANT: ApplicationForm = {
  version: GRANT_FORM_VERSION,
  sectionKeys: GRANT_SECTION_KEYS,
  isSectionKey: isGrantSectionKey,
  draftSchemaFor: (key, ctx) => grantSectionDraftSchemaFor(grantKey(key), ctx),
  sectionCompleteness: (key, data, ctx) => sectionCompleteness(grantKey(key), data, ctx),
  completeness: (sections, ctx) => applicationCompleteness(sections, ctx),
};

const FORMS: Partial<Record<CompetitionKind, ApplicationForm>> = {
  GRANT,
  SOCIAL_ORDER: formFromSpec(SOCIAL_ORDER_FORM),
  AWARD: formFromSpec(AWARD_FORM),
  STRATEGIC_PARTNERSHIP: formFromSpec(STRATEGIC_PARTNERSHIP_FORM),
};

/**
 * The NGO application form of a mechanism; null for the creative order, where providers
 * apply for admission with their curriculum instead (lib/services/creative-order).
 */
export function applicationFormFor(kind: string): ApplicationForm | null {
  return FORMS[kind as CompetitionKind] ?? null;
}
