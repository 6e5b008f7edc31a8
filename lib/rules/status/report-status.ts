/**
 * Report lifecycle (INTERIM | FINAL creative and financial reports, social order Annexes
 * 3–6, stage 8 L2858–2945): the NGO submits, the operator/customer reviews and either
 * accepts or returns it for revision; a submitted report is frozen (no way back to DRAFT).
 */
import { defineMachine } from './machine';

export const REPORT_STATUSES = [
  'DRAFT', // being written by the NGO
  'SUBMITTED', // submitted, frozen
  'UNDER_REVIEW', // operator / customer reviewing
  'RETURNED', // sent back for revision with comments
  'ACCEPTED', // accepted
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const reportMachine = defineMachine<ReportStatus>('report', REPORT_STATUSES, 'DRAFT', [
  { action: 'SUBMIT', from: 'DRAFT', to: 'SUBMITTED', roles: ['NGO'] },
  { action: 'START_REVIEW', from: 'SUBMITTED', to: 'UNDER_REVIEW', roles: ['OPERATOR'] },
  { action: 'RETURN', from: 'UNDER_REVIEW', to: 'RETURNED', roles: ['OPERATOR'] },
  { action: 'RESUBMIT', from: 'RETURNED', to: 'SUBMITTED', roles: ['NGO'] },
  { action: 'ACCEPT', from: 'UNDER_REVIEW', to: 'ACCEPTED', roles: ['OPERATOR'] },
]);
