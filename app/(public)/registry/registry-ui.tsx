import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { REGISTRY_KINDS, registryQuery, type RegistrySearch } from '@/lib/services/registry/search-params';
import type { RegistryFilterOptions } from '@/lib/services/registry/filter-options';
import { inputClass } from '@/components/ui/form-field';

type Names = { nameKk?: string | null; nameRu?: string | null; nameEn?: string | null };
type Titles = { titleKk?: string | null; titleRu?: string | null; titleEn?: string | null };

/** Locale helpers shared by the registry pages: names, titles, money in tenge, dates. */
export async function registryFormat() {
  const [format, locale] = await Promise.all([getFormatter(), getLocale() as Promise<AppLocale>]);
  return {
    locale,
    name: (v: Names | null | undefined) => (v ? localized(locale, { kk: v.nameKk, ru: v.nameRu, en: v.nameEn }) : ''),
    title: (v: Titles) => localized(locale, { kk: v.titleKk, ru: v.titleRu, en: v.titleEn }),
    money: (v: bigint | number | null | undefined) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })),
    // Calendar dates (@db.Date) are stored at UTC midnight.
    day: (d: Date | null | undefined) => (d ? format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' }) : '—'),
    when: (d: Date | null | undefined) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—'),
  };
}

/** The search and filter form: a plain GET form, so it works without JavaScript and the URL is the state. */
export async function RegistryFilters({ action, search, options }: { action: string; search: RegistrySearch; options: RegistryFilterOptions }) {
  const [t, tk, fmt] = await Promise.all([getTranslations('registry.filters'), getTranslations('kinds'), registryFormat()]);
  const select = `${inputClass} bg-white`;
  return (
    <form method="get" action={action} role="search" aria-label={t('label')} className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-6" data-testid="registry-filters">
      <div className="flex flex-col gap-1 md:col-span-6">
        <label htmlFor="registry-q" className="font-medium">
          {t('q')}
        </label>
        <input id="registry-q" name="q" type="search" defaultValue={search.q ?? ''} aria-describedby="registry-q-hint" className={inputClass} maxLength={100} />
        <p id="registry-q-hint" className="text-sm text-slate-600">
          {t('qHint')}
        </p>
      </div>
      <div className="flex flex-col gap-1 md:col-span-1">
        <label htmlFor="registry-year" className="font-medium">
          {t('year')}
        </label>
        <select id="registry-year" name="year" defaultValue={search.year?.toString() ?? ''} className={select}>
          <option value="">{t('any')}</option>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 md:col-span-2">
        <label htmlFor="registry-kind" className="font-medium">
          {t('kind')}
        </label>
        <select id="registry-kind" name="kind" defaultValue={search.kind ?? ''} className={select}>
          <option value="">{t('any')}</option>
          {REGISTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 md:col-span-3">
        <label htmlFor="registry-region" className="font-medium">
          {t('region')}
        </label>
        <select id="registry-region" name="region" defaultValue={search.region ?? ''} className={select}>
          <option value="">{t('any')}</option>
          {options.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {fmt.name(r)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 md:col-span-6">
        <label htmlFor="registry-direction" className="font-medium">
          {t('direction')}
        </label>
        <select id="registry-direction" name="direction" defaultValue={search.direction?.toString() ?? ''} className={select}>
          <option value="">{t('any')}</option>
          {options.directions.map((d) => (
            <option key={d.number} value={d.number}>
              {d.number}. {fmt.name(d)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4 md:col-span-6">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2">
          {t('apply')}
        </button>
        <Link href={action} className="text-brand-700 underline">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}

/** "N records found" and the page links (previous / next keep every filter in the URL). */
export async function RegistryCount({ total }: { total: number }) {
  const t = await getTranslations('registry.list');
  return (
    <p role="status" className="mb-3 text-slate-700" data-testid="registry-count">
      {t('found', { count: total })}
    </p>
  );
}

export async function RegistryPagination({ action, search, page, pageCount }: { action: string; search: RegistrySearch; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('registry.list');
  const link = 'rounded border border-slate-300 bg-white px-3 py-1 text-brand-700 hover:bg-slate-50';
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex items-center gap-4">
      {page > 1 && (
        <Link href={`${action}${registryQuery(search, { page: page - 1 })}`} className={link} rel="prev">
          {t('previous')}
        </Link>
      )}
      <span aria-current="page">{t('page', { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={`${action}${registryQuery(search, { page: page + 1 })}`} className={link} rel="next">
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
