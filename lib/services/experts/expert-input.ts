import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation/registration';

/**
 * The expert register forms (GC-5..GC-7), as the browser sends them and the server actions
 * and services parse them (one schema each). Error messages are keys under `experts.errors.*`.
 */
export const NOMINATION_SOURCES = ['NGO', 'OPERATOR', 'SELF'] as const;
export const EXPERT_LOCALES = ['kk', 'ru', 'en'] as const;
export const MAX_YEARS = 70;

// Idempotent (null in, null out): the form's parsed values may be parsed again by the server action.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .nullable()
    .transform((v) => (v === '' || v === null ? null : v));
const orgIds = z.array(z.string().min(1).max(64)).max(50, 'tooMany').default([]);

const profileShape = {
  fullName: z.string().trim().min(2, 'required').max(200, 'tooLong'),
  nominationSource: z.enum(NOMINATION_SOURCES, { message: 'required' }),
  /** GC-6 / GC-8: the NGO that nominated the expert (required for NGO nominations). */
  nominatedByOrganizationId: z
    .string()
    .max(64)
    .nullable()
    .transform((v) => (v === '' ? null : v)),
  employerName: optionalText(300),
  position: optionalText(300),
  /** GC-9: operator employees are in the register but barred from commissions. */
  operatorEmployee: z.boolean(),
  /** GC-7: directions with years of experience in each. */
  directions: z
    .array(
      z.object({
        directionId: z.string().min(1, 'required').max(64),
        years: z.number({ message: 'yearsRequired' }).int('yearsRequired').min(0, 'yearsRange').max(MAX_YEARS, 'yearsRange'),
      }),
    )
    .min(1, 'directionRequired')
    .max(17, 'tooMany'),
};

type ProfileLike = { nominationSource: string; nominatedByOrganizationId: string | null; directions: { directionId: string }[] };
function checkProfile(v: ProfileLike, ctx: z.RefinementCtx) {
  if (v.nominationSource === 'NGO' && !v.nominatedByOrganizationId) ctx.addIssue({ code: 'custom', path: ['nominatedByOrganizationId'], message: 'nominatorRequired' });
  const seen = new Set<string>();
  v.directions.forEach((d, i) => {
    if (seen.has(d.directionId)) ctx.addIssue({ code: 'custom', path: ['directions', i, 'directionId'], message: 'duplicateDirection' });
    seen.add(d.directionId);
  });
}

/** Staff enter a new expert and send the invitation (name, e-mail, directions/years, nominator, employer). */
export const inviteExpertSchema = z
  .object({
    ...profileShape,
    email: z.string().trim().toLowerCase().max(254, 'tooLong').pipe(z.email('email')),
    locale: z.enum(EXPERT_LOCALES).default('kk'),
  })
  .superRefine(checkProfile);
export type InviteExpertInput = z.output<typeof inviteExpertSchema>;
export type InviteExpertFormValues = z.input<typeof inviteExpertSchema>;

/** Staff edit a register entry (optimistic lock on Expert.version). */
export const updateExpertSchema = z
  .object({
    ...profileShape,
    expertId: z.string().min(1).max(64),
    expectedVersion: z.number().int().min(0),
    /** CI-1: organisations the expert belongs to (staff, founder, board, member). */
    affiliatedOrganizationIds: orgIds,
    /** CI-1: organisations a declared relative belongs to. */
    relativesOrganizationIds: orgIds,
  })
  .superRefine(checkProfile);
export type UpdateExpertInput = z.output<typeof updateExpertSchema>;
export type UpdateExpertFormValues = z.input<typeof updateExpertSchema>;

/** The invited expert sets their password (argon2id). */
export const expertPasswordSchema = z
  .object({
    password: z.string().min(PASSWORD_MIN_LENGTH, 'passwordTooShort').max(200, 'tooLong'),
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'passwordMismatch' });
export type ExpertPasswordInput = z.output<typeof expertPasswordSchema>;

/** A ServiceResult refusal with the form's field errors (first message per field). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path.map(String).join('.') || 'form'] ??= issue.message;
  return out;
}
