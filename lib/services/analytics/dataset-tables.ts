/**
 * Every dataset as one plain table (header + typed cells): the same numbers feed the page's
 * accessible tables and the XLSX export, so the two can never disagree.
 */
import { localized, type AppLocale } from '@/lib/i18n/locales';
import type { MoneyBucket } from './aggregate-money';
import type { OverdueByAgreement, OverdueByOrganization } from './aggregate-overdue';
import type { RateRow } from './aggregate-rates';
import type { SubmissionTimeline } from './aggregate-submissions';
import type { ScoredCompetition } from './analytics-queries';

export type CellType = 'text' | 'integer' | 'money' | 'decimal' | 'percent';
export interface TableColumn {
  header: string;
  type: CellType;
}
export type CellValue = string | number | null;
export interface DataTableModel {
  columns: TableColumn[];
  rows: CellValue[][];
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function moneyTable(buckets: MoneyBucket[], by: 'direction' | 'region', locale: AppLocale, t: Translate): DataTableModel {
  return {
    columns: [
      { header: t(by === 'direction' ? 'columns.direction' : 'columns.region'), type: 'text' },
      { header: t('columns.awardedKzt'), type: 'money' },
      { header: t('columns.awards'), type: 'integer' },
    ],
    rows: buckets.map((b) => [
      b.names ? (by === 'direction' ? `${b.order}. ${localized(locale, b.names)}` : localized(locale, b.names)) : t(by === 'direction' ? 'noDirection' : 'republicWide'),
      b.totalKzt,
      b.awards,
    ]),
  };
}

export function submissionsTable(tl: SubmissionTimeline, t: Translate): DataTableModel {
  return {
    columns: [
      { header: t('columns.day'), type: 'text' },
      { header: t('columns.daysToDeadline'), type: 'integer' },
      { header: t('columns.submissions'), type: 'integer' },
    ],
    rows: tl.days.map((d) => [d.date, d.offset, d.count]),
  };
}

export function deadlineHoursTable(tl: SubmissionTimeline, t: Translate): DataTableModel {
  return {
    columns: [
      { header: t('columns.hour'), type: 'text' },
      { header: t('columns.submissions'), type: 'integer' },
    ],
    rows: tl.hours.filter((h) => h.hour <= tl.deadlineHour).map((h) => [`${String(h.hour).padStart(2, '0')}:00–${String(h.hour).padStart(2, '0')}:59`, h.count]),
  };
}

export function ratesTable(rows: RateRow[], t: Translate): DataTableModel {
  return {
    columns: [
      { header: t('columns.year'), type: 'integer' },
      { header: t('columns.kind'), type: 'text' },
      { header: t('columns.admitted'), type: 'integer' },
      { header: t('columns.decidedApplications'), type: 'integer' },
      { header: t('columns.admissionRate'), type: 'percent' },
      { header: t('columns.notHeld'), type: 'integer' },
      { header: t('columns.decidedLots'), type: 'integer' },
      { header: t('columns.notHeldRate'), type: 'percent' },
    ],
    rows: rows.map((r) => [r.year, t(`kinds.${r.kind}`), r.admission.numerator, r.admission.denominator, r.admission.rate, r.notHeld.numerator, r.notHeld.denominator, r.notHeld.rate]),
  };
}

/** A criterion's title: the competition's own title, else the shared SC-1/SO-1/AW-8 name, else its id. */
export function criterionTitle(c: { criterionId: string; names: { kk: string; ru: string; en?: string | null } }, locale: AppLocale, shared: (id: string) => string | null): string {
  const own = c.names.kk !== c.criterionId;
  // An English reader gets the shared English name rather than the Russian fallback.
  if (own && (locale !== 'en' || c.names.en)) return localized(locale, c.names);
  return shared(c.criterionId) ?? (own ? localized(locale, c.names) : c.criterionId);
}

export function scoresTable(comp: ScoredCompetition, locale: AppLocale, t: Translate, shared: (id: string) => string | null): DataTableModel {
  return {
    columns: [
      { header: t('columns.criterion'), type: 'text' },
      { header: t('columns.meanScore'), type: 'decimal' },
      { header: t('columns.maxScore'), type: 'integer' },
      { header: t('columns.shareOfMax'), type: 'percent' },
      { header: t('columns.sheets'), type: 'integer' },
    ],
    rows: comp.criteria.map((c) => [criterionTitle(c, locale, shared), c.mean, c.max, c.shareOfMax, c.sheets]),
  };
}

/** All unsealed competitions in one sheet (the export): a competition column first. */
export function allScoresTable(comps: ScoredCompetition[], locale: AppLocale, t: Translate, shared: (id: string) => string | null): DataTableModel {
  const columns: TableColumn[] = [{ header: t('columns.competition'), type: 'text' }, ...scoresTable({ criteria: [] } as unknown as ScoredCompetition, locale, t, shared).columns];
  const rows: CellValue[][] = [];
  for (const c of comps) for (const r of scoresTable(c, locale, t, shared).rows) rows.push([c.code ?? localized(locale, c.names), ...r]);
  return { columns, rows };
}

export function overdueByOrganizationTable(rows: OverdueByOrganization[], locale: AppLocale, t: Translate): DataTableModel {
  return {
    columns: [
      { header: t('columns.organization'), type: 'text' },
      { header: t('columns.overdueReports'), type: 'integer' },
      { header: t('columns.agreements'), type: 'integer' },
      { header: t('columns.maxDaysOverdue'), type: 'integer' },
    ],
    rows: rows.map((r) => [localized(locale, r.names), r.reports, r.agreements, r.maxDaysOverdue]),
  };
}

export function overdueByAgreementTable(rows: OverdueByAgreement[], locale: AppLocale, t: Translate): DataTableModel {
  return {
    columns: [
      { header: t('columns.agreement'), type: 'text' },
      { header: t('columns.organization'), type: 'text' },
      { header: t('columns.overdueReports'), type: 'integer' },
      { header: t('columns.oldestDueOn'), type: 'text' },
      { header: t('columns.maxDaysOverdue'), type: 'integer' },
    ],
    rows: rows.map((r) => [r.agreementNumber, localized(locale, r.names), r.reports, r.oldestDueOn, r.maxDaysOverdue]),
  };
}
