import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf } from '@/lib/rules';
import { SpCreateForm } from '@/components/strategic-partnership/create-form';

export const dynamic = 'force-dynamic';

/** A new strategic-partnership competition: a central executive body as organiser (seed 000 L86), criteria defined here. */
export default async function NewStrategicPartnershipPage() {
  await requirePermission('manage', { type: 'competition', status: 'DRAFT' }, '/operator/strategic-partnership/new');
  const [t, locale] = await Promise.all([getTranslations('strategicPartnership'), getLocale() as Promise<AppLocale>]);
  const bodies = await db.organization.findMany({
    where: { kind: 'STATE_BODY', isCentralBody: true },
    orderBy: { nameRu: 'asc' },
    select: { id: true, nameKk: true, nameRu: true, nameEn: true },
  });
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/strategic-partnership" className="text-brand-700 underline">{t('new.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('new.title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t('new.lead')}</p>
      </div>
      <SpCreateForm
        organizers={bodies.map((b) => ({ id: b.id, name: localized(locale, { kk: b.nameKk, ru: b.nameRu, en: b.nameEn }) }))}
        year={Number(almatyDateOf(new Date()).slice(0, 4))}
      />
    </div>
  );
}
