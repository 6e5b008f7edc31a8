import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { loadCommission, loadWorkCalendar } from './commission-data';
import { approveCommissionSchema, type ApproveCommissionInput } from './commission-input';
import { bumpCommission, guardCompetition, Refusal, withRefusals, type CommissionServiceOptions } from './guard';
import { notifyExperts } from './notify';
import { reviewCommission, type ApprovalBlocker } from './review';
import { competitionTimeline, dbDate } from './timeline';

const blockerParams = (b: ApprovalBlocker): Record<string, string | number> => {
  if (b.code === 'coiIncomplete') return { name: b.name, missing: b.missing };
  if (b.code === 'conflictedMember') return { name: b.name, codes: b.codes.join(',') };
  if (b.code === 'violation') return { violations: b.violation };
  return {};
};

/**
 * "Approve the final composition" (GC-13, L1015–1017): only when every active expert has
 * declared over every admitted application (CI-2), no active expert is conflicted (CI-1 —
 * replace them first), the composition passes CM-1 with its chair, and the deputy, the
 * secretary and the meeting record are there (GC-3, GC-4). Then, in ONE transaction:
 * commission COI_DECLARATION → APPROVED (approvedAt), competition COI → SCORING with
 * scoringDueOn = approval day + 15 working days (DL-5, the engine's `grantTimeline` with the
 * competition's setting), the admitted applications go to the experts (ADMITTED →
 * UNDER_REVIEW, with their history), the experts are notified ('commission.scoring_opened').
 */
export async function approveCommission(
  db: PrismaClient,
  actor: Actor,
  rawInput: ApproveCommissionInput,
  context: RequestContext,
  options: CommissionServiceOptions = {},
): Promise<ServiceResult<{ scoringDueOn: string }>> {
  const parsed = approveCommissionSchema.safeParse(rawInput);
  if (!parsed.success) return refuse('invalidInput');
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());

  const guard = await guardCompetition(db, actor, input.competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  if (!checkTransition('competition', competition.status, 'SCORING', 'OPERATOR', { kind: 'GRANT' }).ok || competition.status !== 'COI') {
    return refuse('notInCoiRound', { params: { status: competition.status } });
  }
  const commission = await loadCommission(db, competition.id);
  if (!commission) return refuse('noCommission');
  if (!checkTransition('commission', commission.status, 'APPROVED', 'OPERATOR', { kind: 'GRANT' }).ok || commission.status !== 'COI_DECLARATION') {
    return refuse('notInCoiRound', { params: { status: commission.status } });
  }
  if (commission.version !== input.expectedVersion) return refuse('staleCommission');

  const review = await reviewCommission(db, competition, commission);
  const first = review.blockers[0];
  if (first) return refuse(first.code === 'violation' ? 'commissionViolations' : first.code, { params: blockerParams(first) });

  const cal = await loadWorkCalendar(db);
  return withRefusals(() =>
    db.$transaction(
      async (tx) => {
        const now = clock();
        const timeline = competitionTimeline(competition, cal, now);
        if (!timeline?.scoringDueOn) throw new Refusal('noDeadline');
        if (!(await bumpCommission(tx, commission.id, commission.version, { status: 'APPROVED', approvedAt: now, approvedById: actor.id }))) throw new Refusal('staleCommission');
        const moved = await tx.competition.updateMany({
          where: { id: competition.id, status: 'COI', version: competition.version },
          data: { status: 'SCORING', scoringDueOn: dbDate(timeline.scoringDueOn), version: { increment: 1 } },
        });
        if (moved.count !== 1) throw new Refusal('staleCompetition');

        // The admitted applications go to the experts (ST-*: ADMITTED → UNDER_REVIEW, CI-2, DL-5).
        const toReview = review.apps.admitted.filter((a) => a.status === 'ADMITTED');
        if (toReview.length > 0) {
          await tx.application.updateMany({ where: { id: { in: toReview.map((a) => a.id) }, status: 'ADMITTED' }, data: { status: 'UNDER_REVIEW', version: { increment: 1 } } });
          await tx.applicationStatusChange.createMany({
            data: toReview.map((a) => ({ applicationId: a.id, fromStatus: 'ADMITTED', toStatus: 'UNDER_REVIEW', at: now, actorId: actor.id, reason: 'CI-2: COI declarations complete, scoring opened (DL-5)' })),
          });
        }

        const memberIds = review.members.map((m) => m.memberId);
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'commission.approved',
            object: { type: 'Commission', id: commission.id },
            before: { status: commission.status, version: commission.version },
            after: { status: 'APPROVED', version: commission.version + 1, approvedAt: now.toISOString(), memberIds, secretaryUserId: review.secretary?.userId ?? null },
            reason: 'GC-13, CM-1, CI-2',
          },
          context,
        );
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'competition.scoring-opened',
            object: { type: 'Competition', id: competition.id },
            before: { status: 'COI', version: competition.version },
            after: { status: 'SCORING', version: competition.version + 1, scoringDueOn: timeline.scoringDueOn, applicationsToReview: toReview.map((a) => a.id) },
            reason: 'DL-5',
          },
          context,
        );
        await notifyExperts(tx, {
          templateKey: 'commission.scoring_opened',
          competition,
          commissionId: commission.id,
          recipients: review.members.map((m) => ({ id: m.expert.userId, locale: m.expert.locale })),
          dueOn: timeline.scoringDueOn,
          dedupeKey: `commission.scoring_opened:${commission.id}`,
          now,
        });
        return { ok: true as const, scoringDueOn: timeline.scoringDueOn };
      },
      { maxWait: 10_000, timeout: 30_000 },
    ),
  );
}
