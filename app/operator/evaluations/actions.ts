'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { isStaff } from '@/lib/services/evaluation/common';
import { fieldErrorsOf, formCouncilSchema, publishReportSchema, respondSchema } from '@/lib/services/evaluation/evaluation-input';
import { formEvaluationCouncil } from '@/lib/services/evaluation/form-council';
import { publishFinalReport } from '@/lib/services/evaluation/publish-final-report';
import { publishPreliminaryReport } from '@/lib/services/evaluation/publish-preliminary-report';
import { respondEvaluationComment } from '@/lib/services/evaluation/respond-evaluation-comment';
import type { FormState } from '@/components/evaluation/evaluation-forms';

type Refusal = { ok: false; error: { code: string }; fieldErrors: Record<string, string> };
const fail = (formError: string, fieldErrors: Record<string, string> = {}): FormState => ({ ok: false, fieldErrors, formError });
const fromResult = (r: { ok: true } | Refusal): FormState => (r.ok ? { ok: true } : fail(Object.keys(r.fieldErrors).length > 0 ? 'fixErrors' : r.error.code, r.fieldErrors));

function revalidate(evaluationId?: string) {
  revalidatePath('/operator/evaluations');
  if (evaluationId) {
    revalidatePath(`/operator/evaluations/${evaluationId}`);
    revalidatePath(`/evaluations/${evaluationId}`);
  }
  revalidatePath('/evaluations');
}

/** §3.4: form the council — staff, THIS agreement (loaded by id). */
export async function formCouncilAction(input: unknown): Promise<FormState> {
  try {
    const actor = await requireUser('/operator/evaluations');
    const parsed = formCouncilSchema.safeParse(input);
    if (!parsed.success) return fail('fixErrors', fieldErrorsOf(parsed.error.issues));
    const agreement = await db.agreement.findUnique({ where: { id: parsed.data.agreementId }, select: { id: true } });
    if (!agreement) return fail('agreementNotFound');
    if (!isStaff(actor)) return fail('forbidden');
    const r = await formEvaluationCouncil(db, actor, parsed.data, await requestContext());
    if (r.ok) revalidate(r.evaluationId);
    return fromResult(r);
  } catch (error) {
    console.error('formCouncilAction failed', error);
    return fail('generic');
  }
}

async function reportAction(input: unknown, kind: 'preliminary' | 'final'): Promise<FormState> {
  try {
    const actor = await requireUser('/operator/evaluations');
    const parsed = publishReportSchema.safeParse(input);
    if (!parsed.success) return fail('fixErrors', fieldErrorsOf(parsed.error.issues));
    const evaluation = await db.projectEvaluation.findUnique({ where: { id: parsed.data.evaluationId }, select: { id: true } });
    if (!evaluation) return fail('evaluationNotFound');
    if (!isStaff(actor)) return fail('forbidden');
    const r = kind === 'preliminary' ? await publishPreliminaryReport(db, actor, parsed.data, await requestContext()) : await publishFinalReport(db, actor, parsed.data, await requestContext());
    if (r.ok) revalidate(evaluation.id);
    return fromResult(r);
  } catch (error) {
    console.error('reportAction failed', error);
    return fail('generic');
  }
}

/** EV-3/EV-4: publish the preliminary report, open the discussion. */
export async function publishPreliminaryAction(input: unknown): Promise<FormState> {
  return reportAction(input, 'preliminary');
}

/** EV-6: publish the final report, close the agreement. */
export async function publishFinalAction(input: unknown): Promise<FormState> {
  return reportAction(input, 'final');
}

/** EV-5: answer one comment — staff, THIS comment. */
export async function respondCommentAction(input: unknown): Promise<FormState> {
  try {
    const actor = await requireUser('/operator/evaluations');
    const parsed = respondSchema.safeParse(input);
    if (!parsed.success) return fail('fixErrors', fieldErrorsOf(parsed.error.issues));
    const comment = await db.evaluationComment.findUnique({ where: { id: parsed.data.commentId }, select: { evaluationId: true } });
    if (!comment) return fail('commentNotFound');
    if (!isStaff(actor)) return fail('forbidden');
    const r = await respondEvaluationComment(db, actor, parsed.data, await requestContext());
    if (r.ok) revalidate(comment.evaluationId);
    return fromResult(r);
  } catch (error) {
    console.error('respondCommentAction failed', error);
    return fail('generic');
  }
}
