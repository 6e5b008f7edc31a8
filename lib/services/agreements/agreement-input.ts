/**
 * The zod schemas of the agreement forms; the server actions parse FormData with them and the
 * services re-parse (callers other than the actions get the same rules). Error messages are
 * i18n keys under `agreements.errors`.
 */
import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { ibanOk } from '@/lib/validation/forms/common';

const bicOk = (v: string) => /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v.trim().toUpperCase());

const isoDay = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');
const tenge = z.string().trim().regex(/^\d{1,15}$/, 'invalidAmount');
const id = z.string().trim().min(1, 'required').max(100);

export const generateAgreementSchema = z.object({
  applicationId: id,
  periodStart: isoDay,
  periodEnd: isoDay,
  interimDueOn: isoDay,
  finalDueOn: isoDay,
  prepaymentKzt: tenge,
  interimTrancheKzt: tenge,
  finalTrancheKzt: tenge,
});
export type GenerateAgreementValues = z.input<typeof generateAgreementSchema>;

export const requisitesInputSchema = z.object({
  agreementId: id,
  expectedVersion: z.coerce.number().int().nonnegative(),
  bankName: z.string().trim().min(1, 'required').max(300, 'tooLong'),
  iban: z
    .string()
    .trim()
    .min(1, 'required')
    .max(40, 'tooLong')
    .refine((v) => ibanOk(v), 'invalidIban'),
  bic: z
    .string()
    .trim()
    .min(1, 'required')
    .max(11, 'tooLong')
    .refine((v) => bicOk(v), 'invalidBic'),
  address: z.string().trim().min(1, 'required').max(500, 'tooLong'),
  fullName: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  position: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  basis: z.string().trim().min(1, 'required').max(300, 'tooLong'),
});
export type RequisitesValues = z.input<typeof requisitesInputSchema>;

export const amendAgreementSchema = z.object({
  agreementId: id,
  expectedVersion: z.coerce.number().int().nonnegative(),
  reason: z.string().trim().min(3, 'required').max(2000, 'tooLong'),
  amountKzt: tenge,
  periodEnd: isoDay,
  interimDueOn: isoDay,
  finalDueOn: isoDay,
  /** Amounts of the tranches not released yet, by seq: `tranche_<seq>`. */
  tranches: z.record(z.string().regex(/^\d+$/), tenge),
});
export type AmendAgreementValues = z.input<typeof amendAgreementSchema>;

export const returnAmountSchema = z.object({
  trancheId: id,
  amountKzt: tenge,
  comment: z.string().trim().max(1000, 'tooLong').optional().default(''),
});
export type ReturnAmountValues = z.input<typeof returnAmountSchema>;

/** First issue per field, as `{ field: code }`. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? 'form')] ??= issue.message;
  return out;
}
