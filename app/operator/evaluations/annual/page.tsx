import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf } from '@/lib/rules';
import { EVALUATION_CRITERIA } from '@/lib/rules/evaluation';
import { loadWorkCalendar } from '@/lib/services/commission/commission-data';
import { annualEvaluationReport } from '@/lib/services/evaluation/evaluation-queries';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

/** EV-7 (L3423–3424): the annual report on evaluation results, due 5 February of the next year; page + XLSX. */
export default async function AnnualEvaluationPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/evaluations/annual');
  const sp = await searchParams;
  const thisYear = Number(almatyDateOf(new Date()).slice(0, 4));
  const year = sp.year && /^\d{4}$/.test(sp.year) ? Number(sp.year) : thisYear;
  const report = await annualEvaluationReport(db, year, await loadWorkCalendar(db));
  const [t, format, locale] = await Promise.all([getTranslations('evaluation'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/evaluations" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('annual.title', { year })}</h1>
      <p>{t('annual.due', { date: format.dateTime(new Date(`${report.due.dueOn}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}</p>
      {report.due.dueOnDayOff && <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t('annual.dayOff')}</p>}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('annual.year')}</span>
          <input name="year" type="number" defaultValue={year} className="rounded border border-slate-400 px-3 py-2" />
        </label>
        <button type="submit" className="rounded border border-brand-700 px-3 py-2 text-brand-700">{t('annual.show')}</button>
        <a href={`/operator/evaluations/annual/export?year=${year}`} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">{t('annual.export')}</a>
      </form>
      {report.rows.length === 0 ? (
        <p className="text-slate-600">{t('annual.empty')}</p>
      ) : (
        <DataTable caption={t('annual.title', { year })} columns={[{ label: t('annual.columns.agreement') }, { label: t('annual.columns.ngo') }, ...EVALUATION_CRITERIA.map((k) => ({ label: t(`criteria.${k}`), align: 'right' as const })), { label: t('annual.columns.total'), align: 'right' }]}>
          {report.rows.map((r) => (
            <Row key={r.id}>
              <Cell>
                <Link href={`/operator/evaluations/${r.id}`} className="text-brand-700 underline">{r.agreement.number}</Link>
              </Cell>
              <Cell>{text(r.agreement.organization.nameKk, r.agreement.organization.nameRu)}</Cell>
              {EVALUATION_CRITERIA.map((k) => (
                <Cell key={k} align="right">{r.summary?.means?.[k] ?? '—'}</Cell>
              ))}
              <Cell align="right">{r.summary?.meanTotal ?? '—'}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
