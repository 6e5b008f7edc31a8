import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf, compareIsoDates } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { loadSecretaryCandidates } from './commission-data';
import { appointOfficersSchema, type AppointOfficersInput } from './commission-input';
import { bumpCommission, guardCoiRound, Refusal, withRefusals, type CommissionServiceOptions } from './guard';
import { dbDate } from './timeline';

/**
 * GC-3 / GC-4 (L982–985): the chair and the deputy chair are appointed at the commission's
 * meeting, and the secretary (operator staff, no vote) serves it. The operator records what
 * the meeting decided: who, the meeting date (not in the future: it already happened) and
 * the order number. Only during the COI round, before the final composition is approved.
 */
export async function appointOfficers(
  db: PrismaClient,
  actor: Actor,
  rawInput: AppointOfficersInput,
  context: RequestContext,
  options: CommissionServiceOptions = {},
): Promise<ServiceResult<{ version: number }>> {
  const parsed = appointOfficersSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'invalidInput', { field: String(parsed.error.issues[0]?.path[0] ?? 'form') });
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());

  const guard = await guardCoiRound(db, actor, input.competitionId, input.expectedVersion);
  if (!guard.ok) return guard;
  const { competition, commission } = guard;

  const active = commission.members.filter((m) => m.removedAt === null);
  const experts = active.filter((m) => m.expertId !== null);
  const chair = experts.find((m) => m.id === input.chairMemberId);
  if (!chair) return refuse('memberNotFound', { field: 'chairMemberId' });
  const deputy = experts.find((m) => m.id === input.deputyMemberId);
  if (!deputy) return refuse('memberNotFound', { field: 'deputyMemberId' });
  const staff = await loadSecretaryCandidates(db, competition.organizerId);
  if (!staff.some((s) => s.id === input.secretaryUserId)) return refuse('secretaryNotStaff', { field: 'secretaryUserId' });
  // Recorded as done: the meeting took place today at the latest (Almaty calendar day).
  if (compareIsoDates(input.meetingDate, almatyDateOf(clock())) > 0) return refuse('meetingInFuture', { field: 'meetingDate' });

  return withRefusals(() =>
    db.$transaction(
      async (tx) => {
        const now = clock();
        if (!(await bumpCommission(tx, commission.id, commission.version, { orderNumber: input.orderNumber, orderDate: dbDate(input.meetingDate) }))) throw new Refusal('staleCommission');
        await tx.commissionMember.updateMany({ where: { id: { in: experts.map((m) => m.id) } }, data: { role: 'MEMBER' } });
        await tx.commissionMember.update({ where: { id: chair.id }, data: { role: 'CHAIR' } });
        await tx.commissionMember.update({ where: { id: deputy.id }, data: { role: 'DEPUTY' } });

        const currentSecretary = active.find((m) => m.role === 'SECRETARY') ?? null;
        if (currentSecretary?.userId !== input.secretaryUserId) {
          if (currentSecretary) {
            await tx.commissionMember.update({ where: { id: currentSecretary.id }, data: { removedAt: now, removalReason: 'GC-4: another secretary appointed at the meeting' } });
          }
          const earlier = commission.members.find((m) => m.userId === input.secretaryUserId);
          if (earlier) {
            await tx.commissionMember.update({ where: { id: earlier.id }, data: { removedAt: null, removalReason: null, role: 'SECRETARY', votingRight: false, appointedAt: now } });
          } else {
            await tx.commissionMember.create({ data: { commissionId: commission.id, userId: input.secretaryUserId, role: 'SECRETARY', side: 'OPERATOR', votingRight: false, appointedAt: now } });
          }
        }
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'commission.officers-appointed',
            object: { type: 'Commission', id: commission.id },
            before: {
              chair: active.find((m) => m.role === 'CHAIR')?.id ?? null,
              deputy: active.find((m) => m.role === 'DEPUTY')?.id ?? null,
              secretaryUserId: currentSecretary?.userId ?? null,
              orderNumber: commission.orderNumber,
              version: commission.version,
            },
            after: { chair: chair.id, deputy: deputy.id, secretaryUserId: input.secretaryUserId, meetingDate: input.meetingDate, orderNumber: input.orderNumber, version: commission.version + 1 },
            reason: 'GC-4',
          },
          context,
        );
        return { ok: true as const, version: commission.version + 1 };
      },
      { maxWait: 10_000, timeout: 30_000 },
    ),
  );
}
