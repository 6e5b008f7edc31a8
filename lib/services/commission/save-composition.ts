import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';
import { COMPOSABLE_COMPETITION_STATUSES, loadCommission, loadRegister, loadSecretaryCandidates } from './commission-data';
import { saveCompositionSchema, type SaveCompositionInput } from './commission-input';
import { compositionViolations, sideOf } from './composition';
import { bumpCommission, guardCompetition, Refusal, withRefusals, type CommissionServiceOptions } from './guard';

/**
 * The initial composition of a grant commission (GC-1, GC-10): experts from the register
 * and a secretary (operator staff, no vote). Checked on the server on every save with the
 * same rules the page runs live (CM-1: ≤ 15, ≥ 70% NGO-nominated, no operator employees,
 * ≥ 2 years in the direction — `commissionViolations`), and every expert must be an active
 * register entry. Editable only before the COI forms are sent (commission DRAFT, the
 * competition not yet in COI). Optimistic lock on Commission.version; the first save
 * creates the commission (serialised per competition, so two first saves make one).
 */
export async function saveComposition(
  db: PrismaClient,
  actor: Actor,
  rawInput: SaveCompositionInput,
  context: RequestContext,
  options: CommissionServiceOptions = {},
): Promise<ServiceResult<{ commissionId: string; version: number }>> {
  const parsed = saveCompositionSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'invalidInput', { field: String(parsed.error.issues[0]?.path[0] ?? 'form') });
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());

  const guard = await guardCompetition(db, actor, input.competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  if (!COMPOSABLE_COMPETITION_STATUSES.includes(competition.status)) return refuse('compositionLocked', { params: { status: competition.status } });

  const experts = await loadRegister(db, competition, { id: { in: input.expertIds } });
  if (experts.length !== input.expertIds.length) return refuse('expertNotFound', { field: 'expertIds' });
  if (input.secretaryUserId) {
    const staff = await loadSecretaryCandidates(db, competition.organizerId);
    if (!staff.some((s) => s.id === input.secretaryUserId)) return refuse('secretaryNotStaff', { field: 'secretaryUserId' });
  }
  // CM-1, the same check the page runs live (the chair comes later, at the meeting: GC-4).
  const violations = compositionViolations(
    experts.map((e) => ({ id: e.id, role: 'MEMBER', nominationSource: e.nominationSource, operatorEmployee: e.operatorEmployee, yearsInDirection: e.yearsInDirection })),
    input.secretaryUserId,
    competition.options,
    'initial',
  );
  if (violations.length > 0) return refuse('commissionViolations', { field: 'expertIds', params: { violations: violations.join(',') } });
  const inactive = experts.find((e) => e.notSelectable.includes('NOT_ACTIVE'));
  if (inactive) return refuse('expertNotSelectable', { field: 'expertIds', params: { name: inactive.name } });

  return withRefusals(() =>
    db.$transaction(
      async (tx) => {
        // One commission per competition even when two operators save the first time at once.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`commission:${competition.id}`}))`;
        const now = clock();
        let commission = await loadCommission(tx, competition.id);
        if (commission === null) {
          if (input.expectedVersion !== null) throw new Refusal('staleCommission');
          const created = await tx.commission.create({ data: { competitionId: competition.id, purpose: 'SELECTION', status: 'DRAFT', createdAt: now }, select: { id: true } });
          commission = await loadCommission(tx, competition.id);
          if (!commission || commission.id !== created.id) throw new Refusal('staleCommission');
        } else {
          if (commission.status !== 'DRAFT') throw new Refusal('compositionLocked', { status: commission.status });
          if (input.expectedVersion === null || input.expectedVersion !== commission.version) throw new Refusal('staleCommission');
        }
        if (!(await bumpCommission(tx, commission.id, commission.version))) throw new Refusal('staleCommission');

        const before = {
          expertIds: commission.members.filter((m) => m.expertId).map((m) => m.expertId as string),
          secretaryUserId: commission.members.find((m) => m.role === 'SECRETARY')?.userId ?? null,
        };
        // Before the COI round the composition is a draft: members leave it without a trace
        // other than this audit event (GC-13 replacements later keep the removed row).
        const keep = new Set(input.expertIds);
        const dropIds = commission.members
          .filter((m) => (m.expertId ? !keep.has(m.expertId) : m.role === 'SECRETARY' && m.userId !== input.secretaryUserId))
          .map((m) => m.id);
        if (dropIds.length > 0) await tx.commissionMember.deleteMany({ where: { id: { in: dropIds } } });
        const present = new Set(commission.members.map((m) => m.expertId).filter(Boolean));
        const added = experts.filter((e) => !present.has(e.id));
        if (added.length > 0) {
          await tx.commissionMember.createMany({
            data: added.map((e) => ({ commissionId: commission.id, expertId: e.id, role: 'MEMBER' as const, side: sideOf(e.nominationSource), appointedAt: now })),
          });
        }
        if (input.secretaryUserId && before.secretaryUserId !== input.secretaryUserId) {
          await tx.commissionMember.create({
            data: { commissionId: commission.id, userId: input.secretaryUserId, role: 'SECRETARY', side: 'OPERATOR', votingRight: false, appointedAt: now },
          });
        }
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: before.expertIds.length === 0 && before.secretaryUserId === null ? 'commission.composed' : 'commission.composition-changed',
            object: { type: 'Commission', id: commission.id },
            before: { ...before, version: commission.version },
            after: { expertIds: input.expertIds, secretaryUserId: input.secretaryUserId, version: commission.version + 1, competitionId: competition.id },
          },
          context,
        );
        return { ok: true as const, commissionId: commission.id, version: commission.version + 1 };
      },
      { maxWait: 10_000, timeout: 30_000 },
    ),
  );
}
