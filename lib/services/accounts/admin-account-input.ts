import type { z } from 'zod';
import { can, type Actor } from '@/lib/auth/policy';
import { fieldErrorsOf } from '@/lib/validation/user-access';
import type { ServiceError } from '../result';

/** A refusal of the account-administration services: a code, and per-field codes for the form. */
export type AdminAccountRefusal = { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

export const adminRefusal = (code: string, extra: Omit<ServiceError, 'code'> = {}): AdminAccountRefusal => ({
  ok: false,
  error: { code, ...extra },
  fieldErrors: extra.field ? { [extra.field]: code } : {},
});

/**
 * What every account-administration service checks before it opens a transaction: the input
 * re-validated with the form's own schema (callers other than the server action get the same
 * rules), the actor an ADMIN allowed to change this account, and never their own account (no
 * self-demotion, no self-lockout). The services re-check the actor under their row locks.
 */
export function adminAccountInput<S extends z.ZodType<{ userId: string }>>(
  schema: S,
  rawInput: unknown,
  actor: Actor,
): { ok: true; input: z.output<S> } | AdminAccountRefusal {
  const parsed = schema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  if (actor.role !== 'ADMIN') return adminRefusal('forbidden');
  if (actor.id === input.userId) return adminRefusal('selfChange');
  if (!can(actor, 'change-role', { type: 'user', id: input.userId })) return adminRefusal('forbidden');
  return { ok: true, input };
}
