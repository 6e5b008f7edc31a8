import { createHash } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { allowedEvidence, parseEvidenceKind } from '@/lib/rules/reports/event-evidence';
import { newStorageKey, type FileStorage } from '@/lib/storage';
import { checkAttachmentFile } from '@/lib/validation/attachment-file';
import { parseFinanceDocKind, reportEvents } from '@/lib/validation/reports/report-form';
import { attachmentMaxBytes } from '../attachments/attachment-settings';
import { refuse, type ServiceResult } from '../result';
import { loadReport, reportForm, sectionsOf, type LoadedReport } from './report-data';
import { reportEditRefusal } from './report-access';

/** Is `kind` a file this report takes: F-EV evidence of one of its events, or a financial supporting document? */
export function reportAttachmentKindRefusal(report: LoadedReport, kind: string): 'unknownDocumentKind' | null {
  const { sections } = reportForm(report);
  const ev = parseEvidenceKind(kind);
  if (ev) {
    if (!sections.some((s) => s.sort === 'evidence')) return 'unknownDocumentKind';
    const event = reportEvents(sectionsOf(report)).find((e) => e.no === ev.eventNo);
    return event && (allowedEvidence(event.eventType) as string[]).includes(ev.type) ? null : 'unknownDocumentKind';
  }
  if (parseFinanceDocKind(kind)) return sections.some((s) => s.sort === 'financeDocs') ? null : 'unknownDocumentKind';
  return 'unknownDocumentKind';
}

/**
 * The NGO attaches a file to its report: F-EV evidence for an event (`ev:<n>:<type>`) or a
 * supporting document of the financial report (`fin:<type>`). The file is checked by its
 * content (the same check as application documents), its SHA-256 computed, the bytes stored
 * under a random key; the row and its audit event in one transaction, with the report row
 * locked so no file slips in after the report was sent.
 */
export async function uploadReportAttachment(
  db: PrismaClient,
  storage: FileStorage,
  actor: Actor,
  input: { reportId: string; kind: string; fileName: string; bytes: Uint8Array },
  context: RequestContext,
): Promise<ServiceResult<{ attachment: { id: string; kind: string; fileName: string; sizeBytes: number; sha256: string } }>> {
  const report = await loadReport(db, input.reportId);
  if (!report) return refuse('reportNotFound');
  const refusal = reportEditRefusal(actor, { organizationId: report.agreement.organizationId, status: report.status });
  if (refusal) return refuse(refusal);
  const kindRefusal = reportAttachmentKindRefusal(report, input.kind);
  if (kindRefusal) return refuse(kindRefusal, { field: 'kind' });

  const checked = await checkAttachmentFile(input.bytes, input.fileName, await attachmentMaxBytes(db));
  if (!checked.ok) return refuse(checked.error.code, { field: 'file', ...(checked.error.params ? { params: checked.error.params } : {}) });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const storageKey = newStorageKey();
  await storage.put(storageKey, input.bytes);
  try {
    const result = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Report" WHERE id = ${report.id} FOR UPDATE`;
      const again = reportEditRefusal(actor, { organizationId: report.agreement.organizationId, status: row?.status ?? '' });
      if (again) return refuse(again);
      const attachment = await tx.attachment.create({
        data: { reportId: report.id, kind: input.kind, fileName: checked.fileName, mimeType: checked.mimeType, sizeBytes: input.bytes.byteLength, sha256, storageKey, uploadedById: actor.id },
        select: { id: true, kind: true, fileName: true, sizeBytes: true, sha256: true },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'attachment.uploaded',
          object: { type: 'Attachment', id: attachment.id },
          after: { reportId: report.id, kind: attachment.kind, fileName: attachment.fileName, mimeType: checked.mimeType, sizeBytes: attachment.sizeBytes, sha256 },
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

/** The NGO removes a file from its report while it is still editable (soft delete, kept for the audit trail). */
export async function deleteReportAttachment(db: PrismaClient, actor: Actor, input: { reportId: string; attachmentId: string }, context: RequestContext): Promise<ServiceResult<object>> {
  const report = await loadReport(db, input.reportId);
  if (!report) return refuse('reportNotFound');
  const refusal = reportEditRefusal(actor, { organizationId: report.agreement.organizationId, status: report.status });
  if (refusal) return refuse(refusal);
  const attachment = report.attachments.find((a) => a.id === input.attachmentId);
  if (!attachment) return refuse('attachmentNotFound');
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Report" WHERE id = ${report.id} FOR UPDATE`;
    const again = reportEditRefusal(actor, { organizationId: report.agreement.organizationId, status: row?.status ?? '' });
    if (again) return refuse(again);
    const done = await tx.attachment.updateMany({ where: { id: attachment.id, reportId: report.id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (done.count !== 1) return refuse('attachmentNotFound');
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'attachment.deleted', object: { type: 'Attachment', id: attachment.id }, before: { reportId: report.id, kind: attachment.kind, fileName: attachment.fileName } },
      context,
    );
    return { ok: true as const };
  });
}
