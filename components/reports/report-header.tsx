import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReportView } from '@/lib/services/reports/report-view';

const STATUS_TONE: Record<string, string> = {
  DRAFT: 'bg-slate-100 text-slate-800',
  SUBMITTED: 'bg-sky-100 text-sky-900',
  UNDER_REVIEW: 'bg-indigo-100 text-indigo-900',
  RETURNED: 'bg-amber-100 text-amber-900',
  ACCEPTED: 'bg-green-100 text-green-900',
};
const DUE_TONE: Record<string, string> = { IN: 'text-slate-700', UPCOMING: 'text-slate-700', DUE_SOON: 'text-amber-800 font-medium', OVERDUE: 'text-red-800 font-semibold' };

/** Title, agreement, period, due date (RP-1) and status of a report, with what the status means for the viewer. */
export async function ReportHeader({ report, backHref, audience }: { report: ReportView; backHref: string; audience: 'ngo' | 'operator' }) {
  const t = await getTranslations('report');
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00+05:00`), { dateStyle: 'long' });
  const instant = (d: string) => format.dateTime(new Date(d), { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-4">
      <p>
        <a href={backHref} className="text-brand-700 underline">
          {t('backToAgreement', { number: report.agreementNumber })}
        </a>
      </p>
      <h1 className="text-3xl font-bold">{t(`title.${report.kind}_${report.type}` as never, { seq: report.seq } as never)}</h1>
      <section aria-labelledby="report-meta" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="report-meta" className="sr-only">
          {t('metaTitle')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('meta.agreement')}</dt>
          <dd>{report.agreementNumber}</dd>
          <dt className="text-slate-500">{t('meta.organization')}</dt>
          <dd>{report.organizationName}</dd>
          {report.projectTitle && (
            <>
              <dt className="text-slate-500">{t('meta.project')}</dt>
              <dd>{report.projectTitle}</dd>
            </>
          )}
          <dt className="text-slate-500">{t('meta.period')}</dt>
          <dd>
            {date(report.periodStart)} — {date(report.periodEnd)}
          </dd>
          <dt className="text-slate-500">{t('meta.due')}</dt>
          <dd className={DUE_TONE[report.due.state]} data-testid="report-due">
            {date(report.dueOn)} · {t(`due.${report.due.state}` as never, { days: Math.abs(report.due.daysLeft) } as never)}
          </dd>
          <dt className="text-slate-500">{t('meta.status')}</dt>
          <dd>
            <span className={`rounded px-2 py-0.5 font-medium ${STATUS_TONE[report.status] ?? ''}`} data-testid="report-status">
              {t(`status.${report.status}` as never)}
            </span>
          </dd>
          {report.submittedAt && (
            <>
              <dt className="text-slate-500">{t('meta.submittedAt')}</dt>
              <dd>{instant(report.submittedAt)}</dd>
            </>
          )}
          {report.acceptedAt && (
            <>
              <dt className="text-slate-500">{t('meta.acceptedAt')}</dt>
              <dd>{instant(report.acceptedAt)}</dd>
            </>
          )}
        </dl>
      </section>
      <p role="status" className="rounded border border-slate-300 bg-slate-50 p-3" data-testid="report-status-note">
        {t(`statusNote.${audience}.${report.status}` as never)}
      </p>
    </div>
  );
}
