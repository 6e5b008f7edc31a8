import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isCompetitionKind } from '@/lib/rules';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import { resultsRole } from './results-access';

export interface PublishResultsOptions {
  now?: () => Date;
}

export type PublishResultsResult = ServiceResult<{ status: 'RESULTS_PUBLISHED' | 'NOT_HELD'; winners: number; notified: number }>;

/**
 * Publishing the commission's results (L1035–1036): operator staff, once the meeting is
 * recorded. In ONE transaction:
 *  - the competition COMMISSION_MEETING → RESULTS_PUBLISHED (ST-*: PUBLISH_RESULTS), or —
 *    when every lot is not held (SC-4) — → NOT_HELD (DECLARE_NOT_HELD);
 *  - every lot decision DRAFT → PUBLISHED with publishedAt; a lot not held gets status NOT_HELD;
 *  - applications per the application machine: in a held lot the ranked winners SCORED →
 *    WINNER (SELECT) and the others SCORED → NOT_WINNER (NOT_SELECT); in a lot not held
 *    SUBMITTED / ADMITTED / SCORED → NOT_HELD (DECLARE_NOT_HELD) with the SC-4 reason;
 *  - the NGO of each of them notified 'results.published' (members in the cabinet, the
 *    submitter by e-mail), and the audit event.
 */
