/**
 * Commission lifecycle: grants stage 3 — an initial composition receives the applicant
 * list and COI forms within 3 working days of the close (GC-10, DL-4), then the operator
 * approves the final composition, replacing conflicted members from the register (GC-13,
 * L1015–1017; CM-1 checked on it). Social order: the commission acts from the decision
 * until the contract signing date (L2570–2572).
 */
import { defineMachine } from './machine';

export const COMMISSION_STATUSES = [
  'DRAFT', // initial composition being put together
  'COI_DECLARATION', // members declaring conflicts over the applicant list (GC-10)
  'APPROVED', // final composition approved (GC-13), may score and meet
  'DISSOLVED', // work finished (SO: contract signed) or competition cancelled
] as const;
export type CommissionStatus = (typeof COMMISSION_STATUSES)[number];

export const commissionMachine = defineMachine<CommissionStatus>(
  'commission',
  COMMISSION_STATUSES,
  'DRAFT',
  [
    { action: 'SEND_COI_FORMS', from: 'DRAFT', to: 'COI_DECLARATION', roles: ['OPERATOR', 'SYSTEM'], rule: 'GC-10, DL-4' },
    { action: 'APPROVE_FINAL', from: 'COI_DECLARATION', to: 'APPROVED', roles: ['OPERATOR'], rule: 'GC-13, CM-1, CI-2' },
    {
      action: 'APPROVE_FINAL',
      from: 'DRAFT',
      to: 'APPROVED',
      roles: ['OPERATOR'],
      kinds: ['SOCIAL_ORDER', 'AWARD', 'CREATIVE_ORDER', 'STRATEGIC_PARTNERSHIP'],
      rule: 'CM-2, CM-3 (grants need the COI round, GC-10)',
    },
    { action: 'RECOMPOSE', from: 'APPROVED', to: 'DRAFT', roles: ['OPERATOR'], rule: 'GC-13: replace a member from the register' },
    { action: 'DISSOLVE', from: ['DRAFT', 'COI_DECLARATION', 'APPROVED'], to: 'DISSOLVED', roles: ['OPERATOR', 'ADMIN', 'SYSTEM'], rule: 'L2570–2572' },
  ],
);
