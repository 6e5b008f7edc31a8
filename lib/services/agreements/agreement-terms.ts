/**
 * The structured terms of an agreement revision (AgreementRevision.terms): the parties, the
 * project's activities and indicators copied from the winning application, the reporting
 * schedule, the tranche plan, and — filled by the NGO while the agreement is SENT_TO_NGO —
 * its bank requisites and signatory. Parsed with zod whenever read (JSON is untrusted).
 */
import { z } from 'zod';

const text = z.object({ kk: z.string(), ru: z.string() });
export type BilingualText = z.infer<typeof text>;

export const requisitesSchema = z.object({
  bankName: z.string(),
  iban: z.string(),
  bic: z.string(),
  address: z.string(),
});
export const signatorySchema = z.object({
  fullName: z.string(),
  position: z.string(),
  basis: z.string(),
});

export const TRANCHE_CONDITIONS = ['SIGNING', 'INTERIM_REPORT', 'FINAL_REPORT'] as const;
export type TrancheCondition = (typeof TRANCHE_CONDITIONS)[number];

export const agreementTermsSchema = z.object({
  kind: z.enum(['GRANT', 'SOCIAL_ORDER']),
  competition: z.object({ code: z.string().nullable(), title: text }),
  lot: text.nullable(),
  projectTitle: text,
  operator: z.object({ name: text, bin: z.string(), address: z.string().nullable() }),
  ngo: z.object({ name: text, bin: z.string() }),
  amountKzt: z.number().int().nonnegative(),
  periodStart: z.string(),
  periodEnd: z.string(),
  activities: z.array(z.object({ title: text, timing: z.string(), place: z.string(), result: z.string() })),
  indicators: z.array(z.object({ level: z.string().nullable(), kind: z.string().nullable(), name: text, unit: z.string(), baseline: z.string().nullable(), target: z.string() })),
  reporting: z.array(z.object({ kind: z.enum(['INTERIM', 'FINAL']), periodStart: z.string(), periodEnd: z.string(), dueOn: z.string() })),
  tranches: z.array(z.object({ seq: z.number().int().positive(), amountKzt: z.number().int().positive(), isPrepayment: z.boolean(), plannedOn: z.string(), condition: z.enum(TRANCHE_CONDITIONS) })),
  requisites: requisitesSchema.nullable(),
  signatory: signatorySchema.nullable(),
});
export type AgreementTerms = z.infer<typeof agreementTermsSchema>;

export function parseTerms(value: unknown): AgreementTerms | null {
  const r = agreementTermsSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** The signatures recorded on a revision (AgreementRevision.signatures). */
export const signatureRecordSchema = z.object({
  side: z.enum(['NGO', 'OPERATOR']),
  locale: z.enum(['kk', 'ru']),
  method: z.string(),
  signedAt: z.string(),
  sha256: z.string(),
  signerId: z.string(),
});
export type SignatureRecord = z.infer<typeof signatureRecordSchema>;

export function parseSignatures(value: unknown): SignatureRecord[] {
  const r = z.array(signatureRecordSchema).safeParse(value);
  return r.success ? r.data : [];
}
