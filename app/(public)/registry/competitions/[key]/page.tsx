import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { agreementHref } from '@/lib/services/registry/agreements';
import { registryCompetition } from '@/lib/services/registry/competitions';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { LotOutcome } from '../../lot-outcome';
import { registryFormat } from '../../registry-ui';

export const dynamic = 'force-dynamic';

/**
 * A competition's registry card (stable URL by its public code, or id): summary, topics,
 * published results per topic (winners with amounts / SC-4 not-held reason) and signed
 * agreements. The full announcement and ranking live on /competitions/[id] — linked, not copied.
 */
export default async function RegistryCompetitionPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    notFound();
  }
  const c = await registryCompetition(db, decoded);
  if (!c) notFound();
  const [t, tc, tr, tk, ts, tstatus, fmt] = await Promise.all([
    getTranslations('registry'),
    getTranslations('registry.competition'),
    getTranslations('registry.results'),
    getTranslations('kinds'),
    getTranslations('competitionStatus'),
    getTranslations('agreements.status'),
    registryFormat(),
  ]);
  return (
    <article className="flex flex-col gap-8" data-testid="registry-competition">
      <p>
        <Link href="/registry" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{fmt.title(c)}</h1>
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[auto_1fr]">
          {c.code && (
            <>
              <dt className="text-slate-500">{tc('number')}</dt>
              <dd className="font-mono">{c.code}</dd>
            </>
          )}
          <dt className="text-slate-500">{tc('kind')}</dt>
          <dd>{tk(c.kind)}</dd>
          <dt className="text-slate-500">{tc('year')}</dt>
          <dd>{c.year}</dd>
          <dt className="text-slate-500">{tc('status')}</dt>
          <dd>
            <StatusBadge status={c.status} label={ts(c.status as never)} />
          </dd>
          <dt className="text-slate-500">{tc('organizer')}</dt>
          <dd>
            <Link href={`/registry/organizations/${c.organizer.bin}`} className="text-brand-700 underline">
              {fmt.name(c.organizer)}
            </Link>
          </dd>
          <dt className="text-slate-500">{tc('budget')}</dt>
          <dd>{fmt.money(c.budgetKzt ?? c.allocatedKzt)}</dd>
          <dt className="text-slate-500">{tc('deadline')}</dt>
          <dd>{fmt.when(c.deadlineAt)}</dd>
          {c.resultsPublishedAt && (
            <>
              <dt className="text-slate-500">{tc('resultsPublished')}</dt>
              <dd>{fmt.when(c.resultsPublishedAt)}</dd>
            </>
          )}
          <dt className="text-slate-500">{tc('announcement')}</dt>
          <dd>
            <Link href={`/competitions/${c.id}`} className="text-brand-700 underline" data-testid="announcement-link">
              {tc('announcementLink')}
            </Link>
          </dd>
        </dl>
        {c.status === 'CANCELLED' && c.cancellationReason && (
          <p className="rounded border border-slate-300 bg-slate-50 p-3">{tc('cancelled', { reason: c.cancellationReason })}</p>
        )}
      </header>

      {c.lots.length > 0 && (
        <section aria-labelledby="registry-lots">
          <h2 id="registry-lots" className="mb-3 text-xl font-semibold">
            {tc('lots')}
          </h2>
          <DataTable
            caption={tc('lotsCaption')}
            columns={[
              { label: tc('lotColumns.number'), align: 'right' },
              { label: tc('lotColumns.title') },
              { label: tc('lotColumns.direction') },
              { label: tc('lotColumns.region') },
              { label: tc('lotColumns.budget'), align: 'right' },
            ]}
          >
            {c.lots.map((l) => (
              <Row key={l.id}>
                <Cell align="right">{l.number}</Cell>
                <Cell>{fmt.title(l)}</Cell>
                <Cell>{l.direction ? fmt.name(l.direction) : '—'}</Cell>
                <Cell>{l.region ? fmt.name(l.region) : tr('wholeCountry')}</Cell>
                <Cell align="right" className="whitespace-nowrap">
                  {fmt.money(l.budgetKzt)}
                </Cell>
              </Row>
            ))}
          </DataTable>
        </section>
      )}

      <section aria-labelledby="registry-results" data-testid="registry-competition-results">
        <h2 id="registry-results" className="mb-3 text-xl font-semibold">
          {tc('results')}
        </h2>
        {!c.resultsPublished ? (
          <p className="text-slate-600" data-testid="results-pending">
            {tc('resultsPending')}
          </p>
        ) : (
          <div className="flex flex-col gap-6">
            {c.results.map((r) => (
              <div key={r.lotId} className="flex flex-col gap-2" data-testid={`registry-lot-${r.number}`}>
                <h3 className="font-semibold">{tr('lot', { number: r.number, title: fmt.title(r) })}</h3>
                <p>
                  <LotOutcome result={r} />
                </p>
                {r.outcome !== 'NOT_HELD' &&
                  (r.winners.length === 0 ? (
                    <p className="text-slate-600">{tc('noWinners')}</p>
                  ) : (
                    <DataTable
                      caption={tc('resultsCaption', { number: r.number })}
                      columns={[
                        { label: tc('winnerColumns.rank'), align: 'right' },
                        { label: tc('winnerColumns.ngo') },
                        { label: tc('winnerColumns.bin') },
                        { label: tc('winnerColumns.amount'), align: 'right' },
                        { label: tc('winnerColumns.agreement') },
                      ]}
                    >
                      {r.winners.map((w) => (
                        <Row key={w.applicationId}>
                          <Cell align="right">{w.rank ?? '—'}</Cell>
                          <Cell>
                            <Link href={`/registry/organizations/${w.organization.bin}`} className="text-brand-700 underline">
                              {fmt.name(w.organization)}
                            </Link>
                          </Cell>
                          <Cell className="font-mono">{w.organization.bin}</Cell>
                          <Cell align="right" className="whitespace-nowrap">
                            {fmt.money(w.amountKzt)}
                          </Cell>
                          <Cell>
                            {w.agreementNumber ? (
                              <Link href={agreementHref(w.agreementNumber)} className="font-mono text-brand-700 underline">
                                {w.agreementNumber}
                              </Link>
                            ) : (
                              '—'
                            )}
                          </Cell>
                        </Row>
                      ))}
                    </DataTable>
                  ))}
              </div>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="registry-competition-agreements">
        <h2 id="registry-competition-agreements" className="mb-3 text-xl font-semibold">
          {tc('agreements')}
        </h2>
        {c.agreements.length === 0 ? (
          <p className="text-slate-600">{tc('noAgreements')}</p>
        ) : (
          <DataTable
            caption={tc('agreementsCaption')}
            columns={[
              { label: t('agreements.columns.number') },
              { label: t('agreements.columns.ngo') },
              { label: t('agreements.columns.amount'), align: 'right' },
              { label: t('agreements.columns.period') },
              { label: t('agreements.columns.status') },
            ]}
          >
            {c.agreements.map((a) => (
              <Row key={a.number}>
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
        )}
      </section>
    </article>
  );
}
