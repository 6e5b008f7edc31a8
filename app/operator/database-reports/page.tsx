import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { ngoDatabaseReportDeadline, ngoDatabaseReportStatus, NGO_DATABASE_REPORT_STATUSES } from '@/lib/rules';
import { inputClass } from '@/components/ui/form-field';
import { ReportStatusBadge, TimelinessBadge } from '@/components/ngo-database-report/report-badges';
import { DataTable } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

// Staff review what was sent; drafts stay the NGO's own business.
const SENT_STATUSES = NGO_DATABASE_REPORT_STATUSES.filter((s) => s !== 'DRAFT');

export default async function OperatorDatabaseReportsPage({ searchParams }: { searchParams: Promise<{ year?: string; status?: string }> }) {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/database-reports');
  const params = await searchParams;
  const year = params.year && /^\d{4}$/.test(params.year) ? Number(params.year) : null;
  const status = (SENT_STATUSES as readonly string[]).includes(params.status ?? '') ? params.status! : null;

  const [t, tr, format, locale, years, reports] = await Promise.all([
    getTranslations('ngoReportReview'),
    getTranslations('ngoReport'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    db.ngoDatabaseReport.findMany({ where: { status: { not: 'DRAFT' } }, distinct: ['year'], select: { year: true }, orderBy: { year: 'desc' } }),
    db.ngoDatabaseReport.findMany({
      where: { status: status ?? { in: [...SENT_STATUSES] }, ...(year ? { year } : {}) },
      // Waiting for a decision first, then the oldest sending first.
      orderBy: [{ year: 'desc' }, { submittedAt: 'asc' }],
      select: {
        id: true,
        year: true,
        status: true,
        submittedAt: true,
        organization: { select: { bin: true, nameKk: true, nameRu: true } },
      },
    }),
  ]);
  const now = new Date();
  const rows = [...reports].sort((a, b) => Number(b.status === 'SUBMITTED') - Number(a.status === 'SUBMITTED'));

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('list.title')}</h1>
        <p className="mt-1 text-slate-600">{t('list.intro')}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="year" className="font-medium">{t('list.filterYear')}</label>
          <select id="year" name="year" defaultValue={year ?? ''} className={inputClass}>
            <option value="">{t('list.allYears')}</option>
            {years.map((y) => (
              <option key={y.year} value={y.year}>{y.year}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="font-medium">{t('list.filterStatus')}</label>
          <select id="status" name="status" defaultValue={status ?? ''} className={inputClass}>
            <option value="">{t('list.allStatuses')}</option>
            {SENT_STATUSES.map((s) => (
              <option key={s} value={s}>{tr(`status.${s}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t('list.apply')}</button>
      </form>

      {rows.length === 0 ? (
        <p className="text-slate-600">{t('list.empty')}</p>
      ) : (
        <DataTable caption={t('list.title')} columns={[{ label: t('list.organization') }, { label: t('list.bin') }, { label: t('list.year') }, { label: t('list.status') }, { label: t('list.timeliness') }, { label: t('list.sentAt') }]}>
          {rows.map((r) => {
            const timeliness = ngoDatabaseReportStatus({ reportYear: r.year, submittedAt: r.submittedAt && r.submittedAt <= now ? r.submittedAt : null, asOf: now });
            return (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="p-3">
                  <Link href={`/operator/database-reports/${r.id}`} className="underline">
                    {localized(locale, { kk: r.organization.nameKk, ru: r.organization.nameRu })}
                  </Link>
                </td>
                <td className="p-3 font-mono">{r.organization.bin}</td>
                <td className="p-3">{r.year}</td>
                <td className="p-3"><ReportStatusBadge status={r.status} label={tr(`status.${r.status}`)} /></td>
                <td className="p-3">
                  <TimelinessBadge timeliness={timeliness} label={tr(`timeliness.${timeliness}`, { due: format.dateTime(ngoDatabaseReportDeadline(r.year), { dateStyle: 'long' }) })} />
                </td>
                <td className="p-3">{r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
