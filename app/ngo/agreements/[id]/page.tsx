import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { agreementAccess } from '@/lib/services/agreements/agreement-access';
import { loadAgreementView } from '@/lib/services/agreements/agreement-view';
import { ngoAcceptAction } from '../actions';
import { AgreementButton } from '@/components/agreements/agreement-button';
import { AgreementHeader, AgreementReportsSection, AgreementTermsSection, LedgerSection, RevisionsSection, TranchesSection } from '@/components/agreements/agreement-sections';
import { RequisitesForm } from '@/components/agreements/requisites-form';

export const dynamic = 'force-dynamic';

/**
 * One agreement in the NGO cabinet (members of THE organisation only): requisites and signatory
 * while the agreement is with the NGO, acceptance, the PDFs, tranches, ledger and reports.
 */
export default async function NgoAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, `/ngo/agreements/${id}`);
  const view = await loadAgreementView(db, id);
  // Another organisation's agreement does not exist for this user (IDOR).
  if (!view || !agreementAccess(actor, view).ngo) notFound();
  const t = await getTranslations('agreements');
  const pending = view.revisions[0];
  const terms = pending?.terms;
  const withNgo = pending?.status === 'SENT_TO_NGO';
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/ngo/agreements" className="text-brand-700 underline">
          {t('ngo.back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('detail.title', { number: view.number })}</h1>
      {withNgo && pending && terms && (
        <section className="rounded-lg border border-amber-300 bg-amber-50 p-5" aria-labelledby="ngo-action">
          <h2 id="ngo-action" className="mb-2 text-xl font-semibold">
            {pending.revision === 1 ? t('ngo.actionTitle') : t('ngo.amendmentTitle', { revision: pending.revision })}
          </h2>
          {pending.reason && <p className="mb-2">{t('revisions.reason', { reason: pending.reason })}</p>}
          <p className="mb-4">{t('ngo.actionHint')}</p>
          <RequisitesForm
            defaults={{
              agreementId: view.id,
              expectedVersion: view.version,
              bankName: terms.requisites?.bankName ?? '',
              iban: terms.requisites?.iban ?? '',
              bic: terms.requisites?.bic ?? '',
              address: terms.requisites?.address ?? '',
              fullName: terms.signatory?.fullName ?? '',
              position: terms.signatory?.position ?? '',
              basis: terms.signatory?.basis ?? '',
            }}
          />
          <div className="mt-6 flex flex-col gap-2 border-t border-amber-300 pt-4">
            <p>{t('ngo.acceptHint')}</p>
            <p className="flex flex-wrap gap-4">
              <a className="text-brand-700 underline" href={`/api/agreements/${view.id}/document?locale=kk&revision=${pending.revision}`}>
                {t('revisions.pdfKk', { revision: pending.revision })}
              </a>
              <a className="text-brand-700 underline" href={`/api/agreements/${view.id}/document?locale=ru&revision=${pending.revision}`}>
                {t('revisions.pdfRu', { revision: pending.revision })}
              </a>
            </p>
            <AgreementButton action={ngoAcceptAction} payload={{ agreementId: view.id, expectedVersion: view.version }} label={t('ngo.accept', { revision: pending.revision })} pendingLabel={t('detail.working')} testId="ngo-accept" />
          </div>
        </section>
      )}
      {pending?.status === 'SIGNED_BY_NGO' && <p className="rounded border border-sky-300 bg-sky-50 p-3">{t('ngo.waitingOperator')}</p>}
      <AgreementHeader view={view} />
      <TranchesSection view={view} />
      <LedgerSection view={view} />
      <AgreementReportsSection view={view} basePath="/ngo/agreements" />
      <RevisionsSection view={view} />
      <AgreementTermsSection view={view} />
    </div>
  );
}
