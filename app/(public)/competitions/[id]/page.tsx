import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { isOnTime, maxScore } from '@/lib/rules';
import { getActor } from '@/lib/auth/session';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { publicCompetition } from '@/lib/queries/public-competitions';
import { parseCriteria, parseRequiredDocuments } from '@/lib/validation/competition-settings';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

export default async function CompetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const competition = await publicCompetition(id);
  if (!competition) notFound();

  const [t, tk, ts, tc, tl, tapply, format, locale] = await Promise.all([
    getTranslations('competition'),
    getTranslations('kinds'),
    getTranslations('competitionStatus'),
    getTranslations('criteria'),
    getTranslations('languages'),
    getTranslations('applicationForm.apply'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const money = (v: bigint | null) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }));
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }) : '—');
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' }) : '—');
  const criteria = parseCriteria(competition.criteria);
  const documents = parseRequiredDocuments(competition.requiredDocuments);
  // DL-1: applications are accepted while the competition is OPEN and its deadline (server clock) has not passed.
  const now = new Date();
  const accepting = competition.status === 'OPEN' && competition.deadlineAt !== null && isOnTime(now, competition.deadlineAt);
  const deadlinePassed = competition.deadlineAt !== null && !isOnTime(now, competition.deadlineAt);
  const canApplyOnline = accepting && competition.kind === 'GRANT';
  // Anyone sees the link; a visitor goes through sign-in and comes back to the start page.
  const actor = canApplyOnline ? await getActor() : null;
  const applyHref = (lotId: string) => {
    const start = `/ngo/applications/new?lotId=${encodeURIComponent(lotId)}`;
    return actor ? start : `/sign-in?callbackUrl=${encodeURIComponent(start)}`;
  };

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap gap-2 text-xs">
          <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">{tk(competition.kind)}</span>
          <StatusBadge status={competition.status} label={ts(competition.status as never)} />
        </div>
        <h1 className="text-3xl font-bold">{text(competition.titleKk, competition.titleRu, competition.titleEn)}</h1>
        <p className="text-slate-600">{text(competition.organizer.nameKk, competition.organizer.nameRu, competition.organizer.nameEn)}</p>
      </header>

      {(competition.descriptionKk || competition.descriptionRu) && (
        <section aria-labelledby="announcement">
          <h2 id="announcement" className="mb-2 text-xl font-semibold">{t('announcement')}</h2>
          <p className="whitespace-pre-line">{text(competition.descriptionKk, competition.descriptionRu, competition.descriptionEn)}</p>
        </section>
      )}

      <section aria-labelledby="timeline" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="timeline" className="mb-3 text-xl font-semibold">{t('timeline')}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('year')}</dt>
          <dd>{competition.year}</dd>
          <dt className="text-slate-500">{t('opensAt')}</dt>
          <dd>{when(competition.opensAt)}</dd>
          <dt className="text-slate-500">{t('deadline')}</dt>
          <dd className="font-semibold">{when(competition.deadlineAt)}</dd>
          {competition.coiDueOn && (
            <>
              <dt className="text-slate-500">{t('coiDue')}</dt>
              <dd>{day(competition.coiDueOn)}</dd>
            </>
          )}
          {competition.scoringDueOn && (
            <>
              <dt className="text-slate-500">{t('scoringDue')}</dt>
              <dd>{day(competition.scoringDueOn)}</dd>
            </>
          )}
          {competition.resultsPublishedAt && (
            <>
              <dt className="text-slate-500">{t('resultsPublished')}</dt>
              <dd>{when(competition.resultsPublishedAt)}</dd>
            </>
          )}
          <dt className="text-slate-500">{t('budget')}</dt>
          <dd>{money(competition.budgetKzt ?? competition.allocatedKzt)}</dd>
          <dt className="text-slate-500">{t('languages')}</dt>
          <dd>{competition.languages.map((l) => tl(l)).join(', ')}</dd>
        </dl>
      </section>

      {deadlinePassed && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900" data-testid="deadline-passed">
          {tapply('closed', { deadline: when(competition.deadlineAt) })}
        </p>
      )}

      {competition.lots.length > 0 && (
        <section aria-labelledby="lots">
          <h2 id="lots" className="mb-3 text-xl font-semibold">{t('lotsTitle')}</h2>
          <ol className="flex flex-col gap-3">
            {competition.lots.map((lot) => (
              <li key={lot.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">
                  {t('lotNumber', { number: lot.number })}. {text(lot.titleKk, lot.titleRu, lot.titleEn)}
                </h3>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-500">{t('lotBudget')}</dt>
                  <dd>{money(lot.budgetKzt)}</dd>
                  <dt className="text-slate-500">{t('region')}</dt>
                  <dd>{lot.region ? text(lot.region.nameKk, lot.region.nameRu, lot.region.nameEn) : t('wholeCountry')}</dd>
                  {lot.direction && (
                    <>
                      <dt className="text-slate-500">{t('direction')}</dt>
                      <dd>{text(lot.direction.nameKk, lot.direction.nameRu, lot.direction.nameEn)}</dd>
                    </>
                  )}
                </dl>
                {canApplyOnline && (
                  <p className="mt-3">
                    <Link
                      href={applyHref(lot.id)}
                      className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
                      data-testid={`apply-lot-${lot.number}`}
                    >
                      {tapply('link')}
                      <span className="sr-only"> — {t('lotNumber', { number: lot.number })}</span>
                    </Link>{' '}
                    <span className="text-sm text-slate-600">{tapply('until', { deadline: when(competition.deadlineAt) })}</span>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      {criteria.length > 0 && (
        <section aria-labelledby="criteria">
          <h2 id="criteria" className="mb-3 text-xl font-semibold">{t('criteria')}</h2>
          <ol className="list-decimal pl-6">
            {criteria.map((c) => (
              <li key={c.id}>
                {tc.has(c.id) ? tc(c.id as never) : c.id} — {c.allowed ? c.allowed.join(' / ') : t('criterionRange', { min: c.min, max: c.max })}
              </li>
            ))}
          </ol>
          <p className="mt-2 font-medium">{t('maxScore', { max: maxScore(criteria) })}</p>
        </section>
      )}

      {documents.length > 0 && (
        <section aria-labelledby="documents">
          <h2 id="documents" className="mb-3 text-xl font-semibold">{t('documents')}</h2>
          <ul className="list-disc pl-6">
            {documents.map((d) => (
              <li key={d.kind}>
                {text(d.titleKk, d.titleRu, d.titleEn)}
                {!d.required && <span className="text-slate-500"> ({t('optionalDocument')})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
