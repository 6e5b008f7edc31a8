/**
 * CI-1: may this expert score this application? Every code returned is a reason they
 * may not (an empty list = no conflict found in the data). Codes, in this order:
 *  - OPERATOR_EMPLOYEE: operator staff are barred from the commission altogether (GC-9,
 *    L1002, L1539–1540);
 *  - NOMINATOR_APPLIED: the NGO that nominated the expert applied in the same competition
 *    (GC-8, L989–990);
 *  - AFFILIATED_APPLICANT: the expert belongs to the applicant (staff, founder, board,
 *    member) — GC-11 (L1011–1013) personal interest;
 *  - AFFILIATED_PARTNER: the expert belongs to a partner named in the application;
 *  - RELATIVE: a declared relative belongs to the applicant or to a named partner (the
 *    partner case is included deliberately: a COI rule errs on the side of recusal,
 *    DESIGN.md principle 4);
 *  - DECLARED: the expert declared a conflict on this application (GC-12, L1536–1537).
 */
import { assertArray, assertBoolean, assertNonEmptyString } from '../validate';

export const CONFLICT_CODES = [
  'OPERATOR_EMPLOYEE',
  'NOMINATOR_APPLIED',
  'AFFILIATED_APPLICANT',
  'AFFILIATED_PARTNER',
  'RELATIVE',
  'DECLARED',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

export interface ExpertProfile {
  operatorEmployee: boolean;
  nominatedByOrgId?: string;
  affiliatedOrgIds: string[];
  relativeOrgIds: string[];
  declaredConflictApplicationIds: string[];
}

export interface ApplicationParties {
  id: string;
  orgId: string;
  partnerOrgIds: string[];
}

export function conflictsOf(
  expert: ExpertProfile,
  application: ApplicationParties,
  competitionApplicantOrgIds: string[],
): ConflictCode[] {
  assertBoolean(expert.operatorEmployee, 'expert.operatorEmployee');
  if (expert.nominatedByOrgId !== undefined) assertNonEmptyString(expert.nominatedByOrgId, 'expert.nominatedByOrgId');
  assertStringList(expert.affiliatedOrgIds, 'expert.affiliatedOrgIds');
  assertStringList(expert.relativeOrgIds, 'expert.relativeOrgIds');
  assertStringList(expert.declaredConflictApplicationIds, 'expert.declaredConflictApplicationIds');
  assertNonEmptyString(application.id, 'application.id');
  assertNonEmptyString(application.orgId, 'application.orgId');
  assertStringList(application.partnerOrgIds, 'application.partnerOrgIds');
  assertStringList(competitionApplicantOrgIds, 'competitionApplicantOrgIds');

  const affiliated = new Set(expert.affiliatedOrgIds);
  const relatives = new Set(expert.relativeOrgIds);
  const out: ConflictCode[] = [];
  if (expert.operatorEmployee) out.push('OPERATOR_EMPLOYEE');
  if (expert.nominatedByOrgId !== undefined && competitionApplicantOrgIds.includes(expert.nominatedByOrgId)) {
    out.push('NOMINATOR_APPLIED');
  }
  if (affiliated.has(application.orgId)) out.push('AFFILIATED_APPLICANT');
  if (application.partnerOrgIds.some((p) => affiliated.has(p))) out.push('AFFILIATED_PARTNER');
  if (relatives.has(application.orgId) || application.partnerOrgIds.some((p) => relatives.has(p))) out.push('RELATIVE');
  if (expert.declaredConflictApplicationIds.includes(application.id)) out.push('DECLARED');
  return out;
}

function assertStringList(list: unknown, field: string): void {
  assertArray(list, field);
  list.forEach((v, i) => assertNonEmptyString(v, `${field}[${i}]`));
}
