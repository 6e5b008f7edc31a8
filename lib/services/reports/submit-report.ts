import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { reportCompleteness } from '@/lib/validation/reports/report-form';
import type { ServiceError } from '../result';
import { loadReport, reportForm } from './report-data';
import { reportEditRefusal } from './report-access';

export interface SubmitReportOptions {
  now?: () => Date;
}

export type SubmitReportResult =
  | { ok: true; status: 'SUBMITTED'; version: number; resolvedComments: number }
  | { ok: false; error: ServiceError; incompleteSections?: string[] };

/**
 * The NGO sends its report (ST-*: DRAFT → SUBMITTED, or RETURNED → SUBMITTED after a
 * correction). Every section must be complete — otherwise refused with the incomplete
 * sections named. On a resubmission the reviewer's open comments are marked resolved.
 * Only members of the organisation; optimistic lock on Report.version. Audit in the same
 * transaction.
 */
export async function submitReport(
  db: PrismaClient,
  actor: Actor,
  input: { reportId: string; expectedVersion: number },
  context: RequestContext,
  options: SubmitReportOptions = {},
): Promise<SubmitReportResult> {
  const report = await loadReport(db, input.reportId);
  if (!report) return { ok: false, error: { code: 'reportNotFound' } };
  const refusal = reportEditRefusal(actor, { organizationId: report.agreement.organizationId, status: report.status });
  if (refusal) return { ok: false, error: { code: refusal } };
  const action = report.status === 'RETURNED' ? 'RESUBMIT' : 'SUBMIT';
  // ST-*: DRAFT → SUBMITTED / RETURNED → SUBMITTED, by the NGO.
  if (!checkTransition('report', report.status, 'SUBMITTED', 'NGO').ok) return { ok: false, error: { code: 'reportNotEditable' } };
  if (report.version !== input.expectedVersion) return { ok: false, error: { code: 'staleReport', params: { currentVersion: report.version } } };

  const { sections, ctx } = reportForm(report);
  const completeness = reportCompleteness(sections, ctx);
  if (!completeness.complete) {
    return { ok: false, error: { code: 'reportIncomplete', params: { count: completeness.incomplete.length } }, incompleteSections: completeness.incomplete };
  }

  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const updated = await tx.report.updateMany({
      where: { id: report.id, version: input.expectedVersion, status: report.status },
      data: { status: 'SUBMITTED', submittedAt: now, submittedById: actor.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) return { ok: false as const, error: { code: 'staleReport', params: { currentVersion: report.version } } };
    // The correction answers the reviewer's comments: they are resolved, kept for history.
    const resolved = await tx.reportReviewComment.updateMany({ where: { reportId: report.id, resolvedAt: null }, data: { resolvedAt: now } });
    const version = input.expectedVersion + 1;
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: action === 'RESUBMIT' ? 'report.resubmitted' : 'report.submitted',
        object: { type: 'Report', id: report.id },
        before: { status: report.status, version: report.version },
        after: { status: 'SUBMITTED', version, resolvedComments: resolved.count },
      },
      context,
    );
    return { ok: true as const, status: 'SUBMITTED' as const, version, resolvedComments: resolved.count };
  });
}
