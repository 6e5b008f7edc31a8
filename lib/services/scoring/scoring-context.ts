import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor, type Subject } from '@/lib/auth/policy';
import { expertAccessOf, loadCompetitionConflicts } from '@/lib/services/coi/expert-access';
import { parseCriterionDefinitions, scoringClosedReason, type CriterionDefinition, type ScoringClosedReason } from './score-rules';

type Db = PrismaClient | Prisma.TransactionClient;

export interface ScoringContext {
  application: { id: string; organizationId: string; status: string; competitionId: string };
  competition: { id: string; status: string; scoringDueOn: Date | null };
  subject: Subject & { type: 'application' };
  criteria: CriterionDefinition[];
  /** The expert's working commission of this competition (APPROVED one preferred). */
  commission: { id: string; status: string } | null;
  sheet: { id: string; status: string; version: number; total: number | null; signedAt: Date | null } | null;
  closed: ScoringClosedReason | null;
}

/**
 * What a scoring decision needs about (expert, application): the policy subject with the
 * CI-1/CI-2 expert lists, the competition's criteria (SC-1), the expert's commission and
 * sheet, and whether the scoring room is open (SCORING, APPROVED, DL-5).
 * Returns `null` when the application does not exist or the actor may not score it —
 * callers answer both the same way (no probing for ids).
 */
export async function loadScoringContext(db: Db, actor: Actor, applicationId: string, now: Date): Promise<ScoringContext | null> {
  if (actor.role !== 'EXPERT' || !actor.expertId) return null;
  const app = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      organizationId: true,
      status: true,
      competitionId: true,
      competition: { select: { id: true, status: true, scoringDueOn: true, criteria: true } },
    },
  });
  if (!app) return null;
  const conflicts = await loadCompetitionConflicts(db, app.competitionId, { now, onlyApplicationIds: [app.id] });
  const subject: Subject & { type: 'application' } = {
    type: 'application',
    organizationId: app.organizationId,
    status: app.status,
    ...expertAccessOf(conflicts, app.id),
  };
  if (!can(actor, 'score', subject)) return null;
  const [memberships, sheet] = await Promise.all([
    db.commissionMember.findMany({
      where: { expertId: actor.expertId, removedAt: null, commission: { competitionId: app.competitionId, purpose: 'SELECTION' } },
      select: { commission: { select: { id: true, status: true } } },
    }),
    db.scoreSheet.findUnique({
      where: { expertId_applicationId: { expertId: actor.expertId, applicationId: app.id } },
      select: { id: true, status: true, version: true, total: true, signedAt: true },
    }),
  ]);
  const commission =
    memberships.map((m) => m.commission).find((c) => c.status === 'APPROVED') ?? memberships.map((m) => m.commission).find((c) => c.status === 'COI_DECLARATION') ?? null;
  const { competition, ...application } = app;
  return {
    application,
    competition: { id: competition.id, status: competition.status, scoringDueOn: competition.scoringDueOn },
    subject,
    criteria: parseCriterionDefinitions(competition.criteria),
    commission,
    sheet,
    closed: scoringClosedReason({ competitionStatus: competition.status, commissionStatus: commission?.status ?? null, scoringDueOn: competition.scoringDueOn }, now),
  };
}
