/**
 * EL-1..EL-3: may this organisation apply in this lot of this competition?
 *  EL-1 — legal form is an NGO (DB-8, see legal-form.ts) → INELIGIBLE_LEGAL_FORM; not excluded (grants §4.2,
 *         L903–906): IN_LIQUIDATION, BANKRUPT, PROPERTY_ARRESTED, ACTIVITY_SUSPENDED;
 *  EL-2 — NGO database report of the previous year on time (DB-1, DB-10): for GRANT it is
 *         required → NGO_DATABASE_REPORT_MISSING / NGO_DATABASE_REPORT_LATE; for
 *         SOCIAL_ORDER it is not a bar but criterion 4's score 2/1/0 (returned as
 *         `ngoDatabaseScore`); whether other kinds require it is a setting;
 *  EL-3 — one application per NGO per lot → ALREADY_APPLIED_IN_LOT; awards: one direction
 *         per cycle (AW-13, L848–849) → AWARD_OTHER_DIRECTION, cooldown (AW-12,
 *         L846–848) → AWARD_COOLDOWN, ≥ 2 recommendations (AW-14, L816–819) →
 *         AWARD_TOO_FEW_RECOMMENDATIONS.
 * Reasons come back in the order of ELIGIBILITY_REASONS.
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertArray, assertBoolean, assertNonEmptyString, assertNonNegativeInteger } from '../validate';
import { awardCooldownOk } from '../awards/cooldown';
import {
  NGO_DATABASE_REPORT_TIMELINESS,
  ngoDatabaseScore,
  type NgoDatabaseReportTimeliness,
} from '../ngo-database/report-status';
import { isCompetitionKind, type CompetitionKind } from './competition-kind';
import { isIneligibleLegalForm, isLegalForm, type LegalForm } from './legal-form';

export const ELIGIBILITY_REASONS = [
  'INELIGIBLE_LEGAL_FORM',
  'IN_LIQUIDATION',
  'BANKRUPT',
  'PROPERTY_ARRESTED',
  'ACTIVITY_SUSPENDED',
  'NGO_DATABASE_REPORT_MISSING',
  'NGO_DATABASE_REPORT_LATE',
  'ALREADY_APPLIED_IN_LOT',
  'AWARD_OTHER_DIRECTION',
  'AWARD_COOLDOWN',
  'AWARD_TOO_FEW_RECOMMENDATIONS',
] as const;
export type EligibilityReason = (typeof ELIGIBILITY_REASONS)[number];

export interface OrganizationStanding {
  legalForm: LegalForm;
  inLiquidation: boolean;
  bankrupt: boolean;
  propertyArrested: boolean;
  activitySuspended: boolean;
}

export interface EligibilityInput {
  kind: CompetitionKind;
  organization: OrganizationStanding;
  /**
   * Timeliness of the report year the competition checks (see
   * requiredNgoDatabaseReportYear). Required when the kind requires the report or scores it.
   */
  ngoDatabaseReport?: NgoDatabaseReportTimeliness;
  /** The lot (award: direction) being applied to. */
  lotId: string;
  /** Lots/directions of this NGO's OTHER live (not withdrawn) applications in this competition/cycle. */
  otherApplicationLotIds: string[];
  /** AWARD only. */
  award?: { cycleYear: number; lastAwardYear: number | null; recommendations: number };
}

export interface EligibilityOptions {
  /** Default: true for GRANT only (DB-10). */
  requireNgoDatabaseReport?: boolean;
  ineligibleLegalForms?: readonly LegalForm[];
  awardCooldownYears?: number;
  minRecommendations?: number;
}

export interface EligibilityResult {
  eligible: boolean;
  reasons: EligibilityReason[];
  /** SOCIAL_ORDER: criterion 4 score from the NGO database report (EL-2). */
  ngoDatabaseScore?: 0 | 1 | 2;
}

