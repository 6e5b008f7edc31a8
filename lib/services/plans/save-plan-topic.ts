import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import { formRefusal, type FormRefusal } from '@/lib/services/competitions/create-competition';
import type { ServiceResult } from '../result';
import { planTopicSchema, type PlanTopicFormValues } from './plan-topic-input';

const orNull = (s: string) => (s.length > 0 ? s : null);

/**
 * Staff add a topic to a plan or edit one (§4.4 stage 1). Only a PLANNED topic is edited:
 * once a lot announces it, the announcement is what NGOs rely on. Optimistic lock on the
 * topic's updatedAt (two people editing: the later save is told to reload). Audited.
 */
export async function savePlanTopic(
  db: PrismaClient,
  actor: Actor,
  rawInput: PlanTopicFormValues,
  context: RequestContext,
): Promise<ServiceResult<{ topicId: string; number: number }> | FormRefusal> {
  const parsed = planTopicSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return formRefusal('forbidden');

  return db.$transaction(
    async (tx) => {
      const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: { id: true } });
      if (!plan) return formRefusal('planNotFound');
      const direction = await tx.direction.findUnique({ where: { id: input.directionId }, select: { id: true } });
      if (!direction) return formRefusal('unknownDirection', { field: 'directionId' });
      if (input.regionId) {
        const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } });
        if (!region) return formRefusal('unknownRegion', { field: 'regionId' });
      }
      const data = {
        titleKk: input.titleKk,
        titleRu: input.titleRu,
        directionId: input.directionId,
        regionId: orNull(input.regionId),
        goalKk: orNull(input.goalKk),
        goalRu: orNull(input.goalRu),
        expectedResultKk: orNull(input.expectedResultKk),
        expectedResultRu: orNull(input.expectedResultRu),
        budgetKzt: BigInt(input.budgetKzt),
      };

      if (!input.topicId) {
        const last = await tx.planTopic.findFirst({ where: { planId: plan.id }, orderBy: { number: 'desc' }, select: { number: true } });
        const number = (last?.number ?? 0) + 1;
        const topic = await tx.planTopic.create({ data: { ...data, planId: plan.id, number, status: 'PLANNED' }, select: { id: true } });
        await recordAuditEvent(
          tx,
          { actor: { id: actor.id, role: actor.role }, action: 'plan_topic.created', object: { type: 'PlanTopic', id: topic.id }, after: { planId: plan.id, number, ...data } },
          context,
        );
        return { ok: true as const, topicId: topic.id, number };
      }

      const topic = await tx.planTopic.findUnique({ where: { id: input.topicId } });
      if (!topic || topic.planId !== plan.id) return formRefusal('topicNotFound');
      if (topic.status !== 'PLANNED') return formRefusal('topicLocked', { params: { status: topic.status } });
      if (input.expectedUpdatedAt !== topic.updatedAt.toISOString()) return formRefusal('staleTopic');
      const updated = await tx.planTopic.updateMany({ where: { id: topic.id, status: 'PLANNED', updatedAt: topic.updatedAt }, data });
      if (updated.count !== 1) return formRefusal('staleTopic');
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'plan_topic.updated',
          object: { type: 'PlanTopic', id: topic.id },
          before: {
            titleKk: topic.titleKk,
            titleRu: topic.titleRu,
            directionId: topic.directionId,
            regionId: topic.regionId,
            goalKk: topic.goalKk,
            goalRu: topic.goalRu,
            expectedResultKk: topic.expectedResultKk,
            expectedResultRu: topic.expectedResultRu,
            budgetKzt: topic.budgetKzt,
          },
          after: data,
        },
        context,
      );
      return { ok: true as const, topicId: topic.id, number: topic.number };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