export async function publishResults(
  db: PrismaClient,
  actor: Actor,
  input: { competitionId: string },
  context: RequestContext,
  options: PublishResultsOptions = {},
): Promise<PublishResultsResult> {
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(
    async (tx) => {
      const competition = await tx.competition.findUnique({
        where: { id: input.competitionId },
        select: {
          id: true,
          kind: true,
          status: true,
          version: true,
          titleKk: true,
          titleRu: true,
          titleEn: true,
          commissions: {
            where: { purpose: 'SELECTION', status: 'APPROVED' },
            orderBy: { createdAt: 'desc' },
            take: 1,
            select: { id: true, meeting: { select: { id: true } }, members: { select: { expertId: true, userId: true, role: true, removedAt: true } } },
          },
          decisions: {
            where: { lotId: { not: null } },
            select: { id: true, lotId: true, outcome: true, notHeldReason: true, status: true, rankingRows: { select: { applicationId: true, winner: true, rank: true } } },
          },
        },
      });
      if (!competition) return refuse('competitionNotFound');
      const commission = competition.commissions[0];
      if (resultsRole(actor, competition, commission?.members ?? []) !== 'staff') return refuse('forbidden');
      if (competition.status === 'RESULTS_PUBLISHED' || competition.status === 'NOT_HELD') return refuse('alreadyPublished');
      if (competition.status !== 'COMMISSION_MEETING') return refuse('notAtMeeting', { params: { status: competition.status } });
      if (!commission?.meeting) return refuse('meetingNotRecorded');
      const decisions = competition.decisions;
      if (decisions.length === 0) return refuse('noDecisions');

      const kind = isCompetitionKind(competition.kind) ? competition.kind : undefined;
      const allNotHeld = decisions.every((d) => d.outcome === 'NOT_HELD');
      const to = allNotHeld ? 'NOT_HELD' : 'RESULTS_PUBLISHED';
      if (!checkTransition('competition', 'COMMISSION_MEETING', to, 'OPERATOR', { kind }).ok) return refuse('forbidden');
      const moved = await tx.competition.updateMany({
        where: { id: competition.id, status: 'COMMISSION_MEETING', version: competition.version },
        data: { status: to, resultsPublishedAt: now, version: { increment: 1 } },
      });
      if (moved.count !== 1) return refuse('alreadyPublished');

      await tx.decision.updateMany({ where: { id: { in: decisions.map((d) => d.id) }, status: 'DRAFT' }, data: { status: 'PUBLISHED', publishedAt: now } });
      const notHeldLots = decisions.filter((d) => d.outcome === 'NOT_HELD').flatMap((d) => (d.lotId ? [d.lotId] : []));
      if (notHeldLots.length > 0) await tx.lot.updateMany({ where: { id: { in: notHeldLots } }, data: { status: 'NOT_HELD' } });

      const applications = await tx.application.findMany({
        where: { competitionId: competition.id, lotId: { in: decisions.flatMap((d) => (d.lotId ? [d.lotId] : [])) } },
        select: { id: true, lotId: true, status: true, organizationId: true, submittedById: true },
      });
      const decisionOfLot = new Map(decisions.map((d) => [d.lotId, d]));
      const rowOf = new Map(decisions.flatMap((d) => d.rankingRows.map((r) => [r.applicationId, r] as const)));
      const changes: {
        id: string;
        from: string;
        to: 'WINNER' | 'NOT_WINNER' | 'NOT_HELD';
        reason: string;
        statusReason: string | null;
        organizationId: string;
        submittedById: string | null;
        rank: number | null;
      }[] = [];
      for (const a of applications) {
        const d = decisionOfLot.get(a.lotId);
        if (!d) continue;
        const row = rowOf.get(a.id);
        const target = d.outcome === 'NOT_HELD' ? 'NOT_HELD' : row?.winner ? 'WINNER' : 'NOT_WINNER';
        // ST-*: only the moves the application machine allows (NOT_ADMITTED, WITHDRAWN… stay).
        if (!checkTransition('application', a.status, target, 'OPERATOR', { kind }).ok) continue;
        const reason = target === 'NOT_HELD' ? `SC-4 ${d.notHeldReason ?? ''}`.trim() : row ? `SC-3 rank ${row.rank}${target === 'WINNER' ? ', SC-5' : ''}` : 'SC-2: not scored';
        changes.push({ id: a.id, from: a.status, to: target, reason, statusReason: target === 'NOT_HELD' ? d.notHeldReason : null, organizationId: a.organizationId, submittedById: a.submittedById, rank: row?.rank ?? null });
      }
      // Grouped by (from, to, status reason): a few statements whatever the number of applications.
      const groups = new Map<string, string[]>();
      for (const c of changes) {
        const key = JSON.stringify([c.from, c.to, c.statusReason]);
        groups.set(key, [...(groups.get(key) ?? []), c.id]);
      }
      for (const [key, ids] of groups) {
        const [from, target, statusReason] = JSON.parse(key) as [string, string, string | null];
        await tx.application.updateMany({ where: { id: { in: ids }, status: from }, data: { status: target, statusReason, version: { increment: 1 } } });
      }
      if (changes.length > 0) {
        await tx.applicationStatusChange.createMany({
          data: changes.map((c) => ({ applicationId: c.id, fromStatus: c.from, toStatus: c.to, at: now, actorId: actor.id, reason: c.reason })),
        });
      }

      // The NGOs are told (outbox, same transaction).
      const orgIds = [...new Set(changes.map((c) => c.organizationId))];
      const memberships = orgIds.length
        ? await tx.organizationMembership.findMany({
            where: { organizationId: { in: orgIds }, endedAt: null, user: { active: true } },
            select: { organizationId: true, user: { select: { id: true, locale: true } } },
          })
        : [];
      const submitterIds = [...new Set(changes.flatMap((c) => (c.submittedById ? [c.submittedById] : [])))];
      const submitters = new Map(
        (submitterIds.length ? await tx.user.findMany({ where: { id: { in: submitterIds }, active: true }, select: { id: true, locale: true } }) : []).map((u) => [u.id, u]),
      );
      let notified = 0;
      for (const c of changes) {
        const submitter = c.submittedById ? submitters.get(c.submittedById) : undefined;
        notified += await enqueueNotifications(tx, {
          templateKey: 'results.published',
          payload: {
            applicationId: c.id,
            competitionId: competition.id,
            competitionTitleKk: competition.titleKk,
            competitionTitleRu: competition.titleRu,
            competitionTitleEn: competition.titleEn,
            outcome: c.to,
            rank: c.rank,
          },
          object: { type: 'Application', id: c.id },
          dedupeKey: `results.published:${c.id}`,
          now,
          inApp: memberships.filter((m) => m.organizationId === c.organizationId).map((m) => m.user),
          ...(submitter ? { email: [submitter] } : {}),
        });
      }

      const winners = changes.filter((c) => c.to === 'WINNER').length;
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: allNotHeld ? 'competition.declared_not_held' : 'competition.results_published',
          object: { type: 'Competition', id: competition.id },
          before: { status: 'COMMISSION_MEETING', version: competition.version },
          after: {
            status: to,
            resultsPublishedAt: now,
            decisions: decisions.map((d) => ({ id: d.id, lotId: d.lotId, outcome: d.outcome, notHeldReason: d.notHeldReason })),
            applications: changes.map((c) => ({ id: c.id, from: c.from, to: c.to })),
          },
          reason: allNotHeld ? 'SC-4: every lot not held' : 'L1035–1036',
        },
        context,
      );
      return { ok: true as const, status: to, winners, notified };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
