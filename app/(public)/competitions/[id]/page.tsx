import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { applicationFormFor } from '@/lib/validation/forms/registry';
import { isOnTime, maxScore } from '@/lib/rules';
import { getActor } from '@/lib/auth/session';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { publicCompetition } from '@/lib/queries/public-competitions';
import { parseCriteria, parseRequiredDocuments } from '@/lib/validation/competition-settings';
import { PublishedResults } from '@/components/results/published-results';
import { StrategicPartnerPublic } from '@/components/strategic-partnership/strategic-partner-public';
import { SocialOrderPublicResults } from '@/components/social-order/social-order-public-results';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

export default async function CompetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const competition = await publicCompetition(id);
  if (!competition) notFound();

  const [t, ta, tk, ts, tc, tl, tapply, format, locale] = await Promise.all([
    getTranslations('competition'),
    getTranslations('announcement'),
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
  const settings = (competition.settings && typeof competition.settings === 'object' && !Array.isArray(competition.settings) ? competition.settings : {}) as Record<string, unknown>;
  const contactEmail = (typeof settings.contactEmail === 'string' && settings.contactEmail) || competition.organizer.email || null;
  const contactPhone = (typeof settings.contactPhone === 'string' && settings.contactPhone) || competition.organizer.phone || null;
  const criteria = parseCriteria(competition.criteria);
  const documents = parseRequiredDocuments(competition.requiredDocuments);
  // DL-1: applications are accepted while the competition is OPEN and its deadline (server clock) has not passed.
  const now = new Date();
  const accepting = competition.status === 'OPEN' && competition.deadlineAt !== null && isOnTime(now, competition.deadlineAt);
  const deadlinePassed = competition.deadlineAt !== null && !isOnTime(now, competition.deadlineAt);
  // Every mechanism with a portal form (grant, social order, award, strategic partnership).
  const canApplyOnline = accepting && applicationFormFor(competition.kind) !== null;
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
        <dl className="grid gap-x-4 gap-y-1 text-slate-700 sm:grid-cols-[auto_1fr]" data-testid="announcement-header">
          <dt className="text-slate-500">{ta('organizer')}</dt>
          <dd>{text(competition.organizer.nameKk, competition.organizer.nameRu, competition.organizer.nameEn)}</dd>
          {competition.code && (
            <>
              <dt className="text-slate-500">{ta('code')}</dt>
              <dd className="font-mono">{competition.code}</dd>
            </>
          )}
          {competition.plan && (
            <>
              <dt className="text-slate-500">{ta('plan')}</dt>
              <dd>{text(competition.plan.titleKk, competition.plan.titleRu, competition.plan.titleEn)}</dd>
            </>
          )}
        </dl>
        {competition.repeatOf && (
          <p>
            <Link href={`/competitions/${competition.repeatOf.id}`} className="text-brand-700 underline">
              {ta('repeatOf', { title: text(competition.repeatOf.titleKk, competition.repeatOf.titleRu, competition.repeatOf.titleEn) })}
            </Link>
          </p>
        )}
        {competition.status === 'CANCELLED' && competition.cancellationReason && (
          <p role="status" className="rounded border border-slate-300 bg-slate-50 p-3">{ta('cancelled', { reason: competition.cancellationReason })}</p>
        )}
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
          <dt className="text-slate-500">{ta('window')}</dt>
          <dd data-testid="announcement-window">{ta('windowValue', { opens: when(competition.opensAt), deadline: when(competition.deadlineAt) })}</dd>
          <dt className="text-slate-500">{t('deadline')}</dt>
          <dd className="font-semibold" data-testid="announcement-deadline">
            {when(competition.deadlineAt)}
            <span className="block text-sm font-normal text-slate-600">{ta('deadlineNote')}</span>
          </dd>
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
          <dt className="text-slate-500">{ta('totalBudget')}</dt>
          <dd>{money(competition.budgetKzt ?? competition.allocatedKzt)}</dd>
          <dt className="text-slate-500">{t('languages')}</dt>
          <dd data-testid="announcement-languages">
            {competition.languages.map((l) => tl(l)).join(', ')}
            <span className="block text-sm text-slate-600">{ta('languagesRule', { all: competition.allLanguagesRequired ? 'true' : 'false' })}</span>
          </dd>
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
                  <dt className="text-slate-500">{ta('amount')}</dt>
                  <dd>{money(lot.budgetKzt)}</dd>
                  {(lot.descriptionKk || lot.descriptionRu) && (
                    <>
                      <dt className="text-slate-500">{ta('lotGoal')}</dt>
                      <dd>{text(lot.descriptionKk, lot.descriptionRu)}</dd>
                    </>
                  )}
                  {lot.periodStart && lot.periodEnd && (
                    <>
                      <dt className="text-slate-500">{ta('period')}</dt>
                      <dd>{ta('periodValue', { start: day(lot.periodStart), end: day(lot.periodEnd) })}</dd>
                    </>
                  )}
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
          <p className="mt-1 text-sm text-slate-600">{ta('aggregation', { aggregation: competition.aggregation, threshold: competition.thresholdPercent ?? 50 })}</p>
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

      {competition.kind === 'GRANT' && (
        <section aria-labelledby="how-to-apply" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="how-to-apply">
          <h2 id="how-to-apply" className="mb-2 text-xl font-semibold">{ta('howToApplyTitle')}</h2>
          <p>{ta('howToApply')}</p>
        </section>
      )}

      {(contactEmail || contactPhone) && (
        <section aria-labelledby="contacts" data-testid="announcement-contacts">
          <h2 id="contacts" className="mb-2 text-xl font-semibold">{ta('contactsTitle')}</h2>
          <p className="mb-2 text-slate-600">{ta('contactsLead')}</p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            {contactEmail && (
              <>
                <dt className="text-slate-500">{ta('email')}</dt>
                <dd>
                  <a href={`mailto:${contactEmail}`} className="text-brand-700 underline">{contactEmail}</a>
                </dd>
              </>
            )}
            {contactPhone && (
              <>
                <dt className="text-slate-500">{ta('phone')}</dt>
                <dd>
                  <a href={`tel:${contactPhone.replace(/[^+\d]/g, '')}`} className="text-brand-700 underline">{contactPhone}</a>
                </dd>
              </>
            )}
          </dl>
        </section>
      )}

      {competition.kind === 'STRATEGIC_PARTNERSHIP' && <StrategicPartnerPublic competitionId={competition.id} />}
      {competition.kind === 'SOCIAL_ORDER' && <SocialOrderPublicResults competitionId={competition.id} />}
      {/* The social order publishes its own table: bids, discounts, conditional prices (SO-1). */}
      {competition.kind !== 'SOCIAL_ORDER' && <PublishedResults competitionId={competition.id} />}
    </article>
  );
}
