import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { reportSections, type ReportFormContext, type ReportIndicator, type ReportKindName, type ReportTypeName } from '@/lib/validation/reports/report-form';
import { isObject } from '@/lib/validation/forms/common';
import type { NotificationRecipient } from '../notifications/enqueue-notifications';

type Db = PrismaClient | Prisma.TransactionClient;

/** A report with its agreement and everything the form and the decisions need. */
export async function loadReport(db: Db, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      agreementId: true,
      kind: true,
      type: true,
      seq: true,
      periodStart: true,
      periodEnd: true,
      dueOn: true,
      status: true,
      sections: true,
      submittedAt: true,
      reviewedAt: true,
      acceptedAt: true,
      overdueAt: true,
      version: true,
      updatedAt: true,
      agreement: {
        select: {
          id: true,
          number: true,
          organizationId: true,
          organization: { select: { id: true, nameKk: true, nameRu: true } },
          application: { select: { id: true, projectTitleKk: true, projectTitleRu: true, sections: { where: { key: 'annex5' }, select: { data: true } } } },
          competition: { select: { kind: true } },
          indicators: {
            orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
            select: { id: true, level: true, kind: true, nameKk: true, nameRu: true, unit: true, baseline: true, target: true, scale: true },
          },
        },
      },
      indicatorValues: { select: { indicatorId: true, actual: true, comment: true } },
      attachments: {
        where: { deletedAt: null },
        orderBy: { uploadedAt: 'asc' },
        select: { id: true, kind: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, uploadedAt: true },
      },
      reviewComments: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, sectionKey: true, comment: true, createdAt: true, resolvedAt: true, author: { select: { name: true } } },
      },
    },
  });
  return report;
}
export type LoadedReport = NonNullable<Awaited<ReturnType<typeof loadReport>>>;

export function sectionsOf(report: Pick<LoadedReport, 'sections'>): Record<string, unknown> {
  return isObject(report.sections) ? report.sections : {};
}

function scalePoints(scale: unknown): number[] | null {
  if (!Array.isArray(scale)) return null;
  const points = scale.map((s) => (isObject(s) && typeof s.points === 'number' ? s.points : null)).filter((p): p is number => p !== null);
  return points.length ? points : null;
}

export function reportIndicators(report: LoadedReport): ReportIndicator[] {
  return report.agreement.indicators.map((i) => ({ id: i.id, kind: i.kind, scalePoints: i.kind === 'QUALITATIVE' ? scalePoints(i.scale) : null }));
}

/** The form's sections for this report and the context completeness is judged in. */
export function reportForm(report: LoadedReport) {
  const sections = reportSections(report.kind as ReportKindName, report.type as ReportTypeName, report.seq);
  const ctx: ReportFormContext = {
    indicators: reportIndicators(report),
    indicatorValues: new Map(report.indicatorValues.map((v) => [v.indicatorId, Number(v.actual)])),
    attachmentKinds: report.attachments.map((a) => a.kind),
    sections: sectionsOf(report),
  };
  return { sections, ctx };
}

/** Live members of the organisation (in-cabinet notifications) — e-mail goes to the same people. */
export async function organizationRecipients(db: Db, organizationId: string): Promise<NotificationRecipient[]> {
  const members = await db.organizationMembership.findMany({
    where: { organizationId, endedAt: null, user: { active: true } },
    select: { user: { select: { id: true, locale: true } } },
  });
  return members.map(({ user }) => ({ id: user.id, locale: user.locale as NotificationRecipient['locale'] }));
}

/** What every report notification carries (the templates name the agreement and the report). */
export function reportPayload(report: Pick<LoadedReport, 'id' | 'agreementId' | 'kind' | 'type' | 'seq' | 'dueOn' | 'agreement'>) {
  return {
    reportId: report.id,
    agreementId: report.agreementId,
    agreementNumber: report.agreement.number,
    kind: report.kind,
    type: report.type,
    seq: report.seq,
    dueOn: report.dueOn.toISOString().slice(0, 10),
    href: `/ngo/agreements/${report.agreementId}/reports/${report.id}`,
  };
}

/**
 * F-IFR / F-FFR: the budget lines of the winning application (grant Annex 5: quantity × unit
 * cost, integer tenge) as the planned amounts the financial report starts from. Only a
 * starting point shown in an empty form; nothing is stored until the NGO saves.
 */
export function plannedBudgetLines(report: LoadedReport, locale: 'kk' | 'ru' | 'en'): { item: string; planned: number }[] {
  const data = report.agreement.application.sections[0]?.data;
  const lines = isObject(data) && Array.isArray(data.lines) ? data.lines : [];
  return lines.flatMap((l) => {
    if (!isObject(l)) return [];
    const name = isObject(l.name) ? l.name : {};
    const pick = (k: string) => (typeof name[k] === 'string' ? (name[k] as string).trim() : '');
    const item = (locale === 'ru' ? pick('ru') || pick('kk') : pick('kk') || pick('ru')).slice(0, 300);
    const q = typeof l.quantity === 'number' && Number.isSafeInteger(l.quantity) ? l.quantity : 0;
    const c = typeof l.unitCost === 'number' && Number.isSafeInteger(l.unitCost) ? l.unitCost : 0;
    const planned = q * c;
    return item && Number.isSafeInteger(planned) && planned > 0 ? [{ item, planned }] : [];
  });
}
