import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { contextFromHeaders } from '@/lib/auth/request-context';
import { fileStorage } from '@/lib/storage';
import { attachmentMaxBytes } from '@/lib/services/attachments/attachment-settings';
import { isSameOrigin, jsonError } from '@/lib/services/attachments/http';
import { reportEditRefusal } from '@/lib/services/reports/report-access';
import { uploadReportAttachment } from '@/lib/services/reports/report-attachments';
import { maxMiB } from '@/lib/validation/attachment-file';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const MULTIPART_OVERHEAD = 64 * 1024;

const STATUS: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  reportNotFound: 404,
  reportFrozen: 409,
  reportNotEditable: 409,
  fileTooLarge: 413,
};

/**
 * POST multipart/form-data (file, kind) — adds a file to a report the NGO may still edit:
 * F-EV evidence of an event (`ev:<n>:<type>`) or a financial supporting document
 * (`fin:<type>`). 201 `{ attachment }`, or `{ error: { code, params } }` with 400 (bad
 * input, file refused by content), 401, 403 (may see but not edit), 404 (not the caller's
 * to see), 409 (sent / accepted — frozen) or 413.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isSameOrigin(request)) return jsonError('forbidden', 403);
  const actor = await getActor();
  if (!actor) return jsonError('unauthenticated', 401);
  // Authorise for THIS report before reading the body.
  const report = await db.report.findUnique({ where: { id }, select: { id: true, agreementId: true, status: true, agreement: { select: { organizationId: true } } } });
  if (!report) return jsonError('reportNotFound', 404);
  const refusal = reportEditRefusal(actor, { organizationId: report.agreement.organizationId, status: report.status });
  if (refusal) return jsonError(refusal, STATUS[refusal] ?? 403);

  const maxBytes = await attachmentMaxBytes(db);
  const declaredLength = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes + MULTIPART_OVERHEAD) return jsonError('fileTooLarge', 413, { maxMiB: maxMiB(maxBytes) });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError('badRequest', 400);
  }
  const file = form.get('file');
  const kind = form.get('kind');
  if (!(file instanceof File)) return jsonError('fileMissing', 400);
  if (typeof kind !== 'string' || kind.length === 0 || kind.length > 60) return jsonError('unknownDocumentKind', 400);
  if (file.size > maxBytes) return jsonError('fileTooLarge', 413, { maxMiB: maxMiB(maxBytes) });
  try {
    const result = await uploadReportAttachment(
      db,
      fileStorage(),
      actor,
      { reportId: report.id, kind, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      contextFromHeaders((name) => request.headers.get(name)),
    );
    if (!result.ok) return jsonError(result.error.code, STATUS[result.error.code] ?? 400, result.error.params);
    revalidatePath(`/ngo/agreements/${report.agreementId}/reports/${report.id}`);
    revalidatePath(`/operator/agreements/${report.agreementId}/reports/${report.id}`);
    return Response.json({ attachment: result.attachment }, { status: 201 });
  } catch (error) {
    console.error('report attachment upload failed', error);
    return jsonError('uploadFailed', 500);
  }
}
