import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

/**
 * The social order on the public competition page: the customer, the allocated amount
 * (SO-2 reference), the prepayment cap (MO-1 ≤ 50%), the dumping threshold and — after the
 * results are published — per lot every ranked bid with its score, discount, conditional
 * price and the winner (SO-1: lowest conditional price, market-experience tie-break).
 * Renders nothing for another kind.
 */
export async function SocialOrderPublicResults({ competitionId }: { competitionId: string }) {
  const c = await db.competition.findUnique({
    where: { id: competitionId },
    select: {
      kind: true, status: true, allocatedKzt: true, prepaymentMaxPercent: true, dumpingPercent: true, resultsPublishedAt: true,
      organizer: { select: { nameKk: true, nameRu: true, nameEn: true } },
      decisions: {
        where: { status: 'PUBLISHED', lotId: { not: null } },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true, outcome: true,
          lot: { select: { number: true, titleKk: true, titleRu: true, titleEn: true, budgetKzt: true } },
          rankingRows: {
            orderBy: { rank: 'asc' },
            select: { id: true, rank: true, score: true, discountPercent: true, conditionalPriceKzt: true, winner: true, application: { select: { bidPriceKzt: true, marketExperienceYears: true, organization: { select: { nameKk: true, nameRu: true, nameEn: true } } } } },
          },
        },
      },
    },
  });
  if (!c || c.kind !== 'SOCIAL_ORDER' || c.status === 'DRAFT') return null;
  const [t, format, locale] = await Promise.all([getTranslations('socialOrder.public'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (v: { nameKk?: string; nameRu?: string; nameEn?: string | null; titleKk?: string; titleRu?: string; titleEn?: string | null }) =>
    localized(locale, { kk: v.nameKk ?? v.titleKk, ru: v.nameRu ?? v.titleRu, en: v.nameEn ?? v.titleEn });
  const money = (v: bigint | null) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }));
  const prepayment = c.prepaymentMaxPercent ?? 50;
  return (
    <section aria-labelledby="so-public" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="social-order-public">
      <h2 id="so-public" className="text-xl font-semibold">{t('title')}</h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">{t('customer')}</dt>
        <dd>{text(c.organizer)}</dd>
        <dt className="text-slate-500">{t('allocated')}</dt>
        <dd>{money(c.allocatedKzt)}</dd>
        <dt className="text-slate-500">{t('prepayment')}</dt>
        <dd>{t('prepaymentValue', { percent: Math.min(prepayment, 50) })}</dd>
        <dt className="text-slate-500">{t('dumping')}</dt>
        <dd>{t('dumpingValue', { percent: c.dumpingPercent ?? 20 })}</dd>
        <dt className="text-slate-500">{t('winnerRule')}</dt>
        <dd>{t('winnerRuleValue')}</dd>
      </dl>
      {c.decisions.length === 0 ? (
        <p className="text-slate-600">{t('notYet')}</p>
      ) : (
        c.decisions.map((d) => {
          const lotTitle = d.lot ? t('lot', { number: d.lot.number, title: text(d.lot) }) : '';
          const winner = d.rankingRows.find((r) => r.winner);
          return (
            <div key={d.id} className="flex flex-col gap-2" data-testid="so-public-lot">
              <h3 className="font-semibold">{lotTitle}</h3>
              {winner ? (
                <p className="font-medium text-green-800" data-testid="so-public-winner">
                  {t('winner', { ngo: text(winner.application.organization), price: money(winner.application.bidPriceKzt) })}
                </p>
              ) : (
                <p className="text-amber-900">{t('noWinner')}</p>
              )}
              {d.rankingRows.length > 0 && (
                <DataTable
                  caption={t('caption', { lot: lotTitle })}
                  columns={[
                    { label: t('rank'), align: 'right' },
                    { label: t('ngo') },
                    { label: t('bid'), align: 'right' },
                    { label: t('score'), align: 'right' },
                    { label: t('discount'), align: 'right' },
                    { label: t('conditionalPrice'), align: 'right' },
                    { label: t('experience'), align: 'right' },
                  ]}
                >
                  {d.rankingRows.map((r) => (
                    <Row key={r.id}>
                      <Cell align="right">{r.rank}</Cell>
                      <Cell>
                        {text(r.application.organization)}
                        {r.winner && <strong className="ml-2">{t('winnerBadge')}</strong>}
                      </Cell>
                      <Cell align="right">{money(r.application.bidPriceKzt)}</Cell>
                      <Cell align="right">{format.number(Number(r.score))}</Cell>
                      <Cell align="right">{`${r.discountPercent ?? 0}%`}</Cell>
                      <Cell align="right">{money(r.conditionalPriceKzt)}</Cell>
                      <Cell align="right">{r.application.marketExperienceYears ?? '—'}</Cell>
                    </Row>
                  ))}
                </DataTable>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}
