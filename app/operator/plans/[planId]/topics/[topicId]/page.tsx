import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { PlanTopicForm } from '@/components/plans/plan-topic-form';
import { directionAndRegionOptions } from '@/components/plans/reference-options';

export const dynamic = 'force-dynamic';

export default async function EditPlanTopicPage({ params }: { params: Promise<{ planId: string; topicId: string }> }) {
  const { planId, topicId } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/plans/${planId}/topics/${topicId}`);
  const topic = await db.planTopic.findUnique({ where: { id: topicId }, include: { plan: { select: { titleKk: true, titleRu: true, titleEn: true } } } });
  if (!topic || topic.planId !== planId) notFound();
  const [t, locale] = await Promise.all([getTranslations('plans'), getLocale() as Promise<AppLocale>]);
  const { directions, regions } = await directionAndRegionOptions(locale);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/plans" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('editTopicTitle', { number: topic.number, plan: localized(locale, { kk: topic.plan.titleKk, ru: topic.plan.titleRu, en: topic.plan.titleEn }) })}</h1>
      {topic.status !== 'PLANNED' ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t('locked')}</p>
      ) : (
        <PlanTopicForm
          directions={directions}
          regions={regions}
          initial={{
            planId,
            topicId: topic.id,
            expectedUpdatedAt: topic.updatedAt.toISOString(),
            titleKk: topic.titleKk,
            titleRu: topic.titleRu,
            directionId: topic.directionId ?? '',
            regionId: topic.regionId ?? '',
            goalKk: topic.goalKk ?? '',
            goalRu: topic.goalRu ?? '',
            expectedResultKk: topic.expectedResultKk ?? '',
            expectedResultRu: topic.expectedResultRu ?? '',
            budgetKzt: topic.budgetKzt.toString(),
          }}
        />
      )}
    </div>
  );
}
