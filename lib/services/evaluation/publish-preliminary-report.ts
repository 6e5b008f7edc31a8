import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf } from '@/lib/rules';
import { discussionClosesOn, evaluationTransitionAllowed, isLate, preliminaryReportDue } from '@/lib/rules/evaluation';
import { loadWorkCalendar } from '../commission/commission-data';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { dbDay, isoDay, isStaff, refused, TX, type EvalResult } from './common';
import { fieldErrorsOf, publishReportSchema, type PublishReportFormValues } from './evaluation-input';

/**
 * EV-3 / EV-4 (L3404–3409): the operator publishes the preliminary evaluation report (kk + ru)
 * once the council has scored (SCORED → DISCUSSION). The public discussion opens at once and
 * closes at the end of the 5th working day after today (DL-2 calendar with the decree
 * overrides). Publishing after the 3-working-day due date is allowed but recorded as late in
 * the audit event (the page warns before). Optimistic lock on ProjectEvaluation.version.
 */
export async function publishPreliminaryReport(
  db: PrismaClient,
  actor: Actor,
  rawInput: PublishReportFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<EvalResult<{ discussionClosesOn: string; late: boolean }>> {
  const parsed = publishReportSchema.safeParse(rawInput);
  if (!parsed.success) return refused('fixErrors', fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  if (!isStaff(actor)) return refused('forbidden');
  const now = (options.now ?? (() => new Date()))();
  const cal = await loadWorkCalendar(db);

  return db.$transaction(async (tx) => {
    const evaluation = await tx.projectEvaluation.findUnique({
      where: { id: input.evaluationId },
      select: { id: true, status: true, version: true, scoredAt: true, agreement: { select: { id: true, number: true, organizationId: true } } },
    });
    if (!evaluation) return refused('evaluationNotFound');
    if (!evaluationTransitionAllowed(evaluation.status, 'DISCUSSION', 'OPERATOR') || !evaluation.scoredAt) return refused('notScored', {}, { status: evaluation.status });
    const due = preliminaryReportDue(almatyDateOf(evaluation.scoredAt), cal);
    const late = isLate(due, now, now);
    const closes = discussionClosesOn(almatyDateOf(now), cal);
    const updated = await tx.projectEvaluation.updateMany({
      where: { id: evaluation.id, status: 'SCORED', version: input.expectedVersion },
      data: { status: 'DISCUSSION', summaryKk: input.summaryKk, summaryRu: input.summaryRu, preliminaryPublishedAt: now, discussionClosesOn: dbDay(closes), version: { increment: 1 } },
    });
    if (updated.count !== 1) return refused('staleEvaluation');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'evaluation.preliminary_published',
        object: { type: 'ProjectEvaluation', id: evaluation.id },
        before: { status: 'SCORED' },
        after: { status: 'DISCUSSION', dueOn: due, late, discussionClosesOn: closes },
      },
      context,
    );
    const ngo = await tx.organizationMembership.findMany({
      where: { organizationId: evaluation.agreement.organizationId, endedAt: null, user: { active: true } },
      select: { user: { select: { id: true, locale: true } } },
    });
    await enqueueNotifications(tx, {
      templateKey: 'evaluation.preliminary_published',
      payload: { evaluationId: evaluation.id, agreementNumber: evaluation.agreement.number, discussionClosesOn: closes },
      object: { type: 'ProjectEvaluation', id: evaluation.id },
      dedupeKey: `evaluation.preliminary_published:${evaluation.id}`,
      now,
      inApp: ngo.map((m) => ({ id: m.user.id, locale: m.user.locale as 'kk' | 'ru' | 'en' })),
    });
    return { ok: true as const, discussionClosesOn: isoDay(dbDay(closes)), late };
  }, TX);
}
