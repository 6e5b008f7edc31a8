import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** The award cycles (AWARD competitions, AW-5..AW-10), newest year first. Operator staff only. */
export default async function AwardCyclesPage() {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/awards');
  const cycles = await db.competition.findMany({
    where: { kind: 'AWARD' },
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, code: true, year: true, status: true, titleKk: true, titleRu: true, titleEn: true, _count: { select: { laureates: true } } },
  });
  const [t, ts, locale] = await Promise.all([getTranslations('awards.operator'), getTranslations('competitionStatus'), getLocale() as Promise<AppLocale>]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('listTitle')}</h1>
      {cycles.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable caption={t('listCaption')} columns={[{ label: t('cycle') }, { label: t('year') }, { label: t('status') }, { label: t('laureatesCount'), align: 'right' }]}>
          {cycles.map((c) => (
            <Row key={c.id}>
              <Cell>
                <Link href={`/operator/awards/${c.id}`} className="text-brand-700 underline">
                  {localized(locale, { kk: c.titleKk, ru: c.titleRu, en: c.titleEn })}
                </Link>
                {c.code && <span className="ml-2 font-mono text-sm text-slate-600">{c.code}</span>}
              </Cell>
              <Cell>{c.year}</Cell>
              <Cell>
                <StatusBadge status={c.status} label={ts.has(c.status as never) ? ts(c.status as never) : c.status} />
              </Cell>
              <Cell align="right">{c._count.laureates}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
