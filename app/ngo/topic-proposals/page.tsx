import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** The NGO's topic proposals to the grant plan (§4.4 stage 1), newest first. */
export default async function NgoTopicProposalsPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/topic-proposals');
  const [t, format] = await Promise.all([getTranslations('topicProposals'), getFormatter()]);
  const proposals = await db.topicProposal.findMany({
    where: { organizationId: { in: actor.organizationIds } },
    orderBy: [{ updatedAt: 'desc' }],
    select: { id: true, title: true, status: true, amountKzt: true, submittedAt: true, updatedAt: true },
  });
  const money = (v: bigint) => format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-1 max-w-3xl text-slate-600">{t('ngoLead')}</p>
        </div>
        <Link href="/ngo/topic-proposals/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('new')}
        </Link>
      </div>
      {proposals.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption')} testId="topic-proposals" columns={[{ label: t('proposal') }, { label: t('amount'), align: 'right' }, { label: t('status') }, { label: t('updatedAt') }]}>
          {proposals.map((p) => (
            <Row key={p.id}>
              <Cell>
                <Link href={`/ngo/topic-proposals/${p.id}`} className="text-brand-700 underline">
                  {p.title || t('untitled')}
                </Link>
              </Cell>
              <Cell align="right" className="whitespace-nowrap">{money(p.amountKzt)}</Cell>
              <Cell>
                <StatusBadge status={p.status} label={t(`statuses.${p.status}` as never)} />
              </Cell>
              <Cell>{format.dateTime(p.submittedAt ?? p.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
