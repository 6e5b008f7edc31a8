import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { discussionPhase } from '@/lib/services/social-order/discussion';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

/** Stage 3: the social-order plans (F-3.1) and the state of their public discussion. */
export default async function DiscussionsPage() {
  await requirePermission('manage', { type: 'competition', status: 'DRAFT' }, '/operator/social-order/discussions');
  const [t, format, locale] = await Promise.all([getTranslations('socialOrder.discussion'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const plans = await db.plan.findMany({
    where: { kind: 'SOCIAL_ORDER' },
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, year: true, titleKk: true, titleRu: true, titleEn: true, discussionOpensAt: true, discussionClosesAt: true, _count: { select: { topics: true } } },
  });
  const now = new Date();
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium' }) : '—');
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/social-order" className="text-brand-700 underline">{t('backToCompetitions')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('listTitle')}</h1>
      {plans.length === 0 ? (
        <p className="text-slate-600">{t('noPlans')}</p>
      ) : (
        <DataTable caption={t('listCaption')} columns={[{ label: t('plan') }, { label: t('year'), align: 'right' }, { label: t('topics'), align: 'right' }, { label: t('window') }, { label: t('phase') }]}>
          {plans.map((p) => (
            <Row key={p.id}>
              <Cell>
                <Link href={`/operator/social-order/discussions/${p.id}`} className="font-medium text-brand-700 underline">
                  {localized(locale, { kk: p.titleKk, ru: p.titleRu, en: p.titleEn })}
                </Link>
              </Cell>
              <Cell align="right">{p.year}</Cell>
              <Cell align="right">{p._count.topics}</Cell>
              <Cell>{p.discussionOpensAt ? `${day(p.discussionOpensAt)} – ${day(p.discussionClosesAt)}` : '—'}</Cell>
              <Cell>{t(`phases.${discussionPhase(p, now)}` as never)}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
