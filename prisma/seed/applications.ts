/**
 * Creating an application with its sections, documents, status history and admission
 * decision; and, once every application exists, their receipts — numbered from the
 * PostgreSQL sequence and hashed over the same snapshot as a real submission
 * (lib/services/applications/submit-application.ts).
 */
import type { ApplicationStatus } from '../../lib/rules';
import type { Locale, Prisma } from '../../lib/generated/prisma/client';
import { newStorageKey } from '../../lib/storage';
import { formatReceiptNumber, receiptHash } from '../../lib/services/applications/receipt';
import { loadApplicationForSubmission, receiptSnapshotOf } from '../../lib/services/applications/submit-application';
import { GRANT_FORM_VERSION } from '../../lib/validation/forms/grant';
import { HEAD_EMAIL, org, user, type SeedContext } from './context';
import type { NgoKey } from './people';

/** A document of the application's checklist, uploaded by the NGO head before submitting. */
export interface AttachmentSeed {
  kind: string;
  fileName: string;
  language?: Locale | null;
}

export interface StatusStep {
  to: ApplicationStatus;
  at: Date;
  actor?: string | null;
  reason?: string;
}

export interface ApplicationSeed {
  competitionId: string;
  lotId: string | null;
  ngo: NgoKey;
  /** Defaults to the version of the grant forms (GRANT_FORM_VERSION). */
  formVersion?: string;
  languages: Locale[];
  projectTitleKk: string;
  projectTitleRu: string;
  requestedKzt?: bigint | null;
  ownContributionKzt?: bigint | null;
  bidPriceKzt?: bigint | null;
  createdAt: Date;
  sections: Record<string, { data: Prisma.InputJsonValue; complete: boolean }>;
  /** Author of the sections (defaults to the NGO head). */
  editorEmail?: string;
  /** Server instant of receipt; the receipt itself is issued by `issueReceipts` once everything is written. */
  submittedAt?: Date;
  attachments?: AttachmentSeed[];
  /** Status path after DRAFT (SUBMITTED first when submitted), in order. */
  steps: StatusStep[];
  admission?: { admitted: boolean; reasons: string[]; comment?: string; at: Date };
  statusReason?: string;
}

export async function createApplication(ctx: SeedContext, a: ApplicationSeed): Promise<string> {
  const { tx } = ctx;
  const headUser = user(ctx, HEAD_EMAIL[a.ngo]);
  const editor = a.editorEmail ? user(ctx, a.editorEmail) : headUser;
  const operatorUser = user(ctx, 'operator@demeu.kz');
  const last = a.steps[a.steps.length - 1];
  const status: ApplicationStatus = last?.to ?? 'DRAFT';
  const app = await tx.application.create({
    data: {
      competitionId: a.competitionId,
      lotId: a.lotId,
      organizationId: org(ctx, a.ngo).id,
      status,
      formVersion: a.formVersion ?? GRANT_FORM_VERSION,
      languages: a.languages,
      projectTitleKk: a.projectTitleKk,
      projectTitleRu: a.projectTitleRu,
      requestedKzt: a.requestedKzt ?? null,
      ownContributionKzt: a.ownContributionKzt ?? null,
      bidPriceKzt: a.bidPriceKzt ?? null,
      submittedAt: a.submittedAt ?? null,
      submittedById: a.submittedAt ? headUser : null,
      receiptNumber: null,
      receiptHash: null,
      statusReason: a.statusReason ?? null,
      version: Object.keys(a.sections).length + a.steps.length,
      createdById: headUser,
      createdAt: a.createdAt,
    },
    select: { id: true },
  });
  let i = 0;
  for (const [key, s] of Object.entries(a.sections)) {
    i += 1;
    const savedAt = ctx.clock.past(new Date(a.createdAt.getTime() + i * 47 * 60_000));
    await tx.applicationSection.create({
      data: {
        applicationId: app.id,
        key,
        data: s.data,
        complete: s.complete,
        version: 1,
        updatedById: editor,
        versions: { create: { version: 1, data: s.data, savedAt, savedById: editor } },
      },
    });
  }
  // The documents: real bytes in the file store under a fresh random key, like an upload.
  const files = a.attachments ?? [];
  for (const [n, f] of files.entries()) {
    const storageKey = newStorageKey();
    await ctx.storage.put(storageKey, ctx.document.bytes);
    const last = a.submittedAt ?? ctx.clock.now;
    const uploadedAt = ctx.clock.past(new Date(last.getTime() - (files.length - n) * 23 * 60_000));
    await tx.attachment.create({
      data: {
        applicationId: app.id,
        kind: f.kind,
        language: f.language === undefined ? 'kk' : f.language,
        fileName: f.fileName,
        mimeType: 'application/pdf',
        sizeBytes: ctx.document.bytes.byteLength,
        sha256: ctx.document.sha256,
        storageKey,
        uploadedById: headUser,
        uploadedAt,
      },
    });
  }
  let from: ApplicationStatus = 'DRAFT';
  for (const step of a.steps) {
    await tx.applicationStatusChange.create({
      data: {
        applicationId: app.id,
        fromStatus: from,
        toStatus: step.to,
        at: step.at,
        actorId: step.actor === undefined ? (step.to === 'SUBMITTED' ? headUser : operatorUser) : step.actor,
        reason: step.reason ?? null,
      },
    });
    from = step.to;
  }
  if (a.admission) {
    await tx.admissionDecision.create({
      data: {
        applicationId: app.id,
        admitted: a.admission.admitted,
        reasons: a.admission.reasons,
        comment: a.admission.comment ?? null,
        decidedById: operatorUser,
        decidedAt: a.admission.at,
      },
    });
  }
  return app.id;
}

/**
 * Receipts of every submitted application, in the order they were received: the number
 * from `application_receipt_seq` (as `formatReceiptNumber` prints it for the Almaty year
 * of receipt) and the SHA-256 of the submission snapshot (sections, documents, amounts).
 * Runs after all sections and documents are written, so the hash covers them.
 */
export async function issueReceipts(ctx: SeedContext): Promise<number> {
  const { tx } = ctx;
  const submitted = await tx.application.findMany({
    where: { submittedAt: { not: null } },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  for (const { id } of submitted) {
    const app = await loadApplicationForSubmission(tx, id);
    if (!app?.submittedAt) throw new Error(`seed: application ${id} vanished`);
    const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('application_receipt_seq') AS "n"`;
    if (!row) throw new Error('seed: application_receipt_seq returned nothing');
    const receiptNumber = formatReceiptNumber(app.competition.kind, app.submittedAt, row.n);
    const hash = receiptHash(receiptSnapshotOf(app, receiptNumber, app.submittedAt));
    await tx.application.update({ where: { id }, data: { receiptNumber, receiptHash: hash } });
  }
  return submitted.length;
}
