/**
 * The award nomination (F-A1..F-A3 + recommendations, AW-14) and the operator's laureate
 * choice, as zod schemas shared by the forms, the server actions and the services.
 * Field errors are i18n keys under `awards.errors.*`. The number of recommendations is NOT
 * a schema rule: AW-14 (≥ 2, a competition setting) is decided by lib/rules checkEligibility.
 */
import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { kzIbanProblem, normalizeIban } from '@/lib/validation/iban';
import { isValidBin } from '@/lib/validation/kz-identifiers';

const text = (max = 2000) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');

/** F-A1 — application to take part in the award competition. */
export const awardAnnex1Schema = z.object({
  addressee: text(300),
  applicantName: text(500),
  fillDate: isoDate,
  signatory: z.object({ fullName: text(200), position: text(200) }),
});

/** F-A2 — applicant card, with the bank details the award is paid to (AW-10). */
export const awardAnnex2Schema = z.object({
  legalName: text(500),
  registrationDate: isoDate,
  bin: z.string().trim().refine(isValidBin, 'invalidBin'),
  legalAddress: text(500),
  actualAddress: text(500),
  activitySubject: text(),
  activityPurpose: text(),
  head: z.object({ fullName: text(200), position: text(200), phone: text(50), email: z.email('invalidEmail') }),
  bank: z.object({ name: text(300), bic: z.string().trim().regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/, 'invalidBic'), iban: z.string().transform(normalizeIban).refine((v) => kzIbanProblem(v) === null, 'invalidIban') }),
});

/** F-A3 — description of the candidate's activity. */
export const awardAnnex3Schema = z.object({
  contribution: text(8000),
  experienceProjects: z.array(z.object({ name: text(500), period: text(100), results: text(4000) })).min(1, 'required'),
  innovations: text(8000),
});

/** AW-14: a recommendation from the community or a state body WITH contact details (phone or e-mail). */
export const awardRecommendationSchema = z
  .object({
    authorName: text(200),
    authorPosition: z.string().trim().max(200, 'tooLong').optional(),
    authorOrganization: text(300),
    authorKind: z.enum(['NGO', 'STATE_BODY', 'OTHER']),
    phone: z.string().trim().max(50, 'tooLong').optional(),
    email: z.union([z.email('invalidEmail'), z.literal('')]).optional(),
    issuedOn: isoDate.optional(),
  })
  .refine((r) => Boolean(r.phone?.trim()) || Boolean(r.email?.trim()), { message: 'contactRequired', path: ['phone'] });

export const submitAwardNominationSchema = z.object({
  competitionId: z.string().min(1, 'required'),
  /** The direction = a lot of the award competition. */
  lotId: z.string().min(1, 'required'),
  organizationId: z.string().min(1, 'required'),
  annex1: awardAnnex1Schema,
  annex2: awardAnnex2Schema,
  annex3: awardAnnex3Schema,
  recommendations: z.array(awardRecommendationSchema).max(20, 'tooMany'),
});
export type SubmitAwardNominationInput = z.input<typeof submitAwardNominationSchema>;

export const selectAwardLaureatesSchema = z.object({
  lotId: z.string().min(1, 'required'),
  /** Laureates in rank order (the first gets the remainder tenge, AW-S). */
  applicationIds: z.array(z.string().min(1)).min(1, 'laureateRequired').max(15, 'tooMany'),
  version: z.number().int().nonnegative().optional(),
});
export type SelectAwardLaureatesInput = z.input<typeof selectAwardLaureatesSchema>;

export const recordAwardPaymentSchema = z.object({ laureateId: z.string().min(1, 'required') });

/** First issue of a zod error as { field path, i18n code }. */
export function firstIssue(error: z.ZodError): { field: string; code: string } {
  const issue = error.issues[0];
  return { field: issue ? issue.path.join('.') || 'form' : 'form', code: issue?.message ?? 'invalidInput' };
}
