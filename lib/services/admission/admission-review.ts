import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { ngoDatabaseReportTimelinessFor } from '@/lib/queries/ngo-database-report-status';
import type { DocumentLanguage } from '@/lib/services/attachments/attachment-checklist';
import { parseRequiredDocuments } from '@/lib/validation/competition-settings';
import { admissionChecklist, type AdmissionChecklistResult } from './admission-checklist';

type Db = PrismaClient | Prisma.TransactionClient;

const reviewInclude = {
  competition: {
    select: { id: true, kind: true, status: true, titleKk: true, titleRu: true, titleEn: true, deadlineAt: true, requiredDocuments: true, languages: true, allLanguagesRequired: true },
  },
  lot: { select: { id: true, number: true, budgetKzt: true, titleKk: true, titleRu: true, titleEn: true } },
  organization: { select: { id: true, bin: true, nameKk: true, nameRu: true } },
  sections: { select: { key: true, data: true }, orderBy: { key: 'asc' } },
  attachments: { where: { deletedAt: null }, select: { id: true, kind: true, language: true, fileName: true, sizeBytes: true }, orderBy: { uploadedAt: 'asc' } },
  admissionDecisions: {
    orderBy: { decidedAt: 'desc' },
    take: 1,
    select: { id: true, admitted: true, reasons: true, comment: true, decidedAt: true, decidedBy: { select: { name: true } } },
  },
} satisfies Prisma.ApplicationInclude;

export type ApplicationForAdmission = Prisma.ApplicationGetPayload<{ include: typeof reviewInclude }>;

export interface AdmissionReview {
  app: ApplicationForAdmission;
  checklist: AdmissionChecklistResult | null;
}

/**
 * One application as the operator reviews it for admission: the row with its competition,
 * lot, NGO, files and latest decision, and the checklist — the NGO database report as it
 * stood at the moment of submission (EL-2, DL-1). Read-only; the caller authorises.
 */
export async function loadAdmissionReview(db: Db, applicationId: string): Promise<AdmissionReview | null> {
  const app = await db.application.findUnique({ where: { id: applicationId }, include: reviewInclude });
  if (!app) return null;
  if (!app.submittedAt) return { app, checklist: null };
  const timeliness = await ngoDatabaseReportTimelinessFor(db, app.organizationId, app.submittedAt);
  const checklist = admissionChecklist({
    kind: app.competition.kind,
    sections: app.sections,
    attachments: app.attachments.map((a) => ({ kind: a.kind, language: a.language as DocumentLanguage | null })),
    requiredDocuments: parseRequiredDocuments(app.competition.requiredDocuments),
    languages: app.competition.languages,
    allLanguagesRequired: app.competition.allLanguagesRequired,
    lotBudgetKzt: app.lot ? Number(app.lot.budgetKzt) : null,
    ngoDatabaseReport: timeliness,
  });
  return { app, checklist };
}
