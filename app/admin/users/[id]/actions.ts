'use server';

import { revalidatePath } from 'next/cache';
import { can, type Actor } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { changeUserAccess } from '@/lib/services/accounts/change-user-access';
import { revokeUserSessions } from '@/lib/services/accounts/revoke-user-sessions';
import { changeUserAccessSchema, fieldErrorsOf, revokeUserSessionsSchema } from '@/lib/validation/user-access';

export type ChangeUserAccessActionState =
  | { ok: true; action: 'user.role_changed' | 'user.deactivated' | 'user.reactivated'; sessionVersion: number }
  | { ok: false; fieldErrors: Record<string, string>; formError: string };

export type RevokeUserSessionsActionState = { ok: true; sessionVersion: number } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Loads the account named in the form and authorises THIS account (ADMIN, not their own): null, or the refusal code. */
async function targetRefusal(actor: Actor, userId: string): Promise<string | null> {
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!target) return 'userNotFound';
  if (actor.id === target.id) return 'selfChange';
  if (!can(actor, 'change-role', { type: 'user', id: target.id })) return 'forbidden';
  return null;
}

// Outside any try: requirePermission answers a stranger with a redirect / 403, not a form error.
const requireAdmin = () => requirePermission('enter', { type: 'area', area: 'admin' }, '/admin');

function revalidate(userId: string) {
  revalidatePath('/admin');
  revalidatePath(`/admin/users/${userId}`);
}

/** Role (OPERATOR ⇄ ADMIN) and / or active flag of an account, with a reason — the service decides. */
export async function changeUserAccessAction(input: unknown): Promise<ChangeUserAccessActionState> {
  const actor = await requireAdmin();
  const parsed = changeUserAccessSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: 'fixErrors' };
  try {
    const refusal = await targetRefusal(actor, parsed.data.userId);
    if (refusal) return { ok: false, fieldErrors: {}, formError: refusal };
    const result = await changeUserAccess(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      const fieldErrors = 'fieldErrors' in result ? result.fieldErrors : {};
      return { ok: false, fieldErrors, formError: Object.keys(fieldErrors).length > 0 && !fieldErrors.role ? 'fixErrors' : result.error.code };
    }
    revalidate(parsed.data.userId);
    return { ok: true, action: result.action, sessionVersion: result.sessionVersion };
  } catch (error) {
    console.error('changeUserAccessAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}

/** "End all sessions" of an account, with a reason. */
export async function revokeUserSessionsAction(input: unknown): Promise<RevokeUserSessionsActionState> {
  const actor = await requireAdmin();
  const parsed = revokeUserSessionsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: 'fixErrors' };
  try {
    const refusal = await targetRefusal(actor, parsed.data.userId);
    if (refusal) return { ok: false, fieldErrors: {}, formError: refusal };
    const result = await revokeUserSessions(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      const fieldErrors = 'fieldErrors' in result ? result.fieldErrors : {};
      return { ok: false, fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? 'fixErrors' : result.error.code };
    }
    revalidate(parsed.data.userId);
    return { ok: true, sessionVersion: result.sessionVersion };
  } catch (error) {
    console.error('revokeUserSessionsAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
