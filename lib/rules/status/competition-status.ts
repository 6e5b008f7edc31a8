/**
 * Competition (lot/topic) lifecycle: grants §4.4 and §4.7 ("Announced → Accepting →
 * Closed → Compliance check → Evaluation → Commission meeting → Results published, or
 * Not held"), social order stage 6 (announced → accepting → opened → under review →
 * scored → winner determined), award §3.5 (announcement → applications → candidate list
 * → scoring → winners). The COI round (DL-4, CI-2) is mandatory for grants; other kinds
 * may go from admission straight to scoring.
 */
import { defineMachine } from './machine';

export const COMPETITION_STATUSES = [
  'DRAFT', // being prepared by the operator
  'ANNOUNCED', // published, acceptance not started yet
  'OPEN', // accepting applications (DL-3 window)
  'CLOSED', // deadline passed (social order: applications opened automatically)
  'ADMISSION', // operator compliance check / award candidate list (R1–R4, AW-7)
  'COI', // conflict-of-interest round of the commission (DL-4, GC-10..13)
  'SCORING', // experts score (DL-5; SO: within 10 working days of opening)
  'COMMISSION_MEETING', // scores discussed, decision taken (stage 5, L1034–1035)
  'RESULTS_PUBLISHED', // results public (winners, award laureates)
  'NOT_HELD', // declared not held (SC-4)
  'CANCELLED', // cancelled by the operator
] as const;
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number];

export const competitionMachine = defineMachine<CompetitionStatus>(
  'competition',
  COMPETITION_STATUSES,
  'DRAFT',
  [
    { action: 'ANNOUNCE', from: 'DRAFT', to: 'ANNOUNCED', roles: ['OPERATOR'], rule: 'stage 2 L956–974; SO L2581–2584; AW-5' },
    { action: 'OPEN', from: 'ANNOUNCED', to: 'OPEN', roles: ['OPERATOR', 'SYSTEM'] },
    { action: 'CLOSE', from: 'OPEN', to: 'CLOSED', roles: ['SYSTEM'], rule: 'DL-1: the server clock closes it' },
    { action: 'START_ADMISSION', from: 'CLOSED', to: 'ADMISSION', roles: ['OPERATOR', 'SYSTEM'], rule: 'stage 4 L1019–1028' },
    { action: 'START_COI', from: 'ADMISSION', to: 'COI', roles: ['OPERATOR', 'SYSTEM'], rule: 'DL-4, GC-10' },
    { action: 'OPEN_SCORING', from: 'COI', to: 'SCORING', roles: ['OPERATOR', 'SYSTEM'], rule: 'CI-2, GC-13, DL-5' },
    {
      action: 'OPEN_SCORING',
      from: 'ADMISSION',
      to: 'SCORING',
      roles: ['OPERATOR', 'SYSTEM'],
      kinds: ['SOCIAL_ORDER', 'AWARD', 'CREATIVE_ORDER', 'STRATEGIC_PARTNERSHIP'],
      rule: 'grants need the COI round first (CI-2)',
    },
    {
      action: 'CLOSE_SCORING',
      from: 'SCORING',
      to: 'COMMISSION_MEETING',
      roles: ['OPERATOR', 'EXPERT', 'SYSTEM'],
      rule: 'DL-5: the clock at the due date; staff or the commission chair (EXPERT: the chair only, checked by the service) once every sheet is signed',
    },
    { action: 'PUBLISH_RESULTS', from: 'COMMISSION_MEETING', to: 'RESULTS_PUBLISHED', roles: ['OPERATOR'], rule: 'L1035–1036, AW-9' },
    {
      action: 'DECLARE_NOT_HELD',
      from: ['CLOSED', 'ADMISSION', 'COMMISSION_MEETING'],
      to: 'NOT_HELD',
      roles: ['OPERATOR', 'SYSTEM'],
      rule: 'SC-4 §4.7 L1159–1171',
    },
    {
      action: 'CANCEL',
      from: ['DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED', 'ADMISSION', 'COI', 'SCORING', 'COMMISSION_MEETING'],
      to: 'CANCELLED',
      roles: ['OPERATOR', 'ADMIN'],
    },
  ],
  // Sealed scoring: the public sees one "under evaluation" from admission to decision.
  { ADMISSION: 'UNDER_EVALUATION', COI: 'UNDER_EVALUATION', SCORING: 'UNDER_EVALUATION', COMMISSION_MEETING: 'UNDER_EVALUATION' },
);
