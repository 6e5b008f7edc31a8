import type { ReportDueState } from '@/lib/rules/reports/report-due';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Interim creative report" etc., from the report's kind and type (the dashboards' own words). */
export function reportLabel(t: Translate, report: { kind: string; type: string }): string {
  return t(`reportName.${report.kind === 'FINAL' ? 'FINAL' : 'INTERIM'}_${report.type === 'FINANCIAL' ? 'FINANCIAL' : 'CREATIVE'}`);
}

/** RP-1: an overdue report in red, one due soon in amber. */
export function dueStateClass(state: ReportDueState): string {
  return state === 'OVERDUE' ? 'font-medium text-red-900' : state === 'DUE_SOON' ? 'font-medium text-amber-900' : 'text-slate-700';
}
