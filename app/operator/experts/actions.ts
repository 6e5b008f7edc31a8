'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { fieldErrorsOf, inviteExpertSchema, updateExpertSchema, type InviteExpertFormValues, type UpdateExpertFormValues } from '@/lib/services/experts/expert-input';
import { inviteExpert } from '@/lib/services/experts/invite-expert';
import { reissueExpertInvitation } from '@/lib/services/experts/reissue-expert-invitation';
import { updateExpert } from '@/lib/services/experts/update-expert';

export type ExpertFormState = { ok: true; expertId: string; path?: string; version?: number } | { ok: false; fieldErrors: Record<string, string>; formError: string };

const fail = (formError: string, fieldErrors: Record<string, string> = {}): ExpertFormState => ({ ok: false, fieldErrors, formError });

/** Staff enter an expert into the register and send the invitation (the service re-checks everything). */
export async function inviteExpertAction(input: unknown): Promise<ExpertFormState> {
  try {
    const actor = await requireUser('/operator/experts/new');
    if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return fail('forbidden');
    const parsed = inviteExpertSchema.safeParse(input);
    if (!parsed.success) return fail('fixErrors', fieldErrorsOf(parsed.error.issues));
    // The service parses again (callers other than this action get the same rules).
    const result = await inviteExpert(db, actor, input as InviteExpertFormValues, await requestContext());
    if (!result.ok) return Object.keys(result.fieldErrors).length > 0 ? fail('fixErrors', result.fieldErrors) : fail(result.error.code);
    revalidatePath('/operator/experts');
    return { ok: true, expertId: result.expertId, path: result.path };
  } catch (error) {
    console.error('inviteExpertAction failed', error);
    return fail('generic');
  }
}

/** Staff edit a register entry; the entry is loaded by the id in the form and re-authorised. */
export async function updateExpertAction(input: unknown): Promise<ExpertFormState> {
  try {
    const actor = await requireUser('/operator/experts');
    if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return fail('forbidden');
    const parsed = updateExpertSchema.safeParse(input);
    if (!parsed.success) return fail('fixErrors', fieldErrorsOf(parsed.error.issues));
    const exists = await db.expert.findUnique({ where: { id: parsed.data.expertId }, select: { id: true } });
    if (!exists) return fail('expertNotFound');
    const result = await updateExpert(db, actor, input as UpdateExpertFormValues, await requestContext());
    if (!result.ok) return Object.keys(result.fieldErrors).length > 0 && result.error.code !== 'staleExpert' ? fail('fixErrors', result.fieldErrors) : fail(result.error.code);
    revalidatePath('/operator/experts');
    revalidatePath(`/operator/experts/${exists.id}`);
    return { ok: true, expertId: exists.id, version: result.version };
  } catch (error) {
    console.error('updateExpertAction failed', error);
    return fail('generic');
  }
}

/** A fresh invitation link for an expert who has not activated the account yet. */
export async function reissueExpertInvitationAction(expertId: unknown): Promise<ExpertFormState> {
  try {
    const actor = await requireUser('/operator/experts');
    if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return fail('forbidden');
    if (typeof expertId !== 'string' || expertId.length > 64) return fail('expertNotFound');
    const result = await reissueExpertInvitation(db, actor, expertId, await requestContext());
    if (!result.ok) return fail(result.error.code);
    revalidatePath(`/operator/experts/${expertId}`);
    return { ok: true, expertId, path: result.path };
  } catch (error) {
    console.error('reissueExpertInvitationAction failed', error);
    return fail('generic');
  }
}
