'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { reportEditRefusal } from '@/lib/services/reports/report-access';
import { deleteReportAttachment } from '@/lib/services/reports/report-attachments';
import { saveReportSection } from '@/lib/services/reports/save-report-section';
import { submitReport } from '@/lib/services/reports/submit-report';

export type ReportEditActionState =
  | { ok: true; version?: number; complete?: boolean }
  | { ok: false; code: string; params?: Record<string, string | number>; fieldErrors?: Record<string, string>; incompleteSections?: string[] };

const saveSchema = z.object({ reportId: z.string().min(1).max(40), sectionKey: z.string().min(1).max(40), expectedVersion: z.number().int().min(0), data: z.unknown() });
const submitSchema = z.object({ reportId: z.string().min(1).max(40), expectedVersion: z.number().int().min(0) });
const deleteSchema = z.object({ reportId: z.string().min(1).max(40), attachmentId: z.string().min(1).max(40) });

/** Loads the report named in the form and authorises THIS report for editing (members, DRAFT/RETURNED). */
async function authorise(reportId: string) {
  // The session first: a stranger learns nothing, not even whether the report exists (R1).
  const actor = await requireUser('/ngo/agreements');
  const report = await db.report.findUnique({ where: { id: reportId }, select: { id: true, agreementId: true, status: true, agreement: { select: { organizationId: true } } } });
  if (!report) return { refusal: 'reportNotFound' as const, actor, report: null };
  const refusal = reportEditRefusal(actor, { organizationId: report.agreement.organizationId, status: report.status });
  return { refusal, actor, report };
}

function revalidate(report: { id: string; agreementId: string }) {
  revalidatePath(`/ngo/agreements/${report.agreementId}/reports/${report.id}`);
  revalidatePath(`/operator/agreements/${report.agreementId}/reports/${report.id}`);
  revalidatePath(`/ngo/agreements/${report.agreementId}`);
  revalidatePath(`/operator/agreements/${report.agreementId}`);
}

/** «Сақтау»: one section as a draft (partial data is fine; broken values are refused with field errors). */
export async function saveReportSectionAction(input: unknown): Promise<ReportEditActionState> {
  try {
    const parsed = saveSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: 'invalidInput' };
    const { refusal, actor, report } = await authorise(parsed.data.reportId);
    if (refusal || !report) return { ok: false, code: refusal ?? 'reportNotFound' };
    const result = await saveReportSection(db, actor, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, code: result.error.code, ...(result.error.params ? { params: result.error.params } : {}), fieldErrors: result.fieldErrors };
    revalidate(report);
    return { ok: true, version: result.version, complete: result.complete };
  } catch (error) {
    console.error('saveReportSectionAction failed', error);
    return { ok: false, code: 'generic' };
  }
}

/** «Жіберу»: send the report (every section complete), or send it again after a return. */
export async function submitReportAction(input: unknown): Promise<ReportEditActionState> {
  try {
    const parsed = submitSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: 'invalidInput' };
    const { refusal, actor, report } = await authorise(parsed.data.reportId);
    if (refusal || !report) return { ok: false, code: refusal ?? 'reportNotFound' };
    const result = await submitReport(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      return { ok: false, code: result.error.code, ...(result.error.params ? { params: result.error.params } : {}), ...(result.incompleteSections ? { incompleteSections: result.incompleteSections } : {}) };
    }
    revalidate(report);
    return { ok: true, version: result.version };
  } catch (error) {
    console.error('submitReportAction failed', error);
    return { ok: false, code: 'generic' };
  }
}

/** Removes a file from the report while it is still editable. */
export async function deleteReportAttachmentAction(input: unknown): Promise<ReportEditActionState> {
  try {
    const parsed = deleteSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: 'invalidInput' };
    const { refusal, actor, report } = await authorise(parsed.data.reportId);
    if (refusal || !report) return { ok: false, code: refusal ?? 'reportNotFound' };
    const result = await deleteReportAttachment(db, actor, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, code: result.error.code };
    revalidate(report);
    return { ok: true };
  } catch (error) {
    console.error('deleteReportAttachmentAction failed', error);
    return { ok: false, code: 'generic' };
  }
}
