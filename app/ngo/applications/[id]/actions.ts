'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import type { ServiceError } from '@/lib/services/result';
import { submitApplication } from '@/lib/services/applications/submit-application';
import { WITHDRAWAL_REASON_MAX, WITHDRAWAL_REASON_MIN, withdrawApplication } from '@/lib/services/applications/withdraw-application';

export type SubmitState =
  | { status: 'idle' }
  | { status: 'refused'; reasons: ServiceError[] }
  | { status: 'submitted'; receiptNumber: string; submittedAt: string; receiptHash: string };

export type WithdrawState = { status: 'idle' } | { status: 'refused'; error: ServiceError; reason: string } | { status: 'withdrawn' };

const submitSchema = z.object({ idempotencyKey: z.uuid() });
const withdrawSchema = z.object({
  reason: z.string().trim().min(WITHDRAWAL_REASON_MIN, 'withdrawalReasonRequired').max(WITHDRAWAL_REASON_MAX, 'withdrawalReasonTooLong'),
});

/** The application as the policy sees it, loaded by id from the database (never from the form). */
async function subjectOf(applicationId: string) {
  const app = await db.application.findUnique({ where: { id: applicationId }, select: { organizationId: true, status: true } });
  return app ? ({ type: 'application', organizationId: app.organizationId, status: app.status } as const) : null;
}

function revalidate(applicationId: string) {
  revalidatePath(`/ngo/applications/${applicationId}`);
  revalidatePath('/ngo/applications');
  revalidatePath('/ngo');
  revalidatePath('/ngo/notifications');
}

/**
 * Submit (issue 4, part 5). A public POST endpoint: authenticates, authorises the actor
 * for THIS application, parses the idempotency key the page rendered, and lets the
 * service decide everything else at the moment of the write. A retry with the same key
 * — or a second click — gets the same receipt back.
 */
export async function submitApplicationAction(applicationId: string, _prev: SubmitState, formData: FormData): Promise<SubmitState> {
  // Everything inside the try: with the database down even the session check fails, and the
  // NGO must get a typed "try again" (its retry is safe: same key, same receipt — R4), not a 500.
  try {
    const actor = await requireUser(`/ngo/applications/${applicationId}`);
    const subject = await subjectOf(applicationId);
    // A draft needs the right to submit; an already submitted one may still be asked for its receipt (retry).
    if (!subject || !can(actor, 'read', subject) || !can(actor, 'apply', { type: 'organization', id: subject.organizationId })) {
      return { status: 'refused', reasons: [{ code: 'notMemberOfOrganization' }] };
    }
    if (subject.status === 'DRAFT' && !can(actor, 'submit', subject)) return { status: 'refused', reasons: [{ code: 'notSubmittable' }] };
    const parsed = submitSchema.safeParse({ idempotencyKey: formData.get('idempotencyKey') });
    if (!parsed.success) return { status: 'refused', reasons: [{ code: 'invalidRequest' }] };
    const result = await submitApplication(db, actor, { applicationId, idempotencyKey: parsed.data.idempotencyKey }, await requestContext());
    // No revalidatePath here: it would make this response carry a fresh render of the whole
    // page, and at the deadline spike that render — not the submission — is the cost. The
    // receipt goes back at once; the panel then refreshes the page (router.refresh()).
    if (!result.ok) return { status: 'refused', reasons: result.reasons };
    return {
      status: 'submitted',
      receiptNumber: result.receipt.receiptNumber,
      submittedAt: result.receipt.submittedAt.toISOString(),
      receiptHash: result.receipt.receiptHash,
    };
  } catch (error) {
    // The sign-in redirect of requireUser is Next's control flow, not a failure.
    unstable_rethrow(error);
    console.error('submitApplicationAction failed', error);
    return { status: 'refused', reasons: [{ code: 'generic' }] };
  }
}

/** Withdraw before the deadline, with a mandatory reason (issue 4, part 5). */
export async function withdrawApplicationAction(applicationId: string, _prev: WithdrawState, formData: FormData): Promise<WithdrawState> {
  const actor = await requireUser(`/ngo/applications/${applicationId}`);
  const typed = String(formData.get('reason') ?? '');
  const subject = await subjectOf(applicationId);
  if (!subject || !can(actor, 'withdraw', subject)) {
    return { status: 'refused', error: { code: subject && can(actor, 'read', subject) ? 'notWithdrawable' : 'notMemberOfOrganization' }, reason: typed };
  }
  const parsed = withdrawSchema.safeParse({ reason: typed });
  if (!parsed.success) {
    return { status: 'refused', error: { code: parsed.error.issues[0]?.message ?? 'withdrawalReasonRequired', field: 'reason' }, reason: typed };
  }
  try {
    const result = await withdrawApplication(db, actor, { applicationId, reason: parsed.data.reason }, await requestContext());
    revalidate(applicationId);
    return result.ok ? { status: 'withdrawn' } : { status: 'refused', error: result.error, reason: typed };
  } catch (error) {
    console.error('withdrawApplicationAction failed', error);
    return { status: 'refused', error: { code: 'generic' }, reason: typed };
  }
}
