import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTopicProposalTransition } from '@/lib/rules';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import { formRefusal, type FormRefusal } from '@/lib/services/competitions/create-competition';
import { organizationRecipients, userRecipient } from '@/lib/services/competitions/recipients';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import type { ServiceResult } from '../result';
import { reviewTopicProposalSchema, type ReviewTopicProposalFormValues } from './topic-proposal-input';
import type { ProposalOptions } from './save-topic-proposal';

/**
 * Operator staff review a SUBMITTED topic proposal (§4.4 stage 1, L936–939): accept it —
 * optionally adding it to a grant plan as a new PLANNED topic (inclusion does not
 * guarantee a grant) — or reject it with a comment the NGO reads. SUBMITTED → ACCEPTED /
 * REJECTED (ST-*, staff only). Optimistic lock on updatedAt. The NGO's members are
 * notified in the cabinet and the sender by e-mail (outbox). One transaction, audited.
 */
export async function reviewTopicProposal(
  db: PrismaClient,
  actor: Actor,
  rawInput: ReviewTopicProposalFormValues,
  context: RequestContext,
  options: ProposalOptions = {},
): Promise<ServiceResult<{ status: 'ACCEPTED' | 'REJECTED'; planTopicId: string | null }> | FormRefusal> {
  const parsed = reviewTopicProposalSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return formRefusal('forbidden');
  const now = (options.now ?? (() => new Date()))();
  const to = input.decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';

  return db.$transaction(
    async (tx) => {
      const p = await tx.topicProposal.findUnique({ where: { id: input.proposalId } });
      if (!p) return formRefusal('proposalNotFound');
      if (!checkTopicProposalTransition(p.status, to, actor.role).ok) return formRefusal('proposalNotReviewable', { params: { status: p.status } });
      if (p.updatedAt.toISOString() !== input.expectedUpdatedAt) return formRefusal('staleProposal');

      let planTopicId: string | null = null;
      let planId: string | null = p.planId;
      if (to === 'ACCEPTED' && input.createTopic) {
        const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: { id: true, kind: true } });
        if (!plan || plan.kind !== 'GRANT') return formRefusal('planNotFound', { field: 'planId' });
        const direction = await tx.direction.findUnique({ where: { id: input.directionId }, select: { id: true } });
        if (!direction) return formRefusal('unknownDirection', { field: 'directionId' });
        if (input.regionId && !(await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } }))) return formRefusal('unknownRegion', { field: 'regionId' });
        const last = await tx.planTopic.findFirst({ where: { planId: plan.id }, orderBy: { number: 'desc' }, select: { number: true } });
        const kk = p.language === 'kk';
        const topic = await tx.planTopic.create({
          data: {
            planId: plan.id,
            number: (last?.number ?? 0) + 1,
            directionId: input.directionId,
            regionId: input.regionId || null,
            titleKk: input.titleKk,
            titleRu: input.titleRu,
            // The proposal is written in one language: its texts go to that language's columns.
            goalKk: kk ? p.goal : null,
            goalRu: kk ? null : p.goal,
            descriptionKk: kk ? p.description : null,
            descriptionRu: kk ? null : p.description,
            justificationKk: kk ? p.rationale : null,
            justificationRu: kk ? null : p.rationale,
            expectedResultKk: kk ? p.expectedResults : null,
            expectedResultRu: kk ? null : p.expectedResults,
            budgetKzt: BigInt(input.budgetKzt),
            status: 'PLANNED',
          },
          select: { id: true, number: true },
        });
        planTopicId = topic.id;
        planId = plan.id;
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'plan_topic.created',
            object: { type: 'PlanTopic', id: topic.id },
            after: { planId: plan.id, number: topic.number, fromProposalId: p.id, titleKk: input.titleKk, titleRu: input.titleRu, budgetKzt: input.budgetKzt },
          },
          context,
        );
      }

      const comment = input.comment.length > 0 ? input.comment : null;
      const moved = await tx.topicProposal.updateMany({
        where: { id: p.id, status: 'SUBMITTED', updatedAt: p.updatedAt },
        data: { status: to, reviewedAt: now, reviewedById: actor.id, reviewComment: comment, planTopicId, planId },
      });
      if (moved.count !== 1) return formRefusal('staleProposal');
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: to === 'ACCEPTED' ? 'topic_proposal.accepted' : 'topic_proposal.rejected',
          object: { type: 'TopicProposal', id: p.id },
          before: { status: p.status },
          after: { status: to, planTopicId, planId, comment },
          ...(comment ? { reason: comment } : {}),
        },
        context,
      );

      const templateKey = to === 'ACCEPTED' ? 'topic_proposal.accepted' : 'topic_proposal.rejected';
      await enqueueNotifications(tx, {
        templateKey,
        payload: { proposalId: p.id, title: p.title, reason: comment ?? '', planTopicId },
        object: { type: 'TopicProposal', id: p.id },
        dedupeKey: `${templateKey}:${p.id}`,
        now,
        inApp: await organizationRecipients(tx, [p.organizationId]),
        email: await userRecipient(tx, p.submittedById),
      });
      return { ok: true as const, status: to, planTopicId };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
