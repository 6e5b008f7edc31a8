'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { submitTopicComment, topicCommentSchema } from '@/lib/services/social-order/submit-topic-comment';

export type CommentActionState = { ok: true; late: boolean } | { ok: false; code: string; field?: string };

/**
 * Stage 3: a comment on a topic of THIS plan by a signed-in user (any role) or, without an
 * account, a named citizen (PlanTopicComment.authorName). The window is the service's check.
 */
export async function submitCommentAction(planId: string, input: unknown): Promise<CommentActionState> {
  try {
    const actor = await getActor();
    const parsed = topicCommentSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: parsed.error.issues[0]?.message ?? 'invalidInput', field: String(parsed.error.issues[0]?.path[0] ?? 'form') };
    // The topic must belong to THIS plan (ids from the form are not trusted).
    const topic = await db.planTopic.findFirst({ where: { id: parsed.data.topicId, planId }, select: { id: true } });
    if (!topic) return { ok: false, code: 'topicNotFound' };
    const r = await submitTopicComment(db, actor, { ...parsed.data, topicId: topic.id }, await requestContext());
    if (!r.ok) return { ok: false, code: r.error.code, ...(r.error.field ? { field: r.error.field } : {}) };
    revalidatePath(`/social-order/${planId}`);
    return { ok: true, late: r.late };
  } catch (e) {
    console.error('submit topic comment failed', e);
    return { ok: false, code: 'generic' };
  }
}
