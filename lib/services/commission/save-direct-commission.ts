import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, commissionViolations, type CommissionMember } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { loadCommission } from './commission-data';
import {
  directCommissionOptions,
  directCommissionSchema,
  DIRECT_COMPOSABLE_STATUSES,
  guardDirectCompetition,
  type DirectCommissionFormValues,
  type DirectCommissionServiceOptions,
} from './direct-commission';
import { bumpCommission, Refusal, withRefusals } from './guard';

/** The composition rule of each kind, named in the audit trail. */
const RULE_OF = { SOCIAL_ORDER: 'CM-2', STRATEGIC_PARTNERSHIP: 'CM-3', AWARD: 'AW-8' } as const;

/**
 * Forms and approves a direct commission (the strategic partnership's CM-3, seed 000 L97–100;
 * the award's, AW-8): register entries, each representing the state body (STATE) or civil
 * society (CIVIL), one chair. Checked on the server with the engine's
 * `commissionViolations(kind, …)` and the competition's settings (SP: ≥ 3 STATE, ≥ 4 CIVIL by
 * default): a composition failing is refused with the violation codes (`STATE_MIN`,
 * `CIVIL_MIN`, `NO_CHAIR`, …) and nothing is written. Every member must be an active register
 * entry (`expertNotSelectable`). The commission machine lets these kinds go DRAFT → APPROVED
 * without the grant COI round; the members still declare conflicts per application before
 * scoring (CI-2, the issue 5 `declareConflict`). Optimistic lock on Commission.version; audited.
 */
export async function saveDirectCommission(
  db: PrismaClient,
  actor: Actor,
  rawInput: DirectCommissionFormValues,
  context: RequestContext,
  options: DirectCommissionServiceOptions = {},
): Promise<ServiceResult<{ commissionId: string; version: number }>> {
  const parsed = directCommissionSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'invalidInput', { field: String(parsed.error.issues[0]?.path[0] ?? 'form') });
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());

  const guard = await guardDirectCompetition(db, actor, input.competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  if (!DIRECT_COMPOSABLE_STATUSES.includes(competition.status)) return refuse('compositionLocked', { params: { status: competition.status } });

  // CM-3 / the award's chair checks — the decision is the engine's.
  const ruleMembers: CommissionMember[] = input.members.map((m) => ({ id: m.expertId, role: m.role, side: m.side, operatorEmployee: false, yearsInDirection: 0 }));
  const violations = commissionViolations(competition.kind, ruleMembers, directCommissionOptions(competition.kind, competition.settings));
  if (violations.length > 0) return refuse('commissionViolations', { field: 'members', params: { violations: violations.join(',') } });

  const experts = await db.expert.findMany({ where: { id: { in: input.members.map((m) => m.expertId) } }, select: { id: true, status: true, user: { select: { name: true, active: true } } } });
  if (experts.length !== input.members.length) return refuse('expertNotFound', { field: 'members' });
  const inactive = experts.find((e) => e.status !== 'APPROVED' || !e.user.active);
  if (inactive) return refuse('expertNotSelectable', { field: 'members', params: { name: inactive.user.name } });

  return withRefusals(() =>
    db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`commission:${competition.id}`}))`;
        const now = clock();
        let commission = await loadCommission(tx, competition.id);
        if (commission === null) {
          if (input.expectedVersion !== null) throw new Refusal('staleCommission');
          await tx.commission.create({ data: { competitionId: competition.id, purpose: 'SELECTION', status: 'DRAFT', createdAt: now } });
          commission = await loadCommission(tx, competition.id);
          if (!commission) throw new Refusal('staleCommission');
        } else if (input.expectedVersion === null || input.expectedVersion !== commission.version) {
          throw new Refusal('staleCommission');
        }
        // An approved commission is recomposed (APPROVED → DRAFT → APPROVED) before scoring starts.
        const from = commission.status;
        if (from === 'APPROVED' && !checkTransition('commission', 'APPROVED', 'DRAFT', 'OPERATOR', { kind: competition.kind }).ok) throw new Refusal('compositionLocked', { status: from });
        if (from !== 'DRAFT' && from !== 'APPROVED') throw new Refusal('compositionLocked', { status: from });
        if (!checkTransition('commission', 'DRAFT', 'APPROVED', 'OPERATOR', { kind: competition.kind }).ok) throw new Refusal('forbidden');

        const before = commission.members.filter((m) => m.expertId && !m.removedAt).map((m) => ({ expertId: m.expertId, side: m.side, role: m.role }));
        // Nobody has scored yet (the competition is before SCORING): the draft composition is replaced.
        await tx.commissionMember.deleteMany({ where: { commissionId: commission.id, expertId: { not: null } } });
        await tx.commissionMember.createMany({
          data: input.members.map((m) => ({ commissionId: commission.id, expertId: m.expertId, role: m.role, side: m.side, votingRight: true, appointedAt: now })),
        });
        if (
          !(await bumpCommission(tx, commission.id, commission.version, {
            status: 'APPROVED',
            approvedAt: now,
            approvedById: actor.id,
            orderNumber: input.orderNumber || null,
          }))
        ) {
          throw new Refusal('staleCommission');
        }
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: before.length === 0 ? 'commission.approved' : 'commission.composition-changed',
            object: { type: 'Commission', id: commission.id },
            before: { status: from, version: commission.version, members: before },
            after: { status: 'APPROVED', version: commission.version + 1, members: input.members, competitionId: competition.id },
            reason: RULE_OF[competition.kind],
          },
          context,
        );
        return { ok: true as const, commissionId: commission.id, version: commission.version + 1 };
      },
      { maxWait: 10_000, timeout: 30_000 },
    ),
  );
}
