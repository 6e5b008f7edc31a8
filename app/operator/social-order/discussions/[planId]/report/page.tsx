import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { loadDiscussionReport } from '@/lib/services/social-order/discussion-report';
import { DiscussionReportView } from '@/components/social-order/discussion-report-view';

export const dynamic = 'force-dynamic';

/** F-5.1: the report on the completion of the public discussion, for the customer to publish. */
export default async function DiscussionReportPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  await requirePermission('manage', { type: 'competition', status: 'DRAFT' }, `/operator/social-order/discussions/${planId}/report`);
  const report = await loadDiscussionReport(db, planId, new Date());
  if (!report) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('socialOrder.discussion'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long' }) : '—');
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/operator/social-order/discussions/${planId}`} className="text-brand-700 underline">{t('backToPlan')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{localized(locale, { kk: report.plan.titleKk, ru: report.plan.titleRu, en: report.plan.titleEn })}</h1>
      <p>{t('reportPeriod', { opens: day(report.plan.discussionOpensAt), closes: day(report.plan.discussionClosesAt) })}</p>
      <DiscussionReportView report={report} />
      <p>
        <a href={`/operator/social-order/discussions/${planId}/report/pdf`} className="text-brand-700 underline">{t('downloadPdf')}</a>
      </p>
    </div>
  );
}
