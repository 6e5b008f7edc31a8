import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { ADMISSION_REASON_CODES, type AdmissionReasonCode } from '@/lib/rules';

const reasonCodes = ADMISSION_REASON_CODES as readonly [AdmissionReasonCode, ...AdmissionReasonCode[]];

/**
 * The operator's admission decision, as the form sends it and the server action parses it
 * (one schema for both). R1–R4: NOT admitted only with at least one reason AND a comment
 * the NGO will read (L1197–1203). Error messages are keys under `admission.errors.*`.
 */
export const decideAdmissionInputSchema = z
  .object({
    applicationId: z.string().min(1),
    expectedVersion: z.number().int().min(0),
    admitted: z.boolean(),
    reasons: z.array(z.enum(reasonCodes)).default([]),
    comment: z.string().trim().max(4000, 'commentTooLong').default(''),
  })
  .superRefine((value, ctx) => {
    // Admitted: no grounds (the service records none even if some were ticked and then the choice changed).
    if (value.admitted) return;
    if (value.reasons.length === 0) ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'reasonRequired' });
    if (value.comment.length === 0) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'commentRequired' });
  });

export type DecideAdmissionInput = z.output<typeof decideAdmissionInputSchema>;
export type DecideAdmissionFormValues = z.input<typeof decideAdmissionInputSchema>;
