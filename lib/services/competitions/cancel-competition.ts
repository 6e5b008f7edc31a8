import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isCompetitionKind } from '@/lib/rules';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import type { ClockOptions } from './publish-competition';
import { organizationRecipients } from './recipients';

export const cancelCompetitionSchema = z.object({
  competitionId: z.string().min(1),
  expectedVersion: z.number().int().min(0),
  reason: z.string().trim().min(1, 'reasonRequired').max(2000, 'tooLong'),
});
export type CancelCompetitionInput = z.input<typeof cancelCompetitionSchema>;

/**
 * Operator staff cancel a competition with a reason (ST-*: CANCEL from any status before
 * results). Live applications are cancelled with their history, topics announced by it
 * go back to PLANNED (they may be announced again), the NGOs that applied are notified.
 * One transaction, audited, optimistic lock.
 */
export async function cancelCompetition(
  db: PrismaClient,
  actor: Actor,
  rawInput: CancelCompetitionInput,
  context: RequestContext,
  options: ClockOptions = {},
): Promise<ServiceResult<{ version: number }>> {
  const parsed = cancelCompetitionSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'invalidInput', { field: 'reason' });
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(
    async (tx) => {
      const c = await tx.competition.findUnique({
        where: { id: input.competitionId },
        select: { id: true, status: true, kind: true, version: true, titleKk: true, titleRu: true, titleEn: true, lots: { select: { planTopicId: true } } },
      });
      if (!c) return refuse('competitionNotFound');
      if (!can(actor, 'manage', { type: 'competition', status: c.status })) return refuse('forbidden');
      const kind = isCompetitionKind(c.kind) ? c.kind : undefined;
      if (!checkTransition('competition', c.status, 'CANCELLED', actor.role, { kind }).ok) return refuse('transitionNotAllowed', { params: { status: c.status } });
      const updated = await tx.competition.updateMany({
        where: { id: c.id, status: c.status, version: input.expectedVersion },
        data: { status: 'CANCELLED', cancelledAt: now, cancellationReason: input.reason, version: { increment: 1 } },
      });
      if (updated.count !== 1) return refuse('staleCompetition');
      await tx.lot.updateMany({ where: { competitionId: c.id }, data: { status: 'CANCELLED' } });
      const topicIds = c.lots.map((l) => l.planTopicId).filter((id): id is string => id !== null);
      if (topicIds.length > 0) await tx.planTopic.updateMany({ where: { id: { in: topicIds }, status: 'ANNOUNCED' }, data: { status: 'PLANNED' } });

      const apps = await tx.application.findMany({
        where: { competitionId: c.id, status: { in: ['DRAFT', 'SUBMITTED', 'ADMITTED', 'UNDER_REVIEW', 'SCORED'] } },
        select: { id: true, status: true, organizationId: true },
      });
      for (const app of apps) {
        if (!checkTransition('application', app.status, 'CANCELLED', actor.role, { kind }).ok) continue;
        await tx.application.update({ where: { id: app.id }, data: { status: 'CANCELLED', statusReason: input.reason, version: { increment: 1 } } });
        await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: app.status, toStatus: 'CANCELLED', at: now, actorId: actor.id, reason: input.reason } });
      }
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'competition.cancelled',
          object: { type: 'Competition', id: c.id },
          before: { status: c.status, version: c.version },
          after: { status: 'CANCELLED', cancelledAt: now, applications: apps.map((a) => a.id) },
          reason: input.reason,
        },
        context,
      );
      const recipients = await organizationRecipients(tx, [...new Set(apps.map((a) => a.organizationId))]);
      await enqueueNotifications(tx, {
        templateKey: 'competition.cancelled',
        payload: { competitionId: c.id, competitionTitleKk: c.titleKk, competitionTitleRu: c.titleRu, competitionTitleEn: c.titleEn, reason: input.reason },
        object: { type: 'Competition', id: c.id },
        dedupeKey: `competition.cancelled:${c.id}`,
        now,
        inApp: recipients,
      });
      return { ok: true as const, version: c.version + 1 };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
