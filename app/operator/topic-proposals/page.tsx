import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { TOPIC_PROPOSAL_STATUSES, isTopicProposalStatus } from '@/lib/rules';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** Topic proposals sent by NGOs (drafts stay private), awaiting review first. Operator staff only. */
export default async function OperatorTopicProposalsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/topic-proposals');
  const { status } = await searchParams;
  const filter = isTopicProposalStatus(status) && status !== 'DRAFT' ? status : null;
  const [t, format, locale] = await Promise.all([getTranslations('topicProposals'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const proposals = await db.topicProposal.findMany({
    where: { status: filter ?? { not: 'DRAFT' } },
    orderBy: [{ submittedAt: 'desc' }],
    select: { id: true, title: true, status: true, amountKzt: true, submittedAt: true, organization: { select: { nameKk: true, nameRu: true, bin: true } } },
  });
  // Awaiting review first, then the decided ones.
  proposals.sort((a, b) => Number(b.status === 'SUBMITTED') - Number(a.status === 'SUBMITTED'));
  const money = (v: bigint) => format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  const filters = [null, ...TOPIC_PROPOSAL_STATUSES.filter((s) => s !== 'DRAFT')];

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t('operatorLead')}</p>
      </div>
      <nav aria-label={t('filterLabel')}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {filters.map((f) => (
            <li key={f ?? 'all'}>
              <Link
                href={f ? `/operator/topic-proposals?status=${f}` : '/operator/topic-proposals'}
                aria-current={f === filter ? 'page' : undefined}
                className={`inline-block rounded border px-3 py-1 ${f === filter ? 'border-brand-700 bg-brand-50 font-semibold text-brand-800' : 'border-slate-300 hover:bg-slate-100'}`}
              >
                {f ? t(`statuses.${f}`) : t('filterAll')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {proposals.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable
          caption={t('caption')}
          testId="topic-proposals"
          columns={[{ label: t('proposal') }, { label: t('organization') }, { label: t('amount'), align: 'right' }, { label: t('submittedAt') }, { label: t('status') }]}
        >
          {proposals.map((p) => (
            <Row key={p.id}>
              <Cell>
                <Link href={`/operator/topic-proposals/${p.id}`} className="text-brand-700 underline">
                  {p.title || t('untitled')}
                </Link>
              </Cell>
              <Cell>
                {localized(locale, { kk: p.organization.nameKk, ru: p.organization.nameRu })} <span className="font-mono text-xs">({p.organization.bin})</span>
              </Cell>
              <Cell align="right" className="whitespace-nowrap">{money(p.amountKzt)}</Cell>
              <Cell>{p.submittedAt ? format.dateTime(p.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</Cell>
              <Cell>
                <StatusBadge status={p.status} label={t(`statuses.${p.status}` as never)} />
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
