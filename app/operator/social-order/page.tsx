import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** State social order competitions (SOCIAL_ORDER, stage 6): the operator's list. */
export default async function SocialOrderListPage() {
  await requirePermission('manage', { type: 'competition', status: 'DRAFT' }, '/operator/social-order');
  const [t, ts, format, locale] = await Promise.all([getTranslations('socialOrder.list'), getTranslations('competitionStatus'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const competitions = await db.competition.findMany({
    where: { kind: 'SOCIAL_ORDER' },
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, code: true, status: true, titleKk: true, titleRu: true, titleEn: true, deadlineAt: true, allocatedKzt: true },
  });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>
        <Link href="/operator/social-order/discussions" className="text-brand-700 underline">{t('discussionsLink')}</Link>
      </p>
      {competitions.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption')} columns={[{ label: t('competition') }, { label: t('status') }, { label: t('deadline') }, { label: t('allocated'), align: 'right' }]}>
          {competitions.map((c) => (
            <Row key={c.id}>
              <Cell>
                <Link href={`/operator/social-order/${c.id}`} className="font-medium text-brand-700 underline">
                  {c.code ? `${c.code} · ` : ''}
                  {localized(locale, { kk: c.titleKk, ru: c.titleRu, en: c.titleEn })}
                </Link>
              </Cell>
              <Cell>
                <StatusBadge status={c.status} label={ts(c.status as never)} />
              </Cell>
              <Cell>{c.deadlineAt ? format.dateTime(c.deadlineAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</Cell>
              <Cell align="right">{c.allocatedKzt !== null ? `${format.number(Number(c.allocatedKzt))} ₸` : '—'}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
