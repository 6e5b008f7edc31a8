import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf } from '@/lib/rules';
import { MONITORING_INDICATORS, nextMonitoringSummary, type SummaryHalf } from '@/lib/rules/monitoring';
import { loadWorkCalendar } from '@/lib/services/commission/commission-data';
import { monitoringSummary } from '@/lib/services/monitoring/monitoring-queries';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

/** MN-4 (L2929–2930): the semi-annual monitoring summary (due 5 June / 5 December), page + XLSX. */
export default async function MonitoringSummaryPage({ searchParams }: { searchParams: Promise<{ year?: string; half?: string }> }) {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/monitoring/summary');
  const sp = await searchParams;
  const cal = await loadWorkCalendar(db);
  const now = new Date();
  const next = nextMonitoringSummary(almatyDateOf(now), cal);
  const year = sp.year && /^\d{4}$/.test(sp.year) ? Number(sp.year) : next.year;
  const half: SummaryHalf = sp.half === 'JUNE' || sp.half === 'DECEMBER' ? sp.half : next.half;
  const { period, rows } = await monitoringSummary(db, year, half, cal, now);
  const [t, format, locale] = await Promise.all([getTranslations('monitoring'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const due = format.dateTime(new Date(`${period.dueOn}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/monitoring" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('summary.title', { half: t(`summary.half.${half}`), year })}</h1>
      <p>{t('summary.due', { date: due })}</p>
      {period.dueOnDayOff && <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t('summary.dayOff')}</p>}
      <p className="text-slate-700">{t('summary.covers', { quarters: period.quarters.map((q) => t('quarterShort', { year: q.year, quarter: q.quarter })).join(', ') })}</p>
      <form className="flex flex-wrap items-end gap-3" method="get">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('summary.year')}</span>
          <input name="year" type="number" defaultValue={year} className="rounded border border-slate-400 px-3 py-2" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('summary.halfLabel')}</span>
          <select name="half" defaultValue={half} className="rounded border border-slate-400 px-3 py-2">
            <option value="JUNE">{t('summary.half.JUNE')}</option>
            <option value="DECEMBER">{t('summary.half.DECEMBER')}</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-brand-700 px-3 py-2 text-brand-700">{t('summary.show')}</button>
        <a href={`/operator/monitoring/summary/export?year=${year}&half=${half}`} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">{t('summary.export')}</a>
      </form>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t('summary.empty')}</p>
      ) : (
        <DataTable
          caption={t('summary.caption')}
          testId="monitoring-summary"
          columns={[
            { label: t('summary.columns.agreement') },
            { label: t('summary.columns.ngo') },
            { label: t('summary.columns.quarter') },
            ...MONITORING_INDICATORS.map((k) => ({ label: t(`indicators.${k}`), align: 'right' as const })),
            { label: t('summary.columns.mean'), align: 'right' },
            { label: t('summary.columns.openMeasures') },
          ]}
        >
          {rows.flatMap((r) =>
            r.quarters.map((q) => (
              <Row key={`${r.agreementId}-${q.key}`}>
                <Cell>{r.agreementNumber}</Cell>
                <Cell>{text(r.organizationNameKk, r.organizationNameRu)}</Cell>
                <Cell>{q.key}{!q.scores && <span className="ml-2 text-sm text-red-800">{t(`quarterState.${q.state}`)}</span>}</Cell>
                {MONITORING_INDICATORS.map((k) => (
                  <Cell key={k} align="right">{q.scores ? q.scores[k] : '—'}</Cell>
                ))}
                <Cell align="right">{q.mean ?? '—'}</Cell>
                <Cell>{r.openMeasures.length === 0 ? '—' : r.openMeasures.map((m) => `${m.description} (${m.deadlineOn})`).join('; ')}</Cell>
              </Row>
            )),
          )}
        </DataTable>
      )}
    </div>
  );
}
