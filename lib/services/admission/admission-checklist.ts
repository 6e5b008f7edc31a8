import type { NgoDatabaseReportTimeliness } from '@/lib/rules';
import { decideAdmission, type AdmissionReasonCode } from '@/lib/rules';
import { attachmentChecklist, type AttachmentChecklist, type ChecklistAttachment, type DocumentLanguage } from '@/lib/services/attachments/attachment-checklist';
import type { RequiredDocument } from '@/lib/validation/competition-settings';
import type { FormCompleteness } from '@/lib/validation/forms/application-form';
import { applicationFormFor } from '@/lib/validation/forms/registry';

/** The form part of the checklist: per section (in form order) and the cross-section problems. */
export type AdmissionCompleteness = FormCompleteness;

export interface AdmissionChecklistInput {
  /** The competition kind (default GRANT): its form (lib/validation/forms/registry.ts) re-checks every section. */
  kind?: string;
  sections: readonly { key: string; data: unknown }[];
  attachments: readonly ChecklistAttachment[];
  requiredDocuments: readonly RequiredDocument[];
  /** The competition's languages and its language rule. */
  languages: readonly string[];
  allLanguagesRequired: boolean;
  lotBudgetKzt: number | null;
  /** EL-2 / DB-10: the NGO database report timeliness as it stood at submission. */
  ngoDatabaseReport: NgoDatabaseReportTimeliness;
}

export interface AdmissionChecklistResult {
  completeness: AdmissionCompleteness;
  documents: AttachmentChecklist;
  ngoDatabaseReport: NgoDatabaseReportTimeliness;
  /** R1: the five annexes complete and consistent, and every required document present. */
  formCompliant: boolean;
  /** R3: the NGO database report was sent on time. */
  ngoDatabaseOnTime: boolean;
  /** The reasons the engine suggests (R1, R3); R2 and R4 are the operator's judgement. */
  suggestedReasons: AdmissionReasonCode[];
  suggestAdmit: boolean;
}

/**
 * What the operator checks when admitting an application (stage 4, L1019–1028): the
 * sections complete, the documents of the announcement, the NGO database report at
 * submission; the engine's `decideAdmission` turns that into suggested grounds (R1 form
 * not compliant, R3 NGO database missing or late). Plan match (R2) and charter match (R4)
 * cannot be computed — they are assumed met here and the operator still chooses. Pure.
 */
export function admissionChecklist(input: AdmissionChecklistInput): AdmissionChecklistResult {
  const languages = input.languages.filter((l): l is 'kk' | 'ru' => l === 'kk' || l === 'ru');
  const form = applicationFormFor(input.kind ?? 'GRANT');
  const completeness: AdmissionCompleteness = form
    ? form.completeness(
        input.sections.map((s) => ({ key: s.key, data: s.data })),
        {
          languages,
          allLanguagesRequired: input.allLanguagesRequired,
          ...(input.lotBudgetKzt !== null ? { lotAmountKzt: input.lotBudgetKzt } : {}),
        },
      )
    : { complete: false, sections: {}, completeKeys: [], errors: [] };
  const documents = attachmentChecklist(input.requiredDocuments, input.attachments, input.languages as DocumentLanguage[], input.allLanguagesRequired);
  const formCompliant = completeness.complete && documents.complete;
  const ngoDatabaseOnTime = input.ngoDatabaseReport === 'ON_TIME';
  // R1–R4 via the rule engine.
  const verdict = decideAdmission({ formCompliant, matchesPlan: true, ngoDatabaseOnTime, charterMatches: true });
  return {
    completeness,
    documents,
    ngoDatabaseReport: input.ngoDatabaseReport,
    formCompliant,
    ngoDatabaseOnTime,
    suggestedReasons: verdict.reasons,
    suggestAdmit: verdict.admitted,
  };
}
