'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import { reviewTopicProposal } from '@/lib/services/plans/review-topic-proposal';
import { reviewTopicProposalSchema } from '@/lib/services/plans/topic-proposal-input';

export type ReviewActionState = { ok: true; status: string } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Accept (optionally as a plan topic) or reject with a comment — operator staff; the proposal is loaded by id. */
export async function reviewProposalAction(input: unknown): Promise<ReviewActionState> {
  try {
    const actor = await requireUser('/operator/topic-proposals');
    if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const parsed = reviewTopicProposalSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: 'fixErrors' };
    const proposal = await db.topicProposal.findUnique({ where: { id: parsed.data.proposalId }, select: { id: true, status: true } });
    if (!proposal || proposal.status === 'DRAFT') return { ok: false, fieldErrors: {}, formError: 'proposalNotFound' };
    const result = await reviewTopicProposal(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      const fieldErrors = 'fieldErrors' in result ? result.fieldErrors : {};
      return { ok: false, fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? 'fixErrors' : result.error.code };
    }
    revalidatePath('/operator/topic-proposals');
    revalidatePath(`/operator/topic-proposals/${proposal.id}`);
    revalidatePath('/operator/plans');
    revalidatePath(`/ngo/topic-proposals/${proposal.id}`);
    return { ok: true, status: result.status };
  } catch (error) {
    console.error('reviewProposalAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
