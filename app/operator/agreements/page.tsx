import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AGREEMENT_STATUSES } from '@/lib/rules';
import { operatorAgreements, winnersWithoutAgreement } from '@/lib/services/agreements/operator-agreements';
import { agreementFormat } from '@/components/agreements/format';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { inputClass } from '@/components/ui/form-field';

export const dynamic = 'force-dynamic';

/**
 * Agreements of grants and the social order (issue 7 item 1): filters by status and kind, what
 * needs the operator (send, countersign, release a tranche), and the winners without an agreement
 * yet with the entry to generate one. Operator staff only.
 */
export default async function OperatorAgreementsPage({ searchParams }: { searchParams: Promise<{ status?: string; kind?: string }> }) {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/agreements');
  const { status, kind } = await searchParams;
  const [rows, winners, t, f] = await Promise.all([
    operatorAgreements(db, { ...(status ? { status } : {}), ...(kind ? { kind } : {}) }),
    winnersWithoutAgreement(db),
    getTranslations('agreements'),
    agreementFormat(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('list.title')}</h1>

      <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="winners-title" data-testid="winners-without-agreement">
        <h2 id="winners-title" className="mb-3 text-xl font-semibold">
          {t('list.winnersTitle')}
        </h2>
        {winners.length === 0 ? (
          <p className="text-slate-600">{t('list.noWinners')}</p>
        ) : (
          <DataTable caption={t('list.winnersTitle')} columns={[{ label: t('list.colNgo') }, { label: t('list.colCompetition') }, { label: t('list.colAmount'), align: 'right' }, { label: t('list.colAction'), srOnly: true }]}>
            {winners.map((w) => (
              <Row key={w.applicationId}>
                <Cell>
                  {f.text({ kk: w.organization.nameKk, ru: w.organization.nameRu })}
                  <span className="block text-sm text-slate-600">{t('list.bin', { bin: w.organization.bin })}</span>
                </Cell>
                <Cell>
                  {[w.competition.code, f.text({ kk: w.competition.titleKk, ru: w.competition.titleRu })].filter(Boolean).join(' — ')}
                  <span className="block text-sm text-slate-600">{f.text({ kk: w.projectTitleKk, ru: w.projectTitleRu })}</span>
                </Cell>
                <Cell align="right">{f.money(w.amountKzt)}</Cell>
                <Cell>
                  <Link className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800" href={`/operator/agreements/new?applicationId=${w.applicationId}`}>
                    {t('list.generate')}
                  </Link>
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="agreements-title">
        <h2 id="agreements-title" className="text-xl font-semibold">
          {t('list.agreementsTitle')}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t('list.filters')}>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-status" className="font-medium">
              {t('list.filterStatus')}
            </label>
            <select id="filter-status" name="status" defaultValue={status ?? ''} className={inputClass}>
              <option value="">{t('list.all')}</option>
              {AGREEMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-kind" className="font-medium">
              {t('list.filterKind')}
            </label>
            <select id="filter-kind" name="kind" defaultValue={kind ?? ''} className={inputClass}>
              <option value="">{t('list.all')}</option>
              <option value="GRANT">{t('kind.GRANT')}</option>
              <option value="SOCIAL_ORDER">{t('kind.SOCIAL_ORDER')}</option>
            </select>
          </div>
          <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            {t('list.apply')}
          </button>
        </form>
        {rows.length === 0 ? (
          <p className="text-slate-600">{t('list.empty')}</p>
        ) : (
          <DataTable
            caption={t('list.agreementsTitle')}
            testId="agreements-table"
            columns={[{ label: t('list.colNumber') }, { label: t('list.colNgo') }, { label: t('list.colKind') }, { label: t('list.colStatus') }, { label: t('list.colAmount'), align: 'right' }, { label: t('list.colNeeds') }]}
          >
            {rows.map((r) => (
              <Row key={r.id}>
                <Cell>
                  <Link className="text-brand-700 underline" href={`/operator/agreements/${r.id}`}>
                    {r.number}
                  </Link>
                </Cell>
                <Cell>{f.text({ kk: r.organization.nameKk, ru: r.organization.nameRu })}</Cell>
                <Cell>{t(`kind.${r.kind === 'SOCIAL_ORDER' ? 'SOCIAL_ORDER' : 'GRANT'}`)}</Cell>
                <Cell>
                  <StatusBadge status={r.status} label={t(`status.${r.status}` as never)} />
                </Cell>
                <Cell align="right">{f.money(r.amountKzt)}</Cell>
                <Cell>{r.needs.length === 0 ? '—' : r.needs.map((n) => t(`list.needs.${n}`)).join(', ')}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
