'use server';

import { requestContext } from '@/lib/auth/request-context';
import { db } from '@/lib/db';
import { acceptExpertInvitation } from '@/lib/services/experts/accept-expert-invitation';
import { isTokenShaped } from '@/lib/services/experts/expert-invitation';
import { expertPasswordSchema, fieldErrorsOf } from '@/lib/services/experts/expert-input';

export type ExpertAcceptState = { ok: true; email: string } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/**
 * Anyone holding the link may set the invited expert's password (that is what the link is
 * for); the account is the one the invitation names, never one from the form.
 */
export async function acceptExpertInvitationAction(token: unknown, input: unknown): Promise<ExpertAcceptState> {
  if (!isTokenShaped(token)) return { ok: false, fieldErrors: {}, formError: 'invitationNotFound' };
  const parsed = expertPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: 'fixErrors' };
  try {
    const result = await acceptExpertInvitation(db, token, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: {}, formError: result.error.code };
    return { ok: true, email: result.email };
  } catch (error) {
    console.error('acceptExpertInvitationAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
