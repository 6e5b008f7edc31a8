/**
 * The ranking export (exceljs): one worksheet "Ranking" with a row per ranked application
 * of every lot — lot, rank, NGO, BIN, project, score, points sum, experts, spread, requested,
 * awarded, winner — and the lots not held with their SC-4 reason. Numbers stay numbers
 * (tenge as integers) so the sheet can be summed and sorted.
 */
import ExcelJS from 'exceljs';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import type { ResultsView } from './results-view';

export const RANKING_SHEET = 'Ranking';

export async function rankingWorkbook(view: ResultsView, locale: AppLocale, t: (key: string, values?: Record<string, string | number>) => string): Promise<Buffer> {
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Demeu';
  const ws = wb.addWorksheet(RANKING_SHEET);
  ws.columns = [
    { header: t('columns.lot'), key: 'lot', width: 8 },
    { header: t('columns.rank'), key: 'rank', width: 8 },
    { header: t('columns.ngo'), key: 'ngo', width: 40 },
    { header: t('columns.bin'), key: 'bin', width: 15 },
    { header: t('columns.project'), key: 'project', width: 40 },
    { header: t('columns.score'), key: 'score', width: 10 },
    { header: t('columns.pointsSum'), key: 'pointsSum', width: 10 },
    { header: t('columns.experts'), key: 'experts', width: 10 },
    { header: t('columns.spread'), key: 'spread', width: 10 },
    { header: t('columns.requested'), key: 'requested', width: 16 },
    { header: t('columns.awarded'), key: 'awarded', width: 16 },
    { header: t('columns.winner'), key: 'winner', width: 10 },
    { header: t('columns.decision'), key: 'decision', width: 40 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const lot of view.lots) {
    const d = lot.decision;
    const decision = !d ? t('noDecision') : d.outcome === 'NOT_HELD' ? t('notHeld', { reason: t(`notHeldReasons.${d.notHeldReason ?? 'UNKNOWN'}`) }) : t('held');
    if (lot.rows.length === 0) {
      ws.addRow({ lot: lot.number, decision });
      continue;
    }
    for (const r of lot.rows) {
      ws.addRow({
        lot: lot.number,
        rank: r.rank,
        ngo: text(r.organization.nameKk, r.organization.nameRu, r.organization.nameEn),
        bin: r.organization.bin,
        project: text(r.projectTitleKk, r.projectTitleRu),
        score: Number(r.score.toFixed(3)),
        pointsSum: r.pointsSum,
        experts: r.expertsCount,
        spread: r.agreement?.spread ?? null,
        requested: r.requestedKzt === null ? null : Number(r.requestedKzt),
        awarded: r.awardedKzt === null ? null : Number(r.awardedKzt),
        winner: r.winner ? t('winnerYes') : t('winnerNo'),
        decision,
      });
    }
  }
  for (const key of ['requested', 'awarded']) ws.getColumn(key).numFmt = '#,##0';
  ws.getColumn('score').numFmt = '0.000';
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
