import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { EVALUATION_CRITERIA } from '@/lib/rules/evaluation';
import { loadWorkCalendar } from '@/lib/services/commission/commission-data';
import { evaluationDetail } from '@/lib/services/evaluation/evaluation-queries';
import { CommentForm } from '@/components/evaluation/evaluation-forms';
import { commentAction } from './actions';

export const dynamic = 'force-dynamic';

/**
 * The public discussion of a preliminary evaluation report (§3.4, L3404–3421): the report, the
 * council's scores, the window (≥ 5 working days), comments with the organiser's answers, and
 * — for a signed-in user while the window is open — the comment form.
 */
export default async function PublicEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const e = await evaluationDetail(db, id, await loadWorkCalendar(db), new Date());
  if (!e || !e.preliminaryPublishedAt) notFound();
  const actor = await getActor();
  const [t, format, locale] = await Promise.all([getTranslations('evaluation'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const closes = e.timeline.discussionClosesOn ? format.dateTime(new Date(`${e.timeline.discussionClosesOn}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) : '';
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 p-6">
      <p>
        <Link href="/evaluations" className="text-brand-700 underline">{t('public.back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('public.title', { number: e.agreement.number })}</h1>
      <p>{text(e.agreement.organization.nameKk, e.agreement.organization.nameRu)} — {text(e.agreement.application.projectTitleKk, e.agreement.application.projectTitleRu)}</p>
      <section aria-labelledby="report-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="report-heading" className="text-xl font-semibold">{e.finalSummaryKk ? t('report.final') : t('report.preliminary')}</h2>
        <p className="text-sm text-slate-600">{t('report.publishedAt', { date: when(e.finalPublishedAt ?? e.preliminaryPublishedAt) })}</p>
        <p className="mt-2 whitespace-pre-line">{e.finalSummaryKk ? text(e.finalSummaryKk, e.finalSummaryRu) : text(e.summaryKk, e.summaryRu)}</p>
        {e.summary && (
          <ul className="mt-3 grid gap-1 sm:grid-cols-2">
            {EVALUATION_CRITERIA.map((k) => (
              <li key={k}>{t(`criteria.${k}`)}: <span className="font-medium">{e.summary!.means[k]}</span></li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="discussion-heading" className="flex flex-col gap-3">
        <h2 id="discussion-heading" className="text-xl font-semibold">{t('public.discussion')}</h2>
        <p data-testid="discussion-window">{e.timeline.phase === 'OPEN' ? t('public.open', { date: closes }) : t('public.closed', { date: closes })}</p>
        <ul className="flex flex-col gap-3" data-testid="comments">
          {e.comments.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">{c.authorName}, {when(c.createdAt)}</p>
              <p className="whitespace-pre-line">{c.text}</p>
              {c.respondedAt && (
                <p className="mt-2 border-l-4 border-brand-700 pl-3">
                  <span className="font-medium">{c.accepted ? t('discussion.accepted') : t('discussion.rejected')}:</span> {c.response}
                </p>
              )}
            </li>
          ))}
        </ul>
        {e.timeline.phase === 'OPEN' && e.status === 'DISCUSSION' &&
          (actor ? (
            <CommentForm evaluationId={e.id} action={commentAction} />
          ) : (
            <p>
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/evaluations/${e.id}`)}`} className="text-brand-700 underline">{t('public.signIn')}</Link>
            </p>
          ))}
      </section>
    </div>
  );
}
