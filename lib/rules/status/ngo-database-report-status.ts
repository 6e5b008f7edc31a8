/**
 * NGO database yearly report (DB-1, §2.3 L624–649): Draft (sections saved) → Sent
 * («Жіберу») → Approved («Бекітілді»). A report missing one language is refused at
 * submission (DB-6) — a validation, not a status. Timeliness (on time / late / missing)
 * is derived by ngoDatabaseReportStatus(), not stored as a status.
 */
import { defineMachine } from './machine';

export const NGO_DATABASE_REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type NgoDatabaseReportStatus = (typeof NGO_DATABASE_REPORT_STATUSES)[number];

export const ngoDatabaseReportMachine = defineMachine<NgoDatabaseReportStatus>(
  'ngoDatabaseReport',
  NGO_DATABASE_REPORT_STATUSES,
  'DRAFT',
  [
    { action: 'SUBMIT', from: 'DRAFT', to: 'SUBMITTED', roles: ['NGO'], rule: 'DB-1, DB-6' },
    { action: 'APPROVE', from: 'SUBMITTED', to: 'APPROVED', roles: ['OPERATOR'], rule: '§2.3 L648–649' },
    { action: 'RETURN', from: 'SUBMITTED', to: 'RETURNED', roles: ['OPERATOR'] },
    { action: 'RESUBMIT', from: 'RETURNED', to: 'SUBMITTED', roles: ['NGO'] },
  ],
);
