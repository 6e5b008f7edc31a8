import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { loadApplicationsForCoi, loadCommission, loadRegister, loadWorkCalendar } from './commission-data';
import { sendCoiFormsSchema, type SendCoiFormsInput } from './commission-input';
import { compositionViolations } from './composition';
import { bumpCommission, guardCompetition, Refusal, withRefusals, type CommissionServiceOptions } from './guard';
import { notifyExperts } from './notify';
import { competitionTimeline, dbDate } from './timeline';

/**
 * "Send COI forms" (GC-10, DL-4): once every submitted application is decided (stage 4),
 * the initial composition receives the list of admitted applicants and the conflict-of-
 * interest form. Commission DRAFT → COI_DECLARATION, competition ADMISSION → COI with
 * coiDueOn = close + 3 working days (the engine's `grantTimeline`, the competition's
 * setting); every expert is notified in the cabinet and by e-mail ('commission.coi_opened').
 * The composition is checked again (CM-1) — it is what the experts will declare over.
 */
export async function sendCoiForms(
  db: PrismaClient,
  actor: Actor,
  rawInput: SendCoiFormsInput,
  context: RequestContext,
  options: CommissionServiceOptions = {},
): Promise<ServiceResult<{ coiDueOn: string }>> {
  const parsed = sendCoiFormsSchema.safeParse(rawInput);
  if (!parsed.success) return refuse('invalidInput');
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());

  const guard = await guardCompetition(db, actor, input.competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  // ST-*: ADMISSION → COI (grants: the COI round is mandatory, CI-2).
  if (!checkTransition('competition', competition.status, 'COI', 'OPERATOR', { kind: 'GRANT' }).ok) return refuse('notInAdmission', { params: { status: competition.status } });
  const commission = await loadCommission(db, competition.id);
  if (!commission) return refuse('noCommission');
  if (!checkTransition('commission', commission.status, 'COI_DECLARATION', 'OPERATOR', { kind: 'GRANT' }).ok) return refuse('coiAlreadySent', { params: { status: commission.status } });
  if (commission.version !== input.expectedVersion) return refuse('staleCommission');

  // Stage 4 must be finished: every submitted application admitted or not (R1–R4).
  const apps = await loadApplicationsForCoi(db, competition.id);
  if (apps.undecided.length > 0) return refuse('undecidedApplications', { params: { count: apps.undecided.length } });
  if (apps.admitted.length === 0) return refuse('noAdmittedApplications');

  const active = commission.members.filter((m) => m.removedAt === null);
  const expertIds = active.map((m) => m.expertId).filter((x): x is string => x !== null);
  if (expertIds.length === 0) return refuse('noExperts');
  const experts = await loadRegister(db, competition, { id: { in: expertIds } });
  const secretaryUserId = active.find((m) => m.role === 'SECRETARY')?.userId ?? null;
  const violations = compositionViolations(
    experts.map((e) => ({ id: e.id, role: 'MEMBER', nominationSource: e.nominationSource, operatorEmployee: e.operatorEmployee, yearsInDirection: e.yearsInDirection })),
    secretaryUserId,
    competition.options,
    'initial',
  );
  if (violations.length > 0) return refuse('commissionViolations', { params: { violations: violations.join(',') } });
  const inactive = experts.find((e) => e.notSelectable.includes('NOT_ACTIVE'));
  if (inactive) return refuse('expertNotSelectable', { params: { name: inactive.name } });

  const timeline = competitionTimeline(competition, await loadWorkCalendar(db));
  if (!timeline) return refuse('noDeadline');

  return withRefusals(() =>
    db.$transaction(
      async (tx) => {
        const now = clock();
        if (!(await bumpCommission(tx, commission.id, commission.version, { status: 'COI_DECLARATION' }))) throw new Refusal('staleCommission');
        const moved = await tx.competition.updateMany({
          where: { id: competition.id, status: competition.status, version: competition.version },
          data: { status: 'COI', coiDueOn: dbDate(timeline.coiDueOn), version: { increment: 1 } },
        });
        if (moved.count !== 1) throw new Refusal('staleCompetition');

        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'commission.coi-forms-sent',
            object: { type: 'Commission', id: commission.id },
            before: { status: commission.status, version: commission.version },
            after: { status: 'COI_DECLARATION', version: commission.version + 1, expertIds, admittedApplicationIds: apps.admitted.map((a) => a.id), coiDueOn: timeline.coiDueOn },
          },
          context,
        );
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'competition.coi-started',
            object: { type: 'Competition', id: competition.id },
            before: { status: competition.status, version: competition.version },
            after: { status: 'COI', version: competition.version + 1, coiDueOn: timeline.coiDueOn },
            reason: 'GC-10, DL-4',
          },
          context,
        );
        await notifyExperts(tx, {
          templateKey: 'commission.coi_opened',
          competition,
          commissionId: commission.id,
          recipients: experts.map((e) => ({ id: e.userId, locale: e.locale })),
          dueOn: timeline.coiDueOn,
          dedupeKey: `commission.coi_opened:${commission.id}`,
          now,
        });
        return { ok: true as const, coiDueOn: timeline.coiDueOn };
      },
      { maxWait: 10_000, timeout: 30_000 },
    ),
  );
}
