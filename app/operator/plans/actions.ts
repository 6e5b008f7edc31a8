'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import { planTopicSchema } from '@/lib/services/plans/plan-topic-input';
import { savePlanTopic } from '@/lib/services/plans/save-plan-topic';

export type PlanTopicActionState = { ok: true; topicId: string; updatedAt: string } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Add or edit a plan topic — operator staff; the plan and topic are loaded by id and checked by the service. */
export async function savePlanTopicAction(input: unknown): Promise<PlanTopicActionState> {
  try {
    const actor = await requireUser('/operator/plans');
    if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const parsed = planTopicSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: 'fixErrors' };
    const result = await savePlanTopic(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      const fieldErrors = 'fieldErrors' in result ? result.fieldErrors : {};
      return { ok: false, fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? 'fixErrors' : result.error.code };
    }
    const topic = await db.planTopic.findUniqueOrThrow({ where: { id: result.topicId }, select: { updatedAt: true } });
    revalidatePath('/operator/plans');
    return { ok: true, topicId: result.topicId, updatedAt: topic.updatedAt.toISOString() };
  } catch (error) {
    console.error('savePlanTopicAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
