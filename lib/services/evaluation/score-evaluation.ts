import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { evaluationSheetTotal, type EvaluationScores } from '@/lib/rules/evaluation';
import { completeScoringIfDone } from './complete-scoring';
import { refused, TX, type EvalResult } from './common';
import { councilMembership, mayScore } from './council-access';
import { evaluationScoreSchema, fieldErrorsOf, type EvaluationScoreFormValues } from './evaluation-input';

/**
 * EV-1 (L3374–3402): a council member signs a score sheet, 1–5 points per criterion. Refused to
 * anyone not on the council (`evaluationNotFound`), to a member who has not declared "no
 * conflict" (`declarationRequired`, L3367–3372) or who has a conflict (`conflicted`), after the
 * scoring closed, and a second time (sheets are final). The last sheet closes the scoring
 * (EV-2, PENDING → SCORED). Audited in the same transaction.
 */
export async function scoreEvaluation(
  db: PrismaClient,
  actor: Actor,
  rawInput: EvaluationScoreFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<EvalResult<{ sheetId: string; total: number; scoringComplete: boolean }>> {
  const parsed = evaluationScoreSchema.safeParse(rawInput);
  if (!parsed.success) return refused('fixErrors', fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const member = await councilMembership(tx, actor, input.evaluationId);
    if (!member) return refused('evaluationNotFound');
    if (!member.declaration) return refused('declarationRequired');
    if (!mayScore(member)) return refused('conflicted');
    const evaluation = await tx.projectEvaluation.findUniqueOrThrow({ where: { id: input.evaluationId }, select: { status: true } });
    if (evaluation.status !== 'PENDING') return refused('scoringClosed');
    const scores = input.scores as EvaluationScores;
    const total = evaluationSheetTotal(scores);
    const created = await tx.evaluationScoreSheet.createMany({
      data: [{ evaluationId: input.evaluationId, expertId: member.expertId, scores, total, comment: input.comment || null, submittedAt: now }],
      skipDuplicates: true,
    });
    if (created.count !== 1) return refused('alreadyScored');
    const sheet = await tx.evaluationScoreSheet.findUniqueOrThrow({ where: { evaluationId_expertId: { evaluationId: input.evaluationId, expertId: member.expertId } }, select: { id: true } });
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'evaluation.scored_by_member', object: { type: 'EvaluationScoreSheet', id: sheet.id }, after: { evaluationId: input.evaluationId, scores, total } },
      context,
    );
    const scoringComplete = await completeScoringIfDone(tx, input.evaluationId, now, context);
    return { ok: true as const, sheetId: sheet.id, total, scoringComplete };
  }, TX);
}
