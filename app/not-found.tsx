import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-slate-700">{t('text')}</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t('home')}
      </Link>
    </div>
  );
}
