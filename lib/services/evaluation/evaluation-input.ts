import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { EVALUATION_CRITERIA, EVALUATION_SCORE_MAX, EVALUATION_SCORE_MIN } from '@/lib/rules/evaluation';

const id = z.string().min(1);

export const formCouncilSchema = z.object({
  agreementId: id,
  expertIds: z.array(id).min(1, 'evaluation.errors.noMembers').max(15, 'evaluation.errors.tooManyMembers'),
  expectedVersion: z.coerce.number().int().min(0),
});
export type FormCouncilFormValues = z.input<typeof formCouncilSchema>;

export const evaluationDeclarationSchema = z
  .object({
    evaluationId: id,
    hasConflict: z.boolean({ error: 'evaluation.errors.chooseConflict' }),
    reason: z.string().trim().max(2000, 'evaluation.errors.tooLong').default(''),
  })
  .refine((v) => !v.hasConflict || v.reason.length >= 3, { path: ['reason'], message: 'evaluation.errors.reasonRequired' });
export type EvaluationDeclarationFormValues = z.input<typeof evaluationDeclarationSchema>;

const point = z.coerce
  .number({ error: 'evaluation.errors.score' })
  .int('evaluation.errors.score')
  .min(EVALUATION_SCORE_MIN, 'evaluation.errors.score')
  .max(EVALUATION_SCORE_MAX, 'evaluation.errors.score');

export const evaluationScoreSchema = z.object({
  evaluationId: id,
  scores: z.object(Object.fromEntries(EVALUATION_CRITERIA.map((k) => [k, point])) as Record<(typeof EVALUATION_CRITERIA)[number], typeof point>),
  comment: z.string().trim().max(4000, 'evaluation.errors.tooLong').default(''),
});
export type EvaluationScoreFormValues = z.input<typeof evaluationScoreSchema>;

const reportText = z.string().trim().min(20, 'evaluation.errors.reportText').max(20000, 'evaluation.errors.tooLong');

export const publishReportSchema = z.object({
  evaluationId: id,
  summaryKk: reportText,
  summaryRu: reportText,
  expectedVersion: z.coerce.number().int().min(0),
});
export type PublishReportFormValues = z.input<typeof publishReportSchema>;

export const commentSchema = z.object({
  evaluationId: id,
  text: z.string().trim().min(5, 'evaluation.errors.commentText').max(4000, 'evaluation.errors.tooLong'),
});
export type CommentFormValues = z.input<typeof commentSchema>;

export const respondSchema = z.object({
  commentId: id,
  accepted: z.boolean({ error: 'evaluation.errors.chooseDecision' }),
  response: z.string().trim().min(5, 'evaluation.errors.responseText').max(4000, 'evaluation.errors.tooLong'),
});
export type RespondFormValues = z.input<typeof respondSchema>;

export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path.map(String).join('.') || 'form'] ??= issue.message;
  return out;
}
