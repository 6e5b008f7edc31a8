import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { almatyDateOf, ngoDatabaseReportDeadline, ngoDatabaseReportStatus } from '@/lib/rules';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { ngoCabinet } from '@/lib/queries/ngo-cabinet';
import { unreadNotificationCount } from '@/lib/queries/application-overview';
import { NgoPostAwardDashboard } from '@/components/dashboards/ngo-post-award';
import { StatusBadge } from '@/components/ui/status-badge';
import { DataTable } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

const FLAGS = ['inLiquidation', 'bankrupt', 'propertyArrested', 'activitySuspended'] as const;

export default async function NgoCabinetPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo');
  const organizationId = actor.organizationIds[0]!;
  if (!can(actor, 'read', { type: 'organization', id: organizationId })) forbidden();

  const now = new Date();
  const reportYear = Number(almatyDateOf(now).slice(0, 4)) - 1;
  const [t, ta, tf, tn, ts, format, locale, org, unread] = await Promise.all([
    getTranslations('ngo'),
    getTranslations('applicationStatus'),
    getTranslations('legalForms'),
    getTranslations('notifications'),
    getTranslations('submission.list'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    ngoCabinet(organizationId, reportYear),
    unreadNotificationCount(actor.id),
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const activeFlags = FLAGS.filter((flag) => org[flag]);

  // EL-2 / DB-1: a report counts once sent to the operator (a draft is not a submission).
  const report = org.ngoDatabaseReports[0];
  const sentAt = report && report.status !== 'DRAFT' ? report.submittedAt : null;
  const reportStatus = ngoDatabaseReportStatus({ reportYear, submittedAt: sentAt, asOf: now });
  const reportDue = format.dateTime(ngoDatabaseReportDeadline(reportYear), { dateStyle: 'long' });

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>

      <p data-testid="notifications-link">
        <Link href="/ngo/notifications" className={`inline-flex items-center gap-2 rounded border px-3 py-2 font-medium underline ${unread > 0 ? 'border-brand-600 bg-brand-50 text-brand-800' : 'border-slate-200 bg-white text-slate-700'}`}>
          <span aria-hidden="true">🔔</span>
          {tn('cabinetLink', { count: unread })}
        </Link>
      </p>

      <section aria-labelledby="org" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="org" className="mb-1 text-xl font-semibold">{text(org.nameKk, org.nameRu, org.nameEn)}</h2>
        <p className="mb-4 text-slate-600">{locale === 'kk' ? org.nameRu : org.nameKk}</p>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('bin')}</dt>
          <dd className="font-mono">{org.bin}</dd>
          <dt className="text-slate-500">{t('legalForm')}</dt>
          <dd>{tf(org.legalForm)}</dd>
          <dt className="text-slate-500">{t('region')}</dt>
          <dd>{org.region ? text(org.region.nameKk, org.region.nameRu, org.region.nameEn) : '—'}</dd>
          <dt className="text-slate-500">{t('head')}</dt>
          <dd>{org.headFullName ?? '—'}</dd>
        </dl>
        <h3 className="mt-5 font-semibold">{t('members')}</h3>
        <ul className="mt-1 text-sm">
          {org.memberships.map((m) => (
            <li key={m.id}>
              {m.user.name} ({m.user.email}) — {t(`memberRoles.${m.role}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="flags" className={`rounded-lg border p-5 ${activeFlags.length ? 'border-red-300 bg-red-50' : 'border-green-300 bg-green-50'}`}>
        <h2 id="flags" className="mb-2 text-xl font-semibold">{t('flagsTitle')}</h2>
        {activeFlags.length === 0 ? (
          <p>{t('flagsOk')}</p>
        ) : (
          <>
            <ul className="list-disc pl-6 font-medium text-red-900">
              {activeFlags.map((flag) => (
                <li key={flag}>{t(`flags.${flag}`)}</li>
              ))}
            </ul>
            <p className="mt-2 text-red-900">{t('flagsBlock')}</p>
          </>
        )}
      </section>

      <section aria-labelledby="db-report" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="db-report" className="mb-2 text-xl font-semibold">{t('dbReportTitle', { year: reportYear })}</h2>
        <p data-testid="db-report-status">
          <StatusBadge status={reportStatus === 'MISSING' ? 'NOT_ADMITTED' : reportStatus === 'ON_TIME' ? 'WINNER' : reportStatus} label={t(`dbReport.${reportStatus}`, { due: reportDue })} />
        </p>
      </section>

      <NgoPostAwardDashboard organizationId={organizationId} now={now} />

      <section aria-labelledby="applications">
        <h2 id="applications" className="mb-3 text-xl font-semibold">{t('applicationsTitle')}</h2>
        {org.applications.length === 0 ? (
          <p className="text-slate-600">{t('noApplications')}</p>
        ) : (
          <DataTable columns={[{ label: t('competitionColumn') }, { label: t('lotColumn') }, { label: t('statusColumn') }, { label: t('submittedColumn') }, { label: ts('receipt') }]}>
            {org.applications.map((a) => (
              <tr key={a.id} className="border-t border-slate-200">
                <th scope="row" className="p-3 font-normal">
                  <Link href={`/ngo/applications/${a.id}`} className="font-medium text-brand-700 underline">
                    {text(a.projectTitleKk, a.projectTitleRu) || ts('untitled')}
                  </Link>
                  <p className="text-slate-600">{text(a.competition.titleKk, a.competition.titleRu, a.competition.titleEn)}</p>
                </th>
                <td className="p-3">{a.lot ? `${a.lot.number}. ${text(a.lot.titleKk, a.lot.titleRu, a.lot.titleEn)}` : '—'}</td>
                <td className="p-3">
                  <StatusBadge status={a.status} label={ta(a.status as never)} />
                </td>
                <td className="p-3">{a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('notSubmitted')}</td>
                <td className="p-3 font-mono">{a.receiptNumber ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/ngo/applications" className="font-medium text-brand-700 underline">
            {ts('title')}
          </Link>
          <Link href="/" className="font-medium text-brand-700 underline">
            {t('openCompetitions')}
          </Link>
        </p>
      </section>
    </div>
  );
}
