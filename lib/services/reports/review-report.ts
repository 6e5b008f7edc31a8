import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { reportSections, type ReportKindName, type ReportTypeName } from '@/lib/validation/reports/report-form';
import { reviewReportInputSchema, type ReviewReportInput } from '@/lib/validation/reports/review-input';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import type { ServiceError } from '../result';
import { loadReport, organizationRecipients, reportPayload } from './report-data';
import { reportAccess } from './report-access';

export interface ReviewReportOptions {
  now?: () => Date;
}

export type ReviewReportResult =
  | { ok: true; status: 'UNDER_REVIEW' | 'RETURNED' | 'ACCEPTED'; version: number }
  | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}): ReviewReportResult => ({
  ok: false,
  error: { code, ...extra },
  fieldErrors: extra.field ? { [extra.field]: code } : {},
});

const TARGET = { START_REVIEW: 'UNDER_REVIEW', RETURN: 'RETURNED', ACCEPT: 'ACCEPTED' } as const;

/**
 * The operator's review of a sent report (ST-*, role OPERATOR):
 * - START_REVIEW: SUBMITTED → UNDER_REVIEW;
 * - RETURN: UNDER_REVIEW → RETURNED with at least one comment, each on a section of the
 *   report (ReportReviewComment.sectionKey); the NGO is notified (`report_returned`);
 * - ACCEPT: UNDER_REVIEW → ACCEPTED; the report is frozen from now on; the NGO is notified
 *   (`report_accepted`). Tranches are not touched: their releasability is derived from the
 *   accepted report (the agreements' rule).
 * Staff only; optimistic lock on Report.version; audit + notifications in one transaction.
 */
export async function reviewReport(db: PrismaClient, actor: Actor, rawInput: ReviewReportInput, context: RequestContext, options: ReviewReportOptions = {}): Promise<ReviewReportResult> {
  const parsed = reviewReportInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refused(issue?.message ?? 'invalidInput', { field: String(issue?.path[0] ?? 'form') });
  }
  const input = parsed.data;
  const report = await loadReport(db, input.reportId);
  if (!report) return refused('reportNotFound');
  const access = reportAccess(actor, { organizationId: report.agreement.organizationId, status: report.status });
  if (!access.read) return refused('reportNotFound');
  if (!access.review) return refused('forbidden');

  const to = TARGET[input.decision];
  // ST-*: only the declared transitions, in the operator's role.
  if (!checkTransition('report', report.status, to, 'OPERATOR').ok) {
    return refused(report.status === 'ACCEPTED' ? 'reportFrozen' : 'reportWrongStatus', { params: { status: report.status } });
  }
  if (report.version !== input.expectedVersion) return refused('staleReport', { params: { currentVersion: report.version } });

  const comments = input.decision === 'RETURN' ? input.comments.map((c) => ({ sectionKey: c.sectionKey, comment: c.comment.trim() })).filter((c) => c.comment !== '') : [];
  if (input.decision === 'RETURN') {
    if (comments.length === 0) return refused('commentRequired', { field: 'comments' });
    const keys = new Set(reportSections(report.kind as ReportKindName, report.type as ReportTypeName, report.seq).map((s) => s.key));
    if (comments.some((c) => !keys.has(c.sectionKey))) return refused('unknownSection', { field: 'comments' });
  }

  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const updated = await tx.report.updateMany({
      where: { id: report.id, version: input.expectedVersion, status: report.status },
      data: {
        status: to,
        version: { increment: 1 },
        ...(to === 'UNDER_REVIEW' ? {} : { reviewedAt: now, reviewedById: actor.id }),
        ...(to === 'ACCEPTED' ? { acceptedAt: now } : {}),
      },
    });
    if (updated.count !== 1) return refused('staleReport', { params: { currentVersion: report.version } });
    if (comments.length > 0) {
      await tx.reportReviewComment.createMany({ data: comments.map((c) => ({ reportId: report.id, sectionKey: c.sectionKey, comment: c.comment, authorId: actor.id, createdAt: now })) });
    }
    const version = input.expectedVersion + 1;
    const action = to === 'UNDER_REVIEW' ? 'report.review_started' : to === 'RETURNED' ? 'report.returned' : 'report.accepted';
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action,
        object: { type: 'Report', id: report.id },
        before: { status: report.status, version: report.version },
        after: { status: to, version, ...(comments.length ? { comments } : {}) },
        ...(comments.length ? { reason: comments.map((c) => `${c.sectionKey}: ${c.comment}`).join('\n') } : {}),
      },
      context,
    );
    if (to !== 'UNDER_REVIEW') {
      const recipients = await organizationRecipients(tx, report.agreement.organizationId);
      const templateKey = to === 'RETURNED' ? 'report_returned' : 'report_accepted';
      await enqueueNotifications(tx, {
        templateKey,
        payload: { ...reportPayload(report), ...(to === 'RETURNED' ? { sections: comments.map((c) => c.sectionKey), commentCount: comments.length } : {}) },
        object: { type: 'Report', id: report.id },
        dedupeKey: `${templateKey}:${report.id}:${version}`,
        now,
        inApp: recipients,
        email: recipients,
      });
    }
    return { ok: true as const, status: to, version };
  });
}
