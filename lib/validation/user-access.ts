import { z } from 'zod';
import '@/lib/validation/zod-errors';

/** Every role an account can hold (prisma enum Role). */
export const USER_ROLES = ['NGO', 'OPERATOR', 'EXPERT', 'ADMIN'] as const;
/**
 * The roles an administrator assigns by hand. NGO comes from an organisation membership and
 * EXPERT from the expert register, so an account is never moved into or out of those here.
 */
export const ASSIGNABLE_ROLES = ['OPERATOR', 'ADMIN'] as const;

/** Why the administrator changes the account: kept in the audit trail (5..500 characters). */
export const accessReasonSchema = z.string().trim().min(5, 'reasonTooShort').max(500, 'reasonTooLong');

/**
 * An administrator's change of an account's role and/or active flag, as the form sends it and
 * the server action parses it (one schema for both). `expectedSessionVersion` is the value of
 * User.sessionVersion the form was rendered with: the optimistic-lock token (User has no
 * `version` column; every access change bumps sessionVersion). Messages are keys under
 * `admin.errors.*`.
 */
export const changeUserAccessSchema = z.object({
  userId: z.string().min(1, 'required').max(64, 'tooLong'),
  expectedSessionVersion: z.number().int().min(0),
  role: z.enum(USER_ROLES),
  active: z.boolean(),
  reason: accessReasonSchema,
});
export type ChangeUserAccessInput = z.output<typeof changeUserAccessSchema>;
export type ChangeUserAccessFormValues = z.input<typeof changeUserAccessSchema>;

/** "End all sessions" of an account (a lost laptop, a leaked password): only a reason. */
export const revokeUserSessionsSchema = z.object({
  userId: z.string().min(1, 'required').max(64, 'tooLong'),
  reason: accessReasonSchema,
});
export type RevokeUserSessionsInput = z.output<typeof revokeUserSessionsSchema>;
export type RevokeUserSessionsFormValues = z.input<typeof revokeUserSessionsSchema>;

/** The first message per field of a failed parse: { field: i18n code }. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
  return fieldErrors;
}
