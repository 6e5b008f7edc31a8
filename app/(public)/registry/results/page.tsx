import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { competitionKey } from '@/lib/services/registry/competitions';
import { registryFilterOptions } from '@/lib/services/registry/filter-options';
import { listRegistryResults } from '@/lib/services/registry/results';
import { parseRegistrySearch } from '@/lib/services/registry/search-params';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { LotOutcome, LotWinners } from '../lot-outcome';
import { RegistryCount, RegistryFilters, RegistryPagination, registryFormat } from '../registry-ui';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Published results by topic: winners with amounts, or the SC-4 reason a topic was not held. */
export default async function RegistryResultsPage({ searchParams }: { searchParams: SearchParams }) {
  const search = parseRegistrySearch(await searchParams);
  const [t, tr, tk, fmt, options, list] = await Promise.all([
    getTranslations('registry'),
    getTranslations('registry.results'),
    getTranslations('kinds'),
    registryFormat(),
    registryFilterOptions(db),
    listRegistryResults(db, search),
  ]);
  return (
    <div className="flex flex-col">
      <h1 className="text-3xl font-bold">{tr('title')}</h1>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{t('lead')}</p>
      <RegistryFilters action="/registry/results" search={search} options={options} />
      <section aria-labelledby="registry-results">
        <h2 id="registry-results" className="sr-only">
          {tr('title')}
        </h2>
        <RegistryCount total={list.total} />
        {list.rows.length === 0 ? (
          <p className="text-slate-600">{t('list.empty')}</p>
        ) : (
          <DataTable
            testId="registry-results"
            caption={tr('caption', { page: list.page, pages: list.pageCount })}
            columns={[
              { label: tr('columns.competition') },
              { label: tr('columns.lot') },
              { label: tr('columns.direction') },
              { label: tr('columns.region') },
              { label: tr('columns.outcome') },
              { label: tr('columns.winners') },
            ]}
          >
            {list.rows.map((r) => (
              <Row key={r.lotId}>
                <Cell>
                  <Link href={`/registry/competitions/${encodeURIComponent(competitionKey(r.competition))}`} className="text-brand-700 underline">
                    {fmt.title(r.competition)}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {tk(r.competition.kind)} · {r.competition.year}
                    {r.competition.code ? ` · ${r.competition.code}` : ''}
                  </span>
                </Cell>
                <Cell>{tr('lot', { number: r.number, title: fmt.title(r) })}</Cell>
                <Cell>{r.direction ? fmt.name(r.direction) : '—'}</Cell>
                <Cell>{r.region ? fmt.name(r.region) : tr('wholeCountry')}</Cell>
                <Cell>
                  <LotOutcome result={r} />
                </Cell>
                <Cell>
                  <LotWinners result={r} />
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
        <RegistryPagination action="/registry/results" search={search} page={list.page} pageCount={list.pageCount} />
      </section>
    </div>
  );
}
