import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { DEFAULT_RULE_SETTINGS } from '@/lib/rules';
import { NOMINATION_SOURCES } from '@/lib/services/experts/expert-input';
import { isSelectable, parseRegisterFilters, queryRegister } from '@/lib/services/experts/register-query';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { inputClass } from '@/components/ui/form-field';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/**
 * The expert register (GC-5..GC-7): every entry with its directions and years, nomination
 * (GC-6), employer and the operator-employee flag (GC-9); filters by direction, minimum
 * years, nomination source and "selectable" (active, ≥ 2 years in the direction — CM-1).
 */
export default async function ExpertRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/experts');
  const filters = parseRegisterFilters(await searchParams);
  const [t, locale, directions, experts] = await Promise.all([
    getTranslations('experts'),
    getLocale() as Promise<AppLocale>,
    db.direction.findMany({ where: { active: true }, orderBy: { number: 'asc' }, select: { id: true, number: true, nameKk: true, nameRu: true, nameEn: true } }),
    queryRegister(db, filters),
  ]);
  const text = (x: { nameKk: string; nameRu: string; nameEn?: string | null }) => localized(locale, { kk: x.nameKk, ru: x.nameRu, en: x.nameEn });
  const minYears = DEFAULT_RULE_SETTINGS.commission.grantMinYearsInDirection;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('list.title')}</h1>
          <p className="mt-2 max-w-3xl text-slate-700">{t('list.lead', { years: minYears })}</p>
        </div>
        <Link href="/operator/experts/new" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t('list.invite')}
        </Link>
      </div>

      <form method="get" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-[2fr_1fr_1fr_auto_auto] md:items-end" aria-label={t('list.filters')}>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-direction" className="font-medium">{t('list.direction')}</label>
          <select id="filter-direction" name="direction" defaultValue={filters.directionId ?? ''} className={inputClass}>
            <option value="">{t('list.anyDirection')}</option>
            {directions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.number}. {text(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-years" className="font-medium">{t('list.minYears')}</label>
          <input id="filter-years" name="minYears" type="number" min={0} max={70} defaultValue={filters.minYears ?? ''} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-source" className="font-medium">{t('list.source')}</label>
          <select id="filter-source" name="source" defaultValue={filters.source ?? ''} className={inputClass}>
            <option value="">{t('list.anySource')}</option>
            {NOMINATION_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`sources.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="selectable" value="1" defaultChecked={filters.selectable} />
          {t('list.selectableOnly', { years: minYears })}
        </label>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">{t('list.apply')}</button>
      </form>

      <p data-testid="register-count">{t('list.count', { count: experts.length })}</p>
      {experts.length > 0 && (
        <DataTable
          caption={t('list.title')}
          testId="expert-register"
          columns={[
            { label: t('list.name') },
            { label: t('list.status') },
            { label: t('list.directions') },
            { label: t('list.nomination') },
            { label: t('list.employer') },
            { label: t('list.selectable') },
          ]}
        >
          {experts.map((e) => {
            const selectable = isSelectable(e, filters.directionId);
            return (
              <Row key={e.id}>
                <Cell>
                  <Link href={`/operator/experts/${e.id}`} className="font-medium text-brand-700 underline">{e.user.name}</Link>
                  <span className="block text-slate-600">{e.user.email}</span>
                </Cell>
                <Cell>
                  <StatusBadge status={e.status} label={t(`status.${e.status}` as never)} />
                </Cell>
                <Cell>
                  <ul className="flex flex-col gap-0.5">
                    {e.directions.map((d) => (
                      <li key={d.direction.id}>
                        {d.direction.number}. {text(d.direction)} — {t('list.yearsShort', { years: d.yearsOfExperience })}
                      </li>
                    ))}
                  </ul>
                </Cell>
                <Cell>
                  {t(`sources.${e.nominationSource}`)}
                  {e.nominatedBy && <span className="block text-slate-600">{text(e.nominatedBy)}</span>}
                </Cell>
                <Cell>
                  {e.employerName ?? '—'}
                  {e.operatorEmployee && <span className="mt-1 block w-fit rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t('list.operatorEmployee')}</span>}
                </Cell>
                <Cell>{selectable ? <span className="font-medium text-green-900">{t('list.yes')}</span> : <span className="text-slate-600">{t('list.no')}</span>}</Cell>
              </Row>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
