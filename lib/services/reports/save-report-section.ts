import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { issuePath, isObject, toErrorCode } from '@/lib/validation/forms/common';
import { REPORT_FORM_VERSION, indicatorValuesSchema, reportSectionCompleteness, reportSectionDraftSchema } from '@/lib/validation/reports/report-form';
import type { ServiceError } from '../result';
import { loadReport, reportForm, sectionsOf } from './report-data';
import { reportEditRefusal } from './report-access';

export interface SaveReportSectionInput {
  reportId: string;
  sectionKey: string;
  /** Report.version the editor started from (optimistic lock). */
  expectedVersion: number;
  data: unknown;
}

export type SaveReportSectionResult =
  | { ok: true; version: number; complete: boolean }
  | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}, fieldErrors: Record<string, string> = {}): SaveReportSectionResult => ({
  ok: false,
  error: { code, ...extra },
  fieldErrors,
});

/**
 * The NGO saves one section of its report as a draft: partial data is fine (completeness is
 * judged on submission), but every value must have the right type, length and format — a
 * broken value refuses the save with field errors and nothing is written (the form keeps
 * what was typed). Only members of the agreement's organisation, only while the report is
 * DRAFT or RETURNED (an accepted report is frozen). Optimistic lock on Report.version.
 * The indicators section writes IndicatorValue rows for the agreement's indicators (§3.3).
 */
export async function saveReportSection(db: PrismaClient, actor: Actor, input: SaveReportSectionInput, context: RequestContext): Promise<SaveReportSectionResult> {
  const report = await loadReport(db, input.reportId);
  if (!report) return refused('reportNotFound');
  const refusal = reportEditRefusal(actor, { organizationId: report.agreement.organizationId, status: report.status });
  if (refusal) return refused(refusal);

  const { sections } = reportForm(report);
  const section = sections.find((s) => s.key === input.sectionKey);
  if (!section) return refused('unknownSection');
  const schema = reportSectionDraftSchema(section);
  if (!schema) return refused('unknownSection'); // file sections are filled by uploads
  const parsed = schema.safeParse(isObject(input.data) ? input.data : {});
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issuePath(issue.path) || 'form'] ??= toErrorCode(issue.message);
    return refused('invalidSection', {}, fieldErrors);
  }
  if (report.version !== input.expectedVersion) return refused('staleReport', { params: { currentVersion: report.version } });

  let indicatorValues: { indicatorId: string; actual: number; comment: string | null }[] = [];
  if (section.sort === 'indicators') {
    const known = new Set(report.agreement.indicators.map((i) => i.id));
    const values = indicatorValuesSchema.parse(parsed.data).values;
    // Never trust ids from the form: only this agreement's indicators.
    if (values.some((v) => !known.has(v.indicatorId))) return refused('unknownIndicator');
    indicatorValues = values
      .filter((v): v is typeof v & { actual: number } => v.actual !== undefined)
      .map((v) => ({ indicatorId: v.indicatorId, actual: v.actual, comment: v.comment?.trim() ? v.comment.trim() : null }));
  }

  return db.$transaction(async (tx) => {
    const nextSections = { ...sectionsOf(report) };
    if (section.sort === 'fields') nextSections[section.key] = parsed.data;
    const updated = await tx.report.updateMany({
      where: { id: report.id, version: input.expectedVersion, status: { in: ['DRAFT', 'RETURNED'] } },
      data: { sections: nextSections as Prisma.InputJsonObject, formVersion: REPORT_FORM_VERSION, version: { increment: 1 } },
    });
    if (updated.count !== 1) return refused('staleReport', { params: { currentVersion: report.version } });
    if (section.sort === 'indicators') {
      const kept = indicatorValues.map((v) => v.indicatorId);
      await tx.indicatorValue.deleteMany({ where: { reportId: report.id, indicatorId: { notIn: kept } } });
      for (const v of indicatorValues) {
        await tx.indicatorValue.upsert({
          where: { reportId_indicatorId: { reportId: report.id, indicatorId: v.indicatorId } },
          create: { reportId: report.id, indicatorId: v.indicatorId, actual: v.actual, comment: v.comment },
          update: { actual: v.actual, comment: v.comment },
        });
      }
    }
    const version = input.expectedVersion + 1;
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'report.section_saved',
        object: { type: 'Report', id: report.id },
        before: { version: input.expectedVersion },
        after: { sectionKey: section.key, status: report.status, version, ...(section.sort === 'indicators' ? { indicatorValues } : {}) },
      },
      context,
    );
    const after = await loadReport(tx, report.id);
    const complete = after ? reportSectionCompleteness(section, sectionsOf(after)[section.key], reportForm(after).ctx).complete : false;
    return { ok: true as const, version, complete };
  });
}
