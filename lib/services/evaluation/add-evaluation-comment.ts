import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { discussionPhase } from '@/lib/rules/evaluation';
import { isoDay, refused, TX, type EvalResult } from './common';
import { commentSchema, fieldErrorsOf, type CommentFormValues } from './evaluation-input';

/**
 * EV-4 (L3408–3412): a signed-in user comments on a preliminary evaluation report during the
 * public discussion. Outside the window (before publication, after the closing day) the comment
 * is refused (`discussionClosed`): "comments after the period are not considered". Audited.
 */
export async function addEvaluationComment(
  db: PrismaClient,
  actor: Actor | null,
  rawInput: CommentFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<EvalResult<{ commentId: string }>> {
  if (!actor) return refused('signInRequired');
  const parsed = commentSchema.safeParse(rawInput);
  if (!parsed.success) return refused('fixErrors', fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const evaluation = await tx.projectEvaluation.findUnique({
      where: { id: input.evaluationId },
      select: { id: true, status: true, preliminaryPublishedAt: true, discussionClosesOn: true },
    });
    if (!evaluation || evaluation.preliminaryPublishedAt === null) return refused('evaluationNotFound');
    const phase = evaluation.status === 'DISCUSSION' ? discussionPhase(now, evaluation.preliminaryPublishedAt, evaluation.discussionClosesOn ? isoDay(evaluation.discussionClosesOn) : null) : 'CLOSED';
    if (phase !== 'OPEN') return refused('discussionClosed');
    const author = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    const comment = await tx.evaluationComment.create({
      data: { evaluationId: evaluation.id, authorId: actor.id, authorName: author.name, text: input.text, createdAt: now },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'evaluation.commented', object: { type: 'EvaluationComment', id: comment.id }, after: { evaluationId: evaluation.id, text: input.text } },
      context,
    );
    return { ok: true as const, commentId: comment.id };
  }, TX);
}
