import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { addCalendarDays, almatyDateOf } from '@/lib/rules';
import { loadDiscussionReport } from '@/lib/services/social-order/discussion-report';
import { CommentReviewForm, OpenDiscussionForm } from '@/components/social-order/discussion-forms';

export const dynamic = 'force-dynamic';

const card = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * Stage 3 for the customer: publish the plan's topics for public discussion (≥ 10 working
 * days), review each comment (F-5.1 conclusion) and produce the discussion report.
 */
export default async function PlanDiscussionPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  await requirePermission('manage', { type: 'competition', status: 'DRAFT' }, `/operator/social-order/discussions/${planId}`);
  const now = new Date();
  const report = await loadDiscussionReport(db, planId, now);
  if (!report) notFound();
  const [t, tr, format, locale] = await Promise.all([getTranslations('socialOrder.discussion'), getTranslations('socialOrder.report'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const overrides = await db.calendarOverride.findMany({ select: { date: true, kind: true } });
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const today = almatyDateOf(now);
  const canOpen = report.phase === 'NOT_SCHEDULED' || report.phase === 'SCHEDULED';

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/social-order/discussions" className="text-brand-700 underline">{t('backToList')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{text(report.plan.titleKk, report.plan.titleRu, report.plan.titleEn)}</h1>
        <p className="mt-2 text-slate-700">{text(report.plan.owner.nameKk, report.plan.owner.nameRu, report.plan.owner.nameEn)}</p>
      </div>

      <section aria-labelledby="so-window" className={card}>
        <h2 id="so-window" className="text-xl font-semibold">{t('windowTitle')}</h2>
        <p className="mt-2" data-testid="so-discussion-phase">
          {t(`phases.${report.phase}` as never)}
          {report.plan.discussionOpensAt && ` · ${when(report.plan.discussionOpensAt)} – ${when(report.plan.discussionClosesAt)}`}
        </p>
        <p className="mt-1 text-sm text-slate-600">{t('rule')}</p>
        {canOpen ? (
          <OpenDiscussionForm
            planId={planId}
            defaults={{
              opensOn: report.plan.discussionOpensAt ? almatyDateOf(report.plan.discussionOpensAt) : today,
              closesOn: report.plan.discussionClosesAt ? almatyDateOf(report.plan.discussionClosesAt) : addCalendarDays(today, 13),
            }}
            overrides={{ extraDaysOff: overrides.filter((o) => o.kind === 'DAY_OFF').map((o) => iso(o.date)), extraWorkingDays: overrides.filter((o) => o.kind === 'WORKING_DAY').map((o) => iso(o.date)) }}
          />
        ) : (
          <p className="mt-2">
            <Link href={`/social-order/${planId}`} className="text-brand-700 underline">{t('publicPage')}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="so-comments" className={card}>
        <h2 id="so-comments" className="text-xl font-semibold">{t('commentsTitle')}</h2>
        {report.topics.map((topic) => (
          <div key={topic.id} className="mt-4">
            <h3 className="text-lg font-semibold">
              {topic.number}. {text(topic.titleKk, topic.titleRu, topic.titleEn)}
            </h3>
            {topic.comments.length === 0 ? (
              <p className="text-slate-600">{t('noComments')}</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-3">
                {topic.comments.map((c) => (
                  <li key={c.id} className="rounded border border-slate-200 p-3" data-testid="so-comment">
                    <p className="whitespace-pre-line">{c.text}</p>
                    <p className="text-sm text-slate-600">
                      {c.organization ? text(c.organization.nameKk, c.organization.nameRu, c.organization.nameEn) : c.author} · {when(c.submittedAt)}
                      {c.late && <span className="ml-2 font-medium text-amber-800">{t('lateBadge')}</span>}
                    </p>
                    <p className="mt-1 font-medium">{tr(`status.${c.status}` as never)}{c.conclusion ? ` — ${c.conclusion}` : ''}</p>
                    {c.status === 'PENDING' && !c.late && <CommentReviewForm planId={planId} commentId={c.id} />}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="so-report-link" className={card}>
        <h2 id="so-report-link" className="text-xl font-semibold">{tr('title')}</h2>
        <p className="mt-2">{tr('totals', { accepted: report.totals.accepted, rejected: report.totals.rejected, pending: report.totals.pending })}</p>
        <p className="mt-2 flex flex-wrap gap-4">
          <Link href={`/operator/social-order/discussions/${planId}/report`} className="text-brand-700 underline">{t('openReport')}</Link>
          <a href={`/operator/social-order/discussions/${planId}/report/pdf`} className="text-brand-700 underline">{t('downloadPdf')}</a>
        </p>
      </section>
    </div>
  );
}
