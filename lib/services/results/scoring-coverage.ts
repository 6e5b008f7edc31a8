/**
 * Which score sheets a competition is waiting for (pure). A sheet is "assigned" to every
 * (expert member of the approved commission, application under review) pair that the
 * engine's CI-1 `conflictsOf` does not bar — operator employee, nominator applied,
 * affiliation with the applicant or a partner, relatives, declared conflict. Scoring may be
 * closed before its due day only when every assigned sheet is SIGNED (SC-2); a VOIDED sheet
 * (conflict found later, CI-1) is not waited for.
 */
import { conflictsOf, type ExpertProfile } from '@/lib/rules';

export interface CoverageExpert {
  expertId: string;
  profile: ExpertProfile;
}

export interface CoverageApplication {
  id: string;
  orgId: string;
  partnerOrgIds: string[];
}

export interface CoverageSheet {
  expertId: string;
  applicationId: string;
  status: string;
}

export interface ScoringCoverage {
  assigned: number;
  signed: number;
  /** Assigned pairs without a signed sheet. */
  missing: { expertId: string; applicationId: string }[];
}

export function scoringCoverage(
  experts: CoverageExpert[],
  applications: CoverageApplication[],
  applicantOrgIds: string[],
  sheets: CoverageSheet[],
): ScoringCoverage {
  const status = new Map(sheets.map((s) => [`${s.expertId}\u0000${s.applicationId}`, s.status]));
  let assigned = 0;
  let signed = 0;
  const missing: ScoringCoverage['missing'] = [];
  for (const e of experts) {
    for (const a of applications) {
      if (conflictsOf(e.profile, a, applicantOrgIds).length > 0) continue; // CI-1
      const s = status.get(`${e.expertId}\u0000${a.id}`);
      if (s === 'VOIDED') continue;
      assigned += 1;
      if (s === 'SIGNED') signed += 1;
      else missing.push({ expertId: e.expertId, applicationId: a.id });
    }
  }
  return { assigned, signed, missing };
}
