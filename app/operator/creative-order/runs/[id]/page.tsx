import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { requirePermission } from '@/lib/auth/session';
import { allocationSnapshot, reproduceAllocation } from '@/lib/services/creative-order/run-creative-allocation';

export const dynamic = 'force-dynamic';

/** One daily run, explained per request and re-checked against its stored inputs (reproducibility). */
export default async function CreativeRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/creative-order/runs/${id}`);
  const run = await db.creativeAllocationRun.findUnique({ where: { id } });
  if (!run) notFound();
  const [t, format, locale, snapshot] = await Promise.all([getTranslations('creativeOrder.operator'), getFormatter(), getLocale() as Promise<AppLocale>, allocationSnapshot(db, run.id)]);
  const reproduced = snapshot ? reproduceAllocation(snapshot).same : null;
  const rows = snapshot ? Object.entries(snapshot.explanations).sort(([, a], [, b]) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || (a.requestedAt < b.requestedAt ? -1 : 1)) : [];
  const clubs = await db.creativeClub.findMany({ where: { id: { in: [...new Set(rows.map(([, e]) => e.clubId))] } }, select: { id: true, nameKk: true, nameRu: true } });
  const clubName = (clubId: string) => {
    const club = clubs.find((c) => c.id === clubId);
    return club ? localized(locale, { kk: club.nameKk, ru: club.nameRu, en: null }) : clubId;
  };

  return (
    <article className="flex flex-col gap-6">
      <Link href="/operator/creative-order" className="text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold">{t('runTitle', { date: format.dateTime(run.runOn, { dateStyle: 'long', timeZone: 'UTC' }) })}</h1>
      {reproduced === null ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-4">{t('noSnapshot')}</p>
      ) : (
        <p role="status" className={`rounded-lg border p-4 ${reproduced ? 'border-green-300 bg-green-50' : 'border-red-300 bg-red-50'}`}>
          {reproduced ? t('reproducible') : t('notReproducible')}
        </p>
      )}
      {rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-3">{t('position')}</th>
                <th scope="col" className="p-3">{t('request')}</th>
                <th scope="col" className="p-3">{t('club')}</th>
                <th scope="col" className="p-3">{t('priorityRank')}</th>
                <th scope="col" className="p-3">{t('requestedAt')}</th>
                <th scope="col" className="p-3">{t('freePlaces')}</th>
                <th scope="col" className="p-3">{t('outcome')}</th>
                <th scope="col" className="p-3">{t('voucher')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([requestId, e]) => (
                <tr key={requestId} className="border-t border-slate-200">
                  <td className="p-3">{e.position ?? '—'}</td>
                  <th scope="row" className="p-3 font-mono text-xs font-normal">{requestId}</th>
                  <td className="p-3">{clubName(e.clubId)}</td>
                  <td className="p-3">{e.priorityCategory ? `${e.priorityCategory} (${e.priorityRank})` : e.priorityRank}</td>
                  <td className="p-3">{format.dateTime(new Date(e.requestedAt), { dateStyle: 'medium', timeStyle: 'medium' })}</td>
                  <td className="p-3">{e.clubFreePlaces}</td>
                  <td className="p-3">{t(`outcomeValue.${e.outcome}` as never)}</td>
                  <td className="p-3">{e.voucherNumber ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
