import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { requirePermission } from '@/lib/auth/session';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf, creativePlanDeadlines, creativePlanWarnings } from '@/lib/rules';
import { creativeOrderOverview } from '@/lib/services/creative-order/queries';
import { PlacesForm } from '@/components/creative-order/club-operator-actions';
import { CreativePlanForm } from '@/components/creative-order/plan-form';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** Operator console of the creative order: the year's financing plan, providers with their places, the daily runs. */
export default async function CreativeOrderOperatorPage() {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/creative-order');
  const year = Number(almatyDateOf(new Date()).slice(0, 4));
  const [t, tplan, format, locale, data] = await Promise.all([
    getTranslations('creativeOrder.operator'),
    getTranslations('creativeOrder.plan'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    creativeOrderOverview(db, year),
  ]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru, en: null });
  const money = (v: bigint | null) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }));
  const { plan } = data;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  // CO-2: the engine's deadlines and warnings for the stored dates.
  const planDates = plan ? { year: plan.year, ...plan.dates } : { year };
  const deadlines = creativePlanDeadlines(planDates);
  const warnings = plan ? creativePlanWarnings(planDates) : [];

  return (
    <article className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>

      <section aria-labelledby="plan-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="plan-title" className="text-xl font-semibold">
          {t('planTitle', { year })}
        </h2>
        {plan ? (
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('budget')}</dt>
            <dd>{money(plan.budgetKzt)}</dd>
            <dt className="text-slate-500">{tplan('budgetTotal')}</dt>
            <dd>{money(plan.budgetTotalKzt)}</dd>
            <dt className="text-slate-500">{t('planStatus')}</dt>
            <dd>
              <StatusBadge status={plan.status} label={t.has(`planStatusValue.${plan.status}` as never) ? t(`planStatusValue.${plan.status}` as never) : plan.status} />
            </dd>
            <dt className="text-slate-500">{t('categories')}</dt>
            <dd>{plan.categories.length === 0 ? t('noCategories') : plan.categories.map((c) => t('categoryValue', { label: text(c.labelKk, c.labelRu), rank: c.rank })).join('; ')}</dd>
          </dl>
        ) : (
          <p>{t('noPlan', { year })}</p>
        )}
        <h3 className="text-lg font-semibold">{tplan('deadlinesTitle')}</h3>
        <ul className="list-disc pl-6">
          <li>{tplan('draftDue', { date: day(deadlines.draftDueOn) })}</li>
          <li>{deadlines.approvedPublicationDueOn ? tplan('approvedDue', { date: day(deadlines.approvedPublicationDueOn) }) : tplan('approvedDueRule')}</li>
          <li>{tplan('volumeOn', { date: day(deadlines.volumePlacementOn) })}</li>
          <li>{tplan('extraDueRule')}</li>
        </ul>
        {warnings.length > 0 && (
          <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
            <p className="font-semibold">{tplan('warningsTitle')}</p>
            <ul className="list-disc pl-6">
              {warnings.map((w) => (
                <li key={`${w.code}-${w.field}`}>{tplan(`warning.${w.code}` as never, { due: day(w.due), actual: day(w.actual) } as never)}</li>
              ))}
            </ul>
          </div>
        )}
        <details className="rounded border border-slate-200 p-3" open={!plan}>
          <summary className="cursor-pointer font-semibold text-brand-800">{plan ? tplan('editTitle') : tplan('createTitle')}</summary>
          <div className="pt-4">
            <CreativePlanForm
              published={plan?.status === 'PUBLISHED'}
              initial={{
                year: plan?.year ?? year,
                titleKk: plan?.titleKk ?? '',
                titleRu: plan?.titleRu ?? '',
                budgetKzt: plan ? Number(plan.budgetKzt) : Number.NaN,
                priorityCategories: plan?.categories ?? [],
                publish: false,
                draftPublishedOn: plan?.dates.draftPublishedOn ?? '',
                approvedOn: plan?.dates.approvedOn ?? '',
                approvedPublishedOn: plan?.dates.approvedPublishedOn ?? '',
                volumePlacedOn: plan?.dates.volumePlacedOn ?? '',
                extraFunds: (plan?.dates.extraFunds ?? []).map((f) => ({ amountKzt: f.amountKzt, approvedOn: f.approvedOn, placedOn: f.placedOn ?? '' })),
              }}
            />
          </div>
        </details>
      </section>

      <section aria-labelledby="clubs-title" className="flex flex-col gap-3">
        <h2 id="clubs-title" className="text-xl font-semibold">
          {t('clubsTitle')}
        </h2>
        {data.clubs.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-5">{t('noClubs')}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="p-3">{t('club')}</th>
                  <th scope="col" className="p-3">{t('status')}</th>
                  <th scope="col" className="p-3">{t('applicationDate')}</th>
                  <th scope="col" className="p-3">{t('staff')}</th>
                  <th scope="col" className="p-3">{t('places')}</th>
                  <th scope="col" className="p-3">{t('price')}</th>
                  <th scope="col" className="p-3">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.clubs.map((c) => (
                  <tr key={c.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="p-3 font-medium">
                      <Link href={`/operator/creative-order/clubs/${c.id}`} className="text-brand-700 underline">
                        {text(c.nameKk, c.nameRu)}
                      </Link>
                      <span className="block font-normal text-slate-600">{text(c.providerKk, c.providerRu)}</span>
                    </th>
                    <td className="p-3">
                      <StatusBadge status={c.status} label={t.has(`clubStatus.${c.status}` as never) ? t(`clubStatus.${c.status}` as never) : c.status} />
                    </td>
                    <td className="p-3">{c.applicationDate ? format.dateTime(new Date(`${c.applicationDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) : '—'}</td>
                    <td className="p-3">{c.staffCount}</td>
                    <td className="p-3">{c.places == null ? '—' : t('placesValue', { places: c.places, issued: c.issued })}</td>
                    <td className="p-3">{money(c.pricePerPlaceKzt)}</td>
                    <td className="p-3">
                      {c.status === 'SUBMITTED' && (
                        <Link href={`/operator/creative-order/clubs/${c.id}`} className="font-semibold text-brand-700 underline">
                          {t('review')}
                        </Link>
                      )}
                      {c.status === 'ADMITTED' &&
                        (plan ? (
                          <PlacesForm planId={plan.id} clubId={c.id} places={c.places} price={c.pricePerPlaceKzt == null ? null : Number(c.pricePerPlaceKzt)} />
                        ) : (
                          <span className="text-slate-600">{t('needPlan')}</span>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="runs-title" className="flex flex-col gap-3">
        <h2 id="runs-title" className="text-xl font-semibold">
          {t('runsTitle')}
        </h2>
        {data.runs.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-5">{t('noRuns')}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="p-3">{t('runOn')}</th>
                  <th scope="col" className="p-3">{t('runStatus')}</th>
                  <th scope="col" className="p-3">{t('allocatedCount')}</th>
                  <th scope="col" className="p-3">{t('finishedAt')}</th>
                  <th scope="col" className="p-3">
                    <span className="sr-only">{t('open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.runs.map((r) => (
                  <tr key={r.id} className="border-t border-slate-200">
                    <th scope="row" className="p-3 font-medium">{format.dateTime(r.runOn, { dateStyle: 'long', timeZone: 'UTC' })}</th>
                    <td className="p-3">{t.has(`runStatusValue.${r.status}` as never) ? t(`runStatusValue.${r.status}` as never) : r.status}</td>
                    <td className="p-3">{r.allocatedCount}</td>
                    <td className="p-3">{r.finishedAt ? format.dateTime(r.finishedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</td>
                    <td className="p-3">
                      <Link href={`/operator/creative-order/runs/${r.id}`} className="text-brand-700 underline">
                        {t('open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
