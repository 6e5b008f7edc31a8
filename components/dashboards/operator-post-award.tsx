import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { tranchesToRelease } from '@/lib/services/agreements/tranches-to-release';
import { projectsAtRisk } from '@/lib/services/monitoring/monitoring-queries';
import { overdueReports } from '@/lib/services/reports/reports-due';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { reportLabel } from './report-label';

/**
 * The operator's side of issue 7 on the console: reports overdue (RP-1), tranches the rules
 * allow to release now (MO-1 and the accepted reports), and projects at risk by indicator
 * progress or overdue monitoring measures (MN-5). Each row links to the page that acts on it.
 */
export async function OperatorPostAwardDashboard({ now }: { now: Date }) {
  const [t, format, locale, overdue, tranches, atRisk] = await Promise.all([
    getTranslations('dashboards'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    overdueReports(db, now),
    tranchesToRelease(db),
    projectsAtRisk(db, now),
  ]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const money = (v: number) => format.number(v, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  const org = (r: { organizationNameKk: string; organizationNameRu: string }) => localized(locale, { kk: r.organizationNameKk, ru: r.organizationNameRu });
  return (
    <section aria-labelledby="post-award" className="flex flex-col gap-6" data-testid="operator-post-award">
      <h2 id="post-award" className="text-xl font-semibold">
        {t('operator.title')}
      </h2>
      <p className="flex flex-wrap gap-3" data-testid="operator-post-award-counts">
        <span className="rounded border border-red-300 bg-red-50 px-3 py-1 text-red-900">{t('operator.overdueCount', { count: overdue.length })}</span>
        <span className="rounded border border-brand-300 bg-brand-50 px-3 py-1 text-brand-900">{t('operator.tranchesCount', { count: tranches.length })}</span>
        <span className="rounded border border-amber-300 bg-amber-50 px-3 py-1 text-amber-900">{t('operator.atRiskCount', { count: atRisk.length })}</span>
      </p>

      <div>
        <h3 className="mb-2 text-lg font-semibold">{t('operator.overdueTitle')}</h3>
        {overdue.length === 0 ? (
          <p className="text-slate-600">{t('operator.noOverdue')}</p>
        ) : (
          <DataTable caption={t('operator.overdueTitle')} testId="overdue-reports" columns={[{ label: t('report') }, { label: t('organization') }, { label: t('agreement') }, { label: t('dueOn') }]}>
            {overdue.map((r) => (
              <Row key={r.reportId}>
                <Cell>
                  <Link href={r.operatorHref} className="text-brand-700 underline">
                    {reportLabel(t, r)}
                  </Link>
                </Cell>
                <Cell>{org(r)}</Cell>
                <Cell>{r.agreementNumber}</Cell>
                <Cell>
                  {day(r.dueOn)} <span className="font-medium text-red-900">— {t('dueState.OVERDUE', { days: Math.abs(r.daysLeft) })}</span>
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </div>

      <div>
        <h3 className="mb-2 text-lg font-semibold">{t('operator.tranchesTitle')}</h3>
        {tranches.length === 0 ? (
          <p className="text-slate-600">{t('operator.noTranches')}</p>
        ) : (
          <DataTable caption={t('operator.tranchesTitle')} testId="tranches-to-release" columns={[{ label: t('operator.tranche') }, { label: t('organization') }, { label: t('amount'), align: 'right' }, { label: t('operator.plannedOn') }]}>
            {tranches.map((r) => (
              <Row key={r.trancheId}>
                <Cell>
                  <Link href={`/operator/agreements/${r.agreementId}`} className="text-brand-700 underline">
                    {r.isPrepayment ? t('operator.prepayment', { agreement: r.agreementNumber }) : t('operator.trancheN', { seq: r.seq, agreement: r.agreementNumber })}
                  </Link>
                </Cell>
                <Cell>{org(r)}</Cell>
                <Cell align="right">{money(r.amountKzt)}</Cell>
                <Cell>{day(r.plannedOn)}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </div>

      <div>
        <h3 className="mb-2 text-lg font-semibold">{t('operator.atRiskTitle')}</h3>
        {atRisk.length === 0 ? (
          <p className="text-slate-600">{t('operator.noAtRisk')}</p>
        ) : (
          <DataTable
            caption={t('operator.atRiskTitle')}
            testId="projects-at-risk"
            columns={[{ label: t('agreement') }, { label: t('organization') }, { label: t('operator.progress'), align: 'right' }, { label: t('operator.reasons') }]}
          >
            {atRisk.map((r) => (
              <Row key={r.agreementId}>
                <Cell>
                  <Link href={`/operator/monitoring/${r.agreementId}`} className="text-brand-700 underline">
                    {r.agreementNumber}
                  </Link>
                </Cell>
                <Cell>{org(r)}</Cell>
                <Cell align="right">{t('operator.progressValue', { progress: r.progressPercent, elapsed: r.elapsedPercent })}</Cell>
                <Cell>{r.reasons.map((reason) => t(`operator.reason.${reason}`, { count: r.overdueMeasures, lag: r.lagPoints })).join('; ')}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </div>
    </section>
  );
}
