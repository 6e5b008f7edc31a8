import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { applicationSubject } from '@/lib/queries/application-overview';
import { loadFeedbackView } from '@/lib/services/results/feedback-view';

export const dynamic = 'force-dynamic';

/**
 * The experts' feedback on the NGO's application (issue 5, item 5), once the decision on its
 * lot is published: outcome, rank, score, per-criterion averages and every expert comment —
 * never who wrote it. Before publication: a notice and no data (sealed scoring).
 */
export default async function FeedbackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser(`/ngo/applications/${id}/feedback`);
  const subject = await applicationSubject(id, actor.role);
  if (!subject) notFound();
  // The organisation's own applications only (IDOR: another NGO's id is a 403).
  if (!can(actor, 'read', subject) || !actor.organizationIds.includes(subject.organizationId)) forbidden();
  const feedback = await loadFeedbackView(db, id);
  if (!feedback) notFound();

  const [t, tc, ts, format, locale] = await Promise.all([
    getTranslations('results'),
    getTranslations('criteria'),
    getTranslations('applicationStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const app = await db.application.findUniqueOrThrow({ where: { id }, select: { projectTitleKk: true, projectTitleRu: true, status: true } });
  const title = localized(locale, { kk: app.projectTitleKk, ru: app.projectTitleRu }) || t('feedback.untitled');
  const num = (v: number, digits = 2) => format.number(v, { maximumFractionDigits: digits });
  const money = (v: bigint | null) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }));
  const criterionName = (c: { id: string; titleKk: string | null; titleRu: string | null }) =>
    tc.has(c.id as never) ? tc(c.id as never) : localized(locale, { kk: c.titleKk, ru: c.titleRu }) || c.id;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/ngo/applications/${id}`} className="text-brand-700 underline">
          {t('feedback.back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('feedback.title', { project: title })}</h1>
      {!feedback.published ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700" data-testid="feedback-not-published">
          {t('feedback.notPublished')}
        </p>
      ) : (
        <>
          <section aria-labelledby="outcome" className="rounded-lg border border-indigo-200 bg-white p-5" data-testid="feedback-outcome">
            <h2 id="outcome" className="mb-2 text-xl font-semibold">
              {t('feedback.outcomeTitle')}
            </h2>
            <p className="text-lg font-medium">
              {feedback.outcome === 'NOT_HELD'
                ? t('notHeld', { reason: t(`notHeldReasons.${feedback.notHeldReason ?? 'UNKNOWN'}` as never) })
                : feedback.winner
                  ? t('feedback.winner', { amount: money(feedback.awardedKzt) })
                  : t('feedback.notWinner')}
            </p>
            <p className="text-sm text-slate-700">{t('feedback.status', { status: ts.has(app.status as never) ? ts(app.status as never) : app.status })}</p>
            {feedback.rank !== null && <p>{t('feedback.rank', { rank: feedback.rank, total: feedback.ranked })}</p>}
            {feedback.score !== null && (
              <p data-testid="feedback-score">
                {feedback.maxScore !== null && feedback.aggregation === 'mean'
                  ? t('feedback.score', { score: num(feedback.score), max: feedback.maxScore })
                  : t('feedback.scoreNoMax', { score: num(feedback.score) })}
              </p>
            )}
            <p className="text-sm text-slate-700">{t('feedback.experts', { count: feedback.experts })}</p>
          </section>

          {feedback.criteria.length > 0 && (
            <section aria-labelledby="criteria" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="feedback-criteria">
              <h2 id="criteria" className="mb-2 text-xl font-semibold">
                {t('feedback.criteriaTitle')}
              </h2>
              <p className="mb-3 text-sm text-slate-700">{t('feedback.anonymous')}</p>
              <ol className="flex flex-col gap-4">
                {feedback.criteria.map((c) => (
                  <li key={c.id} className="flex flex-col gap-1 border-t border-slate-200 pt-3">
                    <h3 className="font-semibold">{criterionName(c)}</h3>
                    <p>{c.max !== null ? t('feedback.average', { average: num(c.average), max: c.max }) : t('feedback.averageNoMax', { average: num(c.average) })}</p>
                    {c.comments.length > 0 ? (
                      <ul className="list-disc pl-6 text-slate-800">
                        {c.comments.map((comment, i) => (
                          <li key={i}>{comment}</li>
                        ))}
                      </ul>
                    ) : (
                      <p className="text-sm text-slate-600">{t('feedback.noComments')}</p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}

          {feedback.sheetComments.length > 0 && (
            <section aria-labelledby="general" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="feedback-general">
              <h2 id="general" className="mb-2 text-xl font-semibold">
                {t('feedback.generalTitle')}
              </h2>
              <ul className="flex flex-col gap-2">
                {feedback.sheetComments.map((c) => (
                  <li key={c.expert}>
                    <span className="font-medium">{t('feedback.expertN', { n: c.expert })}:</span> {c.comment}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
