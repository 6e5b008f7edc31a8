import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { ngoDatabaseReportDeadline, ngoDatabaseReportStatus } from '@/lib/rules';
import { fromLanguageDocuments } from '@/lib/validation/ngo-database-report';
import { ReportStatusBadge, TimelinessBadge } from '@/components/ngo-database-report/report-badges';
import { ReportView } from '@/components/ngo-database-report/report-view';
import { ReviewForm } from '@/components/ngo-database-report/review-form';

export const dynamic = 'force-dynamic';

export default async function OperatorDatabaseReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/database-reports/${id}`);
  const report = await db.ngoDatabaseReport.findUnique({
    where: { id },
    include: {
      organization: { select: { bin: true, nameKk: true, nameRu: true } },
      submittedBy: { select: { name: true, email: true } },
      reviewedBy: { select: { name: true } },
    },
  });
  if (!report) notFound();
  const subject = { type: 'ngoDatabaseReport' as const, organizationId: report.organizationId, status: report.status };
  if (!can(actor, 'read', subject)) forbidden();

  const [t, tr, format, locale] = await Promise.all([getTranslations('ngoReportReview'), getTranslations('ngoReport'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const now = new Date();
  const sentAt = report.status !== 'DRAFT' && report.submittedAt && report.submittedAt <= now ? report.submittedAt : null;
  const timeliness = ngoDatabaseReportStatus({ reportYear: report.year, submittedAt: sentAt, asOf: now });
  const due = format.dateTime(ngoDatabaseReportDeadline(report.year), { dateStyle: 'long' });
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  const orgName = localized(locale, { kk: report.organization.nameKk, ru: report.organization.nameRu });

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/database-reports" className="text-brand-700 underline">{t('detail.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('detail.title', { organization: orgName, year: report.year })}</h1>
        <p className="mt-1 text-slate-600">
          {report.organization.nameKk} / {report.organization.nameRu} · <span className="font-mono">{report.organization.bin}</span>
        </p>
      </div>

      <section aria-labelledby="report-meta" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="report-meta" className="mb-3 text-xl font-semibold">{tr('page.statusTitle')}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{tr('page.status')}</dt>
          <dd data-testid="report-status"><ReportStatusBadge status={report.status} label={tr(`status.${report.status}`)} /></dd>
          <dt className="text-slate-500">{tr('page.timeliness')}</dt>
          <dd><TimelinessBadge timeliness={timeliness} label={tr(`timeliness.${timeliness}`, { due })} /></dd>
          <dt className="text-slate-500">{tr('page.due')}</dt>
          <dd>{due}</dd>
          {report.submittedAt && (
            <>
              <dt className="text-slate-500">{tr('page.sentAt')}</dt>
              <dd>
                {dateTime(report.submittedAt)}
                {report.submittedBy ? ` — ${report.submittedBy.name} (${report.submittedBy.email})` : ''}
              </dd>
            </>
          )}
          {report.reviewedAt && (
            <>
              <dt className="text-slate-500">{t('detail.reviewedAt')}</dt>
              <dd>
                {dateTime(report.reviewedAt)}
                {report.reviewedBy ? ` — ${report.reviewedBy.name}` : ''}
              </dd>
            </>
          )}
        </dl>
        {report.returnComment && (
          <div className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
            <p className="font-semibold text-amber-900">{report.status === 'RETURNED' ? t('detail.returnComment') : t('detail.previousReturnComment')}</p>
            <p className="mt-1 whitespace-pre-line">{report.returnComment}</p>
          </div>
        )}
      </section>

      {can(actor, 'review', subject) && <ReviewForm reportId={report.id} version={report.version} />}

      <ReportView report={fromLanguageDocuments(report.sectionsKk, report.sectionsRu)} />
    </div>
  );
}
