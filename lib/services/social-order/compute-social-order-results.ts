import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { loadCompetitionConflicts } from '../coi/expert-access';
import { ADMITTED_STATUSES } from '../results/compute-results';
import { refuse, type ServiceResult } from '../result';
import { allocatedAmountOf } from './allocated';
import { rankSocialOrderLot, type SocialOrderLotRanking } from './rank-applications';
import { socialOrderSettingsOf } from './settings';

export const computeSocialOrderResultsSchema = z.object({ competitionId: z.string().min(1) });

/**
 * Stage 6, commission tasks 2–4 (L2599–2620): from the members' SIGNED sheets of the
 * APPROVED selection commission, per lot — SO-1 knock-out (criterion 1 = 0) and SO-2
 * dumping exclusion, conditional price discount 10/20/30%, lowest conditional price first,
 * market-experience tie-break (lib/rules `rankSocialOrderBids`). Writes ONE draft Decision
 * per lot with its RankingRows (discount, conditional price, proposed winner), moves
 * knocked-out bids to NOT_ADMITTED (ST-* EXCLUDE, SOCIAL_ORDER only) and audits it.
 * The decision is adopted later by the commission's vote (record-social-order-votes.ts).
 * A lot that already has a decision is refused (`alreadyComputed`); so is a commission whose
 * scoring is not finished (`unsignedSheets`, `scoringIncomplete` with the number missing).
 */
export async function computeSocialOrderResults(
  db: PrismaClient,
  actor: Actor,
  raw: z.input<typeof computeSocialOrderResultsSchema>,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ lots: { lotId: string; decisionId: string; ranking: SocialOrderLotRanking }[] }>> {
  const parsed = computeSocialOrderResultsSchema.safeParse(raw);
  if (!parsed.success) return refuse('invalidInput');
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(
    async (tx) => {
      const c = await tx.competition.findUnique({
        where: { id: parsed.data.competitionId },
        select: {
          id: true, kind: true, status: true, allocatedKzt: true, settings: true, dumpingPercent: true,
          lots: { orderBy: { number: 'asc' }, select: { id: true, budgetKzt: true, decisions: { select: { id: true } } } },
          commissions: { where: { purpose: 'SELECTION', status: 'APPROVED' }, select: { id: true } },
        },
      });
      if (!c || c.kind !== 'SOCIAL_ORDER') return refuse('competitionNotFound');
      if (!can(actor, 'manage', { type: 'competition', status: c.status })) return refuse('forbidden');
      const commission = c.commissions[0];
      if (!commission) return refuse('commissionNotApproved');
      if (c.lots.some((l) => l.decisions.length > 0)) return refuse('alreadyComputed');
      const settings = socialOrderSettingsOf(c);

      // SC-2 / CM-2: the totals are summed, so every voting member scores every admitted bid
      // unless barred by a conflict (CI-1, automatic or declared) — and no sheet is left unsigned.
      const unsigned = await tx.scoreSheet.count({ where: { commissionId: commission.id, status: { notIn: ['SIGNED', 'VOIDED'] } } });
      if (unsigned > 0) return refuse('unsignedSheets', { params: { count: unsigned } });
      const conflicts = await loadCompetitionConflicts(tx, c.id, { now });
      const signed = new Set(
        (await tx.scoreSheet.findMany({ where: { commissionId: commission.id, status: 'SIGNED' }, select: { expertId: true, applicationId: true } })).map((s) => `${s.expertId}/${s.applicationId}`),
      );
      const voting = await tx.commissionMember.findMany({ where: { commissionId: commission.id, removedAt: null, votingRight: true, expertId: { not: null } }, select: { expertId: true } });
      const missing = voting.flatMap((m) => conflicts.applications.filter((a) => !signed.has(`${m.expertId}/${a.id}`) && conflicts.all(m.expertId!, a.id).length === 0)).length;
      if (missing > 0) return refuse('scoringIncomplete', { params: { missing } });

      const out: { lotId: string; decisionId: string; ranking: SocialOrderLotRanking }[] = [];
      for (const lot of c.lots) {
        const allocated = allocatedAmountOf(lot, c);
        if (allocated === null) return refuse('noAllocatedAmount');
        const apps = (
          await tx.application.findMany({
            where: { lotId: lot.id, withdrawnAt: null },
            select: { id: true, status: true, bidPriceKzt: true, marketExperienceYears: true },
          })
        ).filter((a) => ADMITTED_STATUSES.has(a.status) && a.bidPriceKzt !== null);
        const sheets = await tx.scoreSheet.findMany({
          where: { applicationId: { in: apps.map((a) => a.id) }, commissionId: commission.id, status: 'SIGNED', total: { not: null } },
          select: { applicationId: true, total: true, scores: { select: { criterionId: true, value: true } } },
        });
        const ranking = rankSocialOrderLot(
          apps.map((a) => ({ id: a.id, bidPriceKzt: Number(a.bidPriceKzt), marketExperienceYears: a.marketExperienceYears ?? 0 })),
          sheets.map((s) => ({ applicationId: s.applicationId, total: s.total ?? 0, scores: Object.fromEntries(s.scores.map((x) => [x.criterionId, x.value])) })),
          allocated,
          settings,
        );
        const decision = await tx.decision.create({
          data: {
            competitionId: c.id,
            lotId: lot.id,
            commissionId: commission.id,
            outcome: ranking.winner ? 'HELD' : 'NOT_HELD',
            notHeldReason: ranking.winner ? null : 'NONE_ADMITTED',
            status: 'DRAFT',
            recordedById: actor.id,
          },
          select: { id: true },
        });
        const ranked = ranking.rows.filter((r) => r.rank !== null);
        await tx.rankingRow.createMany({
          data: ranked.map((r) => ({
            decisionId: decision.id,
            applicationId: r.applicationId,
            rank: r.rank!,
            score: r.totalScore,
            pointsSum: r.pointsSum,
            expertsCount: r.expertsCount,
            discountPercent: r.discountPercent,
            // Stored in whole tenge (the exact conditional price only ranks; the winner is paid its bid).
            conditionalPriceKzt: BigInt(Math.round(r.conditionalPrice ?? 0)),
            winner: r.winner,
          })),
        });
        // SO-1 / SO-2: excluded bids leave the competition (EXCLUDE, SOCIAL_ORDER only).
        for (const r of ranking.rows.filter((x) => x.excludedFor.length > 0)) {
          const app = apps.find((a) => a.id === r.applicationId)!;
          if (!checkTransition('application', app.status, 'NOT_ADMITTED', 'OPERATOR', { kind: 'SOCIAL_ORDER' }).ok) continue;
          const reason = r.excludedFor.map((x) => (x === 'DUMPING' ? 'SO-2' : 'SO-1')).join(', ');
          await tx.application.update({ where: { id: app.id }, data: { status: 'NOT_ADMITTED', statusReason: reason, version: { increment: 1 } } });
          await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: app.status, toStatus: 'NOT_ADMITTED', at: now, actorId: actor.id, reason } });
        }
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'decision.social_order_ranked',
            object: { type: 'Decision', id: decision.id },
            after: { lotId: lot.id, winner: ranking.winner, unresolvedTie: ranking.unresolvedTie, rows: ranking.rows },
          },
          context,
        );
        out.push({ lotId: lot.id, decisionId: decision.id, ranking });
      }
      return { ok: true as const, lots: out };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
