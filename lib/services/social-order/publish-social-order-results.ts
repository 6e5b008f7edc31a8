import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';

export const publishSocialOrderResultsSchema = z.object({ competitionId: z.string().min(1), expectedVersion: z.number().int().min(0) });

/**
 * Publication of a social-order competition's results (stage 6 → 7, L2616–2663): once the
 * commission has ADOPTED every lot's ranking by its vote (CM-2, record-social-order-votes.ts),
 * in ONE transaction, the sibling of results/publish-results.ts:
 *  - competition (SCORING | COMMISSION_MEETING) → RESULTS_PUBLISHED (ST-* PUBLISH_RESULTS;
 *    from SCORING through CLOSE_SCORING first), or → NOT_HELD when no lot has a winner;
 *  - every decision DRAFT → PUBLISHED with publishedAt;
 *  - per the SO-1 ranking the winner (lowest conditional price, market-experience
 *    tie-break) SCORED → WINNER, the other ranked bids SCORED → NOT_WINNER;
 *  - each NGO notified 'results.published' (members in-app, the submitter by e-mail); audit.
 * Optimistic lock on Competition.version.
 */
export async function publishSocialOrderResults(
  db: PrismaClient,
  actor: Actor,
  raw: z.input<typeof publishSocialOrderResultsSchema>,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ status: 'RESULTS_PUBLISHED' | 'NOT_HELD'; winners: number; notified: number }>> {
  const parsed = publishSocialOrderResultsSchema.safeParse(raw);
  if (!parsed.success) return refuse('invalidInput');
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(
    async (tx) => {
      const c = await tx.competition.findUnique({
        where: { id: input.competitionId },
        select: {
          id: true, kind: true, status: true, version: true, titleKk: true, titleRu: true, titleEn: true,
          lots: { select: { id: true } },
          decisions: {
            where: { lotId: { not: null } },
            select: {
              id: true, lotId: true, status: true, outcome: true, comment: true,
              votes: { select: { id: true } },
              rankingRows: { select: { applicationId: true, rank: true, winner: true, application: { select: { status: true, organizationId: true, submittedById: true } } } },
            },
          },
        },
      });
      if (!c || c.kind !== 'SOCIAL_ORDER') return refuse('competitionNotFound');
      if (!can(actor, 'manage', { type: 'competition', status: c.status })) return refuse('forbidden');
      if (c.status === 'RESULTS_PUBLISHED' || c.status === 'NOT_HELD') return refuse('alreadyPublished');
      if (c.status !== 'SCORING' && c.status !== 'COMMISSION_MEETING') return refuse('notReadyToPublish', { params: { status: c.status } });
      if (c.version !== input.expectedVersion) return refuse('staleCompetition');
      if (c.decisions.length === 0 || c.lots.some((l) => !c.decisions.some((d) => d.lotId === l.id))) return refuse('rankingMissing');
      // CM-2: the commission's vote adopted every lot's decision.
      if (c.decisions.some((d) => d.votes.length === 0)) return refuse('votesMissing');
      if (c.decisions.some((d) => d.comment === 'NOT_ADOPTED')) return refuse('decisionNotAdopted');
      if (c.decisions.some((d) => d.status !== 'DRAFT')) return refuse('alreadyPublished');

      const anyWinner = c.decisions.some((d) => d.outcome === 'HELD' && d.rankingRows.some((r) => r.winner));
      const to = anyWinner ? 'RESULTS_PUBLISHED' : 'NOT_HELD';
      const path = c.status === 'SCORING' ? ['SCORING', 'COMMISSION_MEETING', to] : ['COMMISSION_MEETING', to];
      for (let i = 1; i < path.length; i++) {
        if (!checkTransition('competition', path[i - 1]!, path[i]!, 'OPERATOR', { kind: 'SOCIAL_ORDER' }).ok) return refuse('forbidden');
      }
      const moved = await tx.competition.updateMany({
        where: { id: c.id, status: c.status, version: input.expectedVersion },
        data: { status: to, resultsPublishedAt: now, version: { increment: 1 } },
      });
      if (moved.count !== 1) return refuse('staleCompetition');
      await tx.decision.updateMany({ where: { id: { in: c.decisions.map((d) => d.id) }, status: 'DRAFT' }, data: { status: 'PUBLISHED', publishedAt: now } });
      const notHeldLots = c.decisions.filter((d) => d.outcome === 'NOT_HELD').flatMap((d) => (d.lotId ? [d.lotId] : []));
      if (notHeldLots.length > 0) await tx.lot.updateMany({ where: { id: { in: notHeldLots } }, data: { status: 'NOT_HELD' } });

      const changes: { id: string; from: string; to: 'WINNER' | 'NOT_WINNER'; rank: number; organizationId: string; submittedById: string | null }[] = [];
      for (const d of c.decisions) {
        for (const r of d.rankingRows) {
          const target = r.winner ? 'WINNER' : 'NOT_WINNER';
          // ST-*: SCORED → WINNER (SELECT) / NOT_WINNER (NOT_SELECT); anything else stays.
          if (!checkTransition('application', r.application.status, target, 'OPERATOR', { kind: 'SOCIAL_ORDER' }).ok) continue;
          changes.push({ id: r.applicationId, from: r.application.status, to: target, rank: r.rank, organizationId: r.application.organizationId, submittedById: r.application.submittedById });
        }
      }
      for (const ch of changes) {
        await tx.application.updateMany({ where: { id: ch.id, status: ch.from }, data: { status: ch.to, statusReason: null, version: { increment: 1 } } });
      }
      if (changes.length > 0) {
        await tx.applicationStatusChange.createMany({
          data: changes.map((ch) => ({ applicationId: ch.id, fromStatus: ch.from, toStatus: ch.to, at: now, actorId: actor.id, reason: `SO-1 rank ${ch.rank}` })),
        });
      }

      const orgIds = [...new Set(changes.map((ch) => ch.organizationId))];
      const memberships = orgIds.length
        ? await tx.organizationMembership.findMany({
            where: { organizationId: { in: orgIds }, endedAt: null, user: { active: true } },
            select: { organizationId: true, user: { select: { id: true, locale: true } } },
          })
        : [];
      const submitterIds = [...new Set(changes.flatMap((ch) => (ch.submittedById ? [ch.submittedById] : [])))];
      const submitters = new Map((submitterIds.length ? await tx.user.findMany({ where: { id: { in: submitterIds }, active: true }, select: { id: true, locale: true } }) : []).map((u) => [u.id, u]));
      let notified = 0;
      for (const ch of changes) {
        const submitter = ch.submittedById ? submitters.get(ch.submittedById) : undefined;
        notified += await enqueueNotifications(tx, {
          templateKey: 'results.published',
          payload: {
            applicationId: ch.id,
            competitionId: c.id,
            competitionTitleKk: c.titleKk,
            competitionTitleRu: c.titleRu,
            competitionTitleEn: c.titleEn,
            outcome: ch.to,
            rank: ch.rank,
          },
          object: { type: 'Application', id: ch.id },
          dedupeKey: `results.published:${ch.id}`,
          now,
          inApp: memberships.filter((m) => m.organizationId === ch.organizationId).map((m) => m.user),
          ...(submitter ? { email: [submitter] } : {}),
        });
      }
      const winners = changes.filter((ch) => ch.to === 'WINNER').length;
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: to === 'NOT_HELD' ? 'competition.declared_not_held' : 'competition.results_published',
          object: { type: 'Competition', id: c.id },
          before: { status: c.status, version: c.version },
          after: { status: to, resultsPublishedAt: now, applications: changes.map((ch) => ({ id: ch.id, from: ch.from, to: ch.to })) },
          reason: 'SO-1, CM-2',
        },
        context,
      );
      return { ok: true as const, status: to, winners, notified };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