export function checkEligibility(input: EligibilityInput, opts: EligibilityOptions = {}): EligibilityResult {
  if (!isCompetitionKind(input.kind)) throw new RuleInputError('UNKNOWN', 'kind', `unknown competition kind '${String(input.kind)}'`);
  const org = input.organization;
  if (!isLegalForm(org?.legalForm)) throw new RuleInputError('UNKNOWN', 'organization.legalForm', `unknown legal form '${String(org?.legalForm)}'`);
  assertBoolean(org.inLiquidation, 'organization.inLiquidation');
  assertBoolean(org.bankrupt, 'organization.bankrupt');
  assertBoolean(org.propertyArrested, 'organization.propertyArrested');
  assertBoolean(org.activitySuspended, 'organization.activitySuspended');
  assertNonEmptyString(input.lotId, 'lotId');
  assertArray(input.otherApplicationLotIds, 'otherApplicationLotIds');
  input.otherApplicationLotIds.forEach((l, i) => assertNonEmptyString(l, `otherApplicationLotIds[${i}]`));

  const reasons: EligibilityReason[] = [];
  const result: EligibilityResult = { eligible: true, reasons };

  // EL-1
  if (isIneligibleLegalForm(org.legalForm, opts.ineligibleLegalForms)) reasons.push('INELIGIBLE_LEGAL_FORM');
  if (org.inLiquidation) reasons.push('IN_LIQUIDATION');
  if (org.bankrupt) reasons.push('BANKRUPT');
  if (org.propertyArrested) reasons.push('PROPERTY_ARRESTED');
  if (org.activitySuspended) reasons.push('ACTIVITY_SUSPENDED');

  // EL-2
  const requireReport = opts.requireNgoDatabaseReport ?? input.kind === 'GRANT';
  const scoreReport = input.kind === 'SOCIAL_ORDER';
  if (requireReport || scoreReport) {
    const status = input.ngoDatabaseReport;
    if (!NGO_DATABASE_REPORT_TIMELINESS.includes(status as NgoDatabaseReportTimeliness)) {
      throw new RuleInputError('UNKNOWN', 'ngoDatabaseReport', `${input.kind} needs the NGO database report timeliness, got '${String(status)}'`);
    }
    if (status === 'NOT_DUE' || status === 'DUE') {
      throw new RuleInputError('CONFLICT', 'ngoDatabaseReport', `'${status}' means the checked report year is not past its deadline: check requiredNgoDatabaseReportYear(asOf)`);
    }
    if (requireReport && status === 'MISSING') reasons.push('NGO_DATABASE_REPORT_MISSING');
    if (requireReport && status === 'LATE') reasons.push('NGO_DATABASE_REPORT_LATE');
    if (scoreReport && status !== undefined) result.ngoDatabaseScore = ngoDatabaseScore(status);
  }

  // EL-3
  if (input.otherApplicationLotIds.includes(input.lotId)) reasons.push('ALREADY_APPLIED_IN_LOT');
  if (input.kind === 'AWARD') {
    const a = input.award;
    if (!a) throw new RuleInputError('EMPTY', 'award', 'AWARD eligibility needs the cycle year, last award year and recommendations');
    if (input.otherApplicationLotIds.some((l) => l !== input.lotId)) reasons.push('AWARD_OTHER_DIRECTION');
    if (!awardCooldownOk(a.lastAwardYear, a.cycleYear, opts.awardCooldownYears ?? DEFAULT_RULE_SETTINGS.awards.cooldownYears)) {
      reasons.push('AWARD_COOLDOWN');
    }
    assertNonNegativeInteger(a.recommendations, 'award.recommendations');
    const minRec = opts.minRecommendations ?? DEFAULT_RULE_SETTINGS.awards.minRecommendations;
    assertNonNegativeInteger(minRec, 'opts.minRecommendations');
    if (a.recommendations < minRec) reasons.push('AWARD_TOO_FEW_RECOMMENDATIONS');
  }

  result.eligible = reasons.length === 0;
  return result;
}
