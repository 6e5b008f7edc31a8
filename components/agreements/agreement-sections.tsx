import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import type { AgreementView } from '@/lib/services/agreements/agreement-view';
import type { AgreementActionState } from './action-state';
import { AgreementButton } from './agreement-button';
import { agreementFormat } from './format';

const card = 'rounded-lg border border-slate-200 bg-white p-5';

/** Header facts: number, status, parties, amount, period. */
export async function AgreementHeader({ view }: { view: AgreementView }) {
  const [t, f] = await Promise.all([getTranslations('agreements'), agreementFormat()]);
  const current = view.revisions.find((r) => r.revision === view.currentRevision) ?? view.revisions[0];
  const terms = current?.terms;
  return (
    <section className={card} aria-labelledby="agreement-facts">
      <h2 id="agreement-facts" className="mb-3 text-xl font-semibold">
        {t('detail.factsTitle')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('detail.status')}</dt>
        <dd data-testid="agreement-status">
          <StatusBadge status={view.status} label={t(`status.${view.status}` as never)} />
        </dd>
        <dt className="font-medium">{t('detail.kind')}</dt>
        <dd>{t(`kind.${view.kind}`)}</dd>
        <dt className="font-medium">{t('detail.competition')}</dt>
        <dd>{[view.competition.code, f.text({ kk: view.competition.titleKk, ru: view.competition.titleRu })].filter(Boolean).join(' — ')}</dd>
        {terms && (
          <>
            <dt className="font-medium">{t('detail.operator', { kind: view.kind })}</dt>
            <dd>{t('detail.party', { name: f.text(terms.operator.name), bin: terms.operator.bin })}</dd>
            <dt className="font-medium">{t('detail.ngo', { kind: view.kind })}</dt>
            <dd>{t('detail.party', { name: f.text(terms.ngo.name), bin: terms.ngo.bin })}</dd>
            <dt className="font-medium">{t('detail.project')}</dt>
            <dd>{f.text(terms.projectTitle)}</dd>
          </>
        )}
        <dt className="font-medium">{t('detail.amount')}</dt>
        <dd data-testid="agreement-amount">{f.money(view.amountKzt)}</dd>
        <dt className="font-medium">{t('detail.period')}</dt>
        <dd>{t('detail.periodValue', { start: f.day(view.periodStart), end: f.day(view.periodEnd) })}</dd>
        <dt className="font-medium">{t('detail.revision')}</dt>
        <dd>{view.currentRevision}</dd>
      </dl>
    </section>
  );
}

