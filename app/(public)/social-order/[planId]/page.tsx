import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { loadDiscussionReport } from '@/lib/services/social-order/discussion-report';
import { DiscussionReportView } from '@/components/social-order/discussion-report-view';
import { TopicCommentForm } from '@/components/social-order/topic-comment-form';

export const dynamic = 'force-dynamic';

/**
 * Stage 3 (F-3.1, L2325–2350): one plan's planned topics under public discussion. Anyone
 * reads them; a signed-in user or a named citizen comments while the window is open (a
 * comment after the close is kept as late and not considered). After the close the
 * discussion report (F-5.1) is shown.
 */
export default async function PublicPlanDiscussionPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const now = new Date();
  const report = await loadDiscussionReport(db, planId, now);
  if (!report || report.phase === 'NOT_SCHEDULED' || report.phase === 'SCHEDULED') notFound();
  const topics = await db.planTopic.findMany({
    where: { planId },
    orderBy: { number: 'asc' },
    select: { id: true, number: true, titleKk: true, titleRu: true, titleEn: true, budgetKzt: true, justificationKk: true, justificationRu: true, targetGroupKk: true, targetGroupRu: true, expectedResultKk: true, expectedResultRu: true },
  });
  const [t, format, locale, actor] = await Promise.all([getTranslations('socialOrder.publicDiscussion'), getFormatter(), getLocale() as Promise<AppLocale>, getActor()]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }) : '—');
  const open = report.phase === 'OPEN';
  return (
    <article className="flex flex-col gap-8">
      <p>
        <Link href="/social-order" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <header>
        <h1 className="text-3xl font-bold">{text(report.plan.titleKk, report.plan.titleRu, report.plan.titleEn)}</h1>
        <p className="mt-2 text-slate-700">{text(report.plan.owner.nameKk, report.plan.owner.nameRu, report.plan.owner.nameEn)}</p>
        <p className={open ? 'mt-2 font-medium text-green-800' : 'mt-2 font-medium text-slate-700'} data-testid="so-public-phase">
          {open ? t('openUntil', { closes: when(report.plan.discussionClosesAt) }) : t('closedOn', { closes: when(report.plan.discussionClosesAt) })}
        </p>
      </header>
      <section aria-labelledby="so-topics" className="flex flex-col gap-4">
        <h2 id="so-topics" className="text-xl font-semibold">{t('topicsTitle', { year: report.plan.year })}</h2>
        {topics.map((topic) => (
          <div key={topic.id} className="rounded-lg border border-slate-200 bg-white p-5" data-testid={`so-topic-${topic.number}`}>
            <h3 className="text-lg font-semibold">
              {topic.number}. {text(topic.titleKk, topic.titleRu, topic.titleEn)}
            </h3>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-500">{t('funding')}</dt>
              <dd>{format.number(Number(topic.budgetKzt), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })}</dd>
              {(topic.justificationKk || topic.justificationRu) && (
                <>
                  <dt className="text-slate-500">{t('justification')}</dt>
                  <dd>{text(topic.justificationKk, topic.justificationRu)}</dd>
                </>
              )}
              {(topic.targetGroupKk || topic.targetGroupRu) && (
                <>
                  <dt className="text-slate-500">{t('targetGroup')}</dt>
                  <dd>{text(topic.targetGroupKk, topic.targetGroupRu)}</dd>
                </>
              )}
              {(topic.expectedResultKk || topic.expectedResultRu) && (
                <>
                  <dt className="text-slate-500">{t('expectedResult')}</dt>
                  <dd>{text(topic.expectedResultKk, topic.expectedResultRu)}</dd>
                </>
              )}
            </dl>
            {open && <TopicCommentForm planId={planId} topicId={topic.id} topicNumber={topic.number} signedIn={actor !== null} />}
          </div>
        ))}
      </section>
      {!open && <DiscussionReportView report={report} />}
    </article>
  );
}
