'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { submitReportAction } from '@/app/ngo/agreements/[id]/reports/[reportId]/actions';
import type { ReportSectionView, ReportView } from '@/lib/services/reports/report-view';
import { EvidenceSection, FinanceDocsSection } from './report-files';
import { ReportVersionProvider, useReportVersion } from './report-version';
import { FieldsSectionForm, IndicatorsSectionForm, SectionShell } from './section-forms';
import { SectionComments, SectionMissing } from './section-status';

/** The body of one section: its form (or files), editable or read-only. */
export function SectionBody({ report, section, editable }: { report: ReportView; section: ReportSectionView; editable: boolean }) {
  switch (section.sort) {
    case 'fields':
      return <FieldsSectionForm report={report} section={section} editable={editable} />;
    case 'indicators':
      return <IndicatorsSectionForm report={report} section={section} editable={editable} />;
    case 'evidence':
      return <EvidenceSection report={report} editable={editable} />;
    case 'financeDocs':
      return <FinanceDocsSection report={report} editable={editable} />;
  }
}

export function SectionsNav({ report }: { report: ReportView }) {
  const t = useTranslations('report');
  return (
    <nav aria-label={t('sectionsNav')}>
      <ol className="flex flex-wrap gap-2">
        {report.sections.map((s, i) => (
          <li key={s.key}>
            <a href={`#section-${s.key}`} className="inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
              {i + 1}. {t(`sections.${s.key}` as never)}
              {s.openComments.length > 0 && <span className="text-red-700">({t('review.hasComments')})</span>}
              {s.complete ? <span aria-label={t('sectionComplete')}>✓</span> : <span className="sr-only">{t('sectionIncomplete')}</span>}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The NGO's report editor: every section with its own «Сақтау», the reviewer's comments on them, and «Жіберу». */
export function ReportEditor({ report, editable }: { report: ReportView; editable: boolean }) {
  const t = useTranslations('report');
  const indicatorNames = Object.fromEntries(report.indicators.map((i) => [i.id, i.name]));
  return (
    <ReportVersionProvider version={report.version}>
      <div className="flex flex-col gap-6">
        <SectionsNav report={report} />
        {report.sections.map((s, i) => (
          <SectionShell key={s.key} id={s.key} title={`${i + 1}. ${t(`sections.${s.key}` as never)}`}>
            <SectionComments section={s} />
            <SectionBody report={report} section={s} editable={editable} />
            <SectionMissing section={s} indicatorNames={indicatorNames} />
          </SectionShell>
        ))}
        {/* A new stored version (a save, an upload) starts the panel afresh: an old refusal would be stale. */}
        {editable && <SubmitPanel key={`${report.version}:${report.incompleteSections.join(',')}`} report={report} />}
      </div>
    </ReportVersionProvider>
  );
}

function SubmitPanel({ report }: { report: ReportView }) {
  const t = useTranslations('report');
  const router = useRouter();
  const { version } = useReportVersion();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'error'; code: string; sections?: string[] }>({ kind: 'idle' });
  const submit = async () => {
    setState({ kind: 'busy' });
    try {
      const r = await submitReportAction({ reportId: report.id, expectedVersion: version });
      if (r.ok) {
        setState({ kind: 'idle' });
        router.refresh();
      } else setState({ kind: 'error', code: r.code, ...(r.incompleteSections ? { sections: r.incompleteSections } : {}) });
    } catch {
      setState({ kind: 'error', code: 'network' });
    }
  };
  return (
    <section aria-labelledby="submit-title" className="flex flex-col gap-3 rounded-lg border border-brand-700 bg-white p-5">
      <h2 id="submit-title" className="text-xl font-semibold">
        {report.status === 'RETURNED' ? t('submit.resubmitTitle') : t('submit.title')}
      </h2>
      <p className="text-slate-700">{report.incompleteSections.length === 0 ? t('submit.ready') : t('submit.notReady', { count: report.incompleteSections.length })}</p>
      <button type="button" onClick={() => void submit()} disabled={state.kind === 'busy'} className="self-start rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {report.status === 'RETURNED' ? t('submit.resubmit') : t('submit.button')}
      </button>
      {state.kind === 'error' && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="submit-error">
          <p className="font-medium">{t.has(`refusals.${state.code}`) ? t(`refusals.${state.code}` as never) : t('refusals.generic')}</p>
          {state.sections && (
            <ul className="mt-1 list-disc pl-6">
              {state.sections.map((k) => (
                <li key={k}>
                  <a href={`#section-${k}`} className="underline">
                    {t(`sections.${k}` as never)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
