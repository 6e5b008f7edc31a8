import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf } from '@/lib/rules';
import {
  COMPOSABLE_COMPETITION_STATUSES,
  loadApplicationsForCoi,
  loadCommission,
  loadCompetitionForCommission,
  loadRegister,
  loadSecretaryCandidates,
} from '@/lib/services/commission/commission-data';
import { reviewCommission, type ApprovalBlocker } from '@/lib/services/commission/review';
import { CommissionStepButton } from '@/components/commission/commission-step-button';
import { CompositionEditor, type CandidateView } from '@/components/commission/composition-editor';
import { OfficersForm } from '@/components/commission/officers-form';
import { ReplaceMemberForm } from '@/components/commission/replace-member-form';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * The competition's commission (issue 5, item 4): the initial composition checked live by
 * CM-1, "Send COI forms" (GC-10, DL-4), the COI coverage and the engine's conflicts of every
 * member after the round (CI-1, CI-2), replacement from the register (GC-13), the officers
 * appointed at the meeting (GC-4) and "Approve final composition" (→ scoring, DL-5).
 */
export default async function CommissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/competitions/${id}/commission`);
  const competition = await loadCompetitionForCommission(db, id);
  if (!competition) notFound();
  if (!can(actor, 'manage', { type: 'competition', status: competition.status })) forbidden();

  const [t, te, tc, format, locale] = await Promise.all([
    getTranslations('commission'),
    getTranslations('experts'),
    getTranslations('competitionStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const text = (x: { nameKk: string; nameRu: string; nameEn?: string | null } | null) => (x ? localized(locale, { kk: x.nameKk, ru: x.nameRu, en: x.nameEn }) : null);
  const title = localized(locale, { kk: competition.titleKk, ru: competition.titleRu, en: competition.titleEn });
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' }) : '—');
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }) : '—');

  const header = (
    <div>
      <h1 className="text-3xl font-bold">{t('title', { competition: title })}</h1>
    </div>
  );
  if (competition.kind !== 'GRANT') {
    return (
      <div className="flex flex-col gap-6">
        {header}
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t('grantOnly')}</p>
      </div>
    );
  }

  const [commission, register, secretaries, apps] = await Promise.all([
    loadCommission(db, competition.id),
    loadRegister(db, competition),
    loadSecretaryCandidates(db, competition.organizerId),
    loadApplicationsForCoi(db, competition.id),
  ]);
  const decided = apps.all.length - apps.undecided.length;
  const status = commission?.status ?? 'NONE';
  const composing = (commission === null || commission.status === 'DRAFT') && COMPOSABLE_COMPETITION_STATUSES.includes(competition.status);
  const activeMembers = commission?.members.filter((m) => m.removedAt === null) ?? [];
  const activeExpertIds = activeMembers.map((m) => m.expertId).filter((x): x is string => x !== null);

  const candidates: CandidateView[] = register.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    nominationSource: c.nominationSource,
    nominator: text(c.nominatedBy),
    employer: c.employerName,
    operatorEmployee: c.operatorEmployee,
    yearsInDirection: c.yearsInDirection,
    notSelectable: c.notSelectable,
    nominatorApplied: c.nominatedByOrganizationId !== null && apps.applicantOrgIds.includes(c.nominatedByOrganizationId),
  }));

  // Send COI forms: what still stands in the way (the service decides again on click).
  const coiBlockers: string[] = [];
  if (competition.status !== 'ADMISSION') coiBlockers.push(t('sendCoi.notInAdmission', { status: tc.has(competition.status as never) ? tc(competition.status as never) : competition.status }));
  if (apps.undecided.length > 0) coiBlockers.push(t('sendCoi.undecided', { count: apps.undecided.length }));
  if (apps.admitted.length === 0) coiBlockers.push(t('sendCoi.noAdmitted'));
  if (activeExpertIds.length === 0) coiBlockers.push(t('sendCoi.noComposition'));

  const review = commission && commission.status !== 'DRAFT' ? await reviewCommission(db, competition, commission) : null;
  const appName = new Map(apps.all.map((a) => [a.id, localized(locale, { kk: a.organization.nameKk, ru: a.organization.nameRu, en: a.organization.nameEn })]));
  const blockerText = (b: ApprovalBlocker) => {
    if (b.code === 'coiIncomplete') return t('approve.blockers.coiIncomplete', { name: b.name, missing: b.missing });
    if (b.code === 'conflictedMember') return t('approve.blockers.conflictedMember', { name: b.name, codes: b.codes.map((c) => t(`conflicts.${c}` as never)).join('; ') });
    if (b.code === 'violation') return t(`violations.${b.violation}` as never);
    return t(`approve.blockers.${b.code}`);
  };
  const replacements = candidates
    .filter((c) => c.notSelectable.length === 0 && !commission?.members.some((m) => m.expertId === c.id))
    .map((c) => ({ id: c.id, label: `${c.name} — ${te(`sources.${c.nominationSource}`)}${c.nominator ? ` (${c.nominator})` : ''}, ${t('composition.years', { years: c.yearsInDirection })}${c.nominatorApplied ? ` — ${t('composition.nominatorApplied')}` : ''}` }));
  const secretaryRow = activeMembers.find((m) => m.role === 'SECRETARY');

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      {header}

      <section aria-labelledby="state" className={box}>
        <h2 id="state" className="mb-3 text-xl font-semibold">{t('state.title')}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('state.competition')}</dt>
          <dd data-testid="competition-status">
            <StatusBadge status={competition.status} label={tc.has(competition.status as never) ? tc(competition.status as never) : competition.status} />
          </dd>
          <dt className="text-slate-500">{t('state.commission')}</dt>
          <dd data-testid="commission-status">
            <StatusBadge status={status} label={t(`status.${status}` as never)} />
          </dd>
          <dt className="text-slate-500">{t('state.admission')}</dt>
          <dd>{t('state.admissionProgress', { decided, total: apps.all.length, admitted: apps.admitted.length })}</dd>
          <dt className="text-slate-500">{t('state.coiDue')}</dt>
          <dd data-testid="coi-due">{day(competition.coiDueOn)}</dd>
          <dt className="text-slate-500">{t('state.scoringDue')}</dt>
          <dd data-testid="scoring-due">{day(competition.scoringDueOn)}</dd>
          {commission?.orderNumber && (
            <>
              <dt className="text-slate-500">{t('state.order')}</dt>
              <dd>{t('state.orderValue', { number: commission.orderNumber, date: day(commission.orderDate) })}</dd>
            </>
          )}
          {commission?.approvedAt && (
            <>
              <dt className="text-slate-500">{t('state.approvedAt')}</dt>
              <dd>{when(commission.approvedAt)}</dd>
            </>
          )}
        </dl>
      </section>

      {composing && (
        <>
          <CompositionEditor
            competitionId={competition.id}
            version={commission?.version ?? null}
            candidates={candidates}
            secretaries={secretaries.map((s) => ({ id: s.id, name: s.name }))}
            initialExpertIds={activeExpertIds}
            initialSecretaryId={secretaryRow?.userId ?? null}
            options={competition.options}
          />
          <section aria-labelledby="send-coi" className={box} data-testid="send-coi">
            <h2 id="send-coi" className="mb-2 text-xl font-semibold">{t('sendCoi.title')}</h2>
            <p className="mb-3 text-slate-700">{t('sendCoi.lead')}</p>
            {coiBlockers.length > 0 && (
              <ul className="mb-3 flex list-disc flex-col gap-1 pl-5 text-amber-900">
                {coiBlockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            )}
            {commission ? (
              <CommissionStepButton step="sendCoi" competitionId={competition.id} version={commission.version} disabled={coiBlockers.length > 0} />
            ) : (
              <p className="text-slate-600">{t('sendCoi.saveFirst')}</p>
            )}
          </section>
        </>
      )}

      {commission === null && !composing && <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t('noCommissionLate')}</p>}

      {review && commission && (
        <section aria-labelledby="members" className="flex flex-col gap-3">
          <h2 id="members" className="text-xl font-semibold">{t('members.title')}</h2>
          <p className="text-slate-700">{t('members.lead', { admitted: review.apps.admitted.length })}</p>
          <DataTable
            caption={t('members.title')}
            testId="commission-members"
            columns={[{ label: t('members.name') }, { label: t('members.role') }, { label: t('members.nomination') }, { label: t('members.coi') }, { label: t('members.conflicts') }, ...(commission.status === 'COI_DECLARATION' ? [{ label: t('members.actions') }] : [])]}
          >
            {review.members.map((m) => {
              const complete = m.coi.missingApplicationIds.length === 0;
              return (
                <Row key={m.memberId}>
                  <Cell>
                    <span className="font-medium">{m.expert.name}</span>
                    <span className="block text-slate-600">{m.expert.email}</span>
                  </Cell>
                  <Cell>{te(`roles.${m.role}` as never)}</Cell>
                  <Cell>
                    {te(`sources.${m.expert.nominationSource}`)}
                    {m.expert.nominatedBy && <span className="block text-slate-600">{text(m.expert.nominatedBy)}</span>}
                  </Cell>
                  <Cell>
                    <span className={complete ? 'font-medium text-green-900' : 'font-medium text-amber-900'} data-testid="coi-coverage">
                      {t('members.declared', { declared: m.coi.declared, total: review.apps.admitted.length })}
                    </span>
                  </Cell>
                  <Cell>
                    {m.coi.conflicts.length === 0 ? (
                      <span className="text-slate-600">{t('members.noConflicts')}</span>
                    ) : (
                      <ul className="flex flex-col gap-1" data-testid="member-conflicts">
                        {m.coi.conflicts.map((c) => (
                          <li key={c.applicationId} className="text-red-900">
                            <span className="font-medium">{appName.get(c.applicationId)}</span>: {c.codes.map((code) => t(`conflicts.${code}` as never)).join('; ')}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Cell>
                  {commission.status === 'COI_DECLARATION' && (
                    <Cell>
                      <ReplaceMemberForm
                        competitionId={competition.id}
                        version={commission.version}
                        memberId={m.memberId}
                        memberName={m.expert.name}
                        replacements={replacements}
                        suggestedReason={m.coi.conflicts.length > 0 ? t('replace.conflictReason', { codes: [...new Set(m.coi.conflicts.flatMap((c) => c.codes))].map((code) => t(`conflicts.${code}` as never)).join('; ') }) : ''}
                      />
                    </Cell>
                  )}
                </Row>
              );
            })}
          </DataTable>
          <p>
            {t('members.secretary')}: <span className="font-medium">{secretaryRow?.user?.name ?? t('members.noSecretary')}</span>
          </p>
          {review.removed.length > 0 && (
            <div>
              <h3 className="text-lg font-semibold">{t('members.removedTitle')}</h3>
              <ul className="flex list-disc flex-col gap-1 pl-5" data-testid="removed-members">
                {review.removed.map((m) => {
                  const by = commission.members.find((x) => x.id === m.replacedById);
                  return (
                    <li key={m.id}>
                      {m.expert?.user.name ?? m.user?.name} — {m.removalReason}
                      {by && <> ({t('members.replacedBy', { name: by.expert?.user.name ?? by.user?.name ?? '' })})</>}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </section>
      )}

      {review && commission?.status === 'COI_DECLARATION' && (
        <>
          <section aria-labelledby="officers-title" className={box}>
            <h2 id="officers-title" className="mb-2 text-xl font-semibold">{t('officers.title')}</h2>
            <p className="mb-3 text-slate-700">{t('officers.lead')}</p>
            <OfficersForm
              competitionId={competition.id}
              version={commission.version}
              members={review.members.map((m) => ({ id: m.memberId, name: m.expert.name }))}
              secretaries={secretaries.map((s) => ({ id: s.id, name: s.name }))}
              initial={{
                chairMemberId: review.members.find((m) => m.role === 'CHAIR')?.memberId ?? '',
                deputyMemberId: review.members.find((m) => m.role === 'DEPUTY')?.memberId ?? '',
                secretaryUserId: secretaryRow?.userId ?? '',
                meetingDate: commission.orderDate ? commission.orderDate.toISOString().slice(0, 10) : '',
                orderNumber: commission.orderNumber ?? '',
              }}
              today={almatyDateOf(new Date())}
            />
          </section>
          <section aria-labelledby="approve" className={box} data-testid="approve-panel">
            <h2 id="approve" className="mb-2 text-xl font-semibold">{t('approve.title')}</h2>
            <p className="mb-3 text-slate-700">{t('approve.lead')}</p>
            {review.blockers.length === 0 ? (
              <p className="mb-3 font-medium text-green-900">{t('approve.ready')}</p>
            ) : (
              <ul className="mb-3 flex list-disc flex-col gap-1 pl-5 text-amber-900" data-testid="approval-blockers">
                {review.blockers.map((b, i) => (
                  <li key={i}>{blockerText(b)}</li>
                ))}
              </ul>
            )}
            <CommissionStepButton step="approve" competitionId={competition.id} version={commission.version} disabled={review.blockers.length > 0} />
          </section>
        </>
      )}
    </div>
  );
}
