'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { inviteStaff } from '@/lib/services/organizations/invite-staff';
import { removeMember } from '@/lib/services/organizations/remove-member';
import { revokeInvitation } from '@/lib/services/organizations/revoke-invitation';
import { issuePath, staffInvitationSchema } from '@/lib/validation/organization-profile';

export type InviteState =
  | { ok: true; email: string; path: string; expiresAt: string }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

export type MemberActionState = { ok: true } | { ok: false; formError: string };

/** The head invites a staff member into their own organisation (never an id from the form). */
export async function inviteStaffAction(input: unknown): Promise<InviteState> {
  const actor = await requireUser('/ngo/members');
  const organizationId = actor.organizationIds[0];
  if (!organizationId || !can(actor, 'invite-staff', { type: 'organization', id: organizationId })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
  const parsed = staffInvitationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issuePath(issue.path)] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  try {
    const result = await inviteStaff(db, actor, organizationId, parsed.data, await requestContext());
    if (!result.ok) return result.error.field ? { ok: false, fieldErrors: { [result.error.field]: result.error.code } } : { ok: false, fieldErrors: {}, formError: result.error.code };
    revalidatePath('/ngo/members');
    return { ok: true, email: parsed.data.email, path: result.path, expiresAt: result.expiresAt.toISOString() };
  } catch (error) {
    console.error('inviteStaffAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}

/** The service loads the invitation by id and checks that the actor heads ITS organisation. */
export async function revokeInvitationAction(invitationId: unknown): Promise<MemberActionState> {
  const actor = await requireUser('/ngo/members');
  if (typeof invitationId !== 'string' || invitationId.length > 40) return { ok: false, formError: 'notFound' };
  try {
    const result = await revokeInvitation(db, actor, invitationId, await requestContext());
    if (!result.ok) return { ok: false, formError: result.error.code };
    revalidatePath('/ngo/members');
    return { ok: true };
  } catch (error) {
    console.error('revokeInvitationAction failed', error);
    return { ok: false, formError: 'generic' };
  }
}

/** Ends a staff member's membership; the service checks the actor heads that membership's organisation. */
export async function removeMemberAction(membershipId: unknown): Promise<MemberActionState> {
  const actor = await requireUser('/ngo/members');
  if (typeof membershipId !== 'string' || membershipId.length > 40) return { ok: false, formError: 'notFound' };
  try {
    const result = await removeMember(db, actor, membershipId, await requestContext());
    if (!result.ok) return { ok: false, formError: result.error.code };
    revalidatePath('/ngo/members');
    revalidatePath('/ngo');
    return { ok: true };
  } catch (error) {
    console.error('removeMemberAction failed', error);
    return { ok: false, formError: 'generic' };
  }
}
