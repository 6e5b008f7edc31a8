import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { STATUS_FLAGS } from '@/lib/services/organizations/status-flags';
import { DataTable } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 100;

export async function generateMetadata() {
  const t = await getTranslations('orgConsole');
  return { title: t('title') };
}

export default async function OperatorOrganizationsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  // Listing every NGO with its flags is for staff who set the flags (EL-1).
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/organizations');
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? '';

  const where: Prisma.OrganizationWhereInput = { kind: 'NGO' };
  if (q) {
    where.OR = /^\d+$/.test(q)
      ? [{ bin: { startsWith: q } }]
      : [{ nameKk: { contains: q, mode: 'insensitive' } }, { nameRu: { contains: q, mode: 'insensitive' } }, { nameEn: { contains: q, mode: 'insensitive' } }];
  }
  const [t, tf, locale, total, organizations] = await Promise.all([
    getTranslations('orgConsole'),
    getTranslations('orgFlags'),
    getLocale() as Promise<AppLocale>,
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: [{ nameRu: 'asc' }],
      take: PAGE_SIZE,
      include: { region: { select: { nameKk: true, nameRu: true, nameEn: true } } },
    }),
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <form role="search" method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="q" className="font-medium">
            {t('search')}
          </label>
          <input id="q" name="q" type="search" defaultValue={q} aria-describedby="q-hint" className="rounded border border-slate-400 bg-white px-3 py-2" />
          <p id="q-hint" className="text-sm text-slate-600">
            {t('searchHint')}
          </p>
        </div>
        <button type="submit" className="self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 sm:mb-7 sm:self-auto">
          {t('find')}
        </button>
      </form>
      <p role="status" className="text-slate-600">
        {q ? t('foundFor', { count: total, q }) : t('found', { count: total })}
        {total > organizations.length && ` ${t('showingFirst', { count: organizations.length })}`}
      </p>
      {organizations.length > 0 && (
        <DataTable columns={[{ label: t('binColumn') }, { label: t('nameColumn') }, { label: t('regionColumn') }, { label: t('flagsColumn') }]}>
          {organizations.map((o) => {
            const active = STATUS_FLAGS.filter((f) => o[f]);
            return (
              <tr key={o.id} className="border-t border-slate-200 align-top">
                <td className="p-3 font-mono">{o.bin}</td>
                <th scope="row" className="p-3 font-medium">
                  <Link href={`/operator/organizations/${o.id}`} className="underline">
                    {text(o.nameKk, o.nameRu, o.nameEn)}
                  </Link>
                </th>
                <td className="p-3">{o.region ? text(o.region.nameKk, o.region.nameRu, o.region.nameEn) : '—'}</td>
                <td className="p-3">
                  {active.length === 0 ? (
                    <span className="text-slate-600">{t('noFlags')}</span>
                  ) : (
                    <ul className="flex flex-wrap gap-1">
                      {active.map((f) => (
                        <li key={f} className="rounded bg-red-100 px-2 py-0.5 font-medium text-red-900">
                          {tf(`names.${f}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
