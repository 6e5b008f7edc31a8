import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { clubToDraftValues } from '@/lib/services/creative-order/creative-order-input';
import { creativeClubApplication } from '@/lib/services/creative-order/queries';
import { DecideClubForm } from '@/components/creative-order/club-operator-actions';
import { ProviderApplicationView } from '@/components/creative-order/provider-application-view';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** The operator reviews one provider application (programme + staff certificates) and admits or refuses it with a reason (CO-3). */
export default async function CreativeClubReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/creative-order/clubs/${id}`);
  const club = await creativeClubApplication(db, id);
  // A provider's draft is not the operator's yet.
  if (!club || club.status === 'DRAFT') notFound();
  const [t, tp, format, locale] = await Promise.all([getTranslations('creativeOrder.operator'), getTranslations('creativeOrder.provider'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk: string, ru: string) => localized(locale, { kk, ru, en: null });
  return (
    <article className="flex flex-col gap-6">
      <Link href="/operator/creative-order" className="text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold">{text(club.nameKk, club.nameRu)}</h1>
      <p className="text-slate-700">
        {t('providerLine', { provider: text(club.provider.nameKk, club.provider.nameRu), bin: club.provider.bin })}
      </p>
      <p>
        <StatusBadge status={club.status} label={t.has(`clubStatus.${club.status}` as never) ? t(`clubStatus.${club.status}` as never) : club.status} />
      </p>
      {club.decision && (
        <p role="status" className="rounded border border-slate-300 bg-slate-50 p-3">
          {club.decision.admitted ? tp('admittedOn', { at: format.dateTime(club.decision.at, { dateStyle: 'medium' }) }) : tp('refusedOn', { at: format.dateTime(club.decision.at, { dateStyle: 'medium' }) })}
          {club.decision.reason ? ` ${tp('reason', { reason: club.decision.reason })}` : ''}
        </p>
      )}
      <ProviderApplicationView values={clubToDraftValues(club)} regionLabel={text(club.region.nameKk, club.region.nameRu)} applicationDate={club.applicationDate} />
      {club.status === 'SUBMITTED' && (
        <section aria-labelledby="decide-title" className="flex max-w-xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="decide-title" className="text-xl font-semibold">
            {t('decideTitle')}
          </h2>
          <DecideClubForm clubId={club.id} />
        </section>
      )}
    </article>
  );
}
