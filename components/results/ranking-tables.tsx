import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import type { ResultsView } from '@/lib/services/results/results-view';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

/**
 * Per lot: the decision (held / not held with its SC-4 reason) and the ranked list — rank,
 * NGO, score, experts, requested, awarded, winner, and the inter-rater spread of the expert
 * totals (flagged when high). Paged per lot (`?lot=N&page=P`) so the page stays fast.
 */
export async function RankingTables({ view, basePath }: { view: ResultsView; basePath: string }) {
  const [t, format, locale] = await Promise.all([getTranslations('results'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const money = (v: bigint | null) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }));
  const num = (v: number, digits = 2) => format.number(v, { maximumFractionDigits: digits });

  return (
    <div className="flex flex-col gap-8">
      {view.lots.map((lot) => {
        const title = `${t('lot', { number: lot.number })}. ${text(lot.titleKk, lot.titleRu, lot.titleEn)}`;
        const d = lot.decision;
        return (
          <section key={lot.id} aria-labelledby={`lot-${lot.number}`} className="flex flex-col gap-3" data-testid={`ranking-lot-${lot.number}`}>
            <h3 id={`lot-${lot.number}`} className="text-lg font-semibold">
              {title}
            </h3>
            <p className="text-sm text-slate-700">
              {t('lotBudget', { budget: money(lot.budgetKzt) })} · {t('lotAwarded', { awarded: money(lot.awardedKzt) })}
            </p>
            {!d ? (
              <p className="text-slate-600">{t('noDecision')}</p>
            ) : d.outcome === 'NOT_HELD' ? (
              <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" data-testid={`not-held-${lot.number}`}>
                {t('notHeld', { reason: t(`notHeldReasons.${d.notHeldReason ?? 'UNKNOWN'}` as never) })}
              </p>
            ) : (
              <p className="font-medium text-green-900">{t('held')}</p>
            )}
            {lot.rows.length > 0 && (
              <DataTable
                caption={t('rankingCaption', { lot: title })}
                testId={`ranking-table-${lot.number}`}
                columns={[
                  { label: t('columns.rank'), align: 'right' },
                  { label: t('columns.ngo') },
                  { label: t('columns.score'), align: 'right' },
                  { label: t('columns.experts'), align: 'right' },
                  { label: t('columns.spread'), align: 'right' },
                  { label: t('columns.requested'), align: 'right' },
                  { label: t('columns.awarded'), align: 'right' },
                  { label: t('columns.winner') },
                ]}
              >
                {lot.rows.map((r) => (
                  <Row key={r.applicationId}>
                    <Cell align="right">{r.rank}</Cell>
                    <Cell>
                      <span className="font-medium">{text(r.organization.nameKk, r.organization.nameRu, r.organization.nameEn)}</span>
                      <span className="block text-xs text-slate-600">
                        {t('bin', { bin: r.organization.bin })}
                        {(r.projectTitleKk || r.projectTitleRu) && ` · ${text(r.projectTitleKk, r.projectTitleRu)}`}
                      </span>
                    </Cell>
                    <Cell align="right" className="font-mono">
                      {num(r.score, 3)}
                    </Cell>
                    <Cell align="right">{r.expertsCount}</Cell>
                    <Cell align="right">
                      {r.agreement ? (
                        <span className={r.agreement.highSpread ? 'font-semibold text-red-800' : ''}>
                          {t('spreadValue', { min: r.agreement.min, max: r.agreement.max, spread: r.agreement.spread })}
                          {r.agreement.highSpread && <span className="block text-xs">{t('highSpread')}</span>}
                        </span>
                      ) : (
                        '—'
                      )}
                    </Cell>
                    <Cell align="right">{money(r.requestedKzt)}</Cell>
                    <Cell align="right">{money(r.awardedKzt)}</Cell>
                    <Cell>{r.winner ? <span className="rounded bg-green-100 px-2 py-0.5 font-medium text-green-900">{t('winnerYes')}</span> : t('winnerNo')}</Cell>
                  </Row>
                ))}
              </DataTable>
            )}
            {lot.pages > 1 && (
              <nav aria-label={t('pagination', { lot: title })} className="flex flex-wrap items-center gap-3 text-sm">
                <span>{t('pageOf', { page: lot.page, pages: lot.pages, total: lot.total })}</span>
                {lot.page > 1 && (
                  <Link className="text-brand-700 underline" href={`${basePath}?lot=${lot.number}&page=${lot.page - 1}#lot-${lot.number}`}>
                    {t('previousPage')}
                  </Link>
                )}
                {lot.page < lot.pages && (
                  <Link className="text-brand-700 underline" href={`${basePath}?lot=${lot.number}&page=${lot.page + 1}#lot-${lot.number}`}>
                    {t('nextPage')}
                  </Link>
                )}
              </nav>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** Experts whose totals deviate from the others' on the same applications (inter-rater, a quality signal). */
export async function InterRaterPanel({ view }: { view: ResultsView }) {
  const [t, format] = await Promise.all([getTranslations('results'), getFormatter()]);
  if (view.experts.length === 0) return null;
  const flagged = view.experts.filter((e) => e.outlier);
  return (
    <section aria-labelledby="inter-rater" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="inter-rater">
      <h2 id="inter-rater" className="text-xl font-semibold">
        {t('interRater.title')}
      </h2>
      <p className="text-sm text-slate-700">{t('interRater.intro')}</p>
      <p className={flagged.length > 0 ? 'font-medium text-red-800' : 'text-slate-700'}>{t('interRater.flaggedCount', { count: flagged.length })}</p>
      <DataTable
        caption={t('interRater.caption')}
        columns={[{ label: t('interRater.expert') }, { label: t('interRater.shared'), align: 'right' }, { label: t('interRater.deviation'), align: 'right' }, { label: t('interRater.flag') }]}
      >
        {view.experts.map((e) => (
          <Row key={e.expertId}>
            <Cell>{e.name}</Cell>
            <Cell align="right">{e.sharedApplications}</Cell>
            <Cell align="right" className="font-mono">
              {e.meanDeviation === null ? '—' : format.number(e.meanDeviation, { maximumFractionDigits: 2, signDisplay: 'exceptZero' })}
            </Cell>
            <Cell>{e.outlier ? <span className="rounded bg-red-100 px-2 py-0.5 font-medium text-red-900">{t('interRater.outlier')}</span> : t('interRater.ok')}</Cell>
          </Row>
        ))}
      </DataTable>
    </section>
  );
}
