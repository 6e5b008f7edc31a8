import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';
import { attachmentEditRefusal, loadApplicationForAttachments } from './attachment-access';

/**
 * An NGO member removes a document from its DRAFT application before the deadline. Soft
 * delete (deletedAt): the row and the stored bytes stay for the audit trail; a submitted
 * application's documents can never be removed.
 */
export async function deleteAttachment(
  db: PrismaClient,
  actor: Actor,
  input: { attachmentId: string },
  context: RequestContext,
): Promise<ServiceResult<{ attachmentId: string; applicationId: string }>> {
  const existing = await db.attachment.findUnique({
    where: { id: input.attachmentId },
    select: { id: true, applicationId: true, deletedAt: true },
  });
  if (!existing?.applicationId) return refuse('attachmentNotFound');
  const application = await loadApplicationForAttachments(db, existing.applicationId);
  if (!application) return refuse('attachmentNotFound');
  const refusal = attachmentEditRefusal(actor, application, new Date());
  if (refusal === 'applicationNotFound') return refuse('attachmentNotFound');
  if (refusal) return refuse(refusal);
  if (existing.deletedAt) return refuse('attachmentNotFound');

  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Application" WHERE id = ${application.id} FOR UPDATE`;
    const again = attachmentEditRefusal(actor, { ...application, status: row?.status ?? '' }, new Date());
    if (again) return refuse(again === 'applicationNotFound' ? 'attachmentNotFound' : again);
    const deletedAt = new Date();
    // Only a live row is deleted: two clicks at once delete it once.
    const { count } = await tx.attachment.updateMany({ where: { id: existing.id, deletedAt: null }, data: { deletedAt } });
    if (count === 0) return refuse('attachmentNotFound');
    const attachment = await tx.attachment.findUniqueOrThrow({
      where: { id: existing.id },
      select: { kind: true, language: true, fileName: true, sha256: true },
    });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'attachment.deleted',
        object: { type: 'Attachment', id: existing.id },
        before: { applicationId: application.id, ...attachment, deletedAt: null },
        after: { deletedAt },
      },
      context,
    );
    return { ok: true as const, attachmentId: existing.id, applicationId: application.id };
  });
}
