import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { getActor } from '@/lib/auth/session';
import { contextFromHeaders } from '@/lib/auth/request-context';
import { fileStorage } from '@/lib/storage';
import { attachmentEditRefusal, applicationSubject, loadApplicationForAttachments } from '@/lib/services/attachments/attachment-access';
import { attachmentMaxBytes } from '@/lib/services/attachments/attachment-settings';
import { uploadAttachment } from '@/lib/services/attachments/upload-attachment';
import { maxMiB } from '@/lib/validation/attachment-file';
import { isSameOrigin, jsonError } from '@/lib/services/attachments/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// Multipart framing around the file (boundaries, part headers, the kind and language fields).
const MULTIPART_OVERHEAD = 64 * 1024;

const STATUS: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  applicationNotFound: 404,
  applicationFrozen: 409,
  deadlinePassed: 409,
  fileTooLarge: 413,
};

/**
 * POST multipart/form-data (file, kind, language) — adds a document to a DRAFT
 * application. Answers 201 `{ attachment }` or `{ error: { code, params } }` with 400
 * (bad input, file refused by content), 401 (signed out), 403 (may see but not edit),
 * 404 (no such application, or not the caller's to see), 409 (submitted/frozen or after
 * the deadline — DL-1) or 413 (over the size cap).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isSameOrigin(request)) return jsonError('forbidden', 403);
  const actor = await getActor();
  if (!actor) return jsonError('unauthenticated', 401);

  // Authorise for THIS application before reading the body.
  const application = await loadApplicationForAttachments(db, id);
  if (!application || !can(actor, 'read', applicationSubject(application))) return jsonError('applicationNotFound', 404);
  if (!can(actor, 'update', applicationSubject(application))) {
    const code = attachmentEditRefusal(actor, application, new Date()) ?? 'forbidden';
    return jsonError(code, STATUS[code] ?? 403);
  }

  const maxBytes = await attachmentMaxBytes(db);
  const declaredLength = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes + MULTIPART_OVERHEAD) {
    return jsonError('fileTooLarge', 413, { maxMiB: maxMiB(maxBytes) });
  }

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError('badRequest', 400);
  }
  const file = form.get('file');
  const kind = form.get('kind');
  const language = form.get('language');
  if (!(file instanceof File)) return jsonError('fileMissing', 400);
  if (typeof kind !== 'string' || kind.length === 0 || kind.length > 100) return jsonError('unknownDocumentKind', 400);
  if (language !== null && typeof language !== 'string') return jsonError('languageNotAllowed', 400);
  const lang = language === null || language === '' ? null : language;
  if (lang !== null && lang !== 'kk' && lang !== 'ru' && lang !== 'en') return jsonError('languageNotAllowed', 400);
  if (file.size > maxBytes) return jsonError('fileTooLarge', 413, { maxMiB: maxMiB(maxBytes) });

  try {
    const result = await uploadAttachment(
      db,
      fileStorage(),
      actor,
      { applicationId: application.id, kind, language: lang, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      contextFromHeaders((name) => request.headers.get(name)),
    );
    if (!result.ok) return jsonError(result.error.code, STATUS[result.error.code] ?? 400, result.error.params);
    revalidatePath(`/ngo/applications/${application.id}/attachments`);
    revalidatePath(`/ngo/applications/${application.id}`);
    const { attachment } = result;
    return Response.json({ attachment: { ...attachment, uploadedAt: attachment.uploadedAt.toISOString() } }, { status: 201 });
  } catch (error) {
    console.error('attachment upload failed', error);
    return jsonError('uploadFailed', 500);
  }
}
