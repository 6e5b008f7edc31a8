import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { competitionKey, listRegistryCompetitions } from '@/lib/services/registry/competitions';
import { registryFilterOptions } from '@/lib/services/registry/filter-options';
import { parseRegistrySearch } from '@/lib/services/registry/search-params';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { RegistryCount, RegistryFilters, RegistryPagination, registryFormat } from './registry-ui';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The registry of competitions of every mechanism, filtered by the URL query. */
export default async function RegistryCompetitionsPage({ searchParams }: { searchParams: SearchParams }) {
  const search = parseRegistrySearch(await searchParams);
  const [t, tc, tk, ts, fmt, options, list] = await Promise.all([
    getTranslations('registry'),
    getTranslations('registry.competitions'),
    getTranslations('kinds'),
    getTranslations('competitionStatus'),
    registryFormat(),
    registryFilterOptions(db),
    listRegistryCompetitions(db, search),
  ]);
  return (
    <div className="flex flex-col">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{t('lead')}</p>
      <RegistryFilters action="/registry" search={search} options={options} />
      <section aria-labelledby="registry-competitions">
        <h2 id="registry-competitions" className="mb-2 text-xl font-semibold">
          {tc('title')}
        </h2>
        <RegistryCount total={list.total} />
        {list.rows.length === 0 ? (
          <p className="text-slate-600">{t('list.empty')}</p>
        ) : (
          <DataTable
            testId="registry-competitions"
            caption={tc('caption', { page: list.page, pages: list.pageCount })}
            columns={[
              { label: tc('columns.code') },
              { label: tc('columns.title') },
              { label: tc('columns.kind') },
              { label: tc('columns.year'), align: 'right' },
              { label: tc('columns.organizer') },
              { label: tc('columns.status') },
              { label: tc('columns.results') },
            ]}
          >
            {list.rows.map((c) => (
              <Row key={c.id}>
                <Cell className="whitespace-nowrap font-mono">{c.code ?? '—'}</Cell>
                <Cell>
                  <Link href={`/registry/competitions/${encodeURIComponent(competitionKey(c))}`} className="text-brand-700 underline">
                    {fmt.title(c)}
                  </Link>
                </Cell>
                <Cell>{tk(c.kind)}</Cell>
                <Cell align="right">{c.year}</Cell>
                <Cell>
                  <Link href={`/registry/organizations/${c.organizer.bin}`} className="text-brand-700 underline">
                    {fmt.name(c.organizer)}
                  </Link>
                </Cell>
                <Cell>
                  <StatusBadge status={c.status} label={ts(c.status as never)} />
                </Cell>
                <Cell>{c.winnersCount === null ? <span className="text-slate-600">{tc('notPublished')}</span> : tc('winners', { count: c.winnersCount })}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
        <RegistryPagination action="/registry" search={search} page={list.page} pageCount={list.pageCount} />
      </section>
    </div>
  );
}
