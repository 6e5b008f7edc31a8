import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { registryAgreement } from '@/lib/services/registry/agreements';
import { competitionKey } from '@/lib/services/registry/competitions';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { registryFormat } from '../../registry-ui';

export const dynamic = 'force-dynamic';

/** The agreement's number may contain "/" (e.g. ӘТ-2025-021/1): the URL keeps it as path segments. */
function numberOf(segments: string[]): string | null {
  try {
    return segments.map((s) => decodeURIComponent(s)).join('/');
  } catch {
    return null;
  }
}

/** One signed agreement's registry card: number, NGO, competition, amount, period, status, payment schedule. */
export default async function RegistryAgreementPage({ params }: { params: Promise<{ number: string[] }> }) {
  const number = numberOf((await params).number);
  const agreement = number ? await registryAgreement(db, number) : null;
  if (!agreement) notFound();
  const [t, ta, tstatus, tk, fmt] = await Promise.all([
    getTranslations('registry'),
    getTranslations('registry.agreement'),
    getTranslations('agreements.status'),
    getTranslations('kinds'),
    registryFormat(),
  ]);
  const lot = agreement.application.lot;
  return (
    <article className="flex flex-col gap-6" data-testid="registry-agreement">
      <p>
        <Link href="/registry/agreements" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{ta('title', { number: agreement.number })}</h1>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">{ta('number')}</dt>
        <dd className="font-mono">{agreement.number}</dd>
        <dt className="text-slate-500">{ta('status')}</dt>
        <dd>
          <StatusBadge status={agreement.status} label={tstatus(agreement.status as never)} />
        </dd>
        <dt className="text-slate-500">{ta('ngo')}</dt>
        <dd>
          <Link href={`/registry/organizations/${agreement.organization.bin}`} className="text-brand-700 underline">
            {fmt.name(agreement.organization)}
          </Link>{' '}
          <span className="font-mono text-sm text-slate-600">({agreement.organization.bin})</span>
        </dd>
        <dt className="text-slate-500">{ta('competition')}</dt>
        <dd>
          <Link href={`/registry/competitions/${encodeURIComponent(competitionKey(agreement.competition))}`} className="text-brand-700 underline">
            {fmt.title(agreement.competition)}
          </Link>
          <span className="block text-sm text-slate-600">
            {tk(agreement.competition.kind)} · {agreement.competition.year}
          </span>
        </dd>
        {lot && (
          <>
            <dt className="text-slate-500">{ta('lot')}</dt>
            <dd>{t('results.lot', { number: lot.number, title: fmt.title(lot) })}</dd>
            <dt className="text-slate-500">{ta('direction')}</dt>
            <dd>{lot.direction ? fmt.name(lot.direction) : '—'}</dd>
            <dt className="text-slate-500">{ta('region')}</dt>
            <dd>{lot.region ? fmt.name(lot.region) : t('results.wholeCountry')}</dd>
          </>
        )}
        <dt className="text-slate-500">{ta('amount')}</dt>
        <dd className="font-semibold" data-testid="agreement-amount">
          {fmt.money(agreement.amountKzt)}
        </dd>
        <dt className="text-slate-500">{ta('period')}</dt>
        <dd>{t('agreements.periodValue', { start: fmt.day(agreement.periodStart), end: fmt.day(agreement.periodEnd) })}</dd>
        <dt className="text-slate-500">{ta('signedAt')}</dt>
        <dd>{fmt.when(agreement.signedAt)}</dd>
      </dl>
      {agreement.tranches.length > 0 && (
        <section aria-labelledby="agreement-tranches">
          <h2 id="agreement-tranches" className="mb-3 text-xl font-semibold">
            {ta('tranches')}
          </h2>
          <DataTable
            caption={ta('tranchesCaption', { number: agreement.number })}
            columns={[
              { label: ta('trancheColumns.seq'), align: 'right' },
              { label: ta('trancheColumns.planned') },
              { label: ta('trancheColumns.amount'), align: 'right' },
              { label: ta('trancheColumns.status') },
            ]}
          >
            {agreement.tranches.map((tr) => (
              <Row key={tr.seq}>
                <Cell align="right">{tr.seq}</Cell>
                <Cell>
                  {fmt.day(tr.plannedOn)}
                  {tr.isPrepayment && <span className="text-slate-600"> ({ta('prepayment')})</span>}
                </Cell>
                <Cell align="right" className="whitespace-nowrap">
                  {fmt.money(tr.amountKzt)}
                </Cell>
                <Cell>{ta.has(`trancheStatus.${tr.status}`) ? ta(`trancheStatus.${tr.status}` as never) : tr.status}</Cell>
              </Row>
            ))}
          </DataTable>
        </section>
      )}
    </article>
  );
}
