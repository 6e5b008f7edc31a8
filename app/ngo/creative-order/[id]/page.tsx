import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { clubToDraftValues } from '@/lib/services/creative-order/creative-order-input';
import { creativeClubApplication, creativeRegionOptions } from '@/lib/services/creative-order/queries';
import { ProviderApplicationForm } from '@/components/creative-order/provider-application-form';
import { ProviderApplicationView } from '@/components/creative-order/provider-application-view';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** One application of the provider: the editable draft, or the frozen application with the operator's decision. */
export default async function NgoCreativeApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, `/ngo/creative-order/${id}`);
  const club = await creativeClubApplication(db, id);
  // Another organisation's application does not exist for this user (IDOR).
  if (!club || !can(actor, 'apply', { type: 'organization', id: club.providerId })) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('creativeOrder.provider'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const values = clubToDraftValues(club);
  const title = localized(locale, { kk: club.nameKk, ru: club.nameRu, en: club.nameEn }) || t('untitled');
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/ngo/creative-order" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p>
        <StatusBadge status={club.status} label={t(`statusValue.${club.status}` as never)} />
      </p>
      {club.decision && (
        <div role="status" className={`rounded border p-3 ${club.decision.admitted ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}>
          <p className="font-semibold">
            {club.decision.admitted ? t('admittedOn', { at: format.dateTime(club.decision.at, { dateStyle: 'medium' }) }) : t('refusedOn', { at: format.dateTime(club.decision.at, { dateStyle: 'medium' }) })}
          </p>
          {club.decision.reason && <p>{t('reason', { reason: club.decision.reason })}</p>}
        </div>
      )}
      {club.status === 'DRAFT' ? (
        <ProviderApplicationForm initial={values} regions={await creativeRegionOptions(db, locale)} />
      ) : (
        <ProviderApplicationView values={values} regionLabel={localized(locale, { kk: club.region.nameKk, ru: club.region.nameRu, en: null })} applicationDate={club.applicationDate} />
      )}
    </div>
  );
}
