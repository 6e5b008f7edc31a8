/**
 * Demeu rule engine: pure functions over plain data (no I/O, no clock, no Prisma/Next/React).
 * Every rule id of DOMAIN.md maps to a function here and to tests named after the id
 * (tests/unit/rules). Dates without time are 'YYYY-MM-DD' calendar days in Asia/Almaty
 * (fixed UTC+5); money is integer tenge; defaults live in settings.ts.
 */
export { RuleInputError, isRuleInputError, RULE_INPUT_ERROR_CODES, type RuleInputErrorCode } from './errors';
export { DEFAULT_RULE_SETTINGS, type RuleSettings } from './settings';

// Calendar and deadlines (DL-*)
export {
  addCalendarDays,
  calendarDaysBetween,
  compareIsoDates,
  parseIsoDate,
  assertIsoDate,
  weekday,
  type IsoDate,
} from './calendar/civil-date';
export { KZ_HOLIDAYS, type HolidaySource, type FixedHoliday, type MovableHoliday } from './calendar/kz-holidays';
export {
  kzCalendar,
  workCalendar,
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  nextWorkingDayOnOrAfter,
  daysOffInYear,
  type WorkCalendar,
  type CalendarOverrides,
  type DayOff,
  type DayOffReason,
} from './calendar/work-calendar';
export { ALMATY_UTC_OFFSET_MINUTES, almatyEndOfDay, almatyStartOfDay, almatyInstant, almatyDateOf } from './calendar/almaty-time';
export { isOnTime } from './calendar/deadline';
export { grantTimeline, grantWindowIssue, type GrantTimeline, type GrantTimelineOptions, type GrantWindowIssue } from './calendar/grant-timeline';
export { scoringReminderDue, type ScoringReminder } from './calendar/scoring-reminder';

// Grant scoring (SC-*)
export { maxScore, assertValidCriteria, type Criterion } from './scoring/criterion';
export { grantCriteria, GRANT_CRITERION_IDS, type GrantCriterionId } from './scoring/grant-criteria';
export { sheetTotal, type SheetTotalResult, type SheetTotalError } from './scoring/sheet-total';
export { applicationScore, type Aggregation } from './scoring/application-score';
export { notHeldReason, NOT_HELD_REASONS, type NotHeldReason } from './scoring/not-held';
export {
  interRaterAgreement,
  type SheetResult,
  type ApplicationAgreement,
  type ExpertAgreement,
  type InterRaterOptions,
} from './scoring/inter-rater';
export { rankApplications, type RankInput } from './ranking/rank-applications';

// Social order (SO-*)
export {
  socialOrderCriteria,
  socialOrderSheet,
  SOCIAL_ORDER_CRITERION_IDS,
  SOCIAL_ORDER_KNOCKOUT_CRITERION,
  type SocialOrderCriterionId,
} from './social-order/social-order-criteria';
export {
  socialOrderDiscount,
  socialOrderDiscountRate,
  conditionalPrice,
  conditionalPriceHundredths,
  type DiscountBand,
} from './social-order/discount';
export { isDumping, minimumNonDumpingPrice } from './social-order/dumping';
export {
  rankSocialOrderBids,
  type SocialOrderBid,
  type SocialOrderRanking,
  type SocialOrderExclusionReason,
} from './social-order/rank-bids';
export {
  socialOrderAnnouncementCheck,
  publicDiscussionCheck,
  publicDiscussionWorkingDays,
  socialOrderReviewDue,
  type AnnouncementCheck,
  type AnnouncementIssue,
} from './social-order/announcement-checks';

// Awards (AW-*)
export { splitAward } from './awards/split-award';
export { awardCooldownOk } from './awards/cooldown';
export { awardCriteria, awardMinimumAmount, checkAwardAmount, AWARD_CRITERION_IDS } from './awards/award-criteria';
export { awardCalendar, type AwardCalendar, type AwardCalendarOptions } from './awards/award-calendar';

// Money (MO-*)
export { prepaymentCap, prepaymentShare, checkPrepayment, type PrepaymentKind } from './money/prepayment';
export { budgetTotals, budgetViolations, type BudgetLine, type BudgetTotals, type BudgetViolation } from './money/budget-lines';
export { floorShareOf, isWithinShare } from './money/share-of';

