import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { agreementsOfOrganization } from '@/lib/services/agreements/agreements-of-organization';
import { agreementFormat } from '@/components/agreements/format';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** The organisation's agreements and what is due (acceptance, the next report). */
export default async function NgoAgreementsPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/agreements');
  const [t, f] = await Promise.all([getTranslations('agreements'), agreementFormat()]);
  const lists = await Promise.all(actor.organizationIds.map((orgId) => agreementsOfOrganization(db, orgId)));
  const rows = lists.flat();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('ngo.title')}</h1>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t('ngo.empty')}</p>
      ) : (
        <DataTable caption={t('ngo.title')} testId="ngo-agreements" columns={[{ label: t('list.colNumber') }, { label: t('ngo.colProject') }, { label: t('list.colStatus') }, { label: t('list.colAmount'), align: 'right' }, { label: t('ngo.colDue') }]}>
          {rows.map((r) => (
            <Row key={r.id}>
              <Cell>
                <Link className="text-brand-700 underline" href={`/ngo/agreements/${r.id}`}>
                  {r.number}
                </Link>
              </Cell>
              <Cell>{f.text({ kk: r.projectTitleKk, ru: r.projectTitleRu })}</Cell>
              <Cell>
                <StatusBadge status={r.status} label={t(`status.${r.status}` as never)} />
              </Cell>
              <Cell align="right">{f.money(r.amountKzt)}</Cell>
              <Cell>
                {r.awaitingNgo ? (
                  <strong>{t('ngo.awaiting')}</strong>
                ) : r.nextReport ? (
                  t('ngo.nextReport', { kind: r.nextReport.kind, type: r.nextReport.type, due: f.day(r.nextReport.dueOn) })
                ) : (
                  '—'
                )}
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
