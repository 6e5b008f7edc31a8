import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { monitoringOverview, projectsAtRisk } from '@/lib/services/monitoring/monitoring-queries';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { QuarterStrip } from '@/components/monitoring/quarter-strip';

export const dynamic = 'force-dynamic';

/** §3.2: the projects in progress, their quarters with / without a record, open measures, and the projects at risk (MN-5). */
export default async function MonitoringPage() {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/monitoring');
  const now = new Date();
  const [rows, risky] = await Promise.all([monitoringOverview(db, now), projectsAtRisk(db, now)]);
  const [t, locale] = await Promise.all([getTranslations('monitoring'), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <Link href="/operator/monitoring/summary" className="text-brand-700 underline">{t('summary.link')}</Link>
      </div>
      <p className="text-slate-700">{t('intro')}</p>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable caption={t('title')} testId="monitoring-projects" columns={[{ label: t('columns.agreement') }, { label: t('columns.ngo') }, { label: t('columns.quarters') }, { label: t('columns.missing'), align: 'right' }, { label: t('columns.openMeasures'), align: 'right' }]}>
          {rows.map((a) => (
            <Row key={a.id}>
              <Cell>
                <Link href={`/operator/monitoring/${a.id}`} className="text-brand-700 underline">{a.number}</Link>
              </Cell>
              <Cell>{text(a.organization.nameKk, a.organization.nameRu)}</Cell>
              <Cell>
                <QuarterStrip quarters={a.quarters} />
              </Cell>
              <Cell align="right">{a.missingQuarters}</Cell>
              <Cell align="right">
                {a.openMeasures}
                {a.overdueMeasures > 0 && <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-red-900">{t('overdueCount', { count: a.overdueMeasures })}</span>}
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <section aria-labelledby="risk-heading" className="flex flex-col gap-2">
        <h2 id="risk-heading" className="text-xl font-semibold">{t('risk.title')}</h2>
        <p className="text-sm text-slate-600">{t('risk.rule')}</p>
        {risky.length === 0 ? (
          <p className="text-slate-600">{t('risk.none')}</p>
        ) : (
          <DataTable caption={t('risk.title')} columns={[{ label: t('columns.agreement') }, { label: t('columns.ngo') }, { label: t('risk.elapsed'), align: 'right' }, { label: t('risk.progress'), align: 'right' }, { label: t('risk.reasons') }]}>
            {risky.map((r) => (
              <Row key={r.agreementId}>
                <Cell>
                  <Link href={`/operator/monitoring/${r.agreementId}`} className="text-brand-700 underline">{r.agreementNumber}</Link>
                </Cell>
                <Cell>{text(r.organizationNameKk, r.organizationNameRu)}</Cell>
                <Cell align="right">{r.elapsedPercent}%</Cell>
                <Cell align="right">{r.progressPercent}%</Cell>
                <Cell>{r.reasons.map((x) => t(`risk.reason.${x}`, { lag: r.lagPoints, count: r.overdueMeasures })).join('; ')}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
