import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { applicationScore, checkTransition, rankApplications } from '@/lib/rules';
import { loadCompetitionConflicts } from '@/lib/services/coi/expert-access';
import { loadCommission } from '@/lib/services/commission/commission-data';
import { refuse, type ServiceResult } from '../result';
import { guardSpCompetition, type SpServiceOptions } from './guard';
import { spCompetitionStepSchema, type SpCompetitionStepInput } from './input';

export interface PartnerRow {
  applicationId: string;
  rank: number;
  score: number;
  pointsSum: number;
  membersCount: number;
  partner: boolean;
}

/**
 * Pure: the ranking of a strategic-partnership selection (seed 000 L102–106: "the potential
 * partner with the highest score becomes the strategic partner"). SC-2 `applicationScore`
 * per application from its members' signed totals, SC-3 `rankApplications` (score
 * descending, a tie to the earlier submission); exactly one partner — rank 1.
 */
export function rankPartners(
  applications: { id: string; submittedAt: Date }[],
  sheets: { applicationId: string; total: number }[],
  aggregation: 'mean' | 'sum',
): PartnerRow[] {
  const scored = applications.flatMap((a) => {
    const totals = sheets.filter((s) => s.applicationId === a.id).map((s) => s.total);
    if (totals.length === 0) return [];
    return [{ app: a, totals, score: applicationScore(totals, aggregation) }];
  });
  // Budget 0 and nothing requested: only the order is used (the SC-5 budget rule is the grant's).
  const { order } = rankApplications(
    scored.map((s) => ({ id: s.app.id, score: s.score, submittedAt: s.app.submittedAt, requested: 0 })),
    0,
  );
  const byId = new Map(scored.map((s) => [s.app.id, s]));
  return order.map((id, i) => {
    const s = byId.get(id)!;
    return { applicationId: id, rank: i + 1, score: s.score, pointsSum: s.totals.reduce((x, y) => x + y, 0), membersCount: s.totals.length, partner: i === 0 };
  });
}

/**
 * The commission's selection of the strategic partner: competition SCORING →
 * COMMISSION_MEETING once every member without a conflict (CI-1/CI-2, the issue 5 COI data)
 * has signed a sheet on every application under review (`scoringIncomplete` otherwise).
 * Writes, in ONE transaction: the lot's Decision (HELD, DRAFT until published) with one
 * RankingRow per application (winner = the highest score), UNDER_REVIEW → SCORED with
 * history, the audit event. Publishing (SCORED → WINNER / NOT_WINNER) is then the issue 5
 * `publishResults`, which reads exactly these rows.
 */
export async function selectStrategicPartner(
  db: PrismaClient,
  actor: Actor,
  rawInput: SpCompetitionStepInput,
  context: RequestContext,
  options: SpServiceOptions = {},
): Promise<ServiceResult<{ decisionId: string; partnerApplicationId: string; ranking: PartnerRow[] }>> {
  const parsed = spCompetitionStepSchema.safeParse(rawInput);
  if (!parsed.success) return refuse('invalidInput');
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());
  const guard = await guardSpCompetition(db, actor, input.competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  if (competition.status !== 'SCORING' || !checkTransition('competition', 'SCORING', 'COMMISSION_MEETING', 'OPERATOR', { kind: 'STRATEGIC_PARTNERSHIP' }).ok) {
    return refuse('notScoring', { params: { status: competition.status } });
  }
  if (competition.version !== input.expectedVersion) return refuse('staleCompetition');
  const commission = await loadCommission(db, competition.id);
  if (!commission || commission.status !== 'APPROVED') return refuse('commissionNotApproved');
  const lot = await db.lot.findFirst({ where: { competitionId: competition.id }, orderBy: { number: 'asc' }, select: { id: true } });
  if (!lot) return refuse('competitionNotFound');

  const now = clock();
  const applications = await db.application.findMany({ where: { competitionId: competition.id, status: 'UNDER_REVIEW' }, select: { id: true, submittedAt: true } });
  if (applications.length === 0) return refuse('noApplications');
  const memberExpertIds = commission.members.filter((m) => m.expertId && !m.removedAt && m.votingRight).map((m) => m.expertId as string);
  const sheets = await db.scoreSheet.findMany({
    where: { applicationId: { in: applications.map((a) => a.id) }, expertId: { in: memberExpertIds }, status: 'SIGNED', total: { not: null } },
    select: { applicationId: true, expertId: true, total: true },
  });
  // CI-1 / CI-2: every member without a conflict scores every application.
  const conflicts = await loadCompetitionConflicts(db, competition.id, { now });
  const missing = applications.flatMap((a) =>
    memberExpertIds.filter((e) => conflicts.all(e, a.id).length === 0 && !sheets.some((s) => s.applicationId === a.id && s.expertId === e)).map(() => a.id),
  );
  const unscored = applications.filter((a) => !sheets.some((s) => s.applicationId === a.id));
  if (missing.length > 0 || unscored.length > 0) return refuse('scoringIncomplete', { params: { missing: missing.length + unscored.length } });

  const aggregation = competition.aggregation === 'SUM' ? 'sum' : 'mean';
  const ranking = rankPartners(
    applications.map((a) => ({ id: a.id, submittedAt: a.submittedAt ?? new Date(0) })),
    sheets.map((s) => ({ applicationId: s.applicationId, total: s.total as number })),
    aggregation,
  );
  const partner = ranking[0]!;

  return db.$transaction(
    async (tx) => {
      const moved = await tx.competition.updateMany({
        where: { id: competition.id, status: 'SCORING', version: competition.version },
        data: { status: 'COMMISSION_MEETING', version: { increment: 1 } },
      });
      if (moved.count !== 1) return refuse('staleCompetition');
      await tx.commission.update({ where: { id: commission.id }, data: { scoresOpenedAt: now } });
      await tx.application.updateMany({ where: { id: { in: applications.map((a) => a.id) }, status: 'UNDER_REVIEW' }, data: { status: 'SCORED', version: { increment: 1 } } });
      await tx.applicationStatusChange.createMany({
        data: applications.map((a) => ({ applicationId: a.id, fromStatus: 'UNDER_REVIEW', toStatus: 'SCORED', at: now, actorId: actor.id, reason: 'SC-2: scoring closed' })),
      });
      const decision = await tx.decision.create({
        data: { competitionId: competition.id, lotId: lot.id, commissionId: commission.id, outcome: 'HELD', status: 'DRAFT', recordedById: actor.id, createdAt: now },
        select: { id: true },
      });
      await tx.rankingRow.createMany({
        data: ranking.map((r) => ({
          decisionId: decision.id,
          applicationId: r.applicationId,
          rank: r.rank,
          score: r.score.toFixed(3),
          pointsSum: r.pointsSum,
          expertsCount: r.membersCount,
          winner: r.partner,
          createdAt: now,
        })),
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'strategic-partnership.partner-selected',
          object: { type: 'Competition', id: competition.id },
          before: { status: 'SCORING', version: competition.version },
          after: { status: 'COMMISSION_MEETING', version: competition.version + 1, decisionId: decision.id, partnerApplicationId: partner.applicationId, ranking },
          reason: 'seed 000 L102–106: the highest score is the strategic partner',
        },
        context,
      );
      return { ok: true as const, decisionId: decision.id, partnerApplicationId: partner.applicationId, ranking };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
