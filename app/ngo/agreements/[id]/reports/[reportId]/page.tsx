import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/locales';
import { reportAccess } from '@/lib/services/reports/report-access';
import { loadReport } from '@/lib/services/reports/report-data';
import { buildReportView } from '@/lib/services/reports/report-view';
import { ReportEditor } from '@/components/reports/report-editor';
import { ReportHeader } from '@/components/reports/report-header';

export const dynamic = 'force-dynamic';

/** The NGO's report editor (F-IR / F-FR / F-IFR / F-FFR with the F-EV checklist): sections, files, submission. */
export default async function NgoReportPage({ params }: { params: Promise<{ id: string; reportId: string }> }) {
  const { id, reportId } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, `/ngo/agreements/${id}/reports/${reportId}`);
  const report = await loadReport(db, reportId);
  // Another organisation's report (or a wrong agreement in the address) is simply not there.
  if (!report || report.agreementId !== id) notFound();
  const access = reportAccess(actor, { organizationId: report.agreement.organizationId, status: report.status });
  if (!access.member) notFound();
  const view = buildReportView(report, (await getLocale()) as AppLocale, new Date());
  return (
    <div className="flex flex-col gap-6">
      <ReportHeader report={view} backHref={`/ngo/agreements/${id}`} audience="ngo" />
      <ReportEditor report={view} editable={access.edit} />
    </div>
  );
}
