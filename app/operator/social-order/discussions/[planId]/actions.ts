'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { openPlanDiscussion, openPlanDiscussionSchema } from '@/lib/services/social-order/open-plan-discussion';
import { reviewTopicComment, reviewTopicCommentSchema } from '@/lib/services/social-order/review-topic-comment';

export type DiscussionActionState = { ok: true } | { ok: false; code: string; field?: string; params?: Record<string, string | number> };

/** Loads THIS social-order plan and checks the actor may manage it (staff). */
async function authorise(planId: string) {
  const actor = await requireUser(`/operator/social-order/discussions/${planId}`);
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true, kind: true } });
  if (!plan || plan.kind !== 'SOCIAL_ORDER') return { actor, error: { ok: false as const, code: 'planNotFound' } };
  if (!can(actor, 'manage', { type: 'competition', status: 'DRAFT' })) return { actor, error: { ok: false as const, code: 'forbidden' } };
  return { actor, error: null };
}

const firstIssue = (issues: { message: string; path: PropertyKey[] }[]) => ({ code: issues[0]?.message ?? 'invalidInput', field: String(issues[0]?.path[0] ?? 'form') });

/** Stage 3: publish the topics for public discussion (≥ 10 working days). */
export async function openDiscussionAction(planId: string, input: unknown): Promise<DiscussionActionState> {
  try {
    const { actor, error } = await authorise(planId);
    if (error) return error;
    const parsed = openPlanDiscussionSchema.safeParse({ ...(input as object), planId });
    if (!parsed.success) return { ok: false, ...firstIssue(parsed.error.issues) };
    const r = await openPlanDiscussion(db, actor, parsed.data, await requestContext());
    if (!r.ok) return { ok: false, code: r.error.code, ...(r.error.field ? { field: r.error.field } : {}), ...(r.error.params ? { params: r.error.params } : {}) };
    revalidatePath(`/operator/social-order/discussions/${planId}`);
    revalidatePath('/social-order');
    return { ok: true };
  } catch (e) {
    console.error('open plan discussion failed', e);
    return { ok: false, code: 'generic' };
  }
}

/** F-5.1: the state body's conclusion on one comment of THIS plan. */
export async function reviewCommentAction(planId: string, input: unknown): Promise<DiscussionActionState> {
  try {
    const { actor, error } = await authorise(planId);
    if (error) return error;
    const parsed = reviewTopicCommentSchema.safeParse(input);
    if (!parsed.success) return { ok: false, ...firstIssue(parsed.error.issues) };
    // The comment must be on a topic of THIS plan (ids from the form are not trusted).
    const comment = await db.planTopicComment.findFirst({ where: { id: parsed.data.commentId, topic: { planId } }, select: { id: true } });
    if (!comment) return { ok: false, code: 'commentNotFound' };
    const r = await reviewTopicComment(db, actor, { ...parsed.data, commentId: comment.id }, await requestContext());
    if (!r.ok) return { ok: false, code: r.error.code, ...(r.error.field ? { field: r.error.field } : {}) };
    revalidatePath(`/operator/social-order/discussions/${planId}`);
    return { ok: true };
  } catch (e) {
    console.error('review topic comment failed', e);
    return { ok: false, code: 'generic' };
  }
}
