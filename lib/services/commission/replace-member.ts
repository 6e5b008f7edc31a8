import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';
import { coiStatusOf, loadApplicationsForCoi, loadRegister } from './commission-data';
import { replaceMemberSchema, type ReplaceMemberInput } from './commission-input';
import { compositionViolations, sideOf } from './composition';
import { bumpCommission, guardCoiRound, Refusal, withRefusals, type CommissionServiceOptions } from './guard';
import { notifyExperts } from './notify';

/**
 * GC-13 (L1015–1017): during the COI round the operator replaces a member — typically one
 * with a conflict (CI-1) — by an expert from the register. The removed member's row stays
 * (removedAt, removalReason, replacedById); the newcomer joins as a member (a replaced
 * chair or deputy leaves the post vacant until the meeting appoints again), receives the
 * COI form ('commission.coi_opened') and must declare before the final composition can be
 * approved (CI-2). The newcomer must be selectable (GC-7), must not be conflicted by the
 * data already (CI-1), and the composition must still pass CM-1.
 */
export async function replaceMember(
  db: PrismaClient,
  actor: Actor,
  rawInput: ReplaceMemberInput,
  context: RequestContext,
  options: CommissionServiceOptions = {},
): Promise<ServiceResult<{ memberId: string }>> {
  const parsed = replaceMemberSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'invalidInput', { field: String(parsed.error.issues[0]?.path[0] ?? 'form') });
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());

  const guard = await guardCoiRound(db, actor, input.competitionId, input.expectedVersion);
  if (!guard.ok) return guard;
  const { competition, commission } = guard;

  const member = commission.members.find((m) => m.id === input.memberId && m.removedAt === null && m.expertId !== null);
  if (!member || !member.expertId) return refuse('memberNotFound', { field: 'memberId' });
  if (commission.members.some((m) => m.expertId === input.replacementExpertId)) return refuse('alreadyMember', { field: 'replacementExpertId' });

  const active = commission.members.filter((m) => m.removedAt === null && m.expertId !== null && m.id !== member.id);
  const experts = await loadRegister(db, competition, { id: { in: [...active.map((m) => m.expertId as string), input.replacementExpertId] } });
  const replacement = experts.find((e) => e.id === input.replacementExpertId);
  if (!replacement) return refuse('expertNotFound', { field: 'replacementExpertId' });
  if (replacement.notSelectable.length > 0) return refuse('expertNotSelectable', { field: 'replacementExpertId', params: { name: replacement.name } });

  // CI-1: a replacement already conflicted by the data would only need replacing again.
  const apps = await loadApplicationsForCoi(db, competition.id);
  const coi = await coiStatusOf(db, [replacement], apps);
  const codes = [...new Set((coi.get(replacement.id)?.conflicts ?? []).flatMap((c) => c.codes))];
  if (codes.length > 0) return refuse('replacementConflicted', { field: 'replacementExpertId', params: { name: replacement.name, codes: codes.join(',') } });

  const roleOf = new Map(active.map((m) => [m.expertId as string, m.role]));
  const violations = compositionViolations(
    experts.map((e) => ({ id: e.id, role: roleOf.get(e.id) ?? 'MEMBER', nominationSource: e.nominationSource, operatorEmployee: e.operatorEmployee, yearsInDirection: e.yearsInDirection })),
    commission.members.find((m) => m.removedAt === null && m.role === 'SECRETARY')?.userId ?? null,
    competition.options,
    'initial',
  );
  if (violations.length > 0) return refuse('commissionViolations', { field: 'replacementExpertId', params: { violations: violations.join(',') } });

  return withRefusals(() =>
    db.$transaction(
      async (tx) => {
        const now = clock();
        if (!(await bumpCommission(tx, commission.id, commission.version))) throw new Refusal('staleCommission');
        const added = await tx.commissionMember.create({
          data: { commissionId: commission.id, expertId: replacement.id, role: 'MEMBER', side: sideOf(replacement.nominationSource), appointedAt: now },
          select: { id: true },
        });
        const removed = await tx.commissionMember.updateMany({
          where: { id: member.id, removedAt: null },
          data: { removedAt: now, removalReason: input.reason, replacedById: added.id },
        });
        if (removed.count !== 1) throw new Refusal('staleCommission');
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'commission.member-replaced',
            object: { type: 'Commission', id: commission.id },
            before: { memberId: member.id, expertId: member.expertId, role: member.role, version: commission.version },
            after: { memberId: added.id, expertId: replacement.id, role: 'MEMBER', replaces: member.id, version: commission.version + 1 },
            reason: input.reason,
          },
          context,
        );
        await notifyExperts(tx, {
          templateKey: 'commission.coi_opened',
          competition,
          commissionId: commission.id,
          recipients: [{ id: replacement.userId, locale: replacement.locale }],
          dueOn: competition.coiDueOn ? competition.coiDueOn.toISOString().slice(0, 10) : null,
          dedupeKey: `commission.coi_opened:${commission.id}:${added.id}`,
          now,
        });
        return { ok: true as const, memberId: added.id };
      },
      { maxWait: 10_000, timeout: 30_000 },
    ),
  );
}
