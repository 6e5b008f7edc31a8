import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { GRANT_DEFAULTS } from '@/lib/services/competitions/grant-defaults';
import { settingsFormValues } from '@/lib/services/competitions/settings-form-values';
import { CompetitionSettingsForm } from '@/components/competitions/competition-settings-form';

export const dynamic = 'force-dynamic';

/** The settings of a competition: editable while it is a DRAFT (saved with its version), read-only notice after. */
export default async function CompetitionSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/competitions/${id}/settings`);
  const c = await db.competition.findUnique({ where: { id }, include: { lots: { orderBy: { number: 'asc' }, select: { periodStart: true, periodEnd: true } } } });
  if (!c) notFound();
  const [t, locale] = await Promise.all([getTranslations('competitionSetup'), getLocale() as Promise<AppLocale>]);
  const title = localized(locale, { kk: c.titleKk, ru: c.titleRu, en: c.titleEn });
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/operator/competitions/${id}`} className="text-brand-700 underline">{t('backToHub')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('settingsTitle', { title })}</h1>
      {c.status !== 'DRAFT' ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t('settingsLocked')}</p>
      ) : (
        <CompetitionSettingsForm
          mode="edit"
          window={{ min: c.windowMinDays ?? GRANT_DEFAULTS.windowMinDays, max: c.windowMaxDays ?? GRANT_DEFAULTS.windowMaxDays }}
          initial={{ ...settingsFormValues(c), competitionId: c.id, expectedVersion: c.version }}
        />
      )}
    </div>
  );
}
