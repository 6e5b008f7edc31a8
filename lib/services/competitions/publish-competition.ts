import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isCompetitionKind } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { dbDate } from './almaty-input';
import { publishIssues, type PublishIssue } from './publish-check';
import { loadWorkCalendar } from './work-calendar';

export interface ClockOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

export type PublishResult = ServiceResult<{ status: 'ANNOUNCED' | 'OPEN'; version: number }> | { ok: false; error: { code: string; params?: Record<string, string | number> }; issues: PublishIssue[] };

/**
 * Publish (stage 2, L956–974): DRAFT → ANNOUNCED, and at once → OPEN when the opening
 * instant has already come (ST-*, both checked on the competition machine). Refused with
 * every reason while an announcement field is missing or DL-3 fails. Optimistic lock on
 * Competition.version. Topics of the lots become ANNOUNCED. Audited (and the opening as a
 * second event).
 */
export async function publishCompetition(
  db: PrismaClient,
  actor: Actor,
  input: { competitionId: string; expectedVersion: number },
  context: RequestContext,
  options: ClockOptions = {},
): Promise<PublishResult> {
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(
    async (tx) => {
      const c = await tx.competition.findUnique({
        where: { id: input.competitionId },
        include: { lots: { select: { planTopicId: true, periodStart: true, periodEnd: true, budgetKzt: true } } },
      });
      if (!c) return refuse('competitionNotFound');
      if (!can(actor, 'manage', { type: 'competition', status: c.status })) return refuse('forbidden');
      const kind = isCompetitionKind(c.kind) ? c.kind : undefined;
      if (!checkTransition('competition', c.status, 'ANNOUNCED', actor.role, { kind }).ok) return refuse('notDraft', { params: { status: c.status } });
      if (c.version !== input.expectedVersion) return refuse('staleCompetition');

      const cal = await loadWorkCalendar(tx);
      const { issues, timeline } = publishIssues(c, now, cal);
      const first = issues[0];
      if (first) return { ok: false as const, error: { code: first.code, ...(first.params ? { params: first.params } : {}) }, issues };

      // Opening instant already reached: accepting from now on (ANNOUNCED → OPEN).
      const openNow = c.opensAt !== null && c.opensAt.getTime() <= now.getTime() && checkTransition('competition', 'ANNOUNCED', 'OPEN', actor.role, { kind }).ok;
      const to = openNow ? 'OPEN' : 'ANNOUNCED';
      const updated = await tx.competition.updateMany({
        where: { id: c.id, status: 'DRAFT', version: input.expectedVersion },
        data: { status: to, announcedAt: now, coiDueOn: timeline ? dbDate(timeline.coiDueOn) : c.coiDueOn, version: { increment: 1 } },
      });
      if (updated.count !== 1) return refuse('staleCompetition');
      const topicIds = c.lots.map((l) => l.planTopicId).filter((id): id is string => id !== null);
      if (topicIds.length > 0) await tx.planTopic.updateMany({ where: { id: { in: topicIds } }, data: { status: 'ANNOUNCED' } });

      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'competition.announced',
          object: { type: 'Competition', id: c.id },
          before: { status: 'DRAFT', version: c.version },
          after: { status: 'ANNOUNCED', announcedAt: now, opensAt: c.opensAt, deadlineAt: c.deadlineAt, timeline },
        },
        context,
      );
      if (openNow) {
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'competition.opened',
            object: { type: 'Competition', id: c.id },
            before: { status: 'ANNOUNCED' },
            after: { status: 'OPEN', opensAt: c.opensAt },
          },
          context,
        );
      }
      return { ok: true as const, status: to, version: c.version + 1 };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
