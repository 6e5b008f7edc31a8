import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf } from '@/lib/rules';
import { MONITORING_INDICATORS, quarterOf } from '@/lib/rules/monitoring';
import { agreementMonitoring } from '@/lib/services/monitoring/monitoring-queries';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { CompleteMeasureButton, MonitoringVisitForm } from '@/components/monitoring/monitoring-forms';
import { QuarterStrip } from '@/components/monitoring/quarter-strip';
import { completeMeasureAction, recordVisitAction } from './actions';

export const dynamic = 'force-dynamic';

/** One project's monitoring (§3.2): quarters, records with the six scores, measures, a new record. */
export default async function AgreementMonitoringPage({ params }: { params: Promise<{ agreementId: string }> }) {
  const { agreementId } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/monitoring/${agreementId}`);
  const now = new Date();
  const data = await agreementMonitoring(db, actor, agreementId, now);
  if (!data) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('monitoring'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const today = almatyDateOf(now);
  const current = quarterOf(today);
  const { agreement } = data;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/monitoring" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('agreement.title', { number: agreement.number })}</h1>
        <p className="mt-1 text-lg">{text(agreement.organization.nameKk, agreement.organization.nameRu)} — {text(agreement.application.projectTitleKk, agreement.application.projectTitleRu)}</p>
        <p className="text-slate-600">{t('agreement.period', { start: day(agreement.periodStart), end: day(agreement.periodEnd) })}</p>
      </div>
      <section aria-labelledby="quarters-heading" className="flex flex-col gap-2">
        <h2 id="quarters-heading" className="text-xl font-semibold">{t('quarters.title')}</h2>
        <p className="text-sm text-slate-600">{t('quarters.rule')}</p>
        <QuarterStrip quarters={data.quarters} />
      </section>
      <section aria-labelledby="records-heading" className="flex flex-col gap-4" data-testid="monitoring-records">
        <h2 id="records-heading" className="text-xl font-semibold">{t('records.title')}</h2>
        {data.visits.length === 0 && <p className="text-slate-600">{t('records.empty')}</p>}
        {data.visits.map((v) => (
          <article key={v.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby={`visit-${v.id}`}>
            <h3 id={`visit-${v.id}`} className="text-lg font-semibold">
              {t('records.heading', { year: v.year, quarter: v.quarter })}
            </h3>
            <p className="text-sm text-slate-600">
              {t('records.by', { name: v.monitor.name, date: v.visitedOn ? day(v.visitedOn) : '—' })}
              {v.mean !== null && ` · ${t('records.mean', { mean: v.mean })}`}
            </p>
            <DataTable caption={t('records.scoresCaption')} columns={[{ label: t('records.indicator') }, { label: t('records.score'), align: 'right' }, { label: t('records.note') }]}>
              {MONITORING_INDICATORS.map((k) => (
                <Row key={k}>
                  <Cell>{t(`indicators.${k}`)}</Cell>
                  <Cell align="right">{v.scores ? v.scores[k] : '—'}</Cell>
                  <Cell>{v.notes[k] || '—'}</Cell>
                </Row>
              ))}
            </DataTable>
            <div>
              <h4 className="font-semibold">{t('records.findings')}</h4>
              <p className="whitespace-pre-line">{v.findings}</p>
            </div>
            <div>
              <h4 className="font-semibold">{t('measures.title')}</h4>
              {v.measures.length === 0 ? (
                <p className="text-slate-600">{t('measures.none')}</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {v.measures.map((m) => (
                    <li key={m.id} className="flex flex-wrap items-center gap-3" data-testid="measure">
                      <span>{m.description}</span>
                      <span className="text-sm text-slate-600">{t('measures.deadline', { date: day(m.deadlineOn) })}</span>
                      <span className={`rounded px-2 py-0.5 text-sm font-medium ${m.state === 'OVERDUE' ? 'bg-red-100 text-red-900' : m.state === 'DONE' ? 'bg-green-100 text-green-900' : 'bg-amber-100 text-amber-900'}`}>
                        {t(`measureState.${m.state}`)}
                      </span>
                      {m.state !== 'DONE' && <CompleteMeasureButton measureId={m.id} action={completeMeasureAction} />}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </article>
        ))}
      </section>
      {agreement.status === 'IN_PROGRESS' ? (
        <MonitoringVisitForm agreementId={agreement.id} defaultYear={current.year} defaultQuarter={current.quarter} today={today} action={recordVisitAction} />
      ) : (
        <p className="text-slate-600">{t('agreement.notInProgress')}</p>
      )}
    </div>
  );
}
