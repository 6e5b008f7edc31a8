'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { loadProfileFormValues } from '@/lib/services/organizations/profile-form-values';
import { updateOrganizationProfile } from '@/lib/services/organizations/update-organization-profile';
import { issuePath, organizationProfileSchema, type OrganizationProfileInput } from '@/lib/validation/organization-profile';

export type ProfileState =
  | { ok: true; values: OrganizationProfileInput; changed: number }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

/**
 * Saves the NGO's profile. The organisation is the signed-in member's own (from the
 * session re-read in the database), never an id sent by the form.
 */
export async function updateProfileAction(input: unknown): Promise<ProfileState> {
  const actor = await requireUser('/ngo/profile');
  const organizationId = actor.organizationIds[0];
  if (!organizationId || !can(actor, 'update', { type: 'organization', id: organizationId })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };

  const parsed = organizationProfileSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issuePath(issue.path)] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  try {
    const result = await updateOrganizationProfile(db, actor, organizationId, parsed.data, await requestContext());
    if (!result.ok) {
      const { code, field } = result.error;
      return field ? { ok: false, fieldErrors: { [field]: code }, formError: 'fixErrors' } : { ok: false, fieldErrors: {}, formError: code };
    }
    revalidatePath('/ngo/profile');
    revalidatePath('/ngo');
    const values = await loadProfileFormValues(db, organizationId);
    if (!values) return { ok: false, fieldErrors: {}, formError: 'notFound' };
    return { ok: true, values, changed: result.changed.length };
  } catch (error) {
    console.error('updateProfileAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
