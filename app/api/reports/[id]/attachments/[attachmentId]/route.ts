import { Readable } from 'node:stream';
import { db } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { fileStorage, StoredFileNotFoundError } from '@/lib/storage';
import { contentDisposition, jsonError } from '@/lib/services/attachments/http';
import { reportAccess } from '@/lib/services/reports/report-access';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET — the bytes of one file of a report, for those who may read the report (members of
 * the NGO, operator staff). Signed out: 401. Unknown, deleted, of another report, or not
 * the caller's to see: the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const actor = await getActor();
  if (!actor) return jsonError('unauthenticated', 401);
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { reportId: true, deletedAt: true, storageKey: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, report: { select: { status: true, agreement: { select: { organizationId: true } } } } },
  });
  if (!attachment?.report || attachment.reportId !== id || attachment.deletedAt) return jsonError('attachmentNotFound', 404);
  if (!reportAccess(actor, { organizationId: attachment.report.agreement.organizationId, status: attachment.report.status }).read) return jsonError('attachmentNotFound', 404);
  let body: Readable | Buffer;
  try {
    body = await fileStorage().get(attachment.storageKey);
  } catch (error) {
    if (error instanceof StoredFileNotFoundError) return jsonError('attachmentNotFound', 404);
    throw error;
  }
  const stream = Buffer.isBuffer(body) ? new Uint8Array(body) : (Readable.toWeb(body) as ReadableStream<Uint8Array>);
  return new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': attachment.mimeType,
      'Content-Length': String(attachment.sizeBytes),
      'Content-Disposition': contentDisposition(attachment.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'X-Content-SHA256': attachment.sha256,
    },
  });
}
