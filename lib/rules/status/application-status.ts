/**
 * Application lifecycle (grants §4.9 L1173–1203, award §3.5 "Draft → Submitted →
 * Admitted / Not admitted → Scored → Laureate / Not awarded → Paid", social order
 * stage 6). Submitted means frozen (L1175, L1527–1528): there is no way back to DRAFT.
 */
import { defineMachine } from './machine';

export const APPLICATION_STATUSES = [
  'DRAFT', // being prepared by the NGO (saved sections)
  'SUBMITTED', // received before the deadline, locked (DL-1)
  'WITHDRAWN', // withdrawn by the NGO (a new record of intent, never deleted)
  'ADMITTED', // passed the operator's compliance check (R1–R4) / admitted as participant
  'NOT_ADMITTED', // refused at admission (R1–R4, EL-*) or excluded (SO-1 criterion 1 = 0, SO-2 dumping)
  'UNDER_REVIEW', // with the experts for scoring (DL-5)
  'SCORED', // every sheet signed; awaiting the commission
  'WINNER', // selected (grant winner, social-order supplier, award laureate)
  'NOT_WINNER', // scored but not selected
  'PAID', // award only: the award money was transferred (AW-10)
  'NOT_HELD', // the lot/topic was declared not held (SC-4)
  'CANCELLED', // the competition was cancelled
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const LIVE = ['DRAFT', 'SUBMITTED', 'ADMITTED', 'UNDER_REVIEW', 'SCORED'] as const;

export const applicationMachine = defineMachine<ApplicationStatus>(
  'application',
  APPLICATION_STATUSES,
  'DRAFT',
  [
    { action: 'SUBMIT', from: 'DRAFT', to: 'SUBMITTED', roles: ['NGO'], rule: 'DL-1, §4.5 L1188–1195' },
    { action: 'WITHDRAW', from: ['DRAFT', 'SUBMITTED'], to: 'WITHDRAWN', roles: ['NGO'] },
    { action: 'ADMIT', from: 'SUBMITTED', to: 'ADMITTED', roles: ['OPERATOR'], rule: 'stage 4 L1019–1028' },
    { action: 'REJECT', from: 'SUBMITTED', to: 'NOT_ADMITTED', roles: ['OPERATOR'], rule: 'R1–R4 L1197–1203, EL-1..3' },
    { action: 'OPEN_REVIEW', from: 'ADMITTED', to: 'UNDER_REVIEW', roles: ['OPERATOR', 'SYSTEM'], rule: 'CI-2, DL-5' },
    { action: 'COMPLETE_SCORING', from: 'UNDER_REVIEW', to: 'SCORED', roles: ['OPERATOR', 'SYSTEM'], rule: 'SC-2' },
    {
      action: 'EXCLUDE',
      from: ['UNDER_REVIEW', 'SCORED'],
      to: 'NOT_ADMITTED',
      roles: ['OPERATOR'],
      kinds: ['SOCIAL_ORDER'],
      rule: 'SO-1 criterion 1 = 0, SO-2 dumping',
    },
    { action: 'SELECT', from: 'SCORED', to: 'WINNER', roles: ['OPERATOR'], rule: 'SC-3, SC-5, SO-1' },
    { action: 'NOT_SELECT', from: 'SCORED', to: 'NOT_WINNER', roles: ['OPERATOR'], rule: 'SC-3, SC-5' },
    {
      action: 'DECLARE_NOT_HELD',
      from: ['SUBMITTED', 'ADMITTED', 'SCORED'],
      to: 'NOT_HELD',
      roles: ['OPERATOR', 'SYSTEM'],
      rule: 'SC-4 §4.7 L1159–1171',
    },
    { action: 'RECORD_PAYMENT', from: 'WINNER', to: 'PAID', roles: ['OPERATOR'], kinds: ['AWARD'], rule: 'AW-10 L841–843' },
    { action: 'CANCEL', from: LIVE, to: 'CANCELLED', roles: ['OPERATOR', 'ADMIN', 'SYSTEM'] },
  ],
  // Sealed scoring (DESIGN.md principle 3): the applicant sees one "under evaluation".
  { UNDER_REVIEW: 'UNDER_EVALUATION', SCORED: 'UNDER_EVALUATION' },
);
