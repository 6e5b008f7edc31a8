/**
 * MN-4: the semi-annual monitoring summary as an Excel workbook (exceljs): one row per project
 * and quarter of the half with the six indicator scores (MN-2), the mean, the findings and the
 * open measures. Scores stay numbers.
 */
import ExcelJS from 'exceljs';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { MONITORING_INDICATORS } from '@/lib/rules/monitoring';
import type { monitoringSummary } from './monitoring-queries';

export const SUMMARY_SHEET = 'Monitoring';

type Summary = Awaited<ReturnType<typeof monitoringSummary>>;

export async function monitoringSummaryWorkbook(summary: Summary, locale: AppLocale, t: (key: string, values?: Record<string, string | number>) => string): Promise<Buffer> {
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Demeu';
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  ws.columns = [
    { header: t('summary.columns.agreement'), key: 'agreement', width: 16 },
    { header: t('summary.columns.ngo'), key: 'ngo', width: 36 },
    { header: t('summary.columns.project'), key: 'project', width: 40 },
    { header: t('summary.columns.quarter'), key: 'quarter', width: 10 },
    ...MONITORING_INDICATORS.map((k) => ({ header: t(`indicators.${k}`), key: k, width: 12 })),
    { header: t('summary.columns.mean'), key: 'mean', width: 10 },
    { header: t('summary.columns.findings'), key: 'findings', width: 50 },
    { header: t('summary.columns.openMeasures'), key: 'measures', width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of summary.rows) {
    const measures = row.openMeasures.map((m) => `${m.description} (${m.deadlineOn}${m.state === 'OVERDUE' ? `, ${t('measureState.OVERDUE')}` : ''})`).join('\n');
    for (const q of row.quarters) {
      ws.addRow({
        agreement: row.agreementNumber,
        ngo: text(row.organizationNameKk, row.organizationNameRu),
        project: text(row.projectTitleKk, row.projectTitleRu),
        quarter: q.key,
        ...Object.fromEntries(MONITORING_INDICATORS.map((k) => [k, q.scores ? q.scores[k] : null])),
        mean: q.mean,
        findings: q.scores ? (q.findings ?? '') : t(`quarterState.${q.state}`),
        measures,
      });
    }
  }
  ws.getColumn('mean').numFmt = '0.00';
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
