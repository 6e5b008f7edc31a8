// What a service returns: a business refusal is a value the page can show (its `code`
// is an i18n key under `errors.*`), never a thrown exception.
export type ServiceError = { code: string; field?: string; params?: Record<string, string | number> };
export type ServiceResult<T> = ({ ok: true } & T) | { ok: false; error: ServiceError };

export const refuse = (code: string, extra: Omit<ServiceError, 'code'> = {}): { ok: false; error: ServiceError } => ({
  ok: false,
  error: { code, ...extra },
});
