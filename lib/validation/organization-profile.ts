import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { LEGAL_FORMS, isIneligibleLegalForm } from '@/lib/rules';
import { kzIbanProblem, normalizeIban } from './iban';
import { binProblem, iinProblem } from './kz-identifiers';
import { PASSWORD_MIN_LENGTH } from './registration';

// The organisation's legal data as the NGO edits it on /ngo/profile. The same schema runs
// in the browser (react-hook-form + zodResolver) and in the server action. Messages are
// i18n keys: first looked up in `orgErrors`, then in the shared `errors`.
// The BIN is not here: it identifies the organisation and never changes after registration.

/** Legal forms offered in the select. The non-NGO ones stay listed so the refusal can name the reason (DB-8, EL-1). */
export const PROFILE_LEGAL_FORMS = LEGAL_FORMS;

export const FOUNDER_KINDS = ['PERSON', 'ENTITY'] as const;
export type FounderKind = (typeof FOUNDER_KINDS)[number];

export const MAX_ACTIVITY_TYPES = 30;
export const MAX_FOUNDERS = 50;

const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
/** Optional text: empty becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .transform((v) => (v === '' ? null : v));

const optionalPattern = (pattern: RegExp, message: string, max = 100, normalize: (v: string) => string = (v) => v) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .transform(normalize)
    .refine((v) => v === '' || pattern.test(v), message)
    .transform((v) => (v === '' ? null : v));

const optionalIin = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') return;
    const problem = iinProblem(value);
    if (problem === 'FORMAT') ctx.addIssue({ code: 'custom', message: 'iinFormat' });
    else if (problem) ctx.addIssue({ code: 'custom', message: 'iinChecksum' });
  })
  .transform((v) => (v === '' ? null : v));

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validCalendarDate = (value: string) => {
  if (!isoDate.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900;
};

export const founderSchema = z
  .object({
    /** Existing OrganizationPerson row, or '' for a new founder. */
    id: z.string().max(40),
    kind: z.enum(FOUNDER_KINDS, { message: 'required' }),
    fullName: requiredText(300),
    /** ИИН of a natural person or БИН of a legal entity, depending on `kind`. */
    identifier: z.string().trim(),
    /** Whole percent, optional (public associations have members, not shares). */
    sharePercent: z
      .string()
      .trim()
      .refine((v) => v === '' || (/^\d{1,3}$/.test(v) && Number(v) <= 100), 'shareRange')
      .transform((v) => (v === '' ? null : Number(v))),
  })
  .superRefine((founder, ctx) => {
    if (founder.identifier === '') {
      ctx.addIssue({ code: 'custom', path: ['identifier'], message: 'required' });
      return;
    }
    if (founder.kind === 'PERSON') {
      const problem = iinProblem(founder.identifier);
      if (problem) ctx.addIssue({ code: 'custom', path: ['identifier'], message: problem === 'FORMAT' ? 'iinFormat' : 'iinChecksum' });
    } else {
      const problem = binProblem(founder.identifier);
      if (problem) ctx.addIssue({ code: 'custom', path: ['identifier'], message: problem === 'FORMAT' ? 'binFormat' : 'binChecksum' });
    }
  });

