/**
 * The operator's compliance review of a grant application (stage 4, L1019–1028) and the
 * grounds for not admitting it, with notice to the applicant (L1197–1203):
 *  R1 — does not meet para. 10 of the Rules (form and completeness);
 *  R2 — does not match the approved grant plan;
 *  R3 — NGO database data missing or late (Law art. 6-1 p. 3; EL-2);
 *  R4 — grant subject / purpose does not match the applicant's charter activities.
 * Any ground → not admitted (L1028); all grounds found are recorded.
 */
import { assertBoolean } from '../validate';

export const ADMISSION_REASONS = [
  {
    code: 'R1',
    key: 'FORM_NOT_COMPLIANT',
    checklistField: 'formCompliant',
    description: 'Does not meet the requirements of para. 10 of the Rules (form and completeness)',
  },
  {
    code: 'R2',
    key: 'NOT_IN_APPROVED_PLAN',
    checklistField: 'matchesPlan',
    description: 'Application does not match the approved grant plan',
  },
  {
    code: 'R3',
    key: 'NGO_DATABASE_MISSING_OR_LATE',
    checklistField: 'ngoDatabaseOnTime',
    description: 'NGO database data missing or submitted late (Law art. 6-1 p. 3)',
  },
  {
    code: 'R4',
    key: 'CHARTER_MISMATCH',
    checklistField: 'charterMatches',
    description: "Grant subject or purpose does not match the applicant's charter activities",
  },
] as const;

export type AdmissionReasonCode = (typeof ADMISSION_REASONS)[number]['code'];
export const ADMISSION_REASON_CODES: readonly AdmissionReasonCode[] = ADMISSION_REASONS.map((r) => r.code);

/** The operator's checklist: true = the requirement is met. */
export interface AdmissionChecklist {
  formCompliant: boolean;
  matchesPlan: boolean;
  ngoDatabaseOnTime: boolean;
  charterMatches: boolean;
}

export type AdmissionDecision = { admitted: true; reasons: [] } | { admitted: false; reasons: AdmissionReasonCode[] };

export function decideAdmission(checklist: AdmissionChecklist): AdmissionDecision {
  const reasons: AdmissionReasonCode[] = [];
  for (const r of ADMISSION_REASONS) {
    const value = checklist?.[r.checklistField];
    assertBoolean(value, `checklist.${r.checklistField}`);
    if (!value) reasons.push(r.code);
  }
  return reasons.length === 0 ? { admitted: true, reasons: [] } : { admitted: false, reasons };
}
