/** Creative order (CO-*): the provider-side and plan-side rules, re-exported together by lib/rules/index.ts. */
export {
  certificateIssue,
  staffCertificateIssues,
  CERTIFICATE_MAX_AGE_DAYS,
  STAFF_CERTIFICATE_KINDS,
  type StaffCertificateKind,
  type StaffCertificates,
  type CertificateIssue,
  type CertificateIssueCode,
  type StaffCertificateIssue,
} from './creative-order-certificates';
export {
  CREATIVE_PROVIDER_STATUSES,
  creativeProviderMachine,
  isCreativeProviderStatus,
  checkCreativeProviderTransition,
  creativeProviderActions,
  type CreativeProviderStatus,
  type CreativeProviderTransitionCheck,
} from './creative-order-provider-status';
export {
  creativePlanDeadlines,
  creativePlanWarnings,
  CREATIVE_PLAN_APPROVED_PUBLICATION_WORKING_DAYS,
  CREATIVE_PLAN_EXTRA_FUNDS_WORKING_DAYS,
  type CreativePlanDates,
  type CreativePlanDeadlines,
  type CreativePlanWarning,
  type CreativePlanWarningCode,
} from './creative-order-plan-calendar';
