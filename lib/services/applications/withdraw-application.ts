import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isCompetitionKind, isOnTime } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { lockApplication, isLiveMember } from './submit-application';

export const WITHDRAWAL_REASON_MIN = 5;
export const WITHDRAWAL_REASON_MAX = 2000;

export interface WithdrawApplicationInput {
  applicationId: string;
  /** Mandatory, recorded in the status history, the audit trail and on the application. */
  reason: string;
}

export interface WithdrawOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

/**
 * Before the deadline (DL-1) an NGO may withdraw its draft or submitted application
 * (ST-*: DRAFT | SUBMITTED → WITHDRAWN) with a reason, and then start a new one for the
 * same lot: the partial unique index "one live application per lot" ignores withdrawn
 * rows (EL-3). After the deadline the withdrawal is refused with the deadline. Nothing is
 * deleted: the frozen submission stays, with its receipt, as a record.
 */
export async function withdrawApplication(
  db: PrismaClient,
  actor: Actor,
  input: WithdrawApplicationInput,
  context: RequestContext,
  options: WithdrawOptions = {},
): Promise<ServiceResult<{ withdrawnAt: Date }>> {
  const reason = input.reason.trim();
  if (reason.length < WITHDRAWAL_REASON_MIN) return refuse('withdrawalReasonRequired', { field: 'reason' });
  if (reason.length > WITHDRAWAL_REASON_MAX) return refuse('withdrawalReasonTooLong', { field: 'reason' });
  const clock = options.now ?? (() => new Date());

  return db.$transaction(
    async (tx) => {
      // Serialise with a concurrent submit or withdrawal of the same application.
      if (!(await lockApplication(tx, input.applicationId))) return refuse('applicationNotFound');
      const app = await tx.application.findUniqueOrThrow({
        where: { id: input.applicationId },
        include: { competition: { select: { id: true, kind: true, deadlineAt: true, titleKk: true, titleRu: true, titleEn: true } } },
      });
      if (!(await isLiveMember(tx, actor, app.organizationId))) return refuse('notMemberOfOrganization');

      const kind = isCompetitionKind(app.competition.kind) ? app.competition.kind : undefined;
      const transition = checkTransition('application', app.status, 'WITHDRAWN', 'NGO', { kind });
      if (!transition.ok) return refuse('notWithdrawable', { params: { status: app.status } });

      // DL-1: judged by the server clock at the moment of the write.
      const now = clock();
      const deadline = app.competition.deadlineAt;
      if (deadline && !isOnTime(now, deadline)) return refuse('deadlinePassed', { params: { deadline: deadline.toISOString() } });

      await tx.application.update({
        where: { id: app.id },
        data: { status: 'WITHDRAWN', withdrawnAt: now, withdrawalReason: reason, statusReason: reason, version: { increment: 1 } },
      });
      await tx.applicationStatusChange.create({
        data: { applicationId: app.id, fromStatus: app.status, toStatus: 'WITHDRAWN', at: now, actorId: actor.id, reason },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'application.withdrawn',
          object: { type: 'Application', id: app.id },
          before: { status: app.status },
          after: { status: 'WITHDRAWN', withdrawnAt: now.toISOString(), receiptNumber: app.receiptNumber },
          reason,
        },
        context,
      );
      const members = await tx.organizationMembership.findMany({
        where: { organizationId: app.organizationId, endedAt: null },
        select: { user: { select: { id: true, locale: true } } },
      });
      await tx.notification.createMany({
        data: members.map(({ user }) => ({
          channel: 'IN_APP' as const,
          recipientId: user.id,
          templateKey: 'application.withdrawn',
          locale: user.locale,
          payload: {
            applicationId: app.id,
            receiptNumber: app.receiptNumber,
            competitionTitleKk: app.competition.titleKk,
            competitionTitleRu: app.competition.titleRu,
            competitionTitleEn: app.competition.titleEn,
            reason,
          },
          objectType: 'Application',
          objectId: app.id,
          dedupeKey: `application.withdrawn:${app.id}:${user.id}`,
          status: 'SENT',
          attempts: 0,
          nextAttemptAt: null,
          sentAt: now,
          createdAt: now,
        })),
      });
      return { ok: true as const, withdrawnAt: now };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
