import { z } from 'zod';
import '@/lib/validation/zod-errors';

/**
 * A topic (lot) of a grant plan as staff type it (§4.4 stage 1): titles in Kazakh and
 * Russian, direction, region (empty = whole country), goal, expected result, budget in
 * whole tenge (typed as digits, stored as BigInt). One schema for the form and the server
 * action; messages are keys under `competitionSetup.errors.*`.
 */
const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
export const tengeDigits = z
  .string()
  .trim()
  .min(1, 'required')
  .regex(/^\d+$/, 'integer')
  // The regex issue does not abort the chain, so the refinement must not trust `v` to be
  // digits: BigInt('\u0000') would throw instead of refusing (R2 fuzzing found it).
  .refine((v) => !/^\d+$/.test(v) || (v.length <= 13 && BigInt(v) > 0n), 'positiveAmount');

export const planTopicSchema = z.object({
  planId: z.string().min(1),
  /** Empty for a new topic. */
  topicId: z.string().default(''),
  /** Optimistic lock of an edit: the topic's updatedAt as loaded (ISO). */
  expectedUpdatedAt: z.string().default(''),
  titleKk: required(500),
  titleRu: required(500),
  directionId: z.string().min(1, 'required'),
  regionId: z.string().default(''),
  goalKk: text(4000).default(''),
  goalRu: text(4000).default(''),
  expectedResultKk: text(4000).default(''),
  expectedResultRu: text(4000).default(''),
  budgetKzt: tengeDigits,
});

export type PlanTopicInput = z.output<typeof planTopicSchema>;
export type PlanTopicFormValues = z.input<typeof planTopicSchema>;