export const organizationProfileSchema = z.object({
  /** Concurrency token: the organisation's updatedAt as loaded by the form (ISO instant). */
  updatedAt: z.string().min(1, 'required').refine((v) => !Number.isNaN(Date.parse(v)), 'required'),

  legalForm: z
    .enum(PROFILE_LEGAL_FORMS, { message: 'required' })
    // DB-8 / EL-1: political parties, trade unions, religious associations (and state institutions) are not NGOs.
    .refine((form) => !isIneligibleLegalForm(form), 'legalFormNotNgo'),
  nameKk: requiredText(300),
  nameRu: requiredText(300),
  registeredOn: z
    .string()
    .trim()
    .refine((v) => v === '' || validCalendarDate(v), 'dateFormat')
    .transform((v) => (v === '' ? null : v)),

  charterSubjectKk: optionalText(4000),
  charterSubjectRu: optionalText(4000),
  charterPurposeKk: optionalText(4000),
  charterPurposeRu: optionalText(4000),
  activityTypes: z.array(z.object({ value: requiredText(500) })).max(MAX_ACTIVITY_TYPES, 'tooMany'),

  regionCode: z.string().trim().min(1, 'required').max(20, 'tooLong'),
  legalAddress: optionalText(500),
  actualAddress: optionalText(500),
  phone: optionalPattern(/^\+?[0-9][0-9 ()-]{5,19}$/, 'phoneFormat', 30),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'tooLong')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'email')
    .transform((v) => (v === '' ? null : v)),
  website: optionalPattern(/^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]{2,}$/i, 'urlFormat', 300),

  headFullName: requiredText(200),
  headPosition: optionalText(200),
  headIin: optionalIin,

  founders: z
    .array(founderSchema)
    .max(MAX_FOUNDERS, 'tooMany')
    .superRefine((founders, ctx) => {
      const total = founders.reduce((sum, f) => sum + (f.sharePercent ?? 0), 0);
      if (total > 100) ctx.addIssue({ code: 'custom', message: 'sharesOver100' });
      const seen = new Set<string>();
      founders.forEach((f, i) => {
        if (f.identifier === '') return;
        if (seen.has(f.identifier)) ctx.addIssue({ code: 'custom', path: [i, 'identifier'], message: 'duplicateFounder' });
        seen.add(f.identifier);
      });
    }),

  bankName: optionalText(300),
  // ЖСК/ИИК: KZ + 2 check digits + 16 alphanumerics, ISO 13616 mod-97.
  iban: z
    .string()
    .transform(normalizeIban)
    .superRefine((value, ctx) => {
      if (value === '') return;
      const problem = kzIbanProblem(value);
      if (problem === 'FORMAT') ctx.addIssue({ code: 'custom', message: 'ibanFormat' });
      else if (problem) ctx.addIssue({ code: 'custom', message: 'ibanChecksum' });
    })
    .transform((v) => (v === '' ? null : v)),
  // БСК/БИК: 4 letters (bank) + 2 letters (country) + 2 alphanumerics (location) + optional 3 (branch).
  bic: optionalPattern(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'bicFormat', 11, (v) => v.toUpperCase()),
  // КБе: beneficiary code, 2 digits (residency + economic sector).
  kbe: optionalPattern(/^\d{2}$/, 'kbeFormat', 2),
});

export type OrganizationProfileInput = z.input<typeof organizationProfileSchema>;
export type OrganizationProfile = z.output<typeof organizationProfileSchema>;
export type FounderInput = z.input<typeof founderSchema>;

/** Dotted field path of a zod issue, as react-hook-form names fields (founders.0.identifier). */
export const issuePath = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : 'form');

// ── Cabinet users and registry flags (kept beside the profile schema: same feature) ──

/** The head invites a staff member by e-mail. */
export const staffInvitationSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, 'tooLong').pipe(z.email('email')),
});
export type StaffInvitationInput = z.input<typeof staffInvitationSchema>;

/** The invitee creates an account; the e-mail is fixed by the invitation. */
export const invitationAccountSchema = z
  .object({
    fullName: requiredText(200),
    password: z.string().min(PASSWORD_MIN_LENGTH, 'passwordTooShort').max(200, 'tooLong'),
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'passwordMismatch' });
export type InvitationAccountInput = z.input<typeof invitationAccountSchema>;
export type InvitationAccount = z.output<typeof invitationAccountSchema>;

/** Operator staff set or clear one EL-1 flag, always with a reason. */
export const statusFlagChangeSchema = z.object({
  flag: z.enum(['inLiquidation', 'bankrupt', 'propertyArrested', 'activitySuspended'], { message: 'required' }),
  value: z.boolean(),
  reason: z.string().trim().min(5, 'reasonRequired').max(2000, 'tooLong'),
});
export type StatusFlagChangeInput = z.input<typeof statusFlagChangeSchema>;
export type StatusFlagChange = z.output<typeof statusFlagChangeSchema>;
