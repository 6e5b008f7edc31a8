'use server';

import { db } from '@/lib/db';
import { requestContext } from '@/lib/auth/request-context';
import { registerNgo } from '@/lib/services/accounts/register-ngo';
import { registrationSchema } from '@/lib/validation/registration';

export type RegisterState =
  | { ok: true }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

/**
 * Registration of an NGO and its head. Anyone may call it (it is how an account comes
 * to exist), so everything is re-validated here with the same schema as the form.
 */
export async function registerNgoAction(input: unknown): Promise<RegisterState> {
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }
  try {
    const result = await registerNgo(db, parsed.data, await requestContext());
    if (result.ok) return { ok: true };
    return { ok: false, fieldErrors: result.error.field ? { [result.error.field]: result.error.code } : {}, formError: result.error.field ? undefined : result.error.code };
  } catch (error) {
    console.error('registerNgoAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
