import { z } from 'zod';
import { priorityCategorySchema } from './creative-order-input';

export type PriorityCategory = z.output<typeof priorityCategorySchema>;

/** The priority categories stored in a creative-order plan's settings (empty when none / malformed). */
export function planPriorityCategories(settings: unknown): PriorityCategory[] {
  const parsed = z.object({ priorityCategories: z.array(priorityCategorySchema) }).safeParse(settings);
  return parsed.success ? parsed.data.priorityCategories : [];
}
