/** What an agreement server action returns to its form or button. */
export type AgreementActionState =
  | { ok: true; redirectTo?: string }
  | { ok: false; fieldErrors: Record<string, string>; formError: string; params?: Record<string, string | number> };

export const actionFailure = (
  formError: string,
  fieldErrors: Record<string, string> = {},
  params?: Record<string, string | number>,
): AgreementActionState => ({ ok: false, fieldErrors, formError, ...(params ? { params } : {}) });
