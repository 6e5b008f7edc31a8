import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { PlanTopicForm } from '@/components/plans/plan-topic-form';
import { directionAndRegionOptions } from '@/components/plans/reference-options';

export const dynamic = 'force-dynamic';

export default async function NewPlanTopicPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/plans/${planId}/topics/new`);
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true, titleKk: true, titleRu: true, titleEn: true } });
  if (!plan) notFound();
  const [t, locale] = await Promise.all([getTranslations('plans'), getLocale() as Promise<AppLocale>]);
  const { directions, regions } = await directionAndRegionOptions(locale);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/plans" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('newTopicTitle', { plan: localized(locale, { kk: plan.titleKk, ru: plan.titleRu, en: plan.titleEn }) })}</h1>
      <PlanTopicForm
        directions={directions}
        regions={regions}
        initial={{ planId: plan.id, topicId: '', expectedUpdatedAt: '', titleKk: '', titleRu: '', directionId: '', regionId: '', goalKk: '', goalRu: '', expectedResultKk: '', expectedResultRu: '', budgetKzt: '' }}
      />
    </div>
  );
}
