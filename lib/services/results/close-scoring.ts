import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyEndOfDay, checkTransition, isCompetitionKind, isOnTime } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { resultsRole } from './results-access';
import { coverageOf, loadScoringData, writeScoringResults } from './scoring-results';

export interface CloseScoringOptions {
  /** The server clock; tests and the job pin it. Pages and actions never pass it. */
  now?: () => Date;
}

export type CloseScoringResult = ServiceResult<{
  lots: { lotId: string; outcome: 'HELD' | 'NOT_HELD'; notHeldReason: string | null; ranked: number; winners: number }[];
}>;

/** The DL-5 due day is over (after 23:59:59.999 Asia/Almaty of Competition.scoringDueOn). */
export function scoringDuePassed(scoringDueOn: Date | null, now: Date): boolean {
  if (!scoringDueOn) return false;
  return !isOnTime(now, almatyEndOfDay(scoringDueOn.toISOString().slice(0, 10)));
}

/**
 * Closing the sealed scoring of a grant competition (stage 5, L1032–1035): SCORING →
 * COMMISSION_MEETING. Allowed
 *  - to operator staff or the CHAIR of the approved commission once every assigned sheet
 *    is signed (CI-1 pairs without a conflict, SC-2), or
 *  - to either of them — and to the server clock (`actor` null) — after the end of the
 *    scoring due day in Asia/Almaty (DL-5, Competition.scoringDueOn).
 * Then, in ONE transaction: Commission.scoresOpenedAt, applications UNDER_REVIEW → SCORED,
 * per lot a DRAFT Decision (held / not held with its SC-4 reason) and RankingRows (SC-2
 * score, SC-3 rank, SC-5 winners within the lot budget), and the audit event. A second
 * call is refused with `alreadyClosed`.
 * The status machine lets OPERATOR, EXPERT and SYSTEM take CLOSE_SCORING; which expert (the
 * chair of the approved commission) is checked here.
 */
export async function closeScoring(
  db: PrismaClient,
  actor: Actor | null,
  input: { competitionId: string },
  context: RequestContext,
  options: CloseScoringOptions = {},
): Promise<CloseScoringResult> {
  const clock = options.now ?? (() => new Date());
  return db.$transaction(
    async (tx) => {
      // R3: serialise with the signatures (they hold this row FOR SHARE while writing a sheet):
      // the sheets read below are final, none is signed after the close.
      await tx.$queryRaw`SELECT "id" FROM "Competition" WHERE "id" = ${input.competitionId} FOR UPDATE`;
      const data = await loadScoringData(tx, input.competitionId);
      if (!data) return refuse('competitionNotFound');
      const { competition, commission } = data;
      const role = actor ? resultsRole(actor, competition, commission?.members ?? []) : null;
      if (actor && role !== 'staff' && role !== 'chair') return refuse('forbidden');
      if (competition.kind !== 'GRANT') return refuse('notGrant');
      if (competition.status !== 'SCORING') {
        return ['COMMISSION_MEETING', 'RESULTS_PUBLISHED', 'NOT_HELD'].includes(competition.status)
          ? refuse('alreadyClosed')
          : refuse('notInScoring', { params: { status: competition.status } });
      }
      if (!commission) return refuse('noApprovedCommission');

      const machineRole = role === 'staff' ? 'OPERATOR' : role === 'chair' ? 'EXPERT' : 'SYSTEM';
      const kind = isCompetitionKind(competition.kind) ? competition.kind : undefined;
      if (!checkTransition('competition', 'SCORING', 'COMMISSION_MEETING', machineRole, { kind }).ok) return refuse('forbidden');

      const now = clock();
      const duePassed = scoringDuePassed(competition.scoringDueOn, now);
      const coverage = coverageOf(data);
      if (!duePassed) {
        // DL-5: the clock closes only after the due day; people only when every sheet is signed.
        if (!actor) return refuse('scoringNotDue');
        if (coverage.assigned === 0 || coverage.missing.length > 0) {
          return refuse('unsignedSheets', { params: { signed: coverage.signed, assigned: coverage.assigned } });
        }
      }

      const secretary = commission.members.find((m) => m.role === 'SECRETARY' && m.userId !== null);
      const recordedById = actor?.id ?? secretary?.userId ?? competition.createdById;
      if (!recordedById) return refuse('noRecorder');

      // The applications' UNDER_REVIEW → SCORED follows from the close: the system's step, whoever closed.
      const { closed, results } = await writeScoringResults(tx, data, { now, actorId: actor?.id ?? null, recordedById, role: machineRole === 'EXPERT' ? 'SYSTEM' : machineRole });
      if (!closed) return refuse('alreadyClosed');

      const lots = results.map((l) => ({
        lotId: l.lotId,
        outcome: l.outcome,
        notHeldReason: l.notHeldReason,
        ranked: l.rows.length,
        winners: l.rows.filter((r) => r.winner).length,
      }));
      await recordAuditEvent(
        tx,
        {
          actor: actor ? { id: actor.id, role: actor.role } : null,
          action: 'competition.scoring_closed',
          object: { type: 'Competition', id: competition.id },
          before: { status: 'SCORING', version: competition.version },
          after: {
            status: 'COMMISSION_MEETING',
            by: actor ? role : 'clock',
            duePassed,
            sheets: { assigned: coverage.assigned, signed: coverage.signed },
            lots,
          },
          reason: duePassed ? 'DL-5: scoring due day passed' : 'SC-2: every assigned sheet signed',
        },
        context,
      );
      return { ok: true as const, lots };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
