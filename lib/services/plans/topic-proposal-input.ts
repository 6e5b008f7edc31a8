import { z } from 'zod';
import '@/lib/validation/zod-errors';

/**
 * An NGO's topic proposal to the grant plan (§4.4 stage 1, fields L940–952): title,
 * rationale, goal, tasks, short description, required amount, geography, expected
 * results — plus the direction and the language it is written in. One schema pair for the
 * form and the server: `topicProposalDraftSchema` accepts a half-written draft (saved as
 * typed), `topicProposalSubmitSchema` is what sending requires. Messages are keys under
 * `competitionSetup.errors.*`.
 */
const draftText = (max: number) => z.string().trim().max(max, 'tooLong').default('');
const fields = {
  /** Empty for a new proposal. */
  proposalId: z.string().default(''),
  language: z.enum(['kk', 'ru']),
  title: draftText(500),
  rationale: draftText(8000),
  goal: draftText(4000),
  tasks: draftText(8000),
  description: draftText(8000),
  /** Required amount in whole tenge, typed as digits. */
  amountKzt: z.string().trim().regex(/^\d*$/, 'integer').max(13, 'tooLong').default(''),
  geography: draftText(1000),
  expectedResults: draftText(8000),
  directionId: z.string().default(''),
};

export const topicProposalDraftSchema = z.object(fields);

const REQUIRED_TEXT = ['title', 'rationale', 'goal', 'tasks', 'description', 'geography', 'expectedResults', 'directionId'] as const;

export const topicProposalSubmitSchema = topicProposalDraftSchema.superRefine((v, ctx) => {
  for (const key of REQUIRED_TEXT) if (v[key].length === 0) ctx.addIssue({ code: 'custom', path: [key], message: 'required' });
  if (v.amountKzt.length === 0) ctx.addIssue({ code: 'custom', path: ['amountKzt'], message: 'required' });
  // regex/max issues do not abort: only digits reach BigInt (R2 fuzzing)
  else if (/^\d{1,13}$/.test(v.amountKzt) && BigInt(v.amountKzt) <= 0n) ctx.addIssue({ code: 'custom', path: ['amountKzt'], message: 'positiveAmount' });
});

export type TopicProposalDraft = z.output<typeof topicProposalDraftSchema>;
export type TopicProposalFormValues = z.input<typeof topicProposalDraftSchema>;

/** The operator's review: accept (optionally as a new plan topic) or reject with a comment. */
export const reviewTopicProposalSchema = z
  .object({
    proposalId: z.string().min(1),
    expectedUpdatedAt: z.string().min(1),
    decision: z.enum(['ACCEPT', 'REJECT']),
    comment: z.string().trim().max(4000, 'tooLong').default(''),
    createTopic: z.boolean().default(false),
    planId: z.string().default(''),
    titleKk: z.string().trim().max(500, 'tooLong').default(''),
    titleRu: z.string().trim().max(500, 'tooLong').default(''),
    directionId: z.string().default(''),
    regionId: z.string().default(''),
    budgetKzt: z.string().trim().regex(/^\d*$/, 'integer').max(13, 'tooLong').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'REJECT') {
      if (v.comment.length === 0) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'commentRequired' });
      return;
    }
    if (!v.createTopic) return;
    if (!v.planId) ctx.addIssue({ code: 'custom', path: ['planId'], message: 'required' });
    if (!v.titleKk) ctx.addIssue({ code: 'custom', path: ['titleKk'], message: 'required' });
    if (!v.titleRu) ctx.addIssue({ code: 'custom', path: ['titleRu'], message: 'required' });
    if (!v.directionId) ctx.addIssue({ code: 'custom', path: ['directionId'], message: 'required' });
    if (!v.budgetKzt) ctx.addIssue({ code: 'custom', path: ['budgetKzt'], message: 'required' });
    else if (/^\d{1,13}$/.test(v.budgetKzt) && BigInt(v.budgetKzt) <= 0n) ctx.addIssue({ code: 'custom', path: ['budgetKzt'], message: 'positiveAmount' });
  });

export type ReviewTopicProposalInput = z.output<typeof reviewTopicProposalSchema>;
export type ReviewTopicProposalFormValues = z.input<typeof reviewTopicProposalSchema>;
