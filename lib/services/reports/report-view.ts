import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf } from '@/lib/rules';
import { evidenceChecklist } from '@/lib/rules/reports/event-evidence';
import { reportDueState, type ReportDue } from '@/lib/rules/reports/report-due';
import type { SectionSpec } from '@/lib/validation/forms/spec/form-spec';
import {
  FINANCE_DOC_TYPES,
  evidenceByEvent,
  financeDocKind,
  reportCompleteness,
  reportEvents,
  type ReportSectionCompleteness,
} from '@/lib/validation/reports/report-form';
import { parseEvidenceKind } from '@/lib/rules/reports/event-evidence';
import { plannedBudgetLines, reportForm, sectionsOf, type LoadedReport } from './report-data';

export interface ReportFileView {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  href: string;
}

export interface ReportCommentView {
  id: string;
  comment: string;
  author: string;
  createdAt: string;
  resolvedAt: string | null;
}

export interface ReportSectionView extends ReportSectionCompleteness {
  key: string;
  sort: 'fields' | 'indicators' | 'evidence' | 'financeDocs';
  spec: SectionSpec | null;
  data: Record<string, unknown>;
  openComments: ReportCommentView[];
  resolvedComments: ReportCommentView[];
}

export interface ReportView {
  id: string;
  agreementId: string;
  agreementNumber: string;
  organizationName: string;
  projectTitle: string;
  kind: 'INTERIM' | 'FINAL';
  type: 'CREATIVE' | 'FINANCIAL';
  seq: number;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  due: ReportDue;
  status: string;
  version: number;
  submittedAt: string | null;
  reviewedAt: string | null;
  acceptedAt: string | null;
  sections: ReportSectionView[];
  incompleteSections: string[];
  indicators: {
    id: string;
    level: string;
    kind: 'QUANTITATIVE' | 'QUALITATIVE';
    name: string;
    unit: string;
    baseline: string | null;
    target: string;
    scalePoints: number[] | null;
    actual: number | null;
    comment: string;
  }[];
  events: { no: number; name: string; eventType: string | null; complete: boolean; checklist: { type: string; required: boolean; present: boolean; files: ReportFileView[] }[] }[];
  financeDocs: { type: string; required: boolean; files: ReportFileView[] }[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date) => d.toISOString().slice(0, 10);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the report pages show: plain data (no Date, no Decimal, no BigInt) for the client components. */
export function buildReportView(report: LoadedReport, locale: AppLocale, now: Date): ReportView {
  const { sections, ctx } = reportForm(report);
  const completeness = reportCompleteness(sections, ctx);
  const stored = sectionsOf(report);
  const base = `/api/reports/${report.id}/attachments`;
  const files = report.attachments.map((a) => ({ id: a.id, kind: a.kind, fileName: a.fileName, sizeBytes: a.sizeBytes, sha256: a.sha256, href: `${base}/${a.id}` }));
  const comment = (c: LoadedReport['reviewComments'][number]): ReportCommentView => ({ id: c.id, comment: c.comment, author: c.author.name, createdAt: c.createdAt.toISOString(), resolvedAt: iso(c.resolvedAt) });
  const values = new Map(report.indicatorValues.map((v) => [v.indicatorId, v]));
  const byEvent = evidenceByEvent(ctx.attachmentKinds);
  return {
    id: report.id,
    agreementId: report.agreementId,
    agreementNumber: report.agreement.number,
    organizationName: localized(locale, { kk: report.agreement.organization.nameKk, ru: report.agreement.organization.nameRu }),
    projectTitle: localized(locale, { kk: report.agreement.application.projectTitleKk, ru: report.agreement.application.projectTitleRu }),
    kind: report.kind,
    type: report.type,
    seq: report.seq,
    periodStart: day(report.periodStart),
    periodEnd: day(report.periodEnd),
    dueOn: day(report.dueOn),
    due: reportDueState(report.status, day(report.dueOn), almatyDateOf(now)),
    status: report.status,
    version: report.version,
    submittedAt: iso(report.submittedAt),
    reviewedAt: iso(report.reviewedAt),
    acceptedAt: iso(report.acceptedAt),
    incompleteSections: completeness.incomplete,
    sections: sections.map((s) => {
      const c = completeness.bySection[s.key] ?? { complete: false, missing: [], errors: [] };
      const own = report.reviewComments.filter((r) => r.sectionKey === s.key);
      return {
        key: s.key,
        sort: s.sort,
        spec: s.sort === 'fields' ? s.spec : null,
        data: isObj(stored[s.key])
          ? (stored[s.key] as Record<string, unknown>)
          : s.key === 'rpBudget'
            ? { lines: plannedBudgetLines(report, locale) } // the application's estimate as the starting plan
            : {},
        ...c,
        openComments: own.filter((r) => !r.resolvedAt).map(comment),
        resolvedComments: own.filter((r) => r.resolvedAt).map(comment),
      };
    }),
    indicators: report.agreement.indicators.map((i) => {
      const v = values.get(i.id);
      const points = ctx.indicators.find((x) => x.id === i.id)?.scalePoints ?? null;
      return {
        id: i.id,
        level: i.level,
        kind: i.kind,
        name: localized(locale, { kk: i.nameKk, ru: i.nameRu }),
        unit: i.unit,
        baseline: i.baseline === null ? null : i.baseline.toString(),
        target: i.target.toString(),
        scalePoints: points,
        actual: v ? Number(v.actual) : null,
        comment: v?.comment ?? '',
      };
    }),
    events: reportEvents(stored).map((e) => {
      const list = evidenceChecklist(e.eventType, byEvent.get(e.no) ?? []);
      return {
        no: e.no,
        name: e.name,
        eventType: e.eventType ?? null,
        complete: list.complete,
        checklist: list.items.map((item) => ({
          ...item,
          files: files.filter((f) => {
            const p = parseEvidenceKind(f.kind);
            return p?.eventNo === e.no && p.type === item.type;
          }),
        })),
      };
    }),
    financeDocs: FINANCE_DOC_TYPES.map((type) => ({
      type,
      required: sections.some((s) => s.sort === 'financeDocs' && s.required),
      files: files.filter((f) => f.kind === financeDocKind(type)),
    })),
  };
}