// Commissions (CM-*)
export {
  commissionViolations,
  COMMISSION_KINDS,
  COMMISSION_ROLES,
  COMMISSION_SIDES,
  COMMISSION_VIOLATIONS,
  type CommissionKind,
  type CommissionRole,
  type CommissionSide,
  type CommissionMember,
  type CommissionOptions,
  type CommissionViolation,
} from './commission/commission-violations';

// Conflict of interest (CI-*)
export { conflictsOf, CONFLICT_CODES, type ConflictCode, type ExpertProfile, type ApplicationParties } from './conflict/conflicts-of';
export { coiDeclarationGaps, coiComplete, type CoiDeclaration } from './conflict/coi-coverage';

// Eligibility and admission (EL-*, R1–R4)
export { COMPETITION_KINDS, isCompetitionKind, type CompetitionKind } from './eligibility/competition-kind';
export { LEGAL_FORMS, NON_NGO_LEGAL_FORMS, isLegalForm, isIneligibleLegalForm, type LegalForm } from './eligibility/legal-form';
export {
  checkEligibility,
  ELIGIBILITY_REASONS,
  type EligibilityReason,
  type EligibilityInput,
  type EligibilityOptions,
  type EligibilityResult,
  type OrganizationStanding,
} from './eligibility/organization-eligibility';
export {
  decideAdmission,
  ADMISSION_REASONS,
  ADMISSION_REASON_CODES,
  type AdmissionReasonCode,
  type AdmissionChecklist,
  type AdmissionDecision,
} from './eligibility/admission';

// NGO database (DB-1, EL-2)
export {
  ngoDatabaseReportStatus,
  ngoDatabaseReportDeadline,
  requiredNgoDatabaseReportYear,
  ngoDatabaseScore,
  NGO_DATABASE_REPORT_TIMELINESS,
  type NgoDatabaseReportTimeliness,
} from './ngo-database/report-status';

// Creative order
export { allocatePlaces, creativeOrderRunInstant, type PlaceRequest, type AllocationResult } from './creative-order/allocate-places';
export * from './creative-order-rules'; // CO-1 certificates, CO-2 financing-plan dates, CO-3 provider statuses

// Status machines (ST-*)
export { ROLES, type Role, type MachineDef, type StatusDef, type TransitionDef } from './status/machine';
export { APPLICATION_STATUSES, applicationMachine, type ApplicationStatus } from './status/application-status';
export { COMPETITION_STATUSES, competitionMachine, type CompetitionStatus } from './status/competition-status';
export { COMMISSION_STATUSES, commissionMachine, type CommissionStatus } from './status/commission-status';
export { AGREEMENT_STATUSES, agreementMachine, type AgreementStatus } from './status/agreement-status';
export { REPORT_STATUSES, reportMachine, type ReportStatus } from './status/report-status';
export { SCORE_SHEET_STATUSES, scoreSheetMachine, type ScoreSheetStatus } from './status/score-sheet-status';
export {
  NGO_DATABASE_REPORT_STATUSES,
  ngoDatabaseReportMachine,
  type NgoDatabaseReportStatus,
} from './status/ngo-database-report-status';
export {
  TOPIC_PROPOSAL_STATUSES,
  topicProposalMachine,
  isTopicProposalStatus,
  checkTopicProposalTransition,
  topicProposalActions,
  type TopicProposalStatus,
  type TopicProposalTransitionCheck,
} from './status/topic-proposal-status';
export {
  STATUS_MACHINES,
  MACHINE_NAMES,
  getMachine,
  canTransition,
  allowedTransitions,
  checkTransition,
  isTerminalStatus,
  type MachineName,
  type TransitionCheck,
} from './status/transitions';

// Post-award (issue 7): agreements and tranches (MO-1), reports (RP-*), monitoring (MN-*) and
// the completion evaluation — each folder's own index names what it exports.
export * from './agreements';
export * from './reports';
export * from './monitoring';
export * from './evaluation';
