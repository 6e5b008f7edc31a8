import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/locales';
import { expertFormOptions } from '@/lib/services/experts/form-options';
import { ExpertForm } from '@/components/experts/expert-form';

export const dynamic = 'force-dynamic';

/** Staff enter a new expert and invite them by e-mail (GC-5, GC-6, GC-7). */
export default async function InviteExpertPage() {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/experts/new');
  const [t, locale] = await Promise.all([getTranslations('experts'), getLocale() as Promise<AppLocale>]);
  const options = await expertFormOptions(db, locale);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/experts" className="text-brand-700 underline">{t('detail.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('invite.title')}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t('invite.lead')}</p>
      </div>
      <ExpertForm mode="invite" directions={options.directions} ngos={options.ngos} />
    </div>
  );
}
