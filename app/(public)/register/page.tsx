import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { RegistrationForm } from '@/components/auth/registration-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('register');
  return { title: t('title') };
}

export default async function RegisterPage() {
  const [t, ta, locale, regions] = await Promise.all([
    getTranslations('register'),
    getTranslations('auth'),
    getLocale() as Promise<AppLocale>,
    db.region.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }),
  ]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-600">{t('lead')}</p>
      </div>
      <RegistrationForm regions={regions.map((r) => ({ code: r.code, name: localized(locale, { kk: r.nameKk, ru: r.nameRu, en: r.nameEn }) }))} />
      <p className="text-sm">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          {ta('submit')}
        </Link>
      </p>
    </div>
  );
}
