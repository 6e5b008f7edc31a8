import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { providerCreativeClubs } from '@/lib/services/creative-order/queries';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** The provider's creative-order applications (seed 002): drafts, submitted, decided. */
export default async function NgoCreativeOrderPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/creative-order');
  const [t, format, locale] = await Promise.all([getTranslations('creativeOrder.provider'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const providerId = actor.organizationIds[0];
  const mayApply = !!providerId && can(actor, 'apply', { type: 'organization', id: providerId });
  const clubs = mayApply ? await providerCreativeClubs(db, providerId) : [];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl text-slate-600">{t('lead')}</p>
      {mayApply && (
        <p>
          <Link href="/ngo/creative-order/new" className="inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t('newApplication')}
          </Link>
        </p>
      )}
      {clubs.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('listCaption')}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-3">{t('club')}</th>
                <th scope="col" className="p-3">{t('status')}</th>
                <th scope="col" className="p-3">{t('updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {clubs.map((c) => (
                <tr key={c.id} className="border-t border-slate-200">
                  <th scope="row" className="p-3 font-medium">
                    <Link href={`/ngo/creative-order/${c.id}`} className="text-brand-700 underline">
                      {localized(locale, { kk: c.nameKk, ru: c.nameRu, en: null }) || t('untitled')}
                    </Link>
                  </th>
                  <td className="p-3">
                    <StatusBadge status={c.status} label={t(`statusValue.${c.status}` as never)} />
                  </td>
                  <td className="p-3">{format.dateTime(c.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
