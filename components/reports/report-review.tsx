'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { reviewReportAction } from '@/app/operator/agreements/[id]/reports/[reportId]/actions';
import { inputClass } from '@/components/ui/form-field';
import type { ReportView } from '@/lib/services/reports/report-view';
import { SectionBody, SectionsNav } from './report-editor';
import { ReportVersionProvider } from './report-version';
import { SectionShell } from './section-forms';
import { SectionComments, SectionMissing } from './section-status';

/**
 * The operator's review: every section read-only; under review, a comment box per section,
 * «Қайтару» (return with the comments, at least one) and «Қабылдау» (accept).
 */
export function ReportReview({ report }: { report: ReportView }) {
  const t = useTranslations('report');
  const router = useRouter();
  const [comments, setComments] = useState<Record<string, string>>({});
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'error'; code: string }>({ kind: 'idle' });
  const underReview = report.status === 'UNDER_REVIEW';
  const indicatorNames = Object.fromEntries(report.indicators.map((i) => [i.id, i.name]));
  const act = async (decision: 'START_REVIEW' | 'RETURN' | 'ACCEPT') => {
    setState({ kind: 'busy' });
    try {
      const r = await reviewReportAction({
        reportId: report.id,
        expectedVersion: report.version,
        decision,
        comments: decision === 'RETURN' ? Object.entries(comments).map(([sectionKey, comment]) => ({ sectionKey, comment })) : [],
      });
      if (r.ok) {
        setComments({});
        setState({ kind: 'idle' });
        router.refresh();
      } else setState({ kind: 'error', code: r.code });
    } catch {
      setState({ kind: 'error', code: 'network' });
    }
  };
  const error =
    state.kind === 'error' ? (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 font-medium text-red-900" data-testid="review-error">
        {t.has(`refusals.${state.code}`) ? t(`refusals.${state.code}` as never) : t('refusals.generic')}
      </p>
    ) : null;
  return (
    <ReportVersionProvider version={report.version}>
      <div className="flex flex-col gap-6">
        {report.status === 'SUBMITTED' && (
          <div className="flex flex-col gap-2 rounded-lg border border-brand-700 bg-white p-5">
            <p>{t('review.startHint')}</p>
            <button type="button" onClick={() => void act('START_REVIEW')} disabled={state.kind === 'busy'} className="self-start rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {t('review.start')}
            </button>
            {error}
          </div>
        )}
        <SectionsNav report={report} />
        {report.sections.map((s, i) => {
          const id = `review-comment-${s.key}`;
          return (
            <SectionShell key={s.key} id={s.key} title={`${i + 1}. ${t(`sections.${s.key}` as never)}`}>
              <SectionComments section={s} />
              <SectionBody report={report} section={s} editable={false} />
              <SectionMissing section={s} indicatorNames={indicatorNames} />
              {underReview && (
                <div className="flex flex-col gap-1">
                  <label htmlFor={id} className="font-medium">
                    {t('review.commentLabel', { section: t(`sections.${s.key}` as never) })}
                  </label>
                  <textarea
                    id={id}
                    rows={3}
                    maxLength={4000}
                    value={comments[s.key] ?? ''}
                    onChange={(e) => {
                      setComments((c) => ({ ...c, [s.key]: e.target.value }));
                      setState((st) => (st.kind === 'error' ? { kind: 'idle' } : st));
                    }}
                    className={`${inputClass} w-full`}
                  />
                </div>
              )}
            </SectionShell>
          );
        })}
        {underReview && (
          <section aria-labelledby="decision-title" className="flex flex-col gap-3 rounded-lg border border-brand-700 bg-white p-5">
            <h2 id="decision-title" className="text-xl font-semibold">
              {t('review.decisionTitle')}
            </h2>
            <p className="text-slate-700">{t('review.decisionHint')}</p>
            <div className="flex flex-wrap gap-3">
              <button type="button" onClick={() => void act('ACCEPT')} disabled={state.kind === 'busy'} className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
                {t('review.accept')}
              </button>
              <button type="button" onClick={() => void act('RETURN')} disabled={state.kind === 'busy'} className="rounded border border-red-700 px-5 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
                {t('review.return')}
              </button>
            </div>
            {error}
          </section>
        )}
      </div>
    </ReportVersionProvider>
  );
}
