import { z } from 'zod';
import '@/lib/validation/zod-errors';

/** The operator's review action on a report (start the review, return with comments per section, accept). */
export const reviewReportInputSchema = z.object({
  reportId: z.string().min(1).max(40),
  expectedVersion: z.number().int().min(0),
  decision: z.enum(['START_REVIEW', 'RETURN', 'ACCEPT'], { error: 'invalidDecision' }),
  comments: z
    .array(z.object({ sectionKey: z.string().min(1).max(40), comment: z.string().max(4000, 'commentTooLong') }))
    .max(30)
    .default([]),
});
export type ReviewReportInput = z.input<typeof reviewReportInputSchema>;
