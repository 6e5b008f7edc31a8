'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { acceptInvitation } from '@/lib/services/organizations/accept-invitation';
import { invitationAccountSchema, issuePath } from '@/lib/validation/organization-profile';

export type AcceptState = { ok: true; email: string } | { ok: false; fieldErrors: Record<string, string>; formError?: string };

const validToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token);

/**
 * Anyone holding the link may create the invited account (that is what the link is for);
 * the e-mail comes from the invitation, never from the form.
 */
export async function createAccountFromInvitationAction(token: unknown, input: unknown): Promise<AcceptState> {
  if (!validToken(token)) return { ok: false, fieldErrors: {}, formError: 'invitationNotFound' };
  const parsed = invitationAccountSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issuePath(issue.path)] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  try {
    const result = await acceptInvitation(db, token, { kind: 'create', account: parsed.data }, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: {}, formError: result.error.code };
    return { ok: true, email: result.email };
  } catch (error) {
    console.error('createAccountFromInvitationAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}

/** A signed-in account whose e-mail is the invited one joins the organisation. */
export async function joinFromInvitationAction(token: unknown): Promise<AcceptState> {
  if (!validToken(token)) return { ok: false, fieldErrors: {}, formError: 'invitationNotFound' };
  const actor = await getActor();
  if (!actor) return { ok: false, fieldErrors: {}, formError: 'invitationSignInToJoin' };
  try {
    const result = await acceptInvitation(db, token, { kind: 'join', userId: actor.id }, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: {}, formError: result.error.code };
    revalidatePath('/ngo');
    return { ok: true, email: result.email };
  } catch (error) {
    console.error('joinFromInvitationAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
