import type { PrismaClient } from '@/lib/generated/prisma/client';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { loadApplicationForSubmission } from '@/lib/services/applications/submit-application';
import { parseRequiredDocuments } from '@/lib/validation/competition-settings';
import { annex5BudgetSummary, GRANT_SECTION_KEYS, grantSectionDraftSchemaFor, isGrantSectionKey } from '@/lib/validation/forms/grant';
import type { PdfApplication, PdfSection } from './application-document';

type ZodDef = { type?: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; in?: unknown };
const defOf = (schema: unknown): ZodDef | null =>
  (schema as { _zod?: { def?: ZodDef } } | null)?._zod?.def ?? null;

/** Through optional / nullable / default / pipe wrappers to the schema that has the shape. */
function unwrap(schema: unknown): ZodDef | null {
  let def = defOf(schema);
  for (let i = 0; def && i < 10; i += 1) {
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else break;
  }
  return def;
}

/**
 * PostgreSQL's jsonb keeps object keys in its own order, not the form's: put the fields
 * back in the order of the annex schema (the order of the official form), unknown ones last.
 */
export function orderLikeSchema(schema: unknown, value: unknown): unknown {
  const def = unwrap(schema);
  if (Array.isArray(value)) return value.map((v) => orderLikeSchema(def?.type === 'array' ? def.element : undefined, v));
  if (typeof value !== 'object' || value === null) return value;
  const shape = def?.type === 'object' && def.shape ? def.shape : {};
  const record = value as Record<string, unknown>;
  const keys = [...Object.keys(shape).filter((k) => k in record), ...Object.keys(record).filter((k) => !(k in shape))];
  return Object.fromEntries(keys.map((k) => [k, orderLikeSchema(shape[k], record[k])]));
}

/**
 * The application as the PDF prints it: the stored sections exactly as saved (as
 * submitted, once frozen), the budget totals recomputed by the rule engine, the files
 * with their SHA-256 and the receipt. Texts the operator or the NGO entered are printed
 * as entered; only the titles of the competition, lot and documents follow the reader's
 * language.
 */
export async function applicationPdfData(db: PrismaClient, applicationId: string, locale: AppLocale, printedAt: Date): Promise<PdfApplication | null> {
  const app = await loadApplicationForSubmission(db, applicationId);
  if (!app) return null;
  const org = await db.organization.findUniqueOrThrow({ where: { id: app.organizationId }, select: { bin: true, nameKk: true, nameRu: true } });
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const documents = parseRequiredDocuments(app.competition.requiredDocuments);

  const order = (key: string) => {
    const i = (GRANT_SECTION_KEYS as readonly string[]).indexOf(key);
    return i === -1 ? GRANT_SECTION_KEYS.length : i;
  };
  const sections: PdfSection[] = [...app.sections]
    .sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key))
    .map((s) => ({
      key: s.key,
      data: isGrantSectionKey(s.key) ? orderLikeSchema(grantSectionDraftSchemaFor(s.key), s.data) : s.data,
      budget: s.key === 'annex5' ? annex5BudgetSummary(s.data) : null,
    }));
  // The five annexes always appear, an empty one as empty (a draft shows what is missing).
  for (const key of GRANT_SECTION_KEYS) if (!sections.some((s) => s.key === key)) sections.splice(order(key), 0, { key, data: {}, budget: null });

  const annex1 = app.sections.find((s) => s.key === 'annex1')?.data as { projectTitle?: { kk?: string; ru?: string } } | undefined;
  const projectTitle = text(annex1?.projectTitle?.kk ?? app.projectTitleKk, annex1?.projectTitle?.ru ?? app.projectTitleRu) || null;

  return {
    draft: app.status === 'DRAFT',
    competitionTitle: text(app.competition.titleKk, app.competition.titleRu, app.competition.titleEn),
    competitionCode: app.competition.code,
    lot: app.lot ? `№ ${app.lot.number}. ${text(app.lot.titleKk, app.lot.titleRu, app.lot.titleEn)}` : null,
    projectTitle,
    receiptNumber: app.receiptNumber,
    submittedAt: app.submittedAt,
    printedAt,
    receiptHash: app.receiptHash,
    organization: org,
    sections,
    attachments: app.attachments.map((a) => {
      const doc = documents.find((d) => d.kind === a.kind);
      return { title: doc ? text(doc.titleKk, doc.titleRu, doc.titleEn) : a.kind, language: a.language, fileName: a.fileName, sha256: a.sha256 };
    }),
  };
}
