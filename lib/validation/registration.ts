import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { binProblem } from './kz-identifiers';

// Messages are i18n keys under `errors.*`; the form and the server show the same text.
// Registerable legal forms are those of non-commercial organisations; political parties,
// trade unions and religious associations are listed so that the refusal can name the
// reason (DB-8, EL-1) instead of silently hiding the option.
export const REGISTRATION_LEGAL_FORMS = [
  'PUBLIC_ASSOCIATION',
  'FOUNDATION',
  'INSTITUTION',
  'ASSOCIATION_OF_LEGAL_ENTITIES',
  'NON_COMMERCIAL_JSC',
  'CONSUMER_COOPERATIVE',
  'AUTONOMOUS_EDUCATION_ORGANIZATION',
  'CONDOMINIUM_ASSOCIATION',
  'OTHER',
  'POLITICAL_PARTY',
  'TRADE_UNION',
  'RELIGIOUS_ASSOCIATION',
] as const;

export const PASSWORD_MIN_LENGTH = 10;

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

export const registrationSchema = z
  .object({
    bin: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem = binProblem(value);
        if (problem === 'FORMAT') ctx.addIssue({ code: 'custom', message: 'binFormat' });
        else if (problem) ctx.addIssue({ code: 'custom', message: 'binChecksum' });
      }),
    legalForm: z.enum(REGISTRATION_LEGAL_FORMS, { message: 'required' }),
    nameKk: text(300),
    nameRu: text(300),
    regionCode: z.string().trim().min(1, 'required').max(20, 'tooLong'),
    fullName: text(200),
    email: z.string().trim().toLowerCase().max(254, 'tooLong').pipe(z.email('email')),
    password: z.string().min(PASSWORD_MIN_LENGTH, 'passwordTooShort').max(200, 'tooLong'),
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'passwordMismatch' });

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;
