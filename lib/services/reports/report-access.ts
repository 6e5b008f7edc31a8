/**
 * Who may do what with a report (F-IR/F-FR/F-IFR/F-FFR). Built on the portal policy
 * (`can`): the report belongs to the agreement's organisation.
 * - read: members of the organisation and operator staff (experts and others: never);
 * - edit (save sections, add/remove files, submit): members, only while DRAFT or RETURNED —
 *   a submitted report waits for review, an accepted one is frozen;
 * - review (start review, comment, return, accept): operator staff.
 */
import { can, type Actor } from '@/lib/auth/policy';
import { isOpenReportStatus } from '@/lib/rules/reports/report-due';

export interface ReportAccessSubject {
  organizationId: string;
  status: string;
}

export interface ReportAccess {
  read: boolean;
  edit: boolean;
  review: boolean;
  /** Member of the organisation (edits when the status allows). */
  member: boolean;
}

export function reportAccess(actor: Actor | null, report: ReportAccessSubject): ReportAccess {
  if (!actor) return { read: false, edit: false, review: false, member: false };
  const member = actor.role === 'NGO' && can(actor, 'update', { type: 'organization', id: report.organizationId });
  const staff = can(actor, 'enter', { type: 'area', area: 'operator' });
  return {
    member,
    read: member || staff,
    edit: member && isOpenReportStatus(report.status),
    review: staff,
  };
}

/**
 * Why an edit is refused, ordered so that an outsider learns nothing: not visible →
 * 'reportNotFound'; visible but not a member → 'forbidden'; accepted → 'reportFrozen';
 * submitted / under review → 'reportNotEditable'.
 */
export function reportEditRefusal(actor: Actor | null, report: ReportAccessSubject): 'reportNotFound' | 'forbidden' | 'reportFrozen' | 'reportNotEditable' | null {
  const access = reportAccess(actor, report);
  if (!access.read) return 'reportNotFound';
  if (!access.member) return 'forbidden';
  if (report.status === 'ACCEPTED') return 'reportFrozen';
  if (!access.edit) return 'reportNotEditable';
  return null;
}
