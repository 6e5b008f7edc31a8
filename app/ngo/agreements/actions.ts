'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { acceptAgreement } from '@/lib/services/agreements/accept-agreement';
import { agreementAccess } from '@/lib/services/agreements/agreement-access';
import { fieldErrorsOf, requisitesInputSchema } from '@/lib/services/agreements/agreement-input';
import { updateRequisites } from '@/lib/services/agreements/update-requisites';
import { actionFailure, type AgreementActionState } from '@/components/agreements/action-state';
import { formatParams } from '@/components/agreements/format-params';

const refByVersion = z.object({ agreementId: z.string().min(1).max(100), expectedVersion: z.coerce.number().int().nonnegative() });

/** Loads THE agreement named in the form; only a member of its organisation may act (IDOR). */
async function memberFor(agreementId: string) {
  const actor = await requireUser(`/ngo/agreements/${agreementId}`);
  const a = await db.agreement.findUnique({ where: { id: agreementId }, select: { id: true, organizationId: true } });
  const access = a ? agreementAccess(actor, a) : null;
  if (!a || !access?.read) return { actor, error: 'agreementNotFound' as const };
  if (!access.ngo) return { actor, error: 'forbidden' as const };
  return { actor, error: null };
}

function revalidateAgreement(id: string) {
  revalidatePath('/ngo/agreements');
  revalidatePath(`/ngo/agreements/${id}`);
  revalidatePath('/operator/agreements');
  revalidatePath(`/operator/agreements/${id}`);
}

export async function updateRequisitesAction(input: unknown): Promise<AgreementActionState> {
  try {
    const parsed = requisitesInputSchema.safeParse(input);
    if (!parsed.success) return actionFailure('fixErrors', fieldErrorsOf(parsed.error));
    const { actor, error } = await memberFor(parsed.data.agreementId);
    if (error) return actionFailure(error);
    const result = await updateRequisites(db, actor, parsed.data, await requestContext());
    if (!result.ok) return actionFailure(result.error.code, 'fieldErrors' in result ? result.fieldErrors : {}, await formatParams(result.error.params));
    revalidateAgreement(parsed.data.agreementId);
    return { ok: true };
  } catch (error) {
    console.error('updateRequisitesAction failed', error);
    return actionFailure('generic');
  }
}

/** The NGO accepts the pending revision (PortalAcceptance: who, when, SHA-256 of the PDF). */
export async function ngoAcceptAction(input: unknown): Promise<AgreementActionState> {
  try {
    const parsed = refByVersion.safeParse(input);
    if (!parsed.success) return actionFailure('invalidInput');
    const { actor, error } = await memberFor(parsed.data.agreementId);
    if (error) return actionFailure(error);
    const result = await acceptAgreement(db, actor, parsed.data, await requestContext());
    if (!result.ok) return actionFailure(result.error.code, {}, await formatParams(result.error.params));
    revalidateAgreement(parsed.data.agreementId);
    return { ok: true };
  } catch (error) {
    console.error('ngoAcceptAction failed', error);
    return actionFailure('generic');
  }
}
