'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { councilMembership } from '@/lib/services/evaluation/council-access';
import { declareEvaluationConflict } from '@/lib/services/evaluation/declare-evaluation-conflict';
import { evaluationDeclarationSchema, evaluationScoreSchema, fieldErrorsOf } from '@/lib/services/evaluation/evaluation-input';
import { scoreEvaluation } from '@/lib/services/evaluation/score-evaluation';
import type { FormState } from '@/components/evaluation/evaluation-forms';

const fail = (formError: string, fieldErrors: Record<string, string> = {}): FormState => ({ ok: false, fieldErrors, formError });

/** §3.4 L3367–3372: the member's COI notice — THIS evaluation, a member of its council (checked here and in the service). */
export async function declareAction(input: unknown): Promise<FormState> {
  try {
    const actor = await requireUser('/expert');
    const parsed = evaluationDeclarationSchema.safeParse(input);
    if (!parsed.success) return fail('fixErrors', fieldErrorsOf(parsed.error.issues));
    if (!(await councilMembership(db, actor, parsed.data.evaluationId))) return fail('evaluationNotFound');
    const r = await declareEvaluationConflict(db, actor, parsed.data, await requestContext());
    if (!r.ok) return fail(Object.keys(r.fieldErrors).length ? 'fixErrors' : r.error.code, r.fieldErrors);
    revalidatePath(`/expert/evaluations/${parsed.data.evaluationId}`);
    return { ok: true };
  } catch (error) {
    console.error('declareAction failed', error);
    return fail('generic');
  }
}

/** EV-1: the member's scores — refused without a "no conflict" notice (service). */
export async function scoreAction(input: unknown): Promise<FormState> {
  try {
    const actor = await requireUser('/expert');
    const parsed = evaluationScoreSchema.safeParse(input);
    if (!parsed.success) return fail('fixErrors', fieldErrorsOf(parsed.error.issues));
    if (!(await councilMembership(db, actor, parsed.data.evaluationId))) return fail('evaluationNotFound');
    const r = await scoreEvaluation(db, actor, parsed.data, await requestContext());
    if (!r.ok) return fail(Object.keys(r.fieldErrors).length ? 'fixErrors' : r.error.code, r.fieldErrors);
    revalidatePath(`/expert/evaluations/${parsed.data.evaluationId}`);
    revalidatePath(`/operator/evaluations/${parsed.data.evaluationId}`);
    return { ok: true };
  } catch (error) {
    console.error('scoreAction failed', error);
    return fail('generic');
  }
}