/** Activities, indicators, reporting schedule and requisites of the current (or pending) revision. */
export async function AgreementTermsSection({ view }: { view: AgreementView }) {
  const [t, f] = await Promise.all([getTranslations('agreements'), agreementFormat()]);
  const rev = view.revisions[0];
  const terms = rev?.terms;
  if (!terms) return null;
  return (
    <section className={`${card} flex flex-col gap-4`} aria-labelledby="agreement-terms">
      <h2 id="agreement-terms" className="text-xl font-semibold">
        {t('terms.title', { revision: rev.revision })}
      </h2>
      <h3 className="font-semibold">{t('terms.activities')}</h3>
      {terms.activities.length === 0 ? (
        <p className="text-slate-600">{t('terms.none')}</p>
      ) : (
        <DataTable caption={t('terms.activities')} columns={[{ label: t('terms.colActivity') }, { label: t('terms.colTiming') }, { label: t('terms.colPlace') }]}>
          {terms.activities.map((a, i) => (
            <Row key={i}>
              <Cell>{f.text(a.title)}</Cell>
              <Cell>{a.timing}</Cell>
              <Cell>{a.place}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <h3 className="font-semibold">{t('terms.indicators')}</h3>
      {terms.indicators.length === 0 ? (
        <p className="text-slate-600">{t('terms.none')}</p>
      ) : (
        <DataTable caption={t('terms.indicators')} columns={[{ label: t('terms.colIndicator') }, { label: t('terms.colUnit') }, { label: t('terms.colBaseline'), align: 'right' }, { label: t('terms.colTarget'), align: 'right' }]}>
          {terms.indicators.map((ind, i) => (
            <Row key={i}>
              <Cell>{f.text(ind.name)}</Cell>
              <Cell>{ind.unit}</Cell>
              <Cell align="right">{ind.baseline ?? '—'}</Cell>
              <Cell align="right">{ind.target}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <h3 className="font-semibold">{t('terms.reporting')}</h3>
      <ul className="list-inside list-disc">
        {terms.reporting.map((r) => (
          <li key={r.kind}>{t('terms.reportingItem', { kind: r.kind, due: f.day(r.dueOn), start: f.day(r.periodStart), end: f.day(r.periodEnd) })}</li>
        ))}
      </ul>
      <h3 className="font-semibold">{t('terms.requisites')}</h3>
      {terms.requisites ? (
        <p data-testid="agreement-requisites">
          {t('terms.requisitesValue', { bank: terms.requisites.bankName, iban: terms.requisites.iban, bic: terms.requisites.bic, address: terms.requisites.address })}
        </p>
      ) : (
        <p className="text-slate-600">{t('terms.noRequisites')}</p>
      )}
      {terms.signatory ? <p>{t('terms.signatoryValue', { name: terms.signatory.fullName, position: terms.signatory.position, basis: terms.signatory.basis })}</p> : <p className="text-slate-600">{t('terms.noSignatory')}</p>}
    </section>
  );
}

/** Every revision with its PDFs and acceptance record (who, when, SHA-256 of the signed document). */
export async function RevisionsSection({ view }: { view: AgreementView }) {
  const [t, f] = await Promise.all([getTranslations('agreements'), agreementFormat()]);
  return (
    <section className={`${card} flex flex-col gap-4`} aria-labelledby="agreement-revisions">
      <h2 id="agreement-revisions" className="text-xl font-semibold">
        {t('revisions.title')}
      </h2>
      <ol className="flex flex-col gap-4">
        {view.revisions.map((r) => (
          <li key={r.id} className="rounded border border-slate-200 p-4" data-testid={`revision-${r.revision}`}>
            <h3 className="font-semibold">
              {t('revisions.heading', { revision: r.revision })} <StatusBadge status={r.status} label={t(`status.${r.status}` as never)} />
            </h3>
            {r.reason && <p>{t('revisions.reason', { reason: r.reason })}</p>}
            <p>{t('revisions.terms', { amount: f.money(r.amountKzt), start: f.day(r.periodStart), end: f.day(r.periodEnd) })}</p>
            <p className="mt-2 flex flex-wrap gap-4">
              <a className="text-brand-700 underline" href={`/api/agreements/${view.id}/document?locale=kk&revision=${r.revision}`}>
                {t('revisions.pdfKk', { revision: r.revision })}
              </a>
              <a className="text-brand-700 underline" href={`/api/agreements/${view.id}/document?locale=ru&revision=${r.revision}`}>
                {t('revisions.pdfRu', { revision: r.revision })}
              </a>
            </p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t('revisions.ngoAccepted')}</dt>
              <dd data-testid={`revision-${r.revision}-ngo`}>{r.ngoAcceptedAt ? t('revisions.acceptedBy', { name: r.ngoAcceptedBy ?? '—', at: f.instant(r.ngoAcceptedAt) }) : t('revisions.notYet')}</dd>
              <dt className="font-medium">{t('revisions.operatorAccepted')}</dt>
              <dd data-testid={`revision-${r.revision}-operator`}>{r.operatorAcceptedAt ? t('revisions.acceptedBy', { name: r.operatorAcceptedBy ?? '—', at: f.instant(r.operatorAcceptedAt) }) : t('revisions.notYet')}</dd>
              {r.documentSha256 && (
                <>
                  <dt className="font-medium">{t('revisions.shaKk')}</dt>
                  <dd className="font-mono break-all" data-testid={`revision-${r.revision}-sha-kk`}>
                    {r.documentSha256}
                  </dd>
                  <dt className="font-medium">{t('revisions.shaRu')}</dt>
                  <dd className="font-mono break-all">{r.documentRuSha256}</dd>
                  <dt className="font-medium">{t('revisions.method')}</dt>
                  <dd>{t('revisions.methodValue', { method: r.signatures[0]?.method ?? '—' })}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The tranche schedule (MO-1) with each tranche's releasability; staff get the release button. */
export async function TranchesSection({ view, releaseAction }: { view: AgreementView; releaseAction?: (input: unknown) => Promise<AgreementActionState> }) {
  const [t, f] = await Promise.all([getTranslations('agreements'), agreementFormat()]);
  return (
    <section className={`${card} flex flex-col gap-4`} aria-labelledby="agreement-tranches">
      <h2 id="agreement-tranches" className="text-xl font-semibold">
        {t('tranches.title')}
      </h2>
      <p className="text-sm text-slate-700">{t('tranches.cap', { percent: view.prepaymentPercent })}</p>
      <DataTable
        caption={t('tranches.title')}
        columns={[
          { label: t('tranches.colSeq') },
          { label: t('tranches.colAmount'), align: 'right' },
          { label: t('tranches.colPlannedOn') },
          { label: t('tranches.colCondition') },
          { label: t('tranches.colStatus') },
          ...(releaseAction ? [{ label: t('tranches.colAction'), srOnly: true }] : []),
        ]}
      >
        {view.tranches.map((tr) => {
          const report = tr.afterReportId ? view.reports.find((r) => r.id === tr.afterReportId) : null;
          return (
            <tr key={tr.id} className="border-t border-slate-200" data-testid={`tranche-${tr.seq}`}>
              <Cell>{tr.seq}</Cell>
              <Cell align="right">{f.money(tr.amountKzt)}</Cell>
              <Cell>{f.day(tr.plannedOn)}</Cell>
              <Cell>{tr.isPrepayment ? t('tranches.prepayment') : report ? t('tranches.afterReport', { kind: report.kind, type: report.type }) : t('tranches.noCondition')}</Cell>
              <Cell>
                <span data-testid={`tranche-${tr.seq}-status`}>
                  {tr.status === 'RELEASED' && tr.releasedAt
                    ? t('tranches.released', { at: f.instant(tr.releasedAt) })
                    : tr.releasability.releasable
                      ? t('tranches.releasable')
                      : t(`tranches.blocked.${tr.releasability.reason}` as never)}
                </span>
                {tr.returnedKzt > 0 && <span className="block text-sm text-slate-600">{t('tranches.returned', { amount: f.money(tr.returnedKzt) })}</span>}
              </Cell>
              {releaseAction && (
                <Cell>
                  {tr.releasability.releasable && (
                    <AgreementButton
                      action={releaseAction}
                      payload={{ trancheId: tr.id }}
                      label={t('tranches.release', { seq: tr.seq })}
                      pendingLabel={t('tranches.releasing')}
                      testId={`release-${tr.seq}`}
                    />
                  )}
                </Cell>
              )}
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}

/** The ledger: planned, released, reported (accepted financial reports), returned. */
export async function LedgerSection({ view }: { view: AgreementView }) {
  const [t, f] = await Promise.all([getTranslations('agreements'), agreementFormat()]);
  const rows = [
    ['planned', view.ledger.planned],
    ['released', view.ledger.released],
    ['reported', view.ledger.reported],
    ['returned', view.ledger.returned],
    ['unreported', view.ledger.unreported],
    ['toRelease', view.ledger.toRelease],
  ] as const;
  return (
    <section className={card} aria-labelledby="agreement-ledger" data-testid="agreement-ledger">
      <h2 id="agreement-ledger" className="mb-3 text-xl font-semibold">
        {t('ledger.title')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium">{t(`ledger.${key}`)}</dt>
            <dd data-testid={`ledger-${key}`}>{f.money(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-600">{t('ledger.note')}</p>
    </section>
  );
}

/** The contract with reports (helper B): one link per Report row to B's report page. */
export async function AgreementReportsSection({ view, basePath }: { view: AgreementView; basePath: string }) {
  const [t, f] = await Promise.all([getTranslations('agreements'), agreementFormat()]);
  return (
    <section data-testid="agreement-reports" className={card} aria-labelledby="agreement-reports-title">
      <h2 id="agreement-reports-title" className="mb-3 text-xl font-semibold">
        {t('reports.title')}
      </h2>
      {view.reports.length === 0 ? (
        <p className="text-slate-600">{t('reports.none')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {view.reports.map((r) => (
            <li key={r.id}>
              <Link className="text-brand-700 underline" href={`${basePath}/${view.id}/reports/${r.id}`}>
                {t('reports.item', { kind: r.kind, type: r.type, seq: r.seq })}
              </Link>{' '}
              <span className="text-sm text-slate-700">
                {t('reports.due', { due: f.day(r.dueOn) })} · {t(`reportStatus.${r.status}` as never)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
