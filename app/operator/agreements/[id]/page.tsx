import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { agreementAccess } from '@/lib/services/agreements/agreement-access';
import { loadAgreementView } from '@/lib/services/agreements/agreement-view';
import { operatorAcceptAction, releaseTrancheAction, sendAgreementAction } from '../actions';
import { AgreementButton } from '@/components/agreements/agreement-button';
import { AmendForm } from '@/components/agreements/amend-form';
import { AgreementHeader, AgreementReportsSection, AgreementTermsSection, LedgerSection, RevisionsSection, TranchesSection } from '@/components/agreements/agreement-sections';
import { ReturnForm } from '@/components/agreements/return-form';
import { HistoryLink } from '@/components/ui/history-link';

export const dynamic = 'force-dynamic';

/**
 * One agreement for operator staff: facts, what to do next (send, countersign), the terms, every
 * revision with its acceptance record (SHA-256), the tranches with release buttons (MO-1) and
 * returns, the ledger, the reports (links to B's review pages) and the amendment form.
 */
export default async function OperatorAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/agreements/${id}`);
  const view = await loadAgreementView(db, id);
  if (!view || !agreementAccess(actor, view).operate) notFound();
  const t = await getTranslations('agreements');
  const pending = view.revisions[0];
  const released = view.tranches.filter((x) => x.status === 'RELEASED');
  const amendable = (view.status === 'SIGNED' || view.status === 'IN_PROGRESS') && pending?.status === 'SIGNED';
  const interim = pending?.terms?.reporting.find((r) => r.kind === 'INTERIM');
  const final = pending?.terms?.reporting.find((r) => r.kind === 'FINAL');
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/agreements" className="text-brand-700 underline">
          {t('detail.back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('detail.title', { number: view.number })}</h1>
      <p>
        <HistoryLink type="Agreement" id={view.id} />
      </p>

      <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="next-step">
        <h2 id="next-step" className="mb-3 text-xl font-semibold">
          {t('detail.nextStep')}
        </h2>
        {view.status === 'DRAFT' && (
          <div className="flex flex-col gap-2">
            <p>{t('detail.draftHint')}</p>
            <AgreementButton action={sendAgreementAction} payload={{ agreementId: view.id, expectedVersion: view.version }} label={t('detail.send')} pendingLabel={t('detail.working')} testId="send-agreement" />
          </div>
        )}
        {pending?.status === 'SENT_TO_NGO' && <p>{t('detail.waitingNgo', { revision: pending.revision })}</p>}
        {pending?.status === 'SIGNED_BY_NGO' && (
          <div className="flex flex-col gap-2">
            <p>{t('detail.countersignHint', { revision: pending.revision })}</p>
            <AgreementButton action={operatorAcceptAction} payload={{ agreementId: view.id, expectedVersion: view.version }} label={t('detail.countersign', { revision: pending.revision })} pendingLabel={t('detail.working')} testId="countersign-agreement" />
          </div>
        )}
        {pending?.status === 'SIGNED' && view.status !== 'DRAFT' && <p>{t('detail.signedHint')}</p>}
      </section>

      <AgreementHeader view={view} />
      <TranchesSection view={view} releaseAction={releaseTrancheAction} />
      {released.length > 0 && (
        <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="returns-title">
          <h2 id="returns-title" className="mb-3 text-xl font-semibold">
            {t('returns.title')}
          </h2>
          <ReturnForm tranches={released.map((x) => ({ id: x.id, seq: x.seq }))} />
        </section>
      )}
      <LedgerSection view={view} />
      <AgreementReportsSection view={view} basePath="/operator/agreements" />
      <RevisionsSection view={view} />
      <AgreementTermsSection view={view} />
      {amendable && interim && final && (
        <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="amend-title">
          <h2 id="amend-title" className="mb-3 text-xl font-semibold">
            {t('amend.title')}
          </h2>
          <AmendForm
            defaults={{
              agreementId: view.id,
              expectedVersion: view.version,
              amountKzt: String(view.amountKzt),
              periodEnd: view.periodEnd,
              interimDueOn: interim.dueOn,
              finalDueOn: final.dueOn,
              openTranches: view.tranches.filter((x) => x.status !== 'RELEASED').map((x) => ({ seq: x.seq, amountKzt: String(x.amountKzt) })),
            }}
          />
        </section>
      )}
    </div>
  );
}
