import { z } from 'zod';
import '@/lib/validation/zod-errors';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { dbDate } from '@/lib/services/competitions/almaty-input';
import { parseCriterionDefinitions } from '@/lib/services/scoring/score-rules';
import { refuse, type ServiceResult } from '../result';
import { loadCommission } from './commission-data';
import { guardDirectCompetition, type DirectCommissionServiceOptions } from './direct-commission';

export const openDirectScoringSchema = z.object({
  competitionId: z.string().trim().min(1).max(64),
  expectedVersion: z.number().int().min(0),
  /** Last day of scoring (Asia/Almaty), optional. */
  scoringDueOn: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date')]).default(''),
});
export type OpenDirectScoringFormValues = z.input<typeof openDirectScoringSchema>;

/**
 * After the admission check, the operator hands the admitted applications to the commission:
 * competition ADMISSION → SCORING (the machine allows it for the direct-commission kinds —
 * strategic partnership, award — without the grant COI round) and ADMITTED → UNDER_REVIEW
 * with their history. Refused without criteria (`criteriaMissing`, seed 000 L102–106; the
 * award's three, AW-8) or without an approved commission
 * (`commissionNotApproved`). The members then declare conflicts per application and score
 * with the issue 5 services (`declareConflict`, `saveScoreSheet`, `signScoreSheet`).
 */
export async function openDirectScoring(
  db: PrismaClient,
  actor: Actor,
  rawInput: OpenDirectScoringFormValues,
  context: RequestContext,
  options: DirectCommissionServiceOptions = {},
): Promise<ServiceResult<{ applications: number }>> {
  const parsed = openDirectScoringSchema.safeParse(rawInput);
  if (!parsed.success) return refuse('invalidInput');
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());
  const guard = await guardDirectCompetition(db, actor, input.competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  if (competition.status !== 'ADMISSION' || !checkTransition('competition', 'ADMISSION', 'SCORING', 'OPERATOR', { kind: competition.kind }).ok) {
    return refuse('notInAdmission', { params: { status: competition.status } });
  }
  if (competition.version !== input.expectedVersion) return refuse('staleCompetition');
  if (parseCriterionDefinitions(competition.criteria).length === 0) return refuse('criteriaMissing');
  const commission = await loadCommission(db, competition.id);
  if (!commission || commission.status !== 'APPROVED') return refuse('commissionNotApproved');

  // The composition rule of the kind, named in the trail.
  const rule = { SOCIAL_ORDER: 'CM-2', STRATEGIC_PARTNERSHIP: 'CM-3', AWARD: 'AW-8' }[competition.kind];
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
          data: admitted.map((a) => ({ applicationId: a.id, fromStatus: 'ADMITTED', toStatus: 'UNDER_REVIEW', at: now, actorId: actor.id, reason: `${rule} commission approved, scoring opened` })),
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
          reason: rule,
        },
        context,
      );
      return { ok: true as const, applications: admitted.length };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
