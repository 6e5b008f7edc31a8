/**
 * Loading a competition's scoring data and writing the engine's results (Decision +
 * RankingRow per lot) inside the caller's transaction. Used by `closeScoring` (which checks
 * who and when, and audits) and by the demo seed (a competition already at its meeting).
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { DEFAULT_RULE_SETTINGS, assertValidCriteria, checkTransition, isCompetitionKind, maxScore, type Criterion } from '@/lib/rules';
import { parseCriteria } from '@/lib/validation/competition-settings';
import { computeCompetitionResults, type LotResults, type ResultsSettings } from './compute-results';
import { scoringCoverage, type ScoringCoverage } from './scoring-coverage';

type Tx = Prisma.TransactionClient;

/** SC-1 / SC-2 / SC-4 settings of the competition (the stored settings, defaults where empty). */
export function resultsSettings(competition: { criteria: unknown; aggregation: string; thresholdPercent: number | null }): ResultsSettings & { criteria: Criterion[] } {
  const criteria = parseCriteria(competition.criteria) as Criterion[];
  assertValidCriteria(criteria);
  return {
    criteria,
    maxScore: maxScore(criteria),
    aggregation: competition.aggregation === 'SUM' ? 'sum' : 'mean',
    thresholdShare: competition.thresholdPercent === null ? DEFAULT_RULE_SETTINGS.scoring.notHeldThresholdShare : competition.thresholdPercent / 100,
  };
}

export async function loadScoringData(tx: Tx, competitionId: string) {
  const competition = await tx.competition.findUnique({
    where: { id: competitionId },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      scoringDueOn: true,
      criteria: true,
      aggregation: true,
      thresholdPercent: true,
      createdById: true,
      lots: { select: { id: true, number: true, budgetKzt: true } },
      commissions: {
        where: { purpose: 'SELECTION', status: 'APPROVED' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          id: true,
          scoresOpenedAt: true,
          members: {
            where: { removedAt: null },
            select: {
              id: true,
              role: true,
              userId: true,
              expertId: true,
              removedAt: true,
              votingRight: true,
              expert: {
                select: {
                  operatorEmployee: true,
                  nominatedByOrganizationId: true,
                  affiliatedOrganizationIds: true,
                  relativesOrganizationIds: true,
                },
              },
            },
          },
        },
      },
    },
  });
  if (!competition) return null;
  const applications = await tx.application.findMany({
    where: { competitionId },
    select: {
      id: true,
      lotId: true,
      status: true,
      organizationId: true,
      submittedAt: true,
      requestedKzt: true,
      partners: { select: { organizationId: true } },
    },
  });
  const sheets = await tx.scoreSheet.findMany({
    where: { application: { competitionId } },
    select: { expertId: true, applicationId: true, status: true, total: true },
  });
  const declaredConflicts = await tx.conflictDeclaration.findMany({
    where: { hasConflict: true, application: { competitionId } },
    select: { expertId: true, applicationId: true },
  });
  return { competition, commission: competition.commissions[0] ?? null, applications, sheets, declaredConflicts };
}

export type ScoringData = NonNullable<Awaited<ReturnType<typeof loadScoringData>>>;

/** CI-1 / SC-2: the sheets the competition waits for (expert members × applications under review). */
export function coverageOf(data: ScoringData): ScoringCoverage {
  const submitted = data.applications.filter((a) => a.submittedAt !== null && a.status !== 'WITHDRAWN' && a.status !== 'DRAFT');
  const underReview = data.applications.filter((a) => a.status === 'UNDER_REVIEW' || a.status === 'SCORED');
  const experts = (data.commission?.members ?? []).flatMap((m) =>
    m.expertId && m.expert
      ? [
          {
            expertId: m.expertId,
            profile: {
              operatorEmployee: m.expert.operatorEmployee,
              ...(m.expert.nominatedByOrganizationId ? { nominatedByOrgId: m.expert.nominatedByOrganizationId } : {}),
              affiliatedOrgIds: m.expert.affiliatedOrganizationIds,
              relativeOrgIds: m.expert.relativesOrganizationIds,
              declaredConflictApplicationIds: data.declaredConflicts.filter((d) => d.expertId === m.expertId).map((d) => d.applicationId),
            },
          },
        ]
      : [],
  );
  return scoringCoverage(
    experts,
    underReview.map((a) => ({ id: a.id, orgId: a.organizationId, partnerOrgIds: a.partners.flatMap((p) => (p.organizationId ? [p.organizationId] : [])) })),
    [...new Set(submitted.map((a) => a.organizationId))],
    data.sheets,
  );
}

