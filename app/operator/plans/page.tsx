import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * The grant plans (§4.4 stage 1): every topic (lot) with its direction, region and budget;
 * totals per plan and per direction. Staff add and edit planned topics and start a
 * competition from them. Operator staff only.
 */
export default async function PlansPage() {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/plans');
  const [t, tk, format, locale] = await Promise.all([getTranslations('plans'), getTranslations('kinds'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const plans = await db.plan.findMany({
    where: { kind: 'GRANT' },
    orderBy: [{ year: 'desc' }, { createdAt: 'asc' }],
    include: {
      ownerOrganization: { select: { nameKk: true, nameRu: true, nameEn: true } },
      topics: {
        orderBy: { number: 'asc' },
        include: {
          direction: { select: { id: true, number: true, nameKk: true, nameRu: true, nameEn: true } },
          region: { select: { nameKk: true, nameRu: true, nameEn: true } },
        },
      },
    },
  });
  const text = (x: { nameKk?: string | null; nameRu?: string | null; nameEn?: string | null; titleKk?: string | null; titleRu?: string | null; titleEn?: string | null }) =>
    localized(locale, { kk: x.titleKk ?? x.nameKk, ru: x.titleRu ?? x.nameRu, en: x.titleEn ?? x.nameEn });
  const money = (v: bigint) => format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  const label = (group: 'topicStatus' | 'planStatus', s: string) => (t.has(`${group}.${s}` as never) ? t(`${group}.${s}` as never) : s);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-1 max-w-3xl text-slate-600">{t('lead')}</p>
        </div>
        <Link href="/operator/competitions/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('newCompetition')}
        </Link>
      </div>
      {plans.length === 0 && <p className="text-slate-600">{t('empty')}</p>}
      {plans.map((plan) => {
        const total = plan.topics.reduce((s, x) => s + x.budgetKzt, 0n);
        const byDirection = new Map<string, { label: string; number: number; total: bigint; count: number }>();
        for (const topic of plan.topics) {
          const key = topic.direction?.id ?? '-';
          const row = byDirection.get(key) ?? { label: topic.direction ? `${topic.direction.number}. ${text(topic.direction)}` : t('noDirection'), number: topic.direction?.number ?? 99, total: 0n, count: 0 };
          row.total += topic.budgetKzt;
          row.count += 1;
          byDirection.set(key, row);
        }
        const headingId = `plan-${plan.id}`;
        return (
          <section key={plan.id} aria-labelledby={headingId} className={`${box} flex flex-col gap-5`} data-testid="plan">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 id={headingId} className="text-xl font-semibold">{t('planHeading', { title: text(plan) })}</h2>
                <p className="text-sm text-slate-600">
                  {tk(plan.kind)} · {t('planMeta', { year: plan.year, owner: text(plan.ownerOrganization), status: label('planStatus', plan.status) })}
                </p>
              </div>
              <Link href={`/operator/plans/${plan.id}/topics/new`} className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
                {t('addTopic')}
              </Link>
            </div>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="plan-totals">
              <dt className="text-slate-500">{t('planBudget')}</dt>
              <dd>{money(plan.budgetKzt)}</dd>
              <dt className="text-slate-500">{t('topicsTotal')}</dt>
              <dd className="font-semibold">
                {money(total)} ({t('topicsCount', { count: plan.topics.length })})
              </dd>
              <dt className="text-slate-500">{t('difference')}</dt>
              <dd>{money(plan.budgetKzt - total)}</dd>
            </dl>
            <DataTable
              caption={t('topicsCaption')}
              testId="plan-topics"
              columns={[
                { label: t('number') },
                { label: t('topic') },
                { label: t('direction') },
                { label: t('region') },
                { label: t('budget'), align: 'right' },
                { label: t('status') },
                { label: t('actions'), srOnly: true },
              ]}
            >
              {plan.topics.map((topic) => (
                <Row key={topic.id}>
                  <Cell>{topic.number}</Cell>
                  <Cell>{text(topic)}</Cell>
                  <Cell>{topic.direction ? text(topic.direction) : '—'}</Cell>
                  <Cell>{topic.region ? text(topic.region) : t('wholeCountry')}</Cell>
                  <Cell align="right" className="whitespace-nowrap">{money(topic.budgetKzt)}</Cell>
                  <Cell>
                    <StatusBadge status={topic.status} label={label('topicStatus', topic.status)} />
                  </Cell>
                  <Cell>
                    {topic.status === 'PLANNED' && (
                      <Link href={`/operator/plans/${plan.id}/topics/${topic.id}`} className="text-brand-700 underline" aria-label={t('editTopic', { number: topic.number })}>
                        {t('edit')}
                      </Link>
                    )}
                  </Cell>
                </Row>
              ))}
            </DataTable>
            <div>
              <h3 className="mb-2 font-semibold">{t('byDirectionTitle')}</h3>
              <DataTable caption={t('byDirectionCaption')} testId="plan-directions" columns={[{ label: t('direction') }, { label: t('topicsColumn') }, { label: t('budget'), align: 'right' }]}>
                {[...byDirection.values()]
                  .sort((a, b) => a.number - b.number)
                  .map((d) => (
                    <Row key={d.label}>
                      <Cell>{d.label}</Cell>
                      <Cell>{d.count}</Cell>
                      <Cell align="right" className="whitespace-nowrap">{money(d.total)}</Cell>
                    </Row>
                  ))}
                <Row>
                  <Cell className="font-semibold">{t('total')}</Cell>
                  <Cell className="font-semibold">{plan.topics.length}</Cell>
                  <Cell align="right" className="whitespace-nowrap font-semibold">{money(total)}</Cell>
                </Row>
              </DataTable>
            </div>
          </section>
        );
      })}
    </div>
  );
}
