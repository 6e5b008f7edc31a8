import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { OperatorPostAwardDashboard } from '@/components/dashboards/operator-post-award';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

export default async function OperatorConsolePage() {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator');
  const [t, tk, ts, tn, format, locale] = await Promise.all([
    getTranslations('operator'),
    getTranslations('kinds'),
    getTranslations('competitionStatus'),
    getTranslations('ngo'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const [competitions, ngos, experts, restricted] = await Promise.all([
    db.competition.findMany({
      orderBy: [{ deadlineAt: 'desc' }],
      select: { id: true, kind: true, status: true, titleKk: true, titleRu: true, titleEn: true, deadlineAt: true, _count: { select: { applications: true } } },
    }),
    db.organization.count({ where: { kind: 'NGO' } }),
    db.expert.count(),
    db.organization.findMany({
      where: { OR: [{ inLiquidation: true }, { bankrupt: true }, { propertyArrested: true }, { activitySuspended: true }] },
      select: { id: true, bin: true, nameKk: true, nameRu: true, inLiquidation: true, bankrupt: true, propertyArrested: true, activitySuspended: true },
    }),
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const [ta, tp] = await Promise.all([getTranslations('admission'), getTranslations('plans')]);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('counts', { ngos, experts, competitions: competitions.length })}</p>
      </div>
      <OperatorPostAwardDashboard now={new Date()} />

      <section aria-labelledby="competitions">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="competitions" className="text-xl font-semibold">{t('competitionsTitle')}</h2>
          <Link href="/operator/competitions/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {tp('newCompetition')}
          </Link>
        </div>
        <DataTable
          columns={[
            { label: t('titleColumn') },
            { label: t('kindColumn') },
            { label: t('statusColumn') },
            { label: t('deadlineColumn') },
            { label: t('applicationsColumn'), align: 'right' },
            { label: ta('consoleColumn') },
          ]}
        >
          {competitions.map((c) => (
            <Row key={c.id}>
              <Cell>
                <Link href={`/operator/competitions/${c.id}`} className="text-brand-700 underline">
                  {text(c.titleKk, c.titleRu, c.titleEn)}
                </Link>
              </Cell>
              <Cell>{tk(c.kind)}</Cell>
              <Cell>
                <StatusBadge status={c.status} label={ts(c.status as never)} />
              </Cell>
              <Cell>{c.deadlineAt ? format.dateTime(c.deadlineAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</Cell>
              <Cell align="right">{c._count.applications}</Cell>
              <Cell>
                <Link href={`/operator/competitions/${c.id}/admission`} className="text-brand-700 underline">
                  {ta('consoleLink')}
                </Link>
              </Cell>
            </Row>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="restricted">
        <h2 id="restricted" className="mb-3 text-xl font-semibold">{t('restrictedTitle')}</h2>
        {restricted.length === 0 ? (
          <p className="text-slate-600">{t('noRestricted')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {restricted.map((o) => (
              <li key={o.id} className="rounded border border-red-200 bg-white p-3">
                <span className="font-medium">{text(o.nameKk, o.nameRu)}</span> <span className="font-mono text-sm">({o.bin})</span> —{' '}
                {(['inLiquidation', 'bankrupt', 'propertyArrested', 'activitySuspended'] as const)
                  .filter((f) => o[f])
                  .map((f) => tn(`flags.${f}`))
                  .join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
