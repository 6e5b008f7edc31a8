import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf, checkTransition } from '@/lib/rules';
import { discussionPhase, evaluationTransitionAllowed, finalReportDue, isLate } from '@/lib/rules/evaluation';
import { loadWorkCalendar } from '../commission/commission-data';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { isoDay, isStaff, refused, TX, type EvalResult } from './common';
import { fieldErrorsOf, publishReportSchema, type PublishReportFormValues } from './evaluation-input';

/**
 * EV-6 (L3418–3421): after the discussion has closed (EV-4) and every comment has its answer
 * (EV-5), the operator publishes the final evaluation report (DISCUSSION → FINAL_PUBLISHED) and
 * the agreement is closed (UNDER_EVALUATION → CLOSED, agreement machine). Lateness against the
 * 1-working-day due date is recorded. ONE transaction with the audit event and the NGO's
 * notification.
 */
export async function publishFinalReport(
  db: PrismaClient,
  actor: Actor,
  rawInput: PublishReportFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<EvalResult<{ late: boolean }>> {
  const parsed = publishReportSchema.safeParse(rawInput);
  if (!parsed.success) return refused('fixErrors', fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  if (!isStaff(actor)) return refused('forbidden');
  const now = (options.now ?? (() => new Date()))();
  const cal = await loadWorkCalendar(db);

  return db.$transaction(async (tx) => {
    const evaluation = await tx.projectEvaluation.findUnique({
      where: { id: input.evaluationId },
      select: {
        id: true,
        status: true,
        preliminaryPublishedAt: true,
        discussionClosesOn: true,
        agreement: { select: { id: true, number: true, status: true, organizationId: true, competition: { select: { kind: true } } } },
        comments: { select: { respondedAt: true } },
      },
    });
    if (!evaluation) return refused('evaluationNotFound');
    if (!evaluationTransitionAllowed(evaluation.status, 'FINAL_PUBLISHED', 'OPERATOR') || !evaluation.discussionClosesOn) return refused('notInDiscussion', {}, { status: evaluation.status });
    const closes = isoDay(evaluation.discussionClosesOn);
    if (discussionPhase(now, evaluation.preliminaryPublishedAt, closes) !== 'CLOSED') return refused('discussionStillOpen', {}, { closesOn: closes });
    if (evaluation.comments.some((c) => c.respondedAt === null)) return refused('unansweredComments');
    if (!checkTransition('agreement', evaluation.agreement.status, 'CLOSED', 'OPERATOR', { kind: 'SOCIAL_ORDER' }).ok) return refused('agreementNotUnderEvaluation');
    const responses = evaluation.comments.map((c) => almatyDateOf(c.respondedAt!)).sort();
    const due = finalReportDue(closes, responses.at(-1) ?? null, cal);
    const late = isLate(due, now, now);

    const updated = await tx.projectEvaluation.updateMany({
      where: { id: evaluation.id, status: 'DISCUSSION', version: input.expectedVersion },
      data: { status: 'FINAL_PUBLISHED', finalSummaryKk: input.summaryKk, finalSummaryRu: input.summaryRu, finalPublishedAt: now, version: { increment: 1 } },
    });
    if (updated.count !== 1) return refused('staleEvaluation');
    const closed = await tx.agreement.updateMany({
      where: { id: evaluation.agreement.id, status: 'UNDER_EVALUATION' },
      data: { status: 'CLOSED', closedAt: now, version: { increment: 1 } },
    });
    if (closed.count !== 1) throw new Error('agreement changed under the evaluation');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'evaluation.final_published',
        object: { type: 'ProjectEvaluation', id: evaluation.id },
        before: { status: 'DISCUSSION', agreementStatus: 'UNDER_EVALUATION' },
        after: { status: 'FINAL_PUBLISHED', agreementStatus: 'CLOSED', dueOn: due, late },
      },
      context,
    );
    const ngo = await tx.organizationMembership.findMany({
      where: { organizationId: evaluation.agreement.organizationId, endedAt: null, user: { active: true } },
      select: { user: { select: { id: true, locale: true } } },
    });
    await enqueueNotifications(tx, {
      templateKey: 'evaluation.final_published',
      payload: { evaluationId: evaluation.id, agreementNumber: evaluation.agreement.number },
      object: { type: 'ProjectEvaluation', id: evaluation.id },
      dedupeKey: `evaluation.final_published:${evaluation.id}`,
      now,
      inApp: ngo.map((m) => ({ id: m.user.id, locale: m.user.locale as 'kk' | 'ru' | 'en' })),
    });
    return { ok: true as const, late };
  }, TX);
}
