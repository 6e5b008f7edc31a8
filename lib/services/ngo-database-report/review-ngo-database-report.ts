import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { checkTransition } from '@/lib/rules';
import type { ReviewNgoDatabaseReportInput } from '@/lib/validation/ngo-database-report';
import { refuse, type ServiceResult } from '../result';

/**
 * Operator staff decide on a sent report (§2.3 step 9): APPROVE → «Бекітілді», or RETURN
 * to the NGO with a mandatory comment (the NGO corrects and resends). Only SUBMITTED
 * reports are reviewed (policy + status machine); optimistic locking on `version`.
 */
export async function reviewNgoDatabaseReport(
  db: PrismaClient,
  actor: Actor,
  input: ReviewNgoDatabaseReportInput,
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<{ status: 'APPROVED' | 'RETURNED'; version: number }>> {
  const report = await db.ngoDatabaseReport.findUnique({
    where: { id: input.reportId },
    select: { id: true, organizationId: true, year: true, status: true, version: true },
  });
  if (!report) return refuse('notFound');
  const subject = { type: 'ngoDatabaseReport' as const, organizationId: report.organizationId, status: report.status };
  if (!can(actor, 'review', subject)) return refuse(can(actor, 'read', subject) ? 'notReviewable' : 'forbidden');
  if (report.version !== input.expectedVersion) return refuse('staleVersion');

  const to = input.decision === 'APPROVE' ? 'APPROVED' : 'RETURNED';
  const comment = input.comment.trim();
  if (to === 'RETURNED' && comment === '') return refuse('commentRequired', { field: 'comment' });
  // Staff act in the machine's OPERATOR role (an administrator is staff too).
  const transition = checkTransition('ngoDatabaseReport', report.status, to, 'OPERATOR');
  if (!transition.ok) return refuse('notReviewable');

  return db.$transaction(async (tx) => {
    const updated = await tx.ngoDatabaseReport.updateMany({
      where: { id: report.id, version: input.expectedVersion, status: report.status },
      data: {
        status: to,
        reviewedAt: now,
        reviewedById: actor.id,
        ...(to === 'APPROVED' ? { approvedAt: now } : { returnComment: comment }),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) return refuse('staleVersion');
    const version = input.expectedVersion + 1;
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: to === 'APPROVED' ? 'ngoDatabaseReport.approved' : 'ngoDatabaseReport.returned',
        object: { type: 'NgoDatabaseReport', id: report.id },
        before: { status: report.status, version: report.version },
        after: { year: report.year, status: to, version },
        reason: comment || null,
      },
      context,
    );
    return { ok: true as const, status: to, version };
  });
}
