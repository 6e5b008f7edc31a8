import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { ngoDatabaseReportDeadline, ngoDatabaseReportStatus } from '@/lib/rules';
import { OLDEST_REPORT_YEARS_BACK, previousReportYear } from '@/lib/services/ngo-database-report/save-ngo-database-report';
import { emptyReport, fromLanguageDocuments } from '@/lib/validation/ngo-database-report';
import { ReportStatusBadge, TimelinessBadge } from '@/components/ngo-database-report/report-badges';
import { ReportForm } from '@/components/ngo-database-report/report-form';
import { ReportView } from '@/components/ngo-database-report/report-view';
import { DataTable } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

const PATH = '/ngo/database-report';

export default async function NgoDatabaseReportPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, PATH);
  const organizationId = actor.organizationIds[0]!;
  const now = new Date();
  const latestYear = previousReportYear(now);
  const { year: yearParam } = await searchParams;
  const year = yearParam === undefined ? latestYear : Number(yearParam);
  if (!Number.isInteger(year) || year > latestYear || year < latestYear - OLDEST_REPORT_YEARS_BACK) notFound();

  const reports = await db.ngoDatabaseReport.findMany({
    where: { organizationId },
    orderBy: { year: 'desc' },
    select: { id: true, year: true, status: true, submittedAt: true, approvedAt: true, reviewedAt: true, returnComment: true, version: true, sectionsKk: true, sectionsRu: true },
  });
  const report = reports.find((r) => r.year === year) ?? null;
  const subject = { type: 'ngoDatabaseReport' as const, organizationId, status: report?.status ?? 'DRAFT' };
  if (!can(actor, 'read', subject)) forbidden();
  const editable = can(actor, 'update', subject);

  const [t, format] = await Promise.all([getTranslations('ngoReport'), getFormatter()]);
  // EL-2: a report counts once sent; a draft is not a submission.
  const sentAt = (r: { status: string; submittedAt: Date | null }) => (r.status !== 'DRAFT' ? r.submittedAt : null);
  const timelinessOf = (reportYear: number, r: { status: string; submittedAt: Date | null } | null) =>
    ngoDatabaseReportStatus({ reportYear, submittedAt: r ? sentAt(r) : null, asOf: now });
  const timeliness = timelinessOf(year, report);
  const due = format.dateTime(ngoDatabaseReportDeadline(year), { dateStyle: 'long' });
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  const content = report ? fromLanguageDocuments(report.sectionsKk, report.sectionsRu) : emptyReport();
  const status = report?.status ?? 'NONE';

  // Years shown in the list: every stored report, plus the latest year if not started yet.
  const showLatestPlaceholder = !reports.some((r) => r.year === latestYear);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('page.title', { year })}</h1>
        <p className="mt-1 text-slate-600">{t('page.intro')}</p>
      </div>

      <section aria-labelledby="report-status" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="report-status" className="mb-3 text-xl font-semibold">{t('page.statusTitle')}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('page.status')}</dt>
          <dd data-testid="report-status">
            <ReportStatusBadge status={status} label={t(`status.${status}`)} />
          </dd>
          <dt className="text-slate-500">{t('page.timeliness')}</dt>
          <dd data-testid="report-timeliness">
            <TimelinessBadge timeliness={timeliness} label={t(`timeliness.${timeliness}`, { due })} />
          </dd>
          <dt className="text-slate-500">{t('page.due')}</dt>
          <dd>{due}</dd>
          {report?.submittedAt && report.status !== 'DRAFT' && (
            <>
              <dt className="text-slate-500">{t('page.sentAt')}</dt>
              <dd>{dateTime(report.submittedAt)}</dd>
            </>
          )}
          {report?.approvedAt && report.status === 'APPROVED' && (
            <>
              <dt className="text-slate-500">{t('page.approvedAt')}</dt>
              <dd>{dateTime(report.approvedAt)}</dd>
            </>
          )}
        </dl>
        {report?.status === 'RETURNED' && report.returnComment && (
          <div role="note" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3" data-testid="return-comment">
            <p className="font-semibold text-amber-900">
              {t('page.returnedTitle', { date: report.reviewedAt ? dateTime(report.reviewedAt) : '' })}
            </p>
            <p className="mt-1 whitespace-pre-line">{report.returnComment}</p>
          </div>
        )}
        {report?.status === 'SUBMITTED' && <p className="mt-4 text-slate-700">{t('page.sentText')}</p>}
      </section>

      {editable ? (
        <ReportForm key={year} year={year} initialVersion={report?.version ?? 0} initial={content} />
      ) : (
        <ReportView report={content} />
      )}

      <section aria-labelledby="past-reports">
        <h2 id="past-reports" className="mb-3 text-xl font-semibold">{t('page.allReports')}</h2>
        <DataTable columns={[{ label: t('page.yearColumn') }, { label: t('page.status') }, { label: t('page.timeliness') }, { label: t('page.sentAt') }]}>
          {showLatestPlaceholder && (
            <tr className="border-t border-slate-200">
              <td className="p-3">
                <Link href={`${PATH}?year=${latestYear}`} className="underline">{latestYear}</Link>
              </td>
              <td className="p-3">
                <ReportStatusBadge status="NONE" label={t('status.NONE')} />
              </td>
              <td className="p-3">
                <TimelinessBadge timeliness={timelinessOf(latestYear, null)} label={t(`timeliness.${timelinessOf(latestYear, null)}`, { due: format.dateTime(ngoDatabaseReportDeadline(latestYear), { dateStyle: 'long' }) })} />
              </td>
              <td className="p-3">—</td>
            </tr>
          )}
          {reports.map((r) => {
            const rt = timelinessOf(r.year, r);
            return (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="p-3">
                  <Link href={`${PATH}?year=${r.year}`} aria-current={r.year === year ? 'page' : undefined} className="underline">
                    {r.year}
                  </Link>
                </td>
                <td className="p-3">
                  <ReportStatusBadge status={r.status} label={t(`status.${r.status}`)} />
                </td>
                <td className="p-3">
                  <TimelinessBadge timeliness={rt} label={t(`timeliness.${rt}`, { due: format.dateTime(ngoDatabaseReportDeadline(r.year), { dateStyle: 'long' }) })} />
                </td>
                <td className="p-3">{r.submittedAt && r.status !== 'DRAFT' ? dateTime(r.submittedAt) : '—'}</td>
              </tr>
            );
          })}
        </DataTable>
      </section>
    </div>
  );
}
