import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { evaluationConflicts } from '@/lib/services/evaluation/conflicts';
import { agreementForCouncil, registerExperts } from '@/lib/services/evaluation/evaluation-queries';
import { CouncilForm } from '@/components/evaluation/evaluation-forms';
import { formCouncilAction } from '../../actions';

export const dynamic = 'force-dynamic';

/** §3.4 L3362–3372: form the expert council of a completed social-order project (experts with an automatic conflict are not offered). */
export default async function CouncilPage({ params }: { params: Promise<{ agreementId: string }> }) {
  const { agreementId } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/evaluations/council/${agreementId}`);
  const agreement = await agreementForCouncil(db, agreementId);
  if (!agreement) notFound();
  const [t, locale] = await Promise.all([getTranslations('evaluation'), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const experts = await registerExperts(db);
  const conflicts = await evaluationConflicts(db, agreement.id, experts.map((e) => e.id), new Date());
  const clean = experts.filter((e) => (conflicts.get(e.id) ?? []).length === 0);
  const ready = agreement.status === 'COMPLETED' && agreement.competition.kind === 'SOCIAL_ORDER' && !agreement.evaluation;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/evaluations" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('council.title', { number: agreement.number })}</h1>
      <p>{text(agreement.organization.nameKk, agreement.organization.nameRu)} — {text(agreement.application.projectTitleKk, agreement.application.projectTitleRu)}</p>
      <p className="text-slate-700">{t('council.rule')}</p>
      {experts.length > clean.length && <p className="text-sm text-slate-600">{t('council.excluded', { count: experts.length - clean.length })}</p>}
      {ready ? (
        <CouncilForm agreementId={agreement.id} expectedVersion={agreement.version} experts={clean.map((e) => ({ id: e.id, name: e.user.name, note: text(e.qualificationKk, e.qualificationRu) }))} action={formCouncilAction} />
      ) : (
        <p className="text-slate-600">{agreement.evaluation ? <Link className="text-brand-700 underline" href={`/operator/evaluations/${agreement.evaluation.id}`}>{t('council.already')}</Link> : t('council.notReady')}</p>
      )}
    </div>
  );
}
