import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { loadPublishedResults } from '@/lib/services/results/published-view';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

/**
 * The published results on the public competition page (L1035–1036): per lot the ranked
 * list — NGO, score, winner, amount awarded — or the reason the topic was not held (SC-4).
 * Renders nothing before publication.
 */
export async function PublishedResults({ competitionId }: { competitionId: string }) {
  const lots = await loadPublishedResults(db, competitionId);
  if (lots.length === 0) return null;
  const [t, format, locale] = await Promise.all([getTranslations('results'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const money = (v: bigint | null) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }));

  return (
    <section aria-labelledby="published-results" className="flex flex-col gap-4" data-testid="published-results">
      <h2 id="published-results" className="text-xl font-semibold">
        {t('public.title')}
      </h2>
      {lots.map((d) => {
        const title = `${t('lot', { number: d.lot.number })}. ${text(d.lot.titleKk, d.lot.titleRu, d.lot.titleEn)}`;
        return (
          <div key={d.id} className="flex flex-col gap-2" data-testid={`published-lot-${d.lot.number}`}>
            <h3 className="font-semibold">{title}</h3>
            {d.outcome === 'NOT_HELD' ? (
              <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
                {t('notHeld', { reason: t(`notHeldReasons.${d.notHeldReason ?? 'UNKNOWN'}` as never) })}
              </p>
            ) : null}
            {d.rows.length > 0 && (
              <DataTable
                caption={t('public.caption', { lot: title })}
                columns={[
                  { label: t('columns.rank'), align: 'right' },
                  { label: t('columns.ngo') },
                  { label: t('columns.score'), align: 'right' },
                  { label: t('columns.winner') },
                  { label: t('columns.awarded'), align: 'right' },
                ]}
              >
                {d.rows.map((r) => (
                  <Row key={r.applicationId}>
                    <Cell align="right">{r.rank}</Cell>
                    <Cell>{text(r.organization.nameKk, r.organization.nameRu, r.organization.nameEn)}</Cell>
                    <Cell align="right" className="font-mono">
                      {format.number(r.score, { maximumFractionDigits: 2 })}
                    </Cell>
                    <Cell>{r.winner ? <span className="rounded bg-green-100 px-2 py-0.5 font-medium text-green-900">{t('winnerYes')}</span> : t('winnerNo')}</Cell>
                    <Cell align="right">{money(r.awardedKzt)}</Cell>
                  </Row>
                ))}
              </DataTable>
            )}
          </div>
        );
      })}
    </section>
  );
}
