import { z } from 'zod';
import '@/lib/validation/zod-errors';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf, almatyEndOfDay, almatyStartOfDay } from '@/lib/rules';
import { loadWorkCalendar } from '../competitions/work-calendar';
import { refuse, type ServiceResult } from '../result';
import { checkDiscussionWindow, discussionPhase } from './discussion';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');

/** The form of the customer's "open the public discussion" (shared by the form and the action). */
export const openPlanDiscussionSchema = z.object({
  planId: z.string().min(1),
  /** First day of the discussion (Almaty), at 00:00. */
  opensOn: day,
  /** Last day of the discussion (Almaty), until 23:59:59. */
  closesOn: day,
});
export type OpenPlanDiscussionInput = z.input<typeof openPlanDiscussionSchema>;

/**
 * The customer (state body / operator staff) publishes a social-order plan's topics for
 * public discussion (stage 3, F-3.1, L2325–2350): Plan.discussionOpensAt / ClosesAt and
 * publishedAt. Refused when the window holds fewer than 10 working days on the DL-2
 * calendar (`discussionTooShort`, params: the earliest allowed closing day), when it starts
 * in the past, when the plan has no topic, or once the discussion has started (the window
 * of a running discussion is not moved). Audited in the same transaction.
 */
export async function openPlanDiscussion(
  db: PrismaClient,
  actor: Actor,
  raw: OpenPlanDiscussionInput,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ opensAt: Date; closesAt: Date; workingDays: number }>> {
  const parsed = openPlanDiscussionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message && !issue.message.includes(' ') ? issue.message : 'invalidInput', { field: String(issue?.path[0] ?? 'form') });
  }
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({
      where: { id: input.planId },
      select: { id: true, kind: true, status: true, discussionOpensAt: true, discussionClosesAt: true, publishedAt: true, _count: { select: { topics: true } } },
    });
    if (!plan || plan.kind !== 'SOCIAL_ORDER') return refuse('planNotFound');
    // The plan is the customer's document, managed by staff (no Plan subject in the policy yet).
    if (!can(actor, 'manage', { type: 'competition', status: 'DRAFT' })) return refuse('forbidden');
    const phase = discussionPhase(plan, now);
    if (phase === 'OPEN' || phase === 'CLOSED') return refuse('discussionAlreadyStarted');
    if (plan._count.topics === 0) return refuse('planHasNoTopics');
    if (input.opensOn < almatyDateOf(now)) return refuse('discussionStartsInPast', { field: 'opensOn', params: { today: almatyDateOf(now) } });

    const check = checkDiscussionWindow(input, await loadWorkCalendar(tx)); // stage 3: ≥ 10 working days
    if (!check.ok) {
      return refuse('discussionTooShort', { field: 'closesOn', params: { earliestCloseOn: check.earliestCloseOn, workingDays: check.workingDays, minWorkingDays: check.minWorkingDays } });
    }
    const opensAt = almatyStartOfDay(input.opensOn);
    const closesAt = almatyEndOfDay(input.closesOn);
    const updated = await tx.plan.updateMany({
      where: { id: plan.id, discussionOpensAt: plan.discussionOpensAt, discussionClosesAt: plan.discussionClosesAt },
      data: { discussionOpensAt: opensAt, discussionClosesAt: closesAt, publishedAt: plan.publishedAt ?? now },
    });
    if (updated.count !== 1) return refuse('stalePlan');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'plan.discussion_opened',
        object: { type: 'Plan', id: plan.id },
        before: { discussionOpensAt: plan.discussionOpensAt, discussionClosesAt: plan.discussionClosesAt },
        after: { discussionOpensAt: opensAt, discussionClosesAt: closesAt, workingDays: check.workingDays },
      },
      context,
    );
    return { ok: true as const, opensAt, closesAt, workingDays: check.workingDays };
  });
}
