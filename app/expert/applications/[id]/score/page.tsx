import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { maxScore } from '@/lib/rules';
import { scoringDeadline } from '@/lib/services/scoring/score-rules';
import { loadScoringContext } from '@/lib/services/scoring/scoring-context';
import { ScoreSheetForm, type ScoreSheetFormCriterion } from '@/components/scoring/score-sheet-form';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * The expert's score sheet for one application (SC-1, SC-2, DL-5). CI-1 / CI-2 exactly as
 * for the content (policy `score`): 404 for anyone else. Editable only while the competition
 * is in SCORING, the commission APPROVED and before the end of the due day in Almaty; a
 * signed sheet is shown frozen. Only the expert's OWN sheet is ever shown (sealed scoring).
 */
export default async function ScoreSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, `/expert/applications/${id}/score`);
  const now = new Date();
  const ctx = await loadScoringContext(db, actor, id, now);
  if (!ctx) notFound();
  const [t, tc, format, locale, app, scores] = await Promise.all([
    getTranslations('scoring'),
    getTranslations('criteria'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    db.application.findUniqueOrThrow({
      where: { id },
      select: {
        projectTitleKk: true,
        projectTitleRu: true,
        organization: { select: { nameKk: true, nameRu: true, nameEn: true } },
        competition: { select: { id: true, titleKk: true, titleRu: true, titleEn: true } },
      },
    }),
    ctx.sheet ? db.criterionScore.findMany({ where: { scoreSheetId: ctx.sheet.id }, select: { criterionId: true, value: true, comment: true } }) : Promise.resolve([]),
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const criteria: ScoreSheetFormCriterion[] = ctx.criteria.map((c) => ({
    definition: c,
    title: text(c.titleKk, c.titleRu, c.titleEn) || (tc.has(c.id as never) ? tc(c.id as never) : c.id),
  }));
  const max = ctx.criteria.length ? maxScore(ctx.criteria.map(({ id: cid, min, max: cmax, allowed }) => ({ id: cid, min, max: cmax, ...(allowed ? { allowed } : {}) }))) : 0;
  const deadline = scoringDeadline(ctx.competition.scoringDueOn);
  const frozen = ctx.sheet !== null && ctx.sheet.status !== 'DRAFT';
  const editable = !frozen && ctx.closed === null && ctx.criteria.length > 0;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/expert/applications/${id}`} className="text-brand-700 underline">
          {t('sheet.back')}
        </Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('sheet.title')}</h1>
        <p className="mt-1 text-slate-700">
          {text(app.projectTitleKk, app.projectTitleRu)} — {text(app.organization.nameKk, app.organization.nameRu, app.organization.nameEn)}
        </p>
        <p className="text-sm text-slate-600">{text(app.competition.titleKk, app.competition.titleRu, app.competition.titleEn)}</p>
        {deadline && <p className="mt-2 text-sm">{t('sheet.deadlineInstant', { at: format.dateTime(deadline, { dateStyle: 'long', timeStyle: 'short' }) })}</p>}
        <p className="mt-2 text-sm text-slate-600">{t('sheet.sealed')}</p>
      </div>
      {frozen ? (
        <section aria-labelledby="signed" className={box} data-testid="sheet-frozen">
          <h2 id="signed" className="mb-2 text-xl font-semibold">
            {ctx.sheet?.status === 'SIGNED' ? t('sheet.signedTitle') : t('list.sheetStatus.VOIDED')}
          </h2>
          {ctx.sheet?.signedAt && <p>{t('sheet.signed', { at: format.dateTime(ctx.sheet.signedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>}
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,24rem)_auto_1fr]">
            {criteria.map(({ definition: c, title }) => {
              const s = scores.find((x) => x.criterionId === c.id);
              return (
                <div key={c.id} className="contents">
                  <dt className="text-slate-600">{title}</dt>
                  <dd className="font-semibold">{s ? s.value : '—'}</dd>
                  <dd className="whitespace-pre-line">{s?.comment ?? ''}</dd>
                </div>
              );
            })}
          </dl>
          {ctx.sheet?.total !== null && ctx.sheet?.total !== undefined && (
            <p className="mt-3 font-semibold" data-testid="sheet-total">
              {t('sheet.total', { total: ctx.sheet.total, max })}
            </p>
          )}
        </section>
      ) : editable ? (
        <ScoreSheetForm
          applicationId={id}
          criteria={criteria}
          initialVersion={ctx.sheet?.version ?? 0}
          maxTotal={max}
          initialValues={Object.fromEntries(
            ctx.criteria.map((c) => {
              const s = scores.find((x) => x.criterionId === c.id);
              return [c.id, { value: s ? String(s.value) : '', comment: s?.comment ?? '' }];
            }),
          )}
        />
      ) : (
        <section className={box} data-testid="sheet-closed">
          <p className="font-medium">{ctx.closed ? t(`closed.${ctx.closed}`) : t('errors.noCriteria')}</p>
          {scores.length > 0 && (
            <ul className="mt-3 list-disc pl-6">
              {criteria.map(({ definition: c, title }) => {
                const s = scores.find((x) => x.criterionId === c.id);
                return (
                  <li key={c.id}>
                    {title}: {s ? s.value : '—'}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
