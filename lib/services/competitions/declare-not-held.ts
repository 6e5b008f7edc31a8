import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isCompetitionKind, type NotHeldReason } from '@/lib/rules';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import { lotCounts, lotNotHeldBeforeScoring } from './lot-not-held';
import type { ClockOptions } from './publish-competition';
import { organizationRecipients } from './recipients';

/** Before scoring: the competition is past its deadline and not yet with the experts. */
export const NOT_HELD_BEFORE_SCORING_STATUSES = ['CLOSED', 'ADMISSION'];

/**
 * SC-4 before scoring (§4.7 L1159–1171): when EVERY lot has a not-held ground from the
 * engine (no application, only one submitted, none / only one admitted), operator staff
 * declare the competition not held: CLOSED/ADMISSION → NOT_HELD (ST-*), a NOT_HELD
 * decision per lot with its reason (re-announcement reads it), lots and plan topics
 * NOT_HELD, live applications NOT_HELD with their history, the NGOs notified. One
 * transaction, audited, optimistic lock.
 */
export async function declareCompetitionNotHeld(
  db: PrismaClient,
  actor: Actor,
  input: { competitionId: string; expectedVersion: number; comment?: string },
  context: RequestContext,
  options: ClockOptions = {},
): Promise<ServiceResult<{ reasons: Record<string, NotHeldReason> }>> {
  const now = (options.now ?? (() => new Date()))();
  const comment = input.comment?.trim() ? input.comment.trim().slice(0, 2000) : null;
  return db.$transaction(
    async (tx) => {
      const c = await tx.competition.findUnique({
        where: { id: input.competitionId },
        select: { id: true, status: true, kind: true, version: true, criteria: true, thresholdPercent: true, titleKk: true, titleRu: true, titleEn: true, lots: { select: { id: true, planTopicId: true } } },
      });
      if (!c) return refuse('competitionNotFound');
      if (!can(actor, 'manage', { type: 'competition', status: c.status })) return refuse('forbidden');
      const kind = isCompetitionKind(c.kind) ? c.kind : undefined;
      if (!NOT_HELD_BEFORE_SCORING_STATUSES.includes(c.status) || !checkTransition('competition', c.status, 'NOT_HELD', actor.role, { kind }).ok) {
        return refuse('transitionNotAllowed', { params: { status: c.status } });
      }
      if (c.version !== input.expectedVersion) return refuse('staleCompetition');

      const counts = await lotCounts(tx, c.id);
      const reasons: Record<string, NotHeldReason> = {};
      for (const lc of counts) {
        const r = lotNotHeldBeforeScoring(lc, c.criteria, c.thresholdPercent);
        if (r) reasons[lc.lotId] = r;
      }
      const held = counts.filter((lc) => !reasons[lc.lotId]);
      if (counts.length === 0 || held.length > 0) return refuse('notHeldNotApplicable', { params: { lots: held.map((l) => l.number).join(', ') } });

      const updated = await tx.competition.updateMany({
        where: { id: c.id, status: c.status, version: input.expectedVersion },
        data: { status: 'NOT_HELD', version: { increment: 1 } },
      });
      if (updated.count !== 1) return refuse('staleCompetition');

      for (const lc of counts) {
        await tx.decision.create({
          data: {
            competitionId: c.id,
            lotId: lc.lotId,
            outcome: 'NOT_HELD',
            notHeldReason: reasons[lc.lotId] ?? null,
            status: 'PUBLISHED',
            comment,
            publishedAt: now,
            recordedById: actor.id,
          },
        });
      }
      await tx.lot.updateMany({ where: { competitionId: c.id }, data: { status: 'NOT_HELD' } });
      const topicIds = c.lots.map((l) => l.planTopicId).filter((id): id is string => id !== null);
      if (topicIds.length > 0) await tx.planTopic.updateMany({ where: { id: { in: topicIds } }, data: { status: 'NOT_HELD' } });

      // Live applications follow the lot (ST-*: SUBMITTED / ADMITTED → NOT_HELD).
      const apps = await tx.application.findMany({
        where: { competitionId: c.id, status: { in: ['SUBMITTED', 'ADMITTED'] } },
        select: { id: true, status: true, organizationId: true, lotId: true },
      });
      for (const app of apps) {
        if (!checkTransition('application', app.status, 'NOT_HELD', actor.role, { kind }).ok) continue;
        const reason = (app.lotId && reasons[app.lotId]) || null;
        await tx.application.update({ where: { id: app.id }, data: { status: 'NOT_HELD', statusReason: reason, version: { increment: 1 } } });
        await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: app.status, toStatus: 'NOT_HELD', at: now, actorId: actor.id, reason } });
      }

      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'competition.not_held',
          object: { type: 'Competition', id: c.id },
          before: { status: c.status, version: c.version },
          after: { status: 'NOT_HELD', reasons, applications: apps.map((a) => a.id), comment },
          reason: Object.values(reasons).join(', '),
        },
        context,
      );
      const recipients = await organizationRecipients(tx, [...new Set(apps.map((a) => a.organizationId))]);
      await enqueueNotifications(tx, {
        templateKey: 'competition.not_held',
        payload: { competitionId: c.id, competitionTitleKk: c.titleKk, competitionTitleRu: c.titleRu, competitionTitleEn: c.titleEn, reasons: Object.values(reasons), comment },
        object: { type: 'Competition', id: c.id },
        dedupeKey: `competition.not_held:${c.id}`,
        now,
        inApp: recipients,
      });
      return { ok: true as const, reasons };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
