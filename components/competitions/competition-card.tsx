import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import type { CompetitionSummary } from '@/lib/queries/public-competitions';
import { StatusBadge } from '@/components/ui/status-badge';

export async function CompetitionCard({ competition, now }: { competition: CompetitionSummary; now: Date }) {
  const [t, tk, ts, format, locale] = await Promise.all([
    getTranslations('home'),
    getTranslations('kinds'),
    getTranslations('competitionStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const title = localized(locale, { kk: competition.titleKk, ru: competition.titleRu, en: competition.titleEn });
  const budget = competition.budgetKzt ?? competition.allocatedKzt;
  const daysLeft = competition.deadlineAt ? Math.max(0, Math.floor((competition.deadlineAt.getTime() - now.getTime()) / 86_400_000)) : null;
  return (
    <article className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">{tk(competition.kind)}</span>
        <StatusBadge status={competition.status} label={ts(competition.status as never)} />
      </div>
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/competitions/${competition.id}`} className="hover:underline">
          {title}
        </Link>
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">{t('organizer')}</dt>
        <dd>{localized(locale, { kk: competition.organizer.nameKk, ru: competition.organizer.nameRu, en: competition.organizer.nameEn })}</dd>
        {competition.deadlineAt && (
          <>
            <dt className="text-slate-500">{t('deadline')}</dt>
            <dd>
              <time dateTime={competition.deadlineAt.toISOString()}>
                {t('deadlineValue', { date: format.dateTime(competition.deadlineAt, { dateStyle: 'long', timeStyle: 'short' }) })}
              </time>
              {competition.status === 'OPEN' && daysLeft !== null && <span className="ml-2 text-brand-700">({t('daysLeft', { count: daysLeft })})</span>}
            </dd>
          </>
        )}
        {budget != null && (
          <>
            <dt className="text-slate-500">{t('budget')}</dt>
            <dd>{format.number(Number(budget), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })}</dd>
          </>
        )}
        <dt className="text-slate-500">{t('lots', { count: competition._count.lots })}</dt>
        <dd />
      </dl>
    </article>
  );
}
