import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { publicCreativeClubs } from '@/lib/services/creative-order/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('creativeOrder.clubs');
  return { title: t('title') };
}

/** Public list of the admitted children's creative clubs with their free places (seed 002). */
export default async function CreativeClubsPage() {
  const [t, locale] = await Promise.all([getTranslations('creativeOrder.clubs'), getLocale() as Promise<AppLocale>]);
  const clubs = await publicCreativeClubs(db);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru, en: null });

  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </header>
      {clubs.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-3">{t('name')}</th>
                <th scope="col" className="p-3">{t('provider')}</th>
                <th scope="col" className="p-3">{t('region')}</th>
                <th scope="col" className="p-3">{t('ages')}</th>
                <th scope="col" className="p-3">{t('places')}</th>
              </tr>
            </thead>
            <tbody>
              {clubs.map((c) => (
                <tr key={c.id} className="border-t border-slate-200">
                  <th scope="row" className="p-3 font-medium">
                    <Link href={`/creative-clubs/${c.id}`} className="text-brand-700 underline hover:text-brand-800">
                      {text(c.nameKk, c.nameRu)}
                    </Link>
                    {(c.fieldKk || c.fieldRu) && <span className="block text-slate-600">{text(c.fieldKk, c.fieldRu)}</span>}
                  </th>
                  <td className="p-3">{text(c.providerKk, c.providerRu)}</td>
                  <td className="p-3">
                    {text(c.regionKk, c.regionRu)}
                    <span className="block text-slate-600">{c.address}</span>
                  </td>
                  <td className="p-3">{c.ageMin != null && c.ageMax != null ? t('ageRange', { min: c.ageMin, max: c.ageMax }) : '—'}</td>
                  <td className="p-3">{t('placesValue', { free: c.freePlaces, total: c.places })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
