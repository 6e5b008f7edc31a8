import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf, compareIsoDates } from '@/lib/rules';
import { quarterRecordableIssue } from '@/lib/rules/monitoring';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import type { ServiceError } from '../result';
import { dbDay, isoDay, mayManageMonitoring } from './access';
import { fieldErrorsOf, monitoringVisitInputSchema, type MonitoringVisitFormValues } from './monitoring-input';

export type RecordMonitoringVisitResult = { ok: true; visitId: string } | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, fieldErrors: Record<string, string> = {}, params?: Record<string, string | number>): RecordMonitoringVisitResult => ({
  ok: false,
  error: { code, ...(params ? { params } : {}) },
  fieldErrors,
});

/**
 * MN-1/MN-2/MN-3 (§3.2, L2908–2926): the operator (state body) records the quarter's
 * monitoring of a project in progress — six indicator scores 1–5 with notes, findings and the
 * required measures with deadlines. At most one record per project and quarter (unique index;
 * a second is `quarterAlreadyRecorded`); the quarter lies in the agreement's period and has
 * started; a measure's deadline is not before the visit. In ONE transaction: the record, its
 * measures, the audit event and the NGO's in-cabinet notification.
 */
export async function recordMonitoringVisit(
  db: PrismaClient,
  actor: Actor,
  rawInput: MonitoringVisitFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<RecordMonitoringVisitResult> {
  const parsed = monitoringVisitInputSchema.safeParse(rawInput);
  if (!parsed.success) return refused('fixErrors', fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  if (!mayManageMonitoring(actor)) return refused('forbidden');
  const now = (options.now ?? (() => new Date()))();
  const today = almatyDateOf(now);

  if (compareIsoDates(input.visitedOn, today) > 0) return refused('fixErrors', { visitedOn: 'monitoring.errors.visitInFuture' });
  const badMeasure = input.measures.findIndex((m) => compareIsoDates(m.deadlineOn, input.visitedOn) < 0);
  if (badMeasure >= 0) return refused('fixErrors', { [`measures.${badMeasure}.deadlineOn`]: 'monitoring.errors.deadlineBeforeVisit' });

  try {
    return await db.$transaction(async (tx) => {
      const agreement = await tx.agreement.findUnique({
        where: { id: input.agreementId },
        select: { id: true, number: true, status: true, organizationId: true, periodStart: true, periodEnd: true },
      });
      if (!agreement) return refused('agreementNotFound');
      if (agreement.status !== 'IN_PROGRESS') return refused('notInProgress', {}, { status: agreement.status });
      const issue = quarterRecordableIssue({ start: isoDay(agreement.periodStart), end: isoDay(agreement.periodEnd) }, { year: input.year, quarter: input.quarter }, today);
      if (issue === 'OUTSIDE_PERIOD') return refused('fixErrors', { quarter: 'monitoring.errors.quarterOutsidePeriod' });
      if (issue === 'NOT_STARTED') return refused('fixErrors', { quarter: 'monitoring.errors.quarterNotStarted' });
      const existing = await tx.monitoringVisit.findFirst({ where: { agreementId: agreement.id, year: input.year, quarter: input.quarter }, select: { id: true } });
      if (existing) return refused('quarterAlreadyRecorded', { quarter: 'monitoring.errors.quarterAlreadyRecorded' });

      const visit = await tx.monitoringVisit.create({
        data: {
          agreementId: agreement.id,
          year: input.year,
          quarter: input.quarter,
          visitedOn: dbDay(input.visitedOn),
          monitorId: actor.id,
          processScore: input.scores.process,
          resultsScore: input.scores.results,
          satisfactionScore: input.scores.satisfaction,
          impactScore: input.scores.impact,
          coverageScore: input.scores.coverage,
          standardsScore: input.scores.standards,
          indicatorNotes: input.notes,
          findings: input.findings,
          status: 'SUBMITTED',
          submittedAt: now,
          measures: {
            create: input.measures.map((m) => ({ description: m.description, deadlineOn: dbDay(m.deadlineOn), responsible: m.responsible || null, status: 'OPEN', createdAt: now })),
          },
        },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'monitoring.recorded',
          object: { type: 'MonitoringVisit', id: visit.id },
          after: { agreementId: agreement.id, year: input.year, quarter: input.quarter, scores: input.scores, measures: input.measures.length },
        },
        context,
      );
      const members = await tx.organizationMembership.findMany({
        where: { organizationId: agreement.organizationId, endedAt: null, user: { active: true } },
        select: { user: { select: { id: true, locale: true } } },
      });
      await enqueueNotifications(tx, {
        templateKey: 'monitoring.recorded',
        payload: { agreementId: agreement.id, agreementNumber: agreement.number, year: input.year, quarter: input.quarter, measures: input.measures.length },
        object: { type: 'MonitoringVisit', id: visit.id },
        dedupeKey: `monitoring.recorded:${visit.id}`,
        now,
        inApp: members.map((m) => ({ id: m.user.id, locale: m.user.locale as 'kk' | 'ru' | 'en' })),
      });
      return { ok: true as const, visitId: visit.id };
    });
  } catch (error) {
    // Two operators recording the same quarter at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return refused('quarterAlreadyRecorded', { quarter: 'monitoring.errors.quarterAlreadyRecorded' });
    throw error;
  }
}