/** The engine's results over the signed sheets of the data. */
export function resultsOf(data: ScoringData): LotResults[] {
  const settings = resultsSettings(data.competition);
  return computeCompetitionResults(
    data.competition.lots.map((l) => ({ id: l.id, number: l.number, budgetKzt: Number(l.budgetKzt) })),
    data.applications.map((a) => ({ id: a.id, lotId: a.lotId, status: a.status, submittedAt: a.submittedAt, requestedKzt: Number(a.requestedKzt ?? 0n) })),
    data.sheets.flatMap((s) => (s.status === 'SIGNED' && s.total !== null ? [{ applicationId: s.applicationId, expertId: s.expertId, total: s.total }] : [])),
    settings,
  );
}

/**
 * Writes the DRAFT decision and ranking of every lot, moves the applications under review to
 * SCORED (ST-*: COMPLETE_SCORING) and the competition SCORING → COMMISSION_MEETING, and
 * stamps Commission.scoresOpenedAt. The caller has checked who and when; `role` is the
 * status-machine role taking the transitions. Returns false when the competition was no
 * longer in SCORING (someone else closed it first).
 */
export async function writeScoringResults(
  tx: Tx,
  data: ScoringData,
  x: { now: Date; actorId: string | null; recordedById: string; role: 'OPERATOR' | 'SYSTEM' },
): Promise<{ closed: boolean; results: LotResults[] }> {
  const { competition, commission } = data;
  const kind = isCompetitionKind(competition.kind) ? competition.kind : undefined;
  const results = resultsOf(data);
  // The guard: only one close wins (status + version).
  const moved = await tx.competition.updateMany({
    where: { id: competition.id, status: 'SCORING', version: competition.version },
    data: { status: 'COMMISSION_MEETING', version: { increment: 1 } },
  });
  if (moved.count !== 1) return { closed: false, results };
  if (commission) await tx.commission.update({ where: { id: commission.id }, data: { scoresOpenedAt: x.now } });

  // ST-*: UNDER_REVIEW → SCORED for every application still with the experts.
  const toScore = data.applications.filter((a) => a.status === 'UNDER_REVIEW' && checkTransition('application', 'UNDER_REVIEW', 'SCORED', x.role, { kind }).ok).map((a) => a.id);
  if (toScore.length > 0) {
    await tx.application.updateMany({ where: { id: { in: toScore }, status: 'UNDER_REVIEW' }, data: { status: 'SCORED', version: { increment: 1 } } });
    await tx.applicationStatusChange.createMany({
      data: toScore.map((applicationId) => ({ applicationId, fromStatus: 'UNDER_REVIEW', toStatus: 'SCORED', at: x.now, actorId: x.actorId, reason: 'SC-2: scoring closed' })),
    });
  }

  for (const lot of results) {
    const decision = await tx.decision.create({
      data: {
        competitionId: competition.id,
        lotId: lot.lotId,
        commissionId: commission?.id ?? null,
        outcome: lot.outcome,
        notHeldReason: lot.notHeldReason,
        status: 'DRAFT',
        recordedById: x.recordedById,
        createdAt: x.now,
      },
      select: { id: true },
    });
    if (lot.rows.length > 0) {
      await tx.rankingRow.createMany({
        data: lot.rows.map((r) => ({
          decisionId: decision.id,
          applicationId: r.applicationId,
          rank: r.rank,
          score: r.score.toFixed(3),
          pointsSum: r.pointsSum,
          expertsCount: r.expertsCount,
          winner: r.winner,
          awardedKzt: r.awardedKzt === null ? null : BigInt(r.awardedKzt),
          createdAt: x.now,
        })),
      });
    }
  }
  return { closed: true, results };
}
