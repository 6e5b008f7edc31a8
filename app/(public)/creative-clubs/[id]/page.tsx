import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { creativeOrderRunInstant, almatyDateOf } from '@/lib/rules';
import { myCreativeRequests, publicCreativeClub } from '@/lib/services/creative-order/queries';
import { PlaceRequestForm } from '@/components/creative-order/place-request-form';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** A club of the creative order: its programme, free places, the request form and the user's own requests. */
export default async function CreativeClubPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const club = await publicCreativeClub(db, id);
  if (!club) notFound();
  const [t, tr, format, locale, actor] = await Promise.all([
    getTranslations('creativeOrder.club'),
    getTranslations('creativeOrder.request'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    getActor(),
  ]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru, en: null });
  const mine = actor ? await myCreativeRequests(db, actor.id, club.id) : [];
  const runTime = format.dateTime(creativeOrderRunInstant(almatyDateOf(new Date())), { timeStyle: 'short' });
  const signIn = `/sign-in?callbackUrl=${encodeURIComponent(`/creative-clubs/${club.id}`)}`;

  return (
    <article className="flex flex-col gap-6">
      <Link href="/creative-clubs" className="text-brand-700 underline">
        {t('back')}
      </Link>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{text(club.nameKk, club.nameRu)}</h1>
        <p className="text-slate-700">
          {text(club.provider.nameKk, club.provider.nameRu)} · {text(club.region.nameKk, club.region.nameRu)}, {club.address}
        </p>
        <p className="font-medium">{t('placesInfo', { free: club.freePlaces, total: club.places })}</p>
        <p className="text-slate-700">{t('howItWorks', { time: runTime })}</p>
      </header>
      <section aria-labelledby="programme-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="programme-title" className="text-xl font-semibold">
          {t('programme')}
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('goals')}</dt>
          <dd>{club.programme.goals || '—'}</dd>
          <dt className="text-slate-500">{t('expectedResults')}</dt>
          <dd>{club.programme.expectedResults || '—'}</dd>
          <dt className="text-slate-500">{t('schedule')}</dt>
          <dd>{club.programme.schedule || '—'}</dd>
          <dt className="text-slate-500">{t('attendanceRules')}</dt>
          <dd>{club.programme.attendanceRules || '—'}</dd>
        </dl>
      </section>
      {actor ? (
        <PlaceRequestForm clubId={club.id} categories={club.categories.map((c) => ({ code: c.code, label: text(c.labelKk, c.labelRu) }))} />
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-5">
          <Link href={signIn} className="font-semibold text-brand-700 underline">
            {t('signInToRequest')}
          </Link>
        </p>
      )}
      {mine.length > 0 && (
        <section aria-labelledby="mine-title" className="flex flex-col gap-3">
          <h2 id="mine-title" className="text-xl font-semibold">
            {tr('myRequests')}
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="p-3">{tr('childName')}</th>
                  <th scope="col" className="p-3">{tr('requestedAt')}</th>
                  <th scope="col" className="p-3">{tr('statusColumn')}</th>
                  <th scope="col" className="p-3">{tr('voucherColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((r) => (
                  <tr key={r.id} className="border-t border-slate-200">
                    <th scope="row" className="p-3 font-medium">{r.childName}</th>
                    <td className="p-3">{format.dateTime(r.requestedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                    <td className="p-3">
                      <StatusBadge status={r.status} label={tr(`status.${r.status}` as never)} />
                    </td>
                    <td className="p-3">{r.allocation?.voucherNumber ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </article>
  );
}
