'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { reportAccess } from '@/lib/services/reports/report-access';
import { reviewReport } from '@/lib/services/reports/review-report';
import { reviewReportInputSchema } from '@/lib/validation/reports/review-input';

export type ReviewReportActionState = { ok: true; status: string } | { ok: false; code: string; params?: Record<string, string | number>; field?: string };

/** Start the review, return with comments per section, or accept — operator staff only. */
export async function reviewReportAction(input: unknown): Promise<ReviewReportActionState> {
  try {
    const actor = await requireUser('/operator/agreements');
    const parsed = reviewReportInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: 'invalidInput' };
    // Load the report named in the form and authorise THIS report.
    const report = await db.report.findUnique({ where: { id: parsed.data.reportId }, select: { id: true, agreementId: true, status: true, agreement: { select: { organizationId: true } } } });
    if (!report) return { ok: false, code: 'reportNotFound' };
    const access = reportAccess(actor, { organizationId: report.agreement.organizationId, status: report.status });
    if (!access.review) return { ok: false, code: access.read ? 'forbidden' : 'reportNotFound' };
    const result = await reviewReport(db, actor, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, code: result.error.code, ...(result.error.params ? { params: result.error.params } : {}), ...(result.error.field ? { field: result.error.field } : {}) };
    revalidatePath(`/operator/agreements/${report.agreementId}/reports/${report.id}`);
    revalidatePath(`/ngo/agreements/${report.agreementId}/reports/${report.id}`);
    revalidatePath(`/operator/agreements/${report.agreementId}`);
    revalidatePath(`/ngo/agreements/${report.agreementId}`);
    return { ok: true, status: result.status };
  } catch (error) {
    console.error('reviewReportAction failed', error);
    return { ok: false, code: 'generic' };
  }
}
