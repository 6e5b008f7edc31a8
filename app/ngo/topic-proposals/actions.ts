'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import { saveTopicProposal, submitTopicProposal } from '@/lib/services/plans/save-topic-proposal';
import { topicProposalDraftSchema } from '@/lib/services/plans/topic-proposal-input';

export type ProposalActionState =
  | { ok: true; proposalId: string; submitted: boolean }
  | { ok: false; fieldErrors: Record<string, string>; formError: string; proposalId?: string };

const PATH = '/ngo/topic-proposals';

async function prepare(input: unknown) {
  const actor = await requireUser(PATH);
  // The organisation is the actor's own cabinet, never an id from the form.
  const organizationId = actor.organizationIds[0];
  if (!organizationId || !can(actor, 'update', { type: 'organization', id: organizationId })) return { error: { ok: false as const, fieldErrors: {}, formError: 'forbidden' } };
  const parsed = topicProposalDraftSchema.safeParse(input);
  if (!parsed.success) return { error: { ok: false as const, fieldErrors: fieldErrorsOf(parsed.error), formError: 'fixErrors' } };
  // A proposal named in the form must be this organisation's own (IDOR): the service checks again.
  if (parsed.data.proposalId) {
    const existing = await db.topicProposal.findUnique({ where: { id: parsed.data.proposalId }, select: { organizationId: true } });
    if (!existing || !can(actor, 'update', { type: 'organization', id: existing.organizationId })) return { error: { ok: false as const, fieldErrors: {}, formError: 'proposalNotFound' } };
  }
  return { error: null, actor, organizationId, data: parsed.data };
}

/** «Сақтау»: the draft as typed. */
export async function saveProposalAction(input: unknown): Promise<ProposalActionState> {
  try {
    const p = await prepare(input);
    if (p.error) return p.error;
    const result = await saveTopicProposal(db, p.actor, p.organizationId, p.data, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: 'fieldErrors' in result ? result.fieldErrors : {}, formError: result.error.code };
    revalidatePath(PATH);
    return { ok: true, proposalId: result.proposalId, submitted: false };
  } catch (error) {
    console.error('saveProposalAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}

/** «Жіберу»: saves the draft, then sends it if complete; otherwise the draft stays saved and the fields are listed. */
export async function submitProposalAction(input: unknown): Promise<ProposalActionState> {
  try {
    const p = await prepare(input);
    if (p.error) return p.error;
    const result = await submitTopicProposal(db, p.actor, p.organizationId, p.data, await requestContext());
    revalidatePath(PATH);
    if (!result.ok) {
      const fieldErrors = 'fieldErrors' in result ? result.fieldErrors : {};
      const proposalId = 'proposalId' in result ? result.proposalId : undefined;
      return { ok: false, fieldErrors, formError: result.error.code, ...(proposalId ? { proposalId } : {}) };
    }
    return { ok: true, proposalId: result.proposalId, submitted: true };
  } catch (error) {
    console.error('submitProposalAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
