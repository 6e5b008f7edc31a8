import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { ProposalReviewForm } from '@/components/plans/proposal-review-form';
import { ProposalView } from '@/components/plans/proposal-view';
import { directionAndRegionOptions } from '@/components/plans/reference-options';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** One sent proposal: its text, the NGO, and the review form (or the recorded decision). Operator staff only. */
export default async function OperatorTopicProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/topic-proposals/${id}`);
  const p = await db.topicProposal.findUnique({
    where: { id },
    include: {
      organization: { select: { nameKk: true, nameRu: true, bin: true } },
      direction: { select: { number: true, nameKk: true, nameRu: true, nameEn: true } },
      reviewedBy: { select: { name: true } },
      planTopic: { select: { number: true, plan: { select: { titleKk: true, titleRu: true, titleEn: true } } } },
    },
  });
  // Drafts are the NGO's own working copies.
  if (!p || p.status === 'DRAFT') notFound();
  const [t, format, locale] = await Promise.all([getTranslations('topicProposals'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const plans = p.status === 'SUBMITTED' ? await db.plan.findMany({ where: { kind: 'GRANT' }, orderBy: { year: 'desc' }, select: { id: true, year: true, titleKk: true, titleRu: true, titleEn: true } }) : [];
  const options = p.status === 'SUBMITTED' ? await directionAndRegionOptions(locale) : { directions: [], regions: [] };

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/topic-proposals" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{t('viewTitle', { title: p.title || t('untitled') })}</h1>
        <span data-testid="proposal-status">
          <StatusBadge status={p.status} label={t(`statuses.${p.status}` as never)} />
        </span>
      </div>
      <p className="text-slate-600">
        {text(p.organization.nameKk, p.organization.nameRu)} <span className="font-mono text-sm">({p.organization.bin})</span>
        {p.submittedAt && <> · {format.dateTime(p.submittedAt, { dateStyle: 'long', timeStyle: 'short' })}</>}
      </p>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <ProposalView proposal={p} />
      </section>
      <section aria-labelledby="review" className={p.status === 'SUBMITTED' ? 'rounded-lg border border-brand-600 bg-white p-5' : 'rounded-lg border border-slate-200 bg-white p-5'} data-testid="proposal-review">
        <h2 id="review" className="mb-3 text-xl font-semibold">{t('reviewTitle')}</h2>
        {p.status === 'SUBMITTED' ? (
          <ProposalReviewForm
            plans={plans.map((x) => ({ id: x.id, label: `${x.year} — ${text(x.titleKk, x.titleRu, x.titleEn)}` }))}
            directions={options.directions}
            regions={options.regions}
            initial={{
              proposalId: p.id,
              expectedUpdatedAt: p.updatedAt.toISOString(),
              decision: 'ACCEPT',
              comment: '',
              createTopic: true,
              planId: p.planId ?? plans[0]?.id ?? '',
              titleKk: p.language === 'kk' ? p.title : '',
              titleRu: p.language === 'ru' ? p.title : '',
              directionId: p.directionId ?? '',
              regionId: '',
              budgetKzt: p.amountKzt > 0n ? p.amountKzt.toString() : '',
            }}
          />
        ) : (
          <div className="flex flex-col gap-2">
            <p className="font-semibold">{t(`statuses.${p.status}` as never)}</p>
            {p.reviewedAt && <p className="text-sm text-slate-600">{t('reviewedAt', { at: format.dateTime(p.reviewedAt, { dateStyle: 'long', timeStyle: 'short' }) })}{p.reviewedBy ? ` — ${p.reviewedBy.name}` : ''}</p>}
            {p.planTopic && <p>{t('acceptedAsTopic', { plan: text(p.planTopic.plan.titleKk, p.planTopic.plan.titleRu, p.planTopic.plan.titleEn), number: p.planTopic.number })}</p>}
            {p.reviewComment && <p className="whitespace-pre-line">{p.reviewComment}</p>}
          </div>
        )}
      </section>
    </div>
  );
}
