'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { acceptAgreement } from '@/lib/services/agreements/accept-agreement';
import { agreementAccess } from '@/lib/services/agreements/agreement-access';
import { amendAgreementSchema, fieldErrorsOf, generateAgreementSchema, returnAmountSchema } from '@/lib/services/agreements/agreement-input';
import { amendAgreement } from '@/lib/services/agreements/amend-agreement';
import { generateAgreement } from '@/lib/services/agreements/generate-agreement';
import { sendAgreement } from '@/lib/services/agreements/send-agreement';
import { recordReturnedAmount } from '@/lib/services/tranches/record-returned-amount';
import { releaseTranche } from '@/lib/services/tranches/release-tranche';
import type { ServiceError } from '@/lib/services/result';
import { actionFailure, type AgreementActionState } from '@/components/agreements/action-state';
import { formatParams } from '@/components/agreements/format-params';
import { z } from 'zod';

const refByVersion = z.object({ agreementId: z.string().min(1).max(100), expectedVersion: z.coerce.number().int().nonnegative() });
const refTranche = z.object({ trancheId: z.string().min(1).max(100) });

async function failure(error: ServiceError, fieldErrors: Record<string, string> = {}): Promise<AgreementActionState> {
  return actionFailure(error.code, fieldErrors, await formatParams(error.params));
}

function revalidateAgreement(id: string) {
  revalidatePath('/operator/agreements');
  revalidatePath(`/operator/agreements/${id}`);
  revalidatePath('/ngo/agreements');
  revalidatePath(`/ngo/agreements/${id}`);
}

/** Loads THE agreement named in the form and checks the actor may operate on it (staff only). */
async function operatorFor(agreementId: string) {
  const actor = await requireUser(`/operator/agreements/${agreementId}`);
  const a = await db.agreement.findUnique({ where: { id: agreementId }, select: { id: true, organizationId: true } });
  if (!a) return { actor, error: 'agreementNotFound' as const };
  if (!agreementAccess(actor, a).operate) return { actor, error: 'forbidden' as const };
  return { actor, error: null };
}

/** Generate the agreement of a winning application (operator staff; the service re-checks everything). */
export async function generateAgreementAction(input: unknown): Promise<AgreementActionState> {
  try {
    const actor = await requireUser('/operator/agreements');
    const parsed = generateAgreementSchema.safeParse(input);
    if (!parsed.success) return actionFailure('fixErrors', fieldErrorsOf(parsed.error));
    const app = await db.application.findUnique({ where: { id: parsed.data.applicationId }, select: { organizationId: true } });
    if (!app) return actionFailure('applicationNotFound');
    if (!agreementAccess(actor, app).operate) return actionFailure('forbidden');
    const result = await generateAgreement(db, actor, parsed.data, await requestContext());
    if (!result.ok) return await failure(result.error, 'fieldErrors' in result ? result.fieldErrors : {});
    revalidateAgreement(result.agreementId);
    return { ok: true, redirectTo: `/operator/agreements/${result.agreementId}` };
  } catch (error) {
    console.error('generateAgreementAction failed', error);
    return actionFailure('generic');
  }
}

export async function sendAgreementAction(input: unknown): Promise<AgreementActionState> {
  try {
    const parsed = refByVersion.safeParse(input);
    if (!parsed.success) return actionFailure('invalidInput');
    const { actor, error } = await operatorFor(parsed.data.agreementId);
    if (error) return actionFailure(error);
    const result = await sendAgreement(db, actor, parsed.data, await requestContext());
    if (!result.ok) return await failure(result.error);
    revalidateAgreement(parsed.data.agreementId);
    return { ok: true };
  } catch (error) {
    console.error('sendAgreementAction failed', error);
    return actionFailure('generic');
  }
}

/** The operator's countersignature of the pending revision (PortalAcceptance). */
export async function operatorAcceptAction(input: unknown): Promise<AgreementActionState> {
  try {
    const parsed = refByVersion.safeParse(input);
    if (!parsed.success) return actionFailure('invalidInput');
    const { actor, error } = await operatorFor(parsed.data.agreementId);
    if (error) return actionFailure(error);
    const result = await acceptAgreement(db, actor, parsed.data, await requestContext());
    if (!result.ok) return await failure(result.error);
    revalidateAgreement(parsed.data.agreementId);
    return { ok: true };
  } catch (error) {
    console.error('operatorAcceptAction failed', error);
    return actionFailure('generic');
  }
}

export async function amendAgreementAction(input: unknown): Promise<AgreementActionState> {
  try {
    const parsed = amendAgreementSchema.safeParse(input);
    if (!parsed.success) return actionFailure('fixErrors', fieldErrorsOf(parsed.error));
    const { actor, error } = await operatorFor(parsed.data.agreementId);
    if (error) return actionFailure(error);
    const result = await amendAgreement(db, actor, parsed.data, await requestContext());
    if (!result.ok) return await failure(result.error, 'fieldErrors' in result ? result.fieldErrors : {});
    revalidateAgreement(parsed.data.agreementId);
    return { ok: true };
  } catch (error) {
    console.error('amendAgreementAction failed', error);
    return actionFailure('generic');
  }
}

/** Loads THE tranche's agreement and checks the actor may operate on it. */
async function trancheAgreement(trancheId: string) {
  const actor = await requireUser('/operator/agreements');
  const t = await db.tranche.findUnique({ where: { id: trancheId }, select: { agreement: { select: { id: true, organizationId: true } } } });
  if (!t) return { actor, agreementId: null, error: 'trancheNotFound' as const };
  if (!agreementAccess(actor, t.agreement).operate) return { actor, agreementId: null, error: 'forbidden' as const };
  return { actor, agreementId: t.agreement.id, error: null };
}

export async function releaseTrancheAction(input: unknown): Promise<AgreementActionState> {
  try {
    const parsed = refTranche.safeParse(input);
    if (!parsed.success) return actionFailure('invalidInput');
    const { actor, agreementId, error } = await trancheAgreement(parsed.data.trancheId);
    if (error || !agreementId) return actionFailure(error ?? 'trancheNotFound');
    const result = await releaseTranche(db, actor, parsed.data, await requestContext());
    if (!result.ok) return await failure(result.error);
    revalidateAgreement(agreementId);
    return { ok: true };
  } catch (error) {
    console.error('releaseTrancheAction failed', error);
    return actionFailure('generic');
  }
}

export async function recordReturnAction(input: unknown): Promise<AgreementActionState> {
  try {
    const parsed = returnAmountSchema.safeParse(input);
    if (!parsed.success) return actionFailure('fixErrors', fieldErrorsOf(parsed.error));
    const { actor, agreementId, error } = await trancheAgreement(parsed.data.trancheId);
    if (error || !agreementId) return actionFailure(error ?? 'trancheNotFound');
    const result = await recordReturnedAmount(db, actor, parsed.data, await requestContext());
    if (!result.ok) return await failure(result.error, 'fieldErrors' in result ? result.fieldErrors : {});
    revalidateAgreement(agreementId);
    return { ok: true };
  } catch (error) {
    console.error('recordReturnAction failed', error);
    return actionFailure('generic');
  }
}
