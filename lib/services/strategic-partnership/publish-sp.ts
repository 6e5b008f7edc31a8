import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isOnTime } from '@/lib/rules';
import { parseCriterionDefinitions } from '@/lib/services/scoring/score-rules';
import { refuse, type ServiceResult } from '../result';
import { guardSpCompetition, type SpServiceOptions } from './guard';
import { spCompetitionStepSchema, type SpCompetitionStepInput } from './input';

/**
 * Publishes a strategic-partnership competition (seed 000): DRAFT → ANNOUNCED → OPEN at once
 * (both on the competition machine, ST-*), so the announcement — the central body as
 * organiser, the criteria of THIS competition, the budget and the deadline — is public and
 * applications are accepted from now on until the deadline (DL-1); the server clock then
 * closes it (`advanceCompetitionsByClock`). Refused while the deadline is missing or already
 * passed (`deadlineMissing`, `deadlinePassed`), without criteria (`criteriaMissing`) or without
 * a budget (`budgetMissing`). Optimistic lock on Competition.version; audited (announced +
 * opened), in ONE transaction.
 */
export async function publishStrategicPartnership(
  db: PrismaClient,
  actor: Actor,
  rawInput: SpCompetitionStepInput,
  context: RequestContext,
  options: SpServiceOptions = {},
): Promise<ServiceResult<{ version: number }>> {
  const parsed = spCompetitionStepSchema.safeParse(rawInput);
  if (!parsed.success) return refuse('invalidInput');
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());
  const guard = await guardSpCompetition(db, actor, input.competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  const kind = { kind: 'STRATEGIC_PARTNERSHIP' as const };
  if (
    competition.status !== 'DRAFT' ||
    !checkTransition('competition', 'DRAFT', 'ANNOUNCED', actor.role, kind).ok ||
    !checkTransition('competition', 'ANNOUNCED', 'OPEN', actor.role, kind).ok
  ) {
    return refuse('notDraft', { params: { status: competition.status } });
  }
  if (competition.version !== input.expectedVersion) return refuse('staleCompetition');
  if (parseCriterionDefinitions(competition.criteria).length === 0) return refuse('criteriaMissing');
  const now = clock();
  const full = await db.competition.findUniqueOrThrow({ where: { id: competition.id }, select: { deadlineAt: true, lots: { select: { budgetKzt: true } } } });
  if (!full.deadlineAt) return refuse('deadlineMissing');
  // DL-1: a deadline already passed cannot be announced.
  if (!isOnTime(now, full.deadlineAt)) return refuse('deadlinePassed');
  if (full.lots.length === 0 || full.lots.some((l) => l.budgetKzt <= 0n)) return refuse('budgetMissing');

  return db.$transaction(
    async (tx) => {
      const moved = await tx.competition.updateMany({
        where: { id: competition.id, status: 'DRAFT', version: competition.version },
        data: { status: 'OPEN', announcedAt: now, opensAt: now, version: { increment: 1 } },
      });
      if (moved.count !== 1) return refuse('staleCompetition');
      const who = { id: actor.id, role: actor.role };
      await recordAuditEvent(
        tx,
        {
          actor: who,
          action: 'competition.announced',
          object: { type: 'Competition', id: competition.id },
          before: { status: 'DRAFT', version: competition.version },
          after: { status: 'ANNOUNCED', announcedAt: now, deadlineAt: full.deadlineAt, criteria: competition.criteria },
          reason: 'seed 000 L86, L102–106',
        },
        context,
      );
      await recordAuditEvent(
        tx,
        { actor: who, action: 'competition.opened', object: { type: 'Competition', id: competition.id }, before: { status: 'ANNOUNCED' }, after: { status: 'OPEN', opensAt: now, version: competition.version + 1 } },
        context,
      );
      return { ok: true as const, version: competition.version + 1 };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
