'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { setStatusFlags } from '@/lib/services/organizations/set-status-flags';
import { issuePath, statusFlagChangeSchema } from '@/lib/validation/organization-profile';

export type FlagState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; formError?: string };

/** Operator staff set or clear one EL-1 flag of this organisation, with a reason. */
export async function setStatusFlagAction(organizationId: unknown, input: unknown): Promise<FlagState> {
  const actor = await requireUser('/operator/organizations');
  if (typeof organizationId !== 'string' || organizationId.length > 40) return { ok: false, fieldErrors: {}, formError: 'notFound' };
  if (!can(actor, 'set-status-flags', { type: 'organization', id: organizationId })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
  const parsed = statusFlagChangeSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issuePath(issue.path)] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  try {
    const result = await setStatusFlags(db, actor, organizationId, parsed.data, await requestContext());
    if (!result.ok) return result.error.field ? { ok: false, fieldErrors: { [result.error.field]: result.error.code } } : { ok: false, fieldErrors: {}, formError: result.error.code };
    revalidatePath(`/operator/organizations/${organizationId}`);
    revalidatePath('/operator/organizations');
    return { ok: true };
  } catch (error) {
    console.error('setStatusFlagAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
