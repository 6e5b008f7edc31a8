import { z } from 'zod';
import '@/lib/validation/zod-errors';

/** A comment or proposal on a planned topic (F-3.1 discussion); the form, the action and the service share it. */
export const topicCommentSchema = z.object({
  topicId: z.string().min(1),
  text: z.string().trim().min(10, 'commentTooShort').max(4000, 'commentTooLong'),
  /** Only for a citizen who is not signed in (PlanTopicComment.authorName). */
  authorName: z.string().trim().max(200, 'nameTooLong').optional().default(''),
});
export type TopicCommentInput = z.input<typeof topicCommentSchema>;
