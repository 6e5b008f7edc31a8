/**
 * MO-1 / stage 8: when may the operator release (перечислить) a tranche? The prepayment once
 * the agreement is signed by both sides; every later tranche once the report it waits for
 * (Tranche.afterReportId) is ACCEPTED. Pure: the statuses come from the caller.
 */
import { RuleInputError } from '../errors';

export const TRANCHE_STATUSES = ['PLANNED', 'RELEASED'] as const;
export type TrancheStatus = (typeof TRANCHE_STATUSES)[number];

/** Agreement statuses in which money may flow (signed by both, not ended). */
export const RELEASE_AGREEMENT_STATUSES = ['SIGNED', 'IN_PROGRESS', 'COMPLETED', 'UNDER_EVALUATION'] as const;

export const TRANCHE_BLOCK_REASONS = ['ALREADY_RELEASED', 'AGREEMENT_NOT_SIGNED', 'AGREEMENT_ENDED', 'REPORT_NOT_ACCEPTED', 'NO_RELEASE_CONDITION'] as const;
export type TrancheBlockReason = (typeof TRANCHE_BLOCK_REASONS)[number];

export interface TrancheForRelease {
  isPrepayment: boolean;
  status: string;
  afterReportId: string | null;
}

export type TrancheReleasability = { releasable: true } | { releasable: false; reason: TrancheBlockReason };

/**
 * `reportsStatus`: report id → its status (ReportStatus); a missing id counts as not accepted.
 */
export function trancheReleasability(
  tranche: TrancheForRelease,
  reportsStatus: Readonly<Record<string, string>>,
  agreementStatus: string,
): TrancheReleasability {
  if (!(TRANCHE_STATUSES as readonly string[]).includes(tranche.status)) {
    throw new RuleInputError('UNKNOWN', 'tranche.status', `unknown tranche status '${String(tranche.status)}'`);
  }
  if (tranche.status === 'RELEASED') return { releasable: false, reason: 'ALREADY_RELEASED' };
  if (agreementStatus === 'CLOSED' || agreementStatus === 'TERMINATED' || agreementStatus === 'DECLINED') {
    return { releasable: false, reason: 'AGREEMENT_ENDED' };
  }
  if (!(RELEASE_AGREEMENT_STATUSES as readonly string[]).includes(agreementStatus)) return { releasable: false, reason: 'AGREEMENT_NOT_SIGNED' };
  if (tranche.afterReportId === null) {
    // MO-1: the prepayment is paid after signing; a later tranche always waits for a report.
    return tranche.isPrepayment ? { releasable: true } : { releasable: false, reason: 'NO_RELEASE_CONDITION' };
  }
  return reportsStatus[tranche.afterReportId] === 'ACCEPTED' ? { releasable: true } : { releasable: false, reason: 'REPORT_NOT_ACCEPTED' };
}
