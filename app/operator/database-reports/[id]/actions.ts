'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { reviewNgoDatabaseReport } from '@/lib/services/ngo-database-report/review-ngo-database-report';
import { reviewNgoDatabaseReportInputSchema } from '@/lib/validation/ngo-database-report';

export type ReviewActionState = { ok: true; status: string } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Approve («Бекітілді») or return with a comment — staff only, and only a SUBMITTED report. */
export async function reviewReportAction(input: unknown): Promise<ReviewActionState> {
  try {
    const actor = await requireUser('/operator/database-reports');
    const parsed = reviewNgoDatabaseReportInputSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
      return { ok: false, fieldErrors, formError: 'fixErrors' };
    }
    // Load the report named in the form and authorise THIS report.
    const report = await db.ngoDatabaseReport.findUnique({ where: { id: parsed.data.reportId }, select: { organizationId: true, status: true } });
    if (!report) return { ok: false, fieldErrors: {}, formError: 'notFound' };
    if (!can(actor, 'review', { type: 'ngoDatabaseReport', organizationId: report.organizationId, status: report.status })) {
      return { ok: false, fieldErrors: {}, formError: can(actor, 'read', { type: 'ngoDatabaseReport', ...report }) ? 'notReviewable' : 'forbidden' };
    }
    const result = await reviewNgoDatabaseReport(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      return { ok: false, fieldErrors: result.error.field ? { [result.error.field]: result.error.code } : {}, formError: result.error.code };
    }
    revalidatePath('/operator/database-reports');
    revalidatePath(`/operator/database-reports/${parsed.data.reportId}`);
    revalidatePath('/ngo/database-report');
    return { ok: true, status: result.status };
  } catch (error) {
    console.error('reviewReportAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
