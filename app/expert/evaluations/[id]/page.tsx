import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { EVALUATION_CRITERIA } from '@/lib/rules/evaluation';
import { councilMembership, mayScore } from '@/lib/services/evaluation/council-access';
import { DeclarationForm, ScoreForm } from '@/components/evaluation/evaluation-forms';
import { declareAction, scoreAction } from './actions';

export const dynamic = 'force-dynamic';

/**
 * §3.4: the council member's page — first the conflict-of-interest notice (L3367–3372), only
 * then the project and the score sheet (EV-1). Experts not on the council get 404.
 */
export default async function ExpertEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, `/expert/evaluations/${id}`);
  const member = await councilMembership(db, actor, id);
  if (!member) notFound();
  const [t, locale] = await Promise.all([getTranslations('evaluation'), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const e = await db.projectEvaluation.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      agreement: { select: { number: true, organization: { select: { nameKk: true, nameRu: true } }, application: { select: { projectTitleKk: true, projectTitleRu: true } } } },
      scoreSheets: { where: { expertId: member.expertId } },
    },
  });
  const sheet = e.scoreSheets[0] ?? null;
  const scores = (sheet?.scores ?? {}) as Record<string, number>;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/expert/evaluations" className="text-brand-700 underline">{t('expert.back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('expert.title', { number: e.agreement.number })}</h1>
      {!member.declaration ? (
        <DeclarationForm evaluationId={id} action={declareAction} />
      ) : !mayScore(member) ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" data-testid="coi-conflict">{t('expert.conflictDeclared')}</p>
      ) : (
        <>
          <p className="text-green-900" data-testid="coi-clean">{t('expert.cleanDeclared')}</p>
          <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="project-heading">
            <h2 id="project-heading" className="text-xl font-semibold">{t('expert.project')}</h2>
            <p>{text(e.agreement.organization.nameKk, e.agreement.organization.nameRu)} — {text(e.agreement.application.projectTitleKk, e.agreement.application.projectTitleRu)}</p>
            <p className="text-sm text-slate-600">{t('expert.basis')}</p>
          </section>
          {sheet ? (
            <section aria-labelledby="sheet-heading" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="score-sheet">
              <h2 id="sheet-heading" className="text-xl font-semibold">{t('expert.signed', { total: sheet.total })}</h2>
              <ul className="mt-2">
                {EVALUATION_CRITERIA.map((k) => (
                  <li key={k}>{t(`criteria.${k}`)}: {scores[k]}</li>
                ))}
              </ul>
            </section>
          ) : e.status === 'PENDING' ? (
            <ScoreForm evaluationId={id} action={scoreAction} />
          ) : (
            <p className="text-slate-600">{t('expert.closed')}</p>
          )}
        </>
      )}
    </div>
  );
}
