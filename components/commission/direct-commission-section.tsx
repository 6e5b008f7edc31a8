import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { loadCommission } from '@/lib/services/commission/commission-data';
import { directCommissionOptions, DIRECT_COMPOSABLE_STATUSES, socialOrderMinMembers, type DirectCommissionKind } from '@/lib/services/commission/direct-commission';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { DirectCommissionForm } from './direct-commission-form';
import { OpenDirectScoringButton } from './open-direct-scoring-button';

/**
 * The commission of a strategic-partnership competition or an award cycle on its operator
 * page: composed and approved before scoring (then read-only), and "hand to the commission"
 * while the admission check is on. `lead` is the kind's own rule text.
 */
export async function DirectCommissionSection({
  competition,
  lead,
}: {
  competition: { id: string; kind: DirectCommissionKind; status: string; version: number; settings: unknown };
  lead: string;
}) {
  const [t, commission, register] = await Promise.all([
    getTranslations('directCommission'),
    loadCommission(db, competition.id),
    db.expert.findMany({ where: { status: 'APPROVED', user: { active: true } }, orderBy: { user: { name: 'asc' } }, select: { id: true, user: { select: { name: true, email: true } } } }),
  ]);
  const options = directCommissionOptions(competition.kind, competition.settings);
  const members = (commission?.members ?? []).filter((m) => m.expertId && !m.removedAt);
  const roleLabel = (role: string) => t(role === 'CHAIR' ? 'roleChair' : role === 'DEPUTY' ? 'roleDeputy' : 'roleMember');
  return (
    <section aria-labelledby="direct-commission" className="flex flex-col gap-4" data-testid="direct-commission">
      <h2 id="direct-commission" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="max-w-3xl text-slate-600">{lead}</p>
      {commission && (
        <p>
          <StatusBadge status={commission.status} label={t(commission.status === 'APPROVED' ? 'statusApproved' : 'statusDraft')} />
        </p>
      )}
      {DIRECT_COMPOSABLE_STATUSES.includes(competition.status) ? (
        <DirectCommissionForm
          kind={competition.kind}
          competitionId={competition.id}
          version={commission?.version ?? null}
          options={options}
          {...(competition.kind === 'SOCIAL_ORDER' ? { minMembers: socialOrderMinMembers(competition.settings) } : {})}
          register={register.map((e) => ({ id: e.id, label: `${e.user.name} (${e.user.email})` }))}
          initial={members.map((m) => ({ expertId: m.expertId as string, side: m.side === 'STATE' ? 'STATE' : 'CIVIL', role: m.role === 'CHAIR' || m.role === 'DEPUTY' ? m.role : 'MEMBER' }))}
        />
      ) : members.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <DataTable caption={t('title')} columns={[{ label: t('member') }, { label: t('side') }, { label: t('role') }]}>
          {members.map((m) => (
            <Row key={m.id}>
              <Cell>{m.expert?.user.name ?? '—'}</Cell>
              <Cell>{t(m.side === 'STATE' ? 'sideState' : 'sideCivil')}</Cell>
              <Cell>{roleLabel(m.role)}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      {competition.status === 'ADMISSION' && (
        <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5">
          <h3 className="text-lg font-semibold">{t('openScoringTitle')}</h3>
          <OpenDirectScoringButton competitionId={competition.id} version={competition.version} />
        </div>
      )}
    </section>
  );
}
