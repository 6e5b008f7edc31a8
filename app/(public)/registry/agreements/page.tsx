import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { agreementHref, listRegistryAgreements } from '@/lib/services/registry/agreements';
import { competitionKey } from '@/lib/services/registry/competitions';
import { registryFilterOptions } from '@/lib/services/registry/filter-options';
import { parseRegistrySearch } from '@/lib/services/registry/search-params';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { RegistryCount, RegistryFilters, RegistryPagination, registryFormat } from '../registry-ui';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Agreements signed by both sides: number, NGO, amount, period, status. */
export default async function RegistryAgreementsPage({ searchParams }: { searchParams: SearchParams }) {
  const search = parseRegistrySearch(await searchParams);
  const [t, ta, tstatus, fmt, options, list] = await Promise.all([
    getTranslations('registry'),
    getTranslations('registry.agreements'),
    getTranslations('agreements.status'),
    registryFormat(),
    registryFilterOptions(db),
    listRegistryAgreements(db, search),
  ]);
  return (
    <div className="flex flex-col">
      <h1 className="text-3xl font-bold">{ta('title')}</h1>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{t('lead')}</p>
      <RegistryFilters action="/registry/agreements" search={search} options={options} />
      <section aria-labelledby="registry-agreements">
        <h2 id="registry-agreements" className="sr-only">
          {ta('title')}
        </h2>
        <RegistryCount total={list.total} />
        {list.rows.length === 0 ? (
          <p className="text-slate-600">{t('list.empty')}</p>
        ) : (
          <DataTable
            testId="registry-agreements"
            caption={ta('caption', { page: list.page, pages: list.pageCount })}
            columns={[
              { label: ta('columns.number') },
              { label: ta('columns.ngo') },
              { label: ta('columns.bin') },
              { label: ta('columns.competition') },
              { label: ta('columns.amount'), align: 'right' },
              { label: ta('columns.period') },
              { label: ta('columns.status') },
            ]}
          >
            {list.rows.map((a) => (
              <Row key={a.id}>
                <Cell className="whitespace-nowrap">
                  <Link href={agreementHref(a.number)} className="font-mono text-brand-700 underline">
                    {a.number}
                  </Link>
                </Cell>
                <Cell>
                  <Link href={`/registry/organizations/${a.organization.bin}`} className="text-brand-700 underline">
                    {fmt.name(a.organization)}
                  </Link>
                </Cell>
                <Cell className="font-mono">{a.organization.bin}</Cell>
                <Cell>
                  <Link href={`/registry/competitions/${encodeURIComponent(competitionKey(a.competition))}`} className="text-brand-700 underline">
                    {fmt.title(a.competition)}
                  </Link>
                </Cell>
                <Cell align="right" className="whitespace-nowrap">
                  {fmt.money(a.amountKzt)}
                </Cell>
                <Cell className="whitespace-nowrap">{ta('periodValue', { start: fmt.day(a.periodStart), end: fmt.day(a.periodEnd) })}</Cell>
                <Cell>
                  <StatusBadge status={a.status} label={tstatus(a.status as never)} />
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
        <RegistryPagination action="/registry/agreements" search={search} page={list.page} pageCount={list.pageCount} />
      </section>
    </div>
  );
}
