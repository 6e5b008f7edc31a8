import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';
import { discussionPhase } from './discussion';
import { topicCommentSchema, type TopicCommentInput } from './topic-comment-schema';

export { topicCommentSchema, type TopicCommentInput };

/**
 * A signed-in user (any role) or a named citizen comments on a topic under public
 * discussion (stage 3, L2335–2336). Before the discussion opens the comment is refused;
 * after it closes it is STORED as `late` with status NOT_CONSIDERED (schema: "received
 * after the discussion closed: not considered (may be used next year)", L2514–2516), and
 * the caller is told so. An NGO member's comment carries the organisation. Audited.
 */
export async function submitTopicComment(
  db: PrismaClient,
  actor: Actor | null,
  raw: TopicCommentInput,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ commentId: string; late: boolean }>> {
  const parsed = topicCommentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message && !issue.message.includes(' ') ? issue.message : 'invalidInput', { field: String(issue?.path[0] ?? 'form') });
  }
  const input = parsed.data;
  if (!actor && input.authorName.length < 2) return refuse('nameRequired', { field: 'authorName' });
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const topic = await tx.planTopic.findUnique({
      where: { id: input.topicId },
      select: { id: true, plan: { select: { id: true, kind: true, discussionOpensAt: true, discussionClosesAt: true } } },
    });
    if (!topic || topic.plan.kind !== 'SOCIAL_ORDER') return refuse('topicNotFound');
    const phase = discussionPhase(topic.plan, now);
    if (phase === 'NOT_SCHEDULED' || phase === 'SCHEDULED') return refuse('discussionNotOpen');
    const late = phase === 'CLOSED';
    const comment = await tx.planTopicComment.create({
      data: {
        topicId: topic.id,
        authorId: actor?.id ?? null,
        organizationId: actor?.role === 'NGO' ? (actor.organizationIds[0] ?? null) : null,
        authorName: actor ? null : input.authorName,
        text: input.text,
        submittedAt: now,
        late,
        status: late ? 'NOT_CONSIDERED' : 'PENDING',
      },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      {
        actor: actor ? { id: actor.id, role: actor.role } : null,
        action: late ? 'plan_topic_comment.received_late' : 'plan_topic_comment.submitted',
        object: { type: 'PlanTopicComment', id: comment.id },
        after: { topicId: topic.id, planId: topic.plan.id, late, authorName: actor ? null : input.authorName },
      },
      context,
    );
    return { ok: true as const, commentId: comment.id, late };
  });
}
