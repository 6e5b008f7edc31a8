import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { ProposalView } from '@/components/plans/proposal-view';
import { directionAndRegionOptions } from '@/components/plans/reference-options';
import { TopicProposalForm } from '@/components/plans/topic-proposal-form';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** One of the NGO's own proposals: the form while it is a draft, then the read-only text and the operator's decision. */
export default async function TopicProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, `/ngo/topic-proposals/${id}`);
  const p = await db.topicProposal.findUnique({
    where: { id },
    include: {
      direction: { select: { number: true, nameKk: true, nameRu: true, nameEn: true } },
      planTopic: { select: { number: true, plan: { select: { titleKk: true, titleRu: true, titleEn: true } } } },
    },
  });
  // Another NGO's proposal does not exist for this user (IDOR).
  if (!p || !can(actor, 'read', { type: 'organization', id: p.organizationId }) || !actor.organizationIds.includes(p.organizationId)) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('topicProposals'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const editable = p.status === 'DRAFT' && can(actor, 'update', { type: 'organization', id: p.organizationId });

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/ngo/topic-proposals" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{editable ? t('editTitle') : t('viewTitle', { title: p.title || t('untitled') })}</h1>
        <span data-testid="proposal-status">
          <StatusBadge status={p.status} label={t(`statuses.${p.status}` as never)} />
        </span>
      </div>
      {editable ? (
        <TopicProposalForm
          directions={(await directionAndRegionOptions(locale)).directions}
          initial={{
            proposalId: p.id,
            language: p.language === 'ru' ? 'ru' : 'kk',
            title: p.title,
            rationale: p.rationale,
            goal: p.goal,
            tasks: p.tasks,
            description: p.description,
            amountKzt: p.amountKzt > 0n ? p.amountKzt.toString() : '',
            geography: p.geography,
            expectedResults: p.expectedResults,
            directionId: p.directionId ?? '',
          }}
        />
      ) : (
        <>
          <section aria-labelledby="review" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="proposal-review">
            <h2 id="review" className="mb-2 text-xl font-semibold">{t('reviewTitle')}</h2>
            {p.reviewedAt ? (
              <div className="flex flex-col gap-2">
                <p className="font-semibold">{t(`statuses.${p.status}` as never)}</p>
                <p className="text-sm text-slate-600">{t('reviewedAt', { at: format.dateTime(p.reviewedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
                {p.planTopic && (
                  <p>{t('acceptedAsTopic', { plan: localized(locale, { kk: p.planTopic.plan.titleKk, ru: p.planTopic.plan.titleRu, en: p.planTopic.plan.titleEn }), number: p.planTopic.number })}</p>
                )}
                {p.reviewComment && (
                  <>
                    <h3 className="font-semibold">{t('comment')}</h3>
                    <p className="whitespace-pre-line">{p.reviewComment}</p>
                  </>
                )}
              </div>
            ) : (
              <p>{t('awaiting')}</p>
            )}
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <ProposalView proposal={p} />
          </section>
        </>
      )}
    </div>
  );
}
