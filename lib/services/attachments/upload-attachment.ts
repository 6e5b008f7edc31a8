import { createHash } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { newStorageKey, type FileStorage } from '@/lib/storage';
import { checkAttachmentFile } from '@/lib/validation/attachment-file';
import { refuse, type ServiceResult } from '../result';
import { attachmentEditRefusal, loadApplicationForAttachments, OTHER_DOCUMENT_KIND } from './attachment-access';
import { attachmentMaxBytes } from './attachment-settings';
import type { DocumentLanguage } from './attachment-checklist';

export interface UploadAttachmentInput {
  applicationId: string;
  /** A `requiredDocuments[].kind` of the competition, or 'other'. */
  kind: string;
  language: DocumentLanguage | null;
  /** The name the user's computer gave the file (sanitised before it is stored). */
  fileName: string;
  bytes: Uint8Array;
}

export interface UploadedAttachment {
  attachment: { id: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string; kind: string; language: DocumentLanguage | null; uploadedAt: Date };
}

/**
 * An NGO member adds a document to its DRAFT application before the deadline: the file
 * is checked by content, its SHA-256 computed, the bytes stored under a random key and
 * the Attachment row written with its audit event in one transaction.
 */
export async function uploadAttachment(
  db: PrismaClient,
  storage: FileStorage,
  actor: Actor,
  input: UploadAttachmentInput,
  context: RequestContext,
): Promise<ServiceResult<UploadedAttachment>> {
  const application = await loadApplicationForAttachments(db, input.applicationId);
  if (!application) return refuse('applicationNotFound');
  const refusal = attachmentEditRefusal(actor, application, new Date());
  if (refusal) return refuse(refusal);

  const { competition } = application;
  const kinds = new Set([...competition.requiredDocuments.map((d) => d.kind), OTHER_DOCUMENT_KIND]);
  if (!kinds.has(input.kind)) return refuse('unknownDocumentKind', { field: 'kind' });
  if (input.language !== null && !competition.languages.includes(input.language)) return refuse('languageNotAllowed', { field: 'language' });
  // With every language required, each file must say which language it covers.
  if (input.language === null && competition.allLanguagesRequired) return refuse('languageRequired', { field: 'language' });

  const checked = await checkAttachmentFile(input.bytes, input.fileName, await attachmentMaxBytes(db));
  if (!checked.ok) return refuse(checked.error.code, { field: 'file', ...(checked.error.params ? { params: checked.error.params } : {}) });

  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const storageKey = newStorageKey();
  await storage.put(storageKey, input.bytes);

  try {
    const result = await db.$transaction(async (tx) => {
      // Lock the application row: a concurrent submission waits for this insert (or we for
      // it), so no file slips in after the application was frozen.
      const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Application" WHERE id = ${application.id} FOR UPDATE`;
      const again = attachmentEditRefusal(actor, { ...application, status: row?.status ?? '' }, new Date());
      if (again) return refuse(again);
      const attachment = await tx.attachment.create({
        data: {
          applicationId: application.id,
          kind: input.kind,
          language: input.language,
          fileName: checked.fileName,
          mimeType: checked.mimeType,
          sizeBytes: input.bytes.byteLength,
          sha256,
          storageKey,
          uploadedById: actor.id,
        },
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, kind: true, language: true, uploadedAt: true },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'attachment.uploaded',
          object: { type: 'Attachment', id: attachment.id },
          after: { applicationId: application.id, kind: attachment.kind, language: attachment.language, fileName: attachment.fileName, mimeType: attachment.mimeType, sizeBytes: attachment.sizeBytes, sha256 },
        },
        context,
      );
      return { ok: true as const, attachment };
    });
    if (!result.ok) await storage.delete?.(storageKey);
    return result;
  } catch (error) {
    await storage.delete?.(storageKey).catch(() => undefined);
    throw error;
  }
}
