import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { isStaff, refused, TX, type EvalResult } from './common';
import { fieldErrorsOf, respondSchema, type RespondFormValues } from './evaluation-input';

/**
 * EV-5 (L3414–3416): the organiser accepts or rejects a comment with a justification (due within
 * 3 working days after the discussion; the page shows the due day and warns when late). Once
 * per comment; not after the final report. The author is notified. Audited.
 */
export async function respondEvaluationComment(
  db: PrismaClient,
  actor: Actor,
  rawInput: RespondFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<EvalResult<{ commentId: string }>> {
  const parsed = respondSchema.safeParse(rawInput);
  if (!parsed.success) return refused('fixErrors', fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  if (!isStaff(actor)) return refused('forbidden');
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const comment = await tx.evaluationComment.findUnique({ where: { id: input.commentId }, select: { id: true, authorId: true, evaluationId: true, evaluation: { select: { status: true } } } });
    if (!comment) return refused('commentNotFound');
    if (comment.evaluation.status !== 'DISCUSSION') return refused('finalPublished');
    const updated = await tx.evaluationComment.updateMany({
      where: { id: comment.id, respondedAt: null },
      data: { accepted: input.accepted, response: input.response, respondedAt: now, respondedById: actor.id },
    });
    if (updated.count !== 1) return refused('alreadyResponded');
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'evaluation.comment_answered', object: { type: 'EvaluationComment', id: comment.id }, after: { accepted: input.accepted, response: input.response } },
      context,
    );
    const author = await tx.user.findUnique({ where: { id: comment.authorId }, select: { id: true, locale: true, active: true } });
    if (author?.active) {
      await enqueueNotifications(tx, {
        templateKey: 'evaluation.comment_answered',
        payload: { evaluationId: comment.evaluationId, accepted: input.accepted },
        object: { type: 'EvaluationComment', id: comment.id },
        dedupeKey: `evaluation.comment_answered:${comment.id}`,
        now,
        inApp: [{ id: author.id, locale: author.locale as 'kk' | 'ru' | 'en' }],
      });
    }
    return { ok: true as const, commentId: comment.id };
  }, TX);
}
