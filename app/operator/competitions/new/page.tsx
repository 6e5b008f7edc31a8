import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { defaultSettingsValues } from '@/lib/services/competitions/competition-settings-input';
import { LIVE_COMPETITION_STATUSES } from '@/lib/services/competitions/create-competition';
import { GRANT_DEFAULTS } from '@/lib/services/competitions/grant-defaults';
import { CompetitionSettingsForm } from '@/components/competitions/competition-settings-form';

export const dynamic = 'force-dynamic';

/** Create a grant competition from the planned topics of a plan (§4.4 stages 1–2). Operator staff only. */
export default async function NewCompetitionPage({ searchParams }: { searchParams: Promise<{ planId?: string }> }) {
  await requirePermission('manage', { type: 'competition', status: 'DRAFT' }, '/operator/competitions/new');
  const { planId } = await searchParams;
  const [t, locale] = await Promise.all([getTranslations('competitionSetup'), getLocale() as Promise<AppLocale>]);
  const plans = await db.plan.findMany({
    where: { kind: 'GRANT' },
    orderBy: [{ year: 'desc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      year: true,
      titleKk: true,
      titleRu: true,
      titleEn: true,
      // Only topics free to announce: PLANNED and not held by a live competition.
      topics: {
        where: { status: 'PLANNED', lots: { none: { competition: { status: { in: LIVE_COMPETITION_STATUSES } } } } },
        orderBy: { number: 'asc' },
        select: { id: true, number: true, titleKk: true, titleRu: true, titleEn: true, budgetKzt: true },
      },
    },
  });
  const operator = await db.organization.findFirst({ where: { kind: 'OPERATOR' }, orderBy: { createdAt: 'asc' }, select: { email: true, phone: true } });
  const choices = plans.map((p) => ({
    id: p.id,
    label: `${p.year} — ${localized(locale, { kk: p.titleKk, ru: p.titleRu, en: p.titleEn })}`,
    topics: p.topics.map((x) => ({ id: x.id, number: x.number, title: localized(locale, { kk: x.titleKk, ru: x.titleRu, en: x.titleEn }), budgetKzt: Number(x.budgetKzt) })),
  }));
  const initialPlan = choices.find((p) => p.id === planId)?.id ?? choices[0]?.id ?? '';
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/plans" className="text-brand-700 underline">{t('hub.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('newTitle')}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t('newLead')}</p>
      </div>
      <CompetitionSettingsForm
        mode="create"
        plans={choices}
        window={{ min: GRANT_DEFAULTS.windowMinDays, max: GRANT_DEFAULTS.windowMaxDays }}
        initial={{ ...defaultSettingsValues(), planId: initialPlan, topicIds: [], contactEmail: operator?.email ?? '', contactPhone: operator?.phone ?? '' }}
      />
    </div>
  );
}
