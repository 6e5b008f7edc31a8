import { z } from 'zod';
import '@/lib/validation/zod-errors';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';

export const reviewTopicCommentSchema = z
  .object({
    commentId: z.string().min(1),
    decision: z.enum(['ACCEPTED', 'REJECTED']),
    conclusion: z.string().trim().max(4000, 'conclusionTooLong').default(''),
  })
  .superRefine((v, ctx) => {
    // F-5.1 column 5: a rejection carries its justification.
    if (v.decision === 'REJECTED' && v.conclusion.length === 0) ctx.addIssue({ code: 'custom', path: ['conclusion'], message: 'conclusionRequired' });
  });
export type ReviewTopicCommentInput = z.input<typeof reviewTopicCommentSchema>;

/**
 * The state body's conclusion on one comment (F-5.1, L2483–2511): accepted or rejected
 * (with the justification). Only a PENDING, on-time comment is reviewed — a late one is
 * not considered (L2514–2516) and a reviewed one is final (`alreadyReviewed`, the
 * PENDING guard is the optimistic lock). Audited.
 */
export async function reviewTopicComment(
  db: PrismaClient,
  actor: Actor,
  raw: ReviewTopicCommentInput,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ status: 'ACCEPTED' | 'REJECTED' }>> {
  const parsed = reviewTopicCommentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message && !issue.message.includes(' ') ? issue.message : 'invalidInput', { field: String(issue?.path[0] ?? 'form') });
  }
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const c = await tx.planTopicComment.findUnique({
      where: { id: input.commentId },
      select: { id: true, status: true, late: true, topic: { select: { plan: { select: { kind: true } } } } },
    });
    if (!c || c.topic.plan.kind !== 'SOCIAL_ORDER') return refuse('commentNotFound');
    if (!can(actor, 'manage', { type: 'competition', status: 'DRAFT' })) return refuse('forbidden');
    if (c.late) return refuse('commentLate');
    if (c.status !== 'PENDING') return refuse('alreadyReviewed');
    const conclusion = input.conclusion.length > 0 ? input.conclusion : null;
    const updated = await tx.planTopicComment.updateMany({
      where: { id: c.id, status: 'PENDING' },
      data: { status: input.decision, conclusion, reviewedAt: now, reviewedById: actor.id },
    });
    if (updated.count !== 1) return refuse('alreadyReviewed');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: input.decision === 'ACCEPTED' ? 'plan_topic_comment.accepted' : 'plan_topic_comment.rejected',
        object: { type: 'PlanTopicComment', id: c.id },
        before: { status: 'PENDING' },
        after: { status: input.decision, conclusion },
      },
      context,
    );
    return { ok: true as const, status: input.decision };
  });
}
