import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/locales';
import { reportAccess } from '@/lib/services/reports/report-access';
import { loadReport } from '@/lib/services/reports/report-data';
import { buildReportView } from '@/lib/services/reports/report-view';
import { ReportHeader } from '@/components/reports/report-header';
import { ReportReview } from '@/components/reports/report-review';

export const dynamic = 'force-dynamic';

/** The operator's review of a report: read the sections, comment per section, return or accept. */
export default async function OperatorReportPage({ params }: { params: Promise<{ id: string; reportId: string }> }) {
  const { id, reportId } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/agreements/${id}/reports/${reportId}`);
  const report = await loadReport(db, reportId);
  if (!report || report.agreementId !== id) notFound();
  if (!reportAccess(actor, { organizationId: report.agreement.organizationId, status: report.status }).review) notFound();
  const view = buildReportView(report, (await getLocale()) as AppLocale, new Date());
  return (
    <div className="flex flex-col gap-6">
      <ReportHeader report={view} backHref={`/operator/agreements/${id}`} audience="operator" />
      <ReportReview report={view} />
    </div>
  );
}
