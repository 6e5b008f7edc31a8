import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTopicProposalTransition } from '@/lib/rules';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import { formRefusal, type FormRefusal } from '@/lib/services/competitions/create-competition';
import type { ServiceResult } from '../result';
import { topicProposalDraftSchema, topicProposalSubmitSchema, type TopicProposalDraft, type TopicProposalFormValues } from './topic-proposal-input';

export interface ProposalOptions {
  now?: () => Date;
}

function columns(d: TopicProposalDraft) {
  return {
    language: d.language,
    title: d.title,
    rationale: d.rationale,
    goal: d.goal,
    tasks: d.tasks,
    description: d.description,
    amountKzt: d.amountKzt ? BigInt(d.amountKzt) : 0n,
    geography: d.geography,
    expectedResults: d.expectedResults,
    directionId: d.directionId || null,
  };
}

/** Writes the draft inside `tx`: a new one for the NGO, or the NGO's own DRAFT. */
async function writeDraft(tx: Prisma.TransactionClient, actor: Actor, organizationId: string, draft: TopicProposalDraft, context: RequestContext) {
  if (draft.directionId) {
    const direction = await tx.direction.findUnique({ where: { id: draft.directionId }, select: { id: true } });
    if (!direction) return formRefusal('unknownDirection', { field: 'directionId' });
  }
  const data = columns(draft);
  if (!draft.proposalId) {
    const created = await tx.topicProposal.create({ data: { ...data, organizationId, status: 'DRAFT' }, select: { id: true } });
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'topic_proposal.created', object: { type: 'TopicProposal', id: created.id }, after: { organizationId, ...data } },
      context,
    );
    return { ok: true as const, proposalId: created.id };
  }
  const existing = await tx.topicProposal.findUnique({ where: { id: draft.proposalId } });
  // IDOR: another NGO's proposal does not exist for this actor.
  if (!existing || !can(actor, 'update', { type: 'organization', id: existing.organizationId })) return formRefusal('proposalNotFound');
  if (existing.status !== 'DRAFT') return formRefusal('proposalNotEditable', { params: { status: existing.status } });
  await tx.topicProposal.update({ where: { id: existing.id }, data });
  await recordAuditEvent(
    tx,
    {
      actor: { id: actor.id, role: actor.role },
      action: 'topic_proposal.saved',
      object: { type: 'TopicProposal', id: existing.id },
      before: { title: existing.title, amountKzt: existing.amountKzt, directionId: existing.directionId },
      after: data,
    },
    context,
  );
  return { ok: true as const, proposalId: existing.id };
}

function parseDraft(rawInput: TopicProposalFormValues) {
  const parsed = topicProposalDraftSchema.safeParse(rawInput);
  if (parsed.success) return { ok: true as const, draft: parsed.data };
  const fieldErrors = fieldErrorsOf(parsed.error);
  const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
  return { ok: false as const, refusal: { ok: false as const, error: { code, field }, fieldErrors } };
}

/**
 * «Сақтау»: an NGO member saves a topic proposal draft as typed (§4.4 stage 1). The
 * organisation is the actor's own (never an id from the form); editing another NGO's or a
 * sent proposal is refused. Audited.
 */
export async function saveTopicProposal(
  db: PrismaClient,
  actor: Actor,
  organizationId: string,
  rawInput: TopicProposalFormValues,
  context: RequestContext,
): Promise<ServiceResult<{ proposalId: string }> | FormRefusal> {
  if (!can(actor, 'update', { type: 'organization', id: organizationId })) return formRefusal('forbidden');
  const p = parseDraft(rawInput);
  if (!p.ok) return p.refusal;
  return db.$transaction((tx) => writeDraft(tx, actor, organizationId, p.draft, context), { maxWait: 10_000, timeout: 30_000 });
}

/**
 * «Жіберу»: save the draft as typed, then send it if complete (DRAFT → SUBMITTED, role NGO).
 * A proposal that fails validation stays a saved draft and the answer lists the fields;
 * nothing typed is lost. Audited.
 */
export async function submitTopicProposal(
  db: PrismaClient,
  actor: Actor,
  organizationId: string,
  rawInput: TopicProposalFormValues,
  context: RequestContext,
  options: ProposalOptions = {},
): Promise<ServiceResult<{ proposalId: string }> | (FormRefusal & { proposalId?: string })> {
  if (!can(actor, 'update', { type: 'organization', id: organizationId })) return formRefusal('forbidden');
  const p = parseDraft(rawInput);
  if (!p.ok) return p.refusal;
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(
    async (tx) => {
      const saved = await writeDraft(tx, actor, organizationId, p.draft, context);
      if (!saved.ok) return saved;
      const strict = topicProposalSubmitSchema.safeParse(p.draft);
      if (!strict.success) {
        // The draft is saved (same transaction, committed): only the sending is refused.
        return { ok: false as const, error: { code: 'fixErrors' }, fieldErrors: fieldErrorsOf(strict.error), proposalId: saved.proposalId };
      }
      if (!checkTopicProposalTransition('DRAFT', 'SUBMITTED', actor.role).ok) return formRefusal('forbidden');
      const moved = await tx.topicProposal.updateMany({
        where: { id: saved.proposalId, status: 'DRAFT' },
        data: { status: 'SUBMITTED', submittedAt: now, submittedById: actor.id },
      });
      if (moved.count !== 1) return formRefusal('proposalNotEditable');
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'topic_proposal.submitted',
          object: { type: 'TopicProposal', id: saved.proposalId },
          before: { status: 'DRAFT' },
          after: { status: 'SUBMITTED', submittedAt: now },
        },
        context,
      );
      return { ok: true as const, proposalId: saved.proposalId };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
