import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { ALMATY_LOCAL_RE } from '@/lib/services/competitions/almaty-input';

/**
 * The strategic-partnership forms (seed 000), as the browser sends them and the server
 * actions and services parse them (one schema each). Error messages are keys under
 * `strategicPartnership.errors.*`.
 */
const id = z.string().trim().min(1, 'required').max(64);
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const intIn = (min: number, max: number) => z.number({ message: 'number' }).int('integer').min(min, 'outOfRange').max(max, 'outOfRange');

/**
 * Seed 000 L102–106: the selection criteria are defined per competition (the letter names
 * none), so the operator writes them: an id, kk/ru titles and an integer range.
 */
export const spCriterionSchema = z
  .object({
    id: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'criterionId'),
    titleKk: required(500),
    titleRu: required(500),
    min: intIn(0, 100),
    max: intIn(1, 100),
  })
  .refine((c) => c.min < c.max, { path: ['max'], message: 'minAboveMax' });

export const createStrategicPartnershipSchema = z.object({
  /** The central executive body that runs the selection (seed 000 L86). */
  organizerId: id,
  year: intIn(2000, 2100),
  titleKk: required(500),
  titleRu: required(500),
  titleEn: z.string().trim().max(500, 'tooLong').default(''),
  descriptionKk: z.string().trim().max(10_000, 'tooLong').default(''),
  descriptionRu: z.string().trim().max(10_000, 'tooLong').default(''),
  /** Almaty wall time 'YYYY-MM-DDTHH:MM' (DL-1). */
  deadlineAt: z.union([z.literal(''), z.string().trim().regex(ALMATY_LOCAL_RE, 'dateTime')]).default(''),
  /** Budget of the state order for the partnership, integer tenge. */
  budgetKzt: z.number({ message: 'number' }).int('integer').min(0, 'outOfRange').max(Number.MAX_SAFE_INTEGER, 'outOfRange'),
  criteria: z
    .array(spCriterionSchema)
    .min(1, 'criteriaMissing')
    .max(30, 'tooMany')
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'duplicateCriterion'),
  /** SC-2: how the members' totals are combined. */
  aggregation: z.enum(['MEAN', 'SUM']).default('MEAN'),
});
export type CreateStrategicPartnershipInput = z.output<typeof createStrategicPartnershipSchema>;
export type CreateStrategicPartnershipFormValues = z.input<typeof createStrategicPartnershipSchema>;

export const spCompetitionStepSchema = z.object({ competitionId: id, expectedVersion: z.number().int().min(0) });
export type SpCompetitionStepInput = z.output<typeof spCompetitionStepSchema>;

/** First error per field path ("criteria.2.max"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join('.') || 'form'] ??= issue.message;
  return out;
}
