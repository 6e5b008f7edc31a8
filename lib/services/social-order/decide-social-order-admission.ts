import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isDumping, isOnTime, minimumNonDumpingPrice } from '@/lib/rules';
import { enqueueNotifications, type NotificationRecipient } from '../notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import { allocatedAmountOf } from './allocated';
import { socialOrderSettingsOf } from './settings';

/** SO-2 reason code stored on AdmissionDecision.reasons (the schema's documented code). */
export const DUMPING_REASON = 'SO-2';

export const decideSocialOrderAdmissionSchema = z
  .object({
    applicationId: z.string().min(1),
    expectedVersion: z.number().int().min(0),
    admitted: z.boolean(),
    comment: z.string().trim().max(4000, 'commentTooLong').default(''),
  })
  .superRefine((v, ctx) => {
    if (!v.admitted && v.comment.length === 0) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'commentRequired' });
  });
export type DecideSocialOrderAdmissionInput = z.input<typeof decideSocialOrderAdmissionSchema>;

/**
 * The admission of a submitted social-order bid (stage 6, task 1 of the commission,
 * L2599–2614), the social-order sibling of admission/decide-admission.ts with the same
 * guarantees (policy re-check, ST-* machine SUBMITTED → ADMITTED / NOT_ADMITTED, DL-1:
 * only after the deadline, optimistic lock, audit, notifications in ONE transaction).
 * SO-2: a bid more than the dumping share (20%) below the allocated amount is NOT admitted —
 * admitting it is refused (`dumpingBid`), and a non-admission of a dumping bid records the
 * reason `SO-2` whatever the operator ticked.
 */
export async function decideSocialOrderAdmission(
  db: PrismaClient,
  actor: Actor,
  raw: DecideSocialOrderAdmissionInput,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ status: 'ADMITTED' | 'NOT_ADMITTED'; decisionId: string; reasons: string[] }>> {
  const parsed = decideSocialOrderAdmissionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message ?? 'invalidInput', { field: String(issue?.path[0] ?? 'form') });
  }
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(
    async (tx) => {
      const app = await tx.application.findUnique({
        where: { id: input.applicationId },
        select: {
          id: true, status: true, version: true, organizationId: true, submittedById: true, bidPriceKzt: true,
          lot: { select: { budgetKzt: true } },
          competition: { select: { id: true, kind: true, deadlineAt: true, allocatedKzt: true, settings: true, dumpingPercent: true, titleKk: true, titleRu: true, titleEn: true } },
        },
      });
      if (!app || app.competition.kind !== 'SOCIAL_ORDER') return refuse('applicationNotFound');
      if (!can(actor, 'review', { type: 'application', organizationId: app.organizationId, status: app.status })) return refuse('forbidden');
      if (app.status === 'ADMITTED' || app.status === 'NOT_ADMITTED') return refuse('alreadyDecided');
      const to = input.admitted ? 'ADMITTED' : 'NOT_ADMITTED';
      if (!checkTransition('application', app.status, to, 'OPERATOR', { kind: 'SOCIAL_ORDER' }).ok) return refuse('notSubmitted', { params: { status: app.status } });
      // DL-1: admission happens after the close.
      const deadlineAt = app.competition.deadlineAt;
      if (deadlineAt === null || isOnTime(now, deadlineAt)) return refuse('deadlineNotPassed');
      if (input.expectedVersion !== app.version) return refuse('staleApplication');

      const allocated = allocatedAmountOf(app.lot, app.competition);
      if (allocated === null) return refuse('noAllocatedAmount');
      if (app.bidPriceKzt === null) {
        if (input.admitted) return refuse('bidMissing');
      }
      const { dumpingShare } = socialOrderSettingsOf(app.competition);
      const dumping = app.bidPriceKzt !== null && isDumping(Number(app.bidPriceKzt), allocated, dumpingShare); // SO-2
      if (input.admitted && dumping) {
        return refuse('dumpingBid', { params: { bid: Number(app.bidPriceKzt), minimum: minimumNonDumpingPrice(allocated, dumpingShare), allocated } });
      }
      const reasons = input.admitted ? [] : dumping ? [DUMPING_REASON] : [];
      const comment = input.comment.length > 0 ? input.comment : null;
      const reasonText = input.admitted ? null : [...reasons, comment].filter(Boolean).join(': ');

      const updated = await tx.application.updateMany({
        where: { id: app.id, status: 'SUBMITTED', version: input.expectedVersion },
        data: { status: to, statusReason: reasonText, version: { increment: 1 } },
      });
      if (updated.count !== 1) return refuse('staleApplication');
      const decision = await tx.admissionDecision.create({
        data: { applicationId: app.id, admitted: input.admitted, reasons, comment, decidedById: actor.id, decidedAt: now },
        select: { id: true },
      });
      await tx.applicationStatusChange.create({
        data: { applicationId: app.id, fromStatus: 'SUBMITTED', toStatus: to, at: now, actorId: actor.id, reason: reasonText },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: input.admitted ? 'application.admitted' : 'application.not_admitted',
          object: { type: 'Application', id: app.id },
          before: { status: 'SUBMITTED', version: app.version },
          after: { status: to, admissionDecisionId: decision.id, reasons, comment, bidPriceKzt: app.bidPriceKzt, allocatedKzt: allocated },
          ...(reasonText ? { reason: reasonText } : {}),
        },
        context,
      );
      const members = await tx.organizationMembership.findMany({
        where: { organizationId: app.organizationId, endedAt: null, user: { active: true } },
        select: { user: { select: { id: true, locale: true } } },
      });
      const submitter = app.submittedById ? await tx.user.findUnique({ where: { id: app.submittedById }, select: { id: true, locale: true } }) : null;
      await enqueueNotifications(tx, {
        templateKey: 'application.admission',
        payload: {
          applicationId: app.id,
          competitionId: app.competition.id,
          competitionTitleKk: app.competition.titleKk,
          competitionTitleRu: app.competition.titleRu,
          competitionTitleEn: app.competition.titleEn,
          admitted: input.admitted,
          reasons,
          comment,
        },
        object: { type: 'Application', id: app.id },
        dedupeKey: `application.admission:${decision.id}`,
        now,
        inApp: members.map((m) => m.user as NotificationRecipient),
        email: submitter ? [submitter as NotificationRecipient] : [],
      });
      return { ok: true as const, status: to, decisionId: decision.id, reasons };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
