'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { addEvaluationComment } from '@/lib/services/evaluation/add-evaluation-comment';
import { commentSchema, fieldErrorsOf } from '@/lib/services/evaluation/evaluation-input';
import type { FormState } from '@/components/evaluation/evaluation-forms';

/** EV-4: a signed-in user's comment on THIS published preliminary report, inside the discussion window (the service decides). */
export async function commentAction(input: unknown): Promise<FormState> {
  try {
    const parsedId = commentSchema.shape.evaluationId.safeParse((input as { evaluationId?: unknown } | null)?.evaluationId);
    const actor = await requireUser(parsedId.success ? `/evaluations/${parsedId.data}` : '/evaluations');
    const parsed = commentSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: 'fixErrors' };
    const evaluation = await db.projectEvaluation.findUnique({ where: { id: parsed.data.evaluationId }, select: { id: true, preliminaryPublishedAt: true } });
    if (!evaluation?.preliminaryPublishedAt) return { ok: false, fieldErrors: {}, formError: 'evaluationNotFound' };
    const r = await addEvaluationComment(db, actor, parsed.data, await requestContext());
    if (!r.ok) return { ok: false, fieldErrors: r.fieldErrors, formError: Object.keys(r.fieldErrors).length ? 'fixErrors' : r.error.code };
    revalidatePath(`/evaluations/${evaluation.id}`);
    revalidatePath(`/operator/evaluations/${evaluation.id}`);
    return { ok: true };
  } catch (error) {
    if (error && typeof error === 'object' && 'digest' in error) throw error; // the sign-in redirect
    console.error('commentAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
