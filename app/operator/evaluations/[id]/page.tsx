import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { EVALUATION_CRITERIA } from '@/lib/rules/evaluation';
import { loadWorkCalendar } from '@/lib/services/commission/commission-data';
import { evaluationDetail } from '@/lib/services/evaluation/evaluation-queries';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { ReportForm, RespondForm } from '@/components/evaluation/evaluation-forms';
import { EvaluationTimelineView } from '@/components/evaluation/timeline';
import { publishFinalAction, publishPreliminaryAction, respondCommentAction } from '../actions';

export const dynamic = 'force-dynamic';

/** §3.4: one evaluation — council with COI status, scores, reports with their due dates (EV-3..EV-6), discussion moderation. */
export default async function EvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/evaluations/${id}`);
  const now = new Date();
  const e = await evaluationDetail(db, id, await loadWorkCalendar(db), now);
  if (!e) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('evaluation'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/evaluations" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('detail.title', { number: e.agreement.number })}</h1>
        <p className="mt-1">{text(e.agreement.organization.nameKk, e.agreement.organization.nameRu)} — {text(e.agreement.application.projectTitleKk, e.agreement.application.projectTitleRu)}</p>
        <p className="mt-1" data-testid="evaluation-status">{t('detail.status', { status: t(`status.${e.status}` as never) })}</p>
      </div>
      <EvaluationTimelineView timeline={e.timeline} status={e.status} />
      <section aria-labelledby="council-heading" className="flex flex-col gap-2">
        <h2 id="council-heading" className="text-xl font-semibold">{t('council.members')}</h2>
        <DataTable caption={t('council.members')} testId="council" columns={[{ label: t('council.member') }, { label: t('council.coi') }, { label: t('council.sheet'), align: 'right' }]}>
          {e.members.map((m) => (
            <Row key={m.id}>
              <Cell>{m.name}{m.role === 'CHAIR' && ` (${t('council.chair')})`}</Cell>
              <Cell>{!m.declaration ? t('council.coiPending') : m.declaration.hasConflict || m.declaration.automaticConflicts.length > 0 ? t('council.coiConflict') : t('council.coiClean')}</Cell>
              <Cell align="right">{m.sheet ? m.sheet.total : '—'}</Cell>
            </Row>
          ))}
        </DataTable>
      </section>
      {e.summary && (
        <section aria-labelledby="scores-heading" className="flex flex-col gap-2">
          <h2 id="scores-heading" className="text-xl font-semibold">{t('detail.scores')}</h2>
          <DataTable caption={t('detail.scores')} columns={[{ label: t('detail.criterion') }, { label: t('detail.mean'), align: 'right' }]}>
            {EVALUATION_CRITERIA.map((k) => (
              <Row key={k}>
                <Cell>{t(`criteria.${k}`)}</Cell>
                <Cell align="right">{e.summary!.means[k]}</Cell>
              </Row>
            ))}
            <Row>
              <Cell className="font-semibold">{t('detail.total')}</Cell>
              <Cell align="right" className="font-semibold">{e.summary.meanTotal}</Cell>
            </Row>
          </DataTable>
        </section>
      )}
      {e.status === 'SCORED' && (
        <ReportForm evaluationId={e.id} expectedVersion={e.version} action={publishPreliminaryAction} title={t('report.preliminaryTitle')} submit={t('report.publishPreliminary')} />
      )}
      {e.summaryKk && (
        <section aria-labelledby="prelim-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="prelim-heading" className="text-xl font-semibold">{t('report.preliminary')}</h2>
          {e.preliminaryPublishedAt && <p className="text-sm text-slate-600">{t('report.publishedAt', { date: when(e.preliminaryPublishedAt) })}</p>}
          <p className="mt-2 whitespace-pre-line">{text(e.summaryKk, e.summaryRu)}</p>
          <p className="mt-2">
            <Link href={`/evaluations/${e.id}`} className="text-brand-700 underline">{t('report.publicPage')}</Link>
          </p>
        </section>
      )}
      {(e.status === 'DISCUSSION' || e.status === 'FINAL_PUBLISHED') && (
        <section aria-labelledby="discussion-heading" className="flex flex-col gap-3">
          <h2 id="discussion-heading" className="text-xl font-semibold">{t('discussion.title', { count: e.comments.length })}</h2>
          {e.comments.length === 0 && <p className="text-slate-600">{t('discussion.none')}</p>}
          <ul className="flex flex-col gap-3">
            {e.comments.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="text-sm text-slate-600">{c.authorName}, {when(c.createdAt)}</p>
                <p className="whitespace-pre-line">{c.text}</p>
                {c.respondedAt ? (
                  <p className="mt-2 border-l-4 border-brand-700 pl-3">
                    <span className="font-medium">{c.accepted ? t('discussion.accepted') : t('discussion.rejected')}:</span> {c.response}
                  </p>
                ) : (
                  e.status === 'DISCUSSION' && <RespondForm commentId={c.id} action={respondCommentAction} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {e.status === 'DISCUSSION' && e.timeline.phase === 'CLOSED' && e.comments.every((c) => c.respondedAt) && (
        <ReportForm evaluationId={e.id} expectedVersion={e.version} action={publishFinalAction} title={t('report.finalTitle')} submit={t('report.publishFinal')} />
      )}
      {e.finalSummaryKk && (
        <section aria-labelledby="final-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="final-heading" className="text-xl font-semibold">{t('report.final')}</h2>
          <p className="mt-2 whitespace-pre-line">{text(e.finalSummaryKk, e.finalSummaryRu)}</p>
        </section>
      )}
    </div>
  );
}
