import { Readable } from 'node:stream';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { getActor } from '@/lib/auth/session';
import { fileStorage, StoredFileNotFoundError } from '@/lib/storage';
import { applicationSubject, loadApplicationForAttachments } from '@/lib/services/attachments/attachment-access';
import { contentDisposition, jsonError } from '@/lib/services/attachments/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET — the bytes of one application document, for those who may read the application:
 * the NGO's members, operator staff, and experts of its commission without a declared
 * conflict (CI-1). Signed out: 401. Unknown, deleted, not an application document, or
 * not the caller's to see: the same 404, so an outsider cannot tell whether it exists.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return jsonError('unauthenticated', 401);

  const attachment = await db.attachment.findUnique({
    where: { id },
    select: { applicationId: true, deletedAt: true, storageKey: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true },
  });
  if (!attachment?.applicationId || attachment.deletedAt) return jsonError('attachmentNotFound', 404);
  const application = await loadApplicationForAttachments(db, attachment.applicationId);
  if (!application || !can(actor, 'read', applicationSubject(application))) return jsonError('attachmentNotFound', 404);

  let body: Readable | Buffer;
  try {
    body = await fileStorage().get(attachment.storageKey);
  } catch (error) {
    if (error instanceof StoredFileNotFoundError) {
      console.error('attachment bytes missing from storage', { attachmentId: id });
      return jsonError('attachmentNotFound', 404);
    }
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
      // The file's fingerprint as recorded at upload (hex SHA-256), for anyone checking integrity.
      'X-Content-SHA256': attachment.sha256,
    },
  });
}
