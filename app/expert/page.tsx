import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

export default async function ExpertWorkspacePage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, '/expert');
  const expertId = actor.expertId!;
  const [t, ts, locale, memberships, directions, signedByCommission] = await Promise.all([
    getTranslations('expert'),
    getTranslations('competitionStatus'),
    getLocale() as Promise<AppLocale>,
    db.commissionMember.findMany({
      where: { expertId, removedAt: null },
      include: { commission: { include: { competition: { select: { id: true, status: true, titleKk: true, titleRu: true, titleEn: true } } } } },
      orderBy: { appointedAt: 'desc' },
    }),
    db.expertDirection.findMany({ where: { expertId }, include: { direction: true }, orderBy: { direction: { number: 'asc' } } }),
    db.scoreSheet.groupBy({ by: ['commissionId'], where: { expertId, status: 'SIGNED' }, _count: { _all: true } }),
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const signed = new Map(signedByCommission.map((row) => [row.commissionId, row._count._all]));

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <section aria-labelledby="commissions">
        <h2 id="commissions" className="mb-3 text-xl font-semibold">{t('commissionsTitle')}</h2>
        {memberships.length === 0 ? (
          <p className="text-slate-600">{t('noCommissions')}</p>
        ) : (
          <DataTable columns={[{ label: t('competitionColumn') }, { label: t('roleColumn') }, { label: t('statusColumn') }, { label: t('sheetsColumn'), align: 'right' }]}>
            {memberships.map((m) => {
              const c = m.commission.competition;
              return (
                <Row key={m.id}>
                  <Cell>{text(c.titleKk, c.titleRu, c.titleEn)}</Cell>
                  <Cell>{t(`roles.${m.role}`)}</Cell>
                  <Cell>
                    <StatusBadge status={c.status} label={ts(c.status as never)} />
                  </Cell>
                  <Cell align="right">{signed.get(m.commissionId) ?? 0}</Cell>
                </Row>
              );
            })}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="directions">
        <h2 id="directions" className="mb-3 text-xl font-semibold">{t('directionsTitle')}</h2>
        <ul className="list-disc pl-6">
          {directions.map((d) => (
            <li key={d.id}>
              {d.direction.number}. {text(d.direction.nameKk, d.direction.nameRu, d.direction.nameEn)} — {t('years', { count: d.yearsOfExperience })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
