import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** Strategic-partnership competitions (seed 000): the operator's list. */
export default async function StrategicPartnershipListPage() {
  await requirePermission('manage', { type: 'competition', status: 'DRAFT' }, '/operator/strategic-partnership');
  const [t, ts, format, locale] = await Promise.all([
    getTranslations('strategicPartnership'),
    getTranslations('competitionStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const competitions = await db.competition.findMany({
    where: { kind: 'STRATEGIC_PARTNERSHIP' },
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      code: true,
      status: true,
      titleKk: true,
      titleRu: true,
      titleEn: true,
      budgetKzt: true,
      organizer: { select: { nameKk: true, nameRu: true, nameEn: true } },
      _count: { select: { applications: true } },
    },
  });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">{t('list.title')}</h1>
          <p className="mt-1 max-w-3xl text-slate-600">{t('list.lead')}</p>
        </div>
        <Link href="/operator/strategic-partnership/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('list.new')}
        </Link>
      </div>
      {competitions.length === 0 ? (
        <p className="text-slate-600">{t('list.empty')}</p>
      ) : (
        <DataTable
          caption={t('list.title')}
          columns={[{ label: t('list.code') }, { label: t('list.name') }, { label: t('list.organizer') }, { label: t('list.status') }, { label: t('list.budget'), align: 'right' }, { label: t('list.applications'), align: 'right' }]}
        >
          {competitions.map((c) => (
            <Row key={c.id}>
              <Cell className="font-mono">{c.code ?? '—'}</Cell>
              <Cell>
                <Link href={`/operator/strategic-partnership/${c.id}`} className="text-brand-700 underline">
                  {localized(locale, { kk: c.titleKk, ru: c.titleRu, en: c.titleEn })}
                </Link>
              </Cell>
              <Cell>{localized(locale, { kk: c.organizer.nameKk, ru: c.organizer.nameRu, en: c.organizer.nameEn })}</Cell>
              <Cell>
                <StatusBadge status={c.status} label={ts(c.status as never)} />
              </Cell>
              <Cell align="right">{c.budgetKzt === null ? '—' : format.number(Number(c.budgetKzt), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })}</Cell>
              <Cell align="right">{c._count.applications}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
