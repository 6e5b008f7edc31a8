import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { agreementsOfOrganization } from '@/lib/services/agreements/agreements-of-organization';
import { reportsDue } from '@/lib/services/reports/reports-due';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { dueStateClass, reportLabel } from './report-label';

/**
 * The NGO's side of issue 7 on its cabinet: its agreements (and where it has to act) and the
 * reports it still has to send, with the RP-1 due state. Read-only; the links lead to the
 * agreement and the report editor, which check the object again.
 */
export async function NgoPostAwardDashboard({ organizationId, now }: { organizationId: string; now: Date }) {
  const [t, ta, tr, format, locale, agreements, due] = await Promise.all([
    getTranslations('dashboards'),
    getTranslations('agreements.status'),
    getTranslations('report.status'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    agreementsOfOrganization(db, organizationId),
    reportsDue(db, organizationId, now),
  ]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const money = (v: number) => format.number(v, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  return (
    <>
      <section aria-labelledby="my-agreements" data-testid="ngo-agreements-dashboard">
        <h2 id="my-agreements" className="mb-3 text-xl font-semibold">
          {t('ngo.agreementsTitle')}
        </h2>
        {agreements.length === 0 ? (
          <p className="text-slate-600">{t('ngo.noAgreements')}</p>
        ) : (
          <DataTable caption={t('ngo.agreementsTitle')} columns={[{ label: t('agreement') }, { label: t('status') }, { label: t('amount'), align: 'right' }, { label: t('ngo.nextStep') }]}>
            {agreements.map((a) => (
              <Row key={a.id}>
                <Cell>
                  <Link href={`/ngo/agreements/${a.id}`} className="font-medium text-brand-700 underline">
                    {a.number}
                  </Link>
                  <span className="block text-sm text-slate-600">{localized(locale, { kk: a.projectTitleKk ?? a.competitionTitleKk, ru: a.projectTitleRu ?? a.competitionTitleRu })}</span>
                </Cell>
                <Cell>
                  <StatusBadge status={a.status} label={ta.has(a.status as never) ? ta(a.status as never) : a.status} />
                </Cell>
                <Cell align="right">{money(a.amountKzt)}</Cell>
                <Cell>
                  {a.awaitingNgo ? (
                    <strong className="text-amber-900">{t('ngo.awaitingAcceptance')}</strong>
                  ) : a.nextReport ? (
                    t('ngo.nextReport', { report: reportLabel(t, a.nextReport), due: day(a.nextReport.dueOn) })
                  ) : (
                    '—'
                  )}
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="reports-due" data-testid="ngo-reports-due">
        <h2 id="reports-due" className="mb-3 text-xl font-semibold">
          {t('ngo.reportsDueTitle')}
        </h2>
        {due.length === 0 ? (
          <p className="text-slate-600">{t('ngo.noReportsDue')}</p>
        ) : (
          <DataTable caption={t('ngo.reportsDueTitle')} columns={[{ label: t('report') }, { label: t('agreement') }, { label: t('status') }, { label: t('dueOn') }]}>
            {due.map((r) => (
              <Row key={r.reportId}>
                <Cell>
                  <Link href={r.ngoHref} className="text-brand-700 underline">
                    {reportLabel(t, r)}
                  </Link>
                </Cell>
                <Cell>{r.agreementNumber}</Cell>
                <Cell>{tr.has(r.status as never) ? tr(r.status as never) : r.status}</Cell>
                <Cell>
                  {day(r.dueOn)} <span className={dueStateClass(r.state)}>— {t(`dueState.${r.state}`, { days: Math.abs(r.daysLeft) })}</span>
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
