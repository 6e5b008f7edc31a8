import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { loadCommission } from '@/lib/services/commission/commission-data';
import { dbDate } from '@/lib/services/competitions/almaty-input';
import { parseCriterionDefinitions } from '@/lib/services/scoring/score-rules';
import { refuse, type ServiceResult } from '../result';
import { guardSpCompetition, type SpServiceOptions } from './guard';

export const openSpScoringSchema = z.object({
  competitionId: z.string().trim().min(1).max(64),
  expectedVersion: z.number().int().min(0),
  /** Last day of scoring (Asia/Almaty), optional. */
  scoringDueOn: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date')]).default(''),
});
export type OpenSpScoringFormValues = z.input<typeof openSpScoringSchema>;

/**
 * After the admission check, the operator hands the admitted applications to the commission:
 * competition ADMISSION → SCORING (the machine allows it for this kind without the grant COI
 * round) and ADMITTED → UNDER_REVIEW with their history. Refused without criteria
 * (`criteriaMissing`, seed 000 L102–106) or without an approved CM-3 commission
 * (`commissionNotApproved`). The members then declare conflicts per application and score
 * with the issue 5 services (`declareConflict`, `saveScoreSheet`, `signScoreSheet`).
 */
export async function openSpScoring(
  db: PrismaClient,
  actor: Actor,
  rawInput: OpenSpScoringFormValues,
  context: RequestContext,
  options: SpServiceOptions = {},
): Promise<ServiceResult<{ applications: number }>> {
  const parsed = openSpScoringSchema.safeParse(rawInput);
  if (!parsed.success) return refuse('invalidInput');
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());
  const guard = await guardSpCompetition(db, actor, input.competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  if (competition.status !== 'ADMISSION' || !checkTransition('competition', 'ADMISSION', 'SCORING', 'OPERATOR', { kind: 'STRATEGIC_PARTNERSHIP' }).ok) {
    return refuse('notInAdmission', { params: { status: competition.status } });
  }
  if (competition.version !== input.expectedVersion) return refuse('staleCompetition');
  if (parseCriterionDefinitions(competition.criteria).length === 0) return refuse('criteriaMissing');
  const commission = await loadCommission(db, competition.id);
  if (!commission || commission.status !== 'APPROVED') return refuse('commissionNotApproved');

  return db.$transaction(
    async (tx) => {
      const now = clock();
      const moved = await tx.competition.updateMany({
        where: { id: competition.id, status: 'ADMISSION', version: competition.version },
        data: { status: 'SCORING', scoringDueOn: dbDate(input.scoringDueOn), version: { increment: 1 } },
      });
      if (moved.count !== 1) return refuse('staleCompetition');
      const admitted = await tx.application.findMany({ where: { competitionId: competition.id, status: 'ADMITTED' }, select: { id: true } });
      if (admitted.length > 0) {
        await tx.application.updateMany({ where: { id: { in: admitted.map((a) => a.id) }, status: 'ADMITTED' }, data: { status: 'UNDER_REVIEW', version: { increment: 1 } } });
        await tx.applicationStatusChange.createMany({
          data: admitted.map((a) => ({ applicationId: a.id, fromStatus: 'ADMITTED', toStatus: 'UNDER_REVIEW', at: now, actorId: actor.id, reason: 'CM-3 commission approved, scoring opened' })),
        });
      }
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'competition.scoring-opened',
          object: { type: 'Competition', id: competition.id },
          before: { status: 'ADMISSION', version: competition.version },
          after: { status: 'SCORING', version: competition.version + 1, scoringDueOn: input.scoringDueOn || null, applicationsToReview: admitted.map((a) => a.id) },
        },
        context,
      );
      return { ok: true as const, applications: admitted.length };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
