import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { agreementHref } from '@/lib/services/registry/agreements';
import { competitionKey } from '@/lib/services/registry/competitions';
import { registryOrganization } from '@/lib/services/registry/organizations';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { registryFormat } from '../../registry-ui';

export const dynamic = 'force-dynamic';

const competitionHref = (c: { code: string | null; id: string }) => `/registry/competitions/${encodeURIComponent(competitionKey(c))}`;

/** An organisation's registry card by BIN: published wins, signed agreements, competitions it runs. */
export default async function RegistryOrganizationPage({ params }: { params: Promise<{ bin: string }> }) {
  const { bin } = await params;
  const org = await registryOrganization(db, bin);
  if (!org) notFound();
  const [t, to, tr, tk, ts, tstatus, fmt] = await Promise.all([
    getTranslations('registry'),
    getTranslations('registry.organization'),
    getTranslations('registry.results'),
    getTranslations('kinds'),
    getTranslations('competitionStatus'),
    getTranslations('agreements.status'),
    registryFormat(),
  ]);
  return (
    <article className="flex flex-col gap-8" data-testid="registry-organization">
      <p>
        <Link href="/registry" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{fmt.name(org)}</h1>
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{to('bin')}</dt>
          <dd className="font-mono">{org.bin}</dd>
          <dt className="text-slate-500">{to('region')}</dt>
          <dd>{org.region ? fmt.name(org.region) : '—'}</dd>
        </dl>
      </header>

      {(org.wins.length > 0 || org.kind === 'NGO') && (
        <section aria-labelledby="org-wins">
          <h2 id="org-wins" className="mb-3 text-xl font-semibold">
            {to('wins')}
          </h2>
          {org.wins.length === 0 ? (
            <p className="text-slate-600">{to('noWins')}</p>
          ) : (
            <DataTable
              caption={to('winsCaption')}
              columns={[
                { label: to('winColumns.competition') },
                { label: to('winColumns.lot') },
                { label: to('winColumns.year'), align: 'right' },
                { label: to('winColumns.amount'), align: 'right' },
              ]}
            >
              {org.wins.map((w) => (
                <Row key={w.lot.lotId}>
                  <Cell>
                    <Link href={competitionHref(w.lot.competition)} className="text-brand-700 underline">
                      {fmt.title(w.lot.competition)}
                    </Link>
                    <span className="block text-xs text-slate-600">{tk(w.lot.competition.kind)}</span>
                  </Cell>
                  <Cell>{tr('lot', { number: w.lot.number, title: fmt.title(w.lot) })}</Cell>
                  <Cell align="right">{w.lot.competition.year}</Cell>
                  <Cell align="right" className="whitespace-nowrap">
                    {fmt.money(w.amountKzt)}
                  </Cell>
                </Row>
              ))}
            </DataTable>
          )}
        </section>
      )}

      {org.agreements.length > 0 && (
        <section aria-labelledby="org-agreements">
          <h2 id="org-agreements" className="mb-3 text-xl font-semibold">
            {to('agreements')}
          </h2>
          <DataTable
            caption={to('agreementsCaption')}
            columns={[
              { label: t('agreements.columns.number') },
              { label: t('agreements.columns.competition') },
              { label: t('agreements.columns.amount'), align: 'right' },
              { label: t('agreements.columns.period') },
              { label: t('agreements.columns.status') },
            ]}
          >
            {org.agreements.map((a) => (
              <Row key={a.number}>
                <Cell className="whitespace-nowrap">
                  <Link href={agreementHref(a.number)} className="font-mono text-brand-700 underline">
                    {a.number}
                  </Link>
                </Cell>
                <Cell>
                  <Link href={competitionHref(a.competition)} className="text-brand-700 underline">
                    {fmt.title(a.competition)}
                  </Link>
                </Cell>
                <Cell align="right" className="whitespace-nowrap">
                  {fmt.money(a.amountKzt)}
                </Cell>
                <Cell className="whitespace-nowrap">{t('agreements.periodValue', { start: fmt.day(a.periodStart), end: fmt.day(a.periodEnd) })}</Cell>
                <Cell>
                  <StatusBadge status={a.status} label={tstatus(a.status as never)} />
                </Cell>
              </Row>
            ))}
          </DataTable>
        </section>
      )}

      {org.organized.length > 0 && (
        <section aria-labelledby="org-organized">
          <h2 id="org-organized" className="mb-3 text-xl font-semibold">
            {to('organized')}
          </h2>
          <DataTable
            caption={to('organizedCaption')}
            columns={[
              { label: t('competitions.columns.code') },
              { label: t('competitions.columns.title') },
              { label: t('competitions.columns.kind') },
              { label: t('competitions.columns.year'), align: 'right' },
              { label: t('competitions.columns.status') },
            ]}
          >
            {org.organized.map((c) => (
              <Row key={c.id}>
                <Cell className="whitespace-nowrap font-mono">{c.code ?? '—'}</Cell>
                <Cell>
                  <Link href={competitionHref(c)} className="text-brand-700 underline">
                    {fmt.title(c)}
                  </Link>
                </Cell>
                <Cell>{tk(c.kind)}</Cell>
                <Cell align="right">{c.year}</Cell>
                <Cell>
                  <StatusBadge status={c.status} label={ts(c.status as never)} />
                </Cell>
              </Row>
            ))}
          </DataTable>
        </section>
      )}
    </article>
  );
}
