/** EV-7: the annual evaluation report as an Excel workbook (exceljs), one row per evaluated project. */
import ExcelJS from 'exceljs';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf } from '@/lib/rules';
import { EVALUATION_CRITERIA } from '@/lib/rules/evaluation';
import type { annualEvaluationReport } from './evaluation-queries';

export const ANNUAL_SHEET = 'Evaluation';

export async function annualEvaluationWorkbook(report: Awaited<ReturnType<typeof annualEvaluationReport>>, locale: AppLocale, t: (key: string) => string): Promise<Buffer> {
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Demeu';
  const ws = wb.addWorksheet(ANNUAL_SHEET);
  ws.columns = [
    { header: t('annual.columns.agreement'), key: 'agreement', width: 16 },
    { header: t('annual.columns.ngo'), key: 'ngo', width: 36 },
    { header: t('annual.columns.project'), key: 'project', width: 40 },
    { header: t('annual.columns.amount'), key: 'amount', width: 16 },
    ...EVALUATION_CRITERIA.map((k) => ({ header: t(`criteria.${k}`), key: k, width: 12 })),
    { header: t('annual.columns.total'), key: 'total', width: 10 },
    { header: t('annual.columns.comments'), key: 'comments', width: 10 },
    { header: t('annual.columns.finalPublished'), key: 'final', width: 14 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of report.rows) {
    ws.addRow({
      agreement: r.agreement.number,
      ngo: text(r.agreement.organization.nameKk, r.agreement.organization.nameRu),
      project: text(r.agreement.application.projectTitleKk, r.agreement.application.projectTitleRu),
      amount: Number(r.agreement.amountKzt),
      ...Object.fromEntries(EVALUATION_CRITERIA.map((k) => [k, r.summary?.means?.[k] ?? null])),
      total: r.summary?.meanTotal ?? null,
      comments: r._count.comments,
      final: r.finalPublishedAt ? almatyDateOf(r.finalPublishedAt) : null,
    });
  }
  ws.getColumn('amount').numFmt = '#,##0';
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
