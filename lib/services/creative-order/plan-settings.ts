import { z } from 'zod';
import { priorityCategorySchema } from './creative-order-input';

export type PriorityCategory = z.output<typeof priorityCategorySchema>;

/** The priority categories stored in a creative-order plan's settings (empty when none / malformed). */
export function planPriorityCategories(settings: unknown): PriorityCategory[] {
  const parsed = z.object({ priorityCategories: z.array(priorityCategorySchema) }).safeParse(settings);
  return parsed.success ? parsed.data.priorityCategories : [];
}

const storedDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().catch(null);
const datesSchema = z.object({
  draftPublishedOn: storedDate.default(null),
  approvedOn: storedDate.default(null),
  approvedPublishedOn: storedDate.default(null),
  volumePlacedOn: storedDate.default(null),
  extraFunds: z
    .array(z.object({ amountKzt: z.number().int(), approvedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), placedOn: storedDate.default(null) }))
    .catch([])
    .default([]),
});
export type CreativePlanStoredDates = z.output<typeof datesSchema>;

/** CO-2 dates stored in a creative-order plan's settings (nulls when none / malformed). */
export function planDates(settings: unknown): CreativePlanStoredDates {
  const dates = (settings as { dates?: unknown } | null)?.dates;
  const parsed = datesSchema.safeParse(dates ?? {});
  return parsed.success ? parsed.data : { draftPublishedOn: null, approvedOn: null, approvedPublishedOn: null, volumePlacedOn: null, extraFunds: [] };
}

/** The budget places may use: the approved volume plus the additional funds already placed (seed 002 L49–55). */
export function planBudgetTotal(budgetKzt: bigint, settings: unknown): bigint {
  return planDates(settings).extraFunds.reduce((sum, f) => (f.placedOn ? sum + BigInt(f.amountKzt) : sum), budgetKzt);
}
