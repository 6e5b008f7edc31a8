/**
 * The operator names the laureates of one award direction (AW-9, AW-11): the chosen
 * SCORED nominations become WINNER, the other SCORED nominations of the direction
 * NOT_WINNER (ST-*: SCORED → WINNER / NOT_WINNER, role OPERATOR). The direction's amount
 * (the lot budget) must be at least 2,000 MRP of the cycle year (AW-3, checkAwardAmount;
 * the MRP is the yearly MrpRate setting, falling back to the competition's own value) and
 * is split equally (AW-S / AW-11, splitAward: integer tenge, the remainder to the first by
 * rank, recorded). One Laureate row per laureate with its diploma number. Only while the
 * cycle is in SCORING or COMMISSION_MEETING; only once per direction. Nominations of the
 * direction still UNDER_REVIEW are first scored (UNDER_REVIEW → SCORED, AW-8) unless a score
 * sheet on them is unsigned. Optimistic lock on
 * the competition version. Audit + notifications in the same transaction.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkAwardAmount, checkTransition, splitAward } from '@/lib/rules';
import type { Db } from '@/lib/services/applications/submit-application';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import { firstIssue, selectAwardLaureatesSchema, type SelectAwardLaureatesInput } from './award-input';
import type { AwardServiceOptions } from './submit-award-nomination';

export const LAUREATE_SELECTION_STATUSES = ['SCORING', 'COMMISSION_MEETING'];

export type SelectAwardLaureatesResult = ServiceResult<{
  laureates: { applicationId: string; laureateId: string; rank: number; amountKzt: number; remainderKzt: number; diplomaNumber: string }[];
  directionAmountKzt: number;
  mrpKzt: number;
}>;

/** AW-3: the MRP of the cycle year — the yearly setting first, the competition's value otherwise. */
export async function mrpForYear(db: Db, year: number, fallback: bigint | null): Promise<number | null> {
  const rate = await db.mrpRate.findUnique({ where: { year }, select: { amountKzt: true } });
  const v = rate?.amountKzt ?? fallback;
  return v === null || v === undefined ? null : Number(v);
}

function intSetting(settings: unknown, key: string): number | undefined {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return undefined;
  const v = (settings as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export async function selectAwardLaureates(
  db: PrismaClient,
  actor: Actor,
  rawInput: SelectAwardLaureatesInput,
  context: RequestContext,
  options: AwardServiceOptions = {},
): Promise<SelectAwardLaureatesResult> {
  const parsed = selectAwardLaureatesSchema.safeParse(rawInput);
  if (!parsed.success) {
    const { field, code } = firstIssue(parsed.error);
    return refuse(code, { field });
  }
  const input = parsed.data;
  if (new Set(input.applicationIds).size !== input.applicationIds.length) return refuse('duplicateLaureate', { field: 'applicationIds' });
  const clock = options.now ?? (() => new Date());

  return db.$transaction(
    async (tx) => {
      const lot = await tx.lot.findUnique({
        where: { id: input.lotId },
        select: {
          id: true,
          number: true,
          budgetKzt: true,
          directionId: true,
          titleKk: true,
          titleRu: true,
          competition: { select: { id: true, kind: true, status: true, year: true, version: true, mrpKzt: true, settings: true, titleKk: true, titleRu: true } },
        },
      });
      if (!lot || lot.competition.kind !== 'AWARD' || !lot.directionId) return refuse('directionNotFound', { field: 'lotId' });
      const competition = lot.competition;
      if (!can(actor, 'manage', { type: 'competition', status: competition.status })) return refuse('forbidden');
      if (!LAUREATE_SELECTION_STATUSES.includes(competition.status)) return refuse('cycleNotInSelection', { params: { status: competition.status } });
      if (input.version !== undefined && input.version !== competition.version) return refuse('staleCompetition');
      // One selection per direction (the lock on the competition row orders concurrent selections).
      await tx.$queryRaw`SELECT "id" FROM "Competition" WHERE "id" = ${competition.id} FOR UPDATE`;
      if ((await tx.laureate.count({ where: { competitionId: competition.id, directionId: lot.directionId } })) > 0) return refuse('laureatesAlreadySelected');

      // AW-3: the direction's amount ≥ 2,000 MRP of the cycle year.
      const mrp = await mrpForYear(tx, competition.year, competition.mrpKzt);
      if (mrp === null) return refuse('mrpMissing', { params: { year: competition.year } });
      const amount = Number(lot.budgetKzt);
      const minimumMrp = intSetting(competition.settings, 'minAwardMrp');
      const amountCheck = checkAwardAmount(amount, mrp, minimumMrp);
      if (!amountCheck.ok) return refuse('awardBelowMinimum', { params: { amount, minimum: amountCheck.minimum, mrp, minimumMrp: minimumMrp ?? 2000 } });

      const inDirection = await tx.application.findMany({
        where: { competitionId: competition.id, lotId: lot.id, withdrawnAt: null },
        select: { id: true, status: true, version: true, organizationId: true, submittedById: true },
      });
      const byId = new Map(inDirection.map((a) => [a.id, a]));
      for (const id of input.applicationIds) {
        const a = byId.get(id);
        if (!a) return refuse('notInDirection', { field: 'applicationIds', params: { applicationId: id } });
        // ST-*: only a scored nomination (or one the choice scores now, below) can be chosen.
        const from = a.status === 'UNDER_REVIEW' ? 'SCORED' : a.status;
        if (!checkTransition('application', from, 'WINNER', 'OPERATOR', { kind: 'AWARD' }).ok) return refuse('notScored', { field: 'applicationIds', params: { status: a.status } });
      }
      const now = clock();
      // AW-8: the commission's scoring of the direction ends with the operator's choice. Nominations
      // still UNDER_REVIEW are scored first (ST-*: COMPLETE_SCORING, role OPERATOR) — refused while a
      // commission member's score sheet on them is unsigned (SC-2).
      const underReview = inDirection.filter((a) => a.status === 'UNDER_REVIEW');
      if (underReview.length > 0) {
        const unsigned = await tx.scoreSheet.count({ where: { applicationId: { in: underReview.map((a) => a.id) }, status: { not: 'SIGNED' } } });
        if (unsigned > 0) return refuse('unsignedSheets', { params: { count: unsigned } });
        for (const a of underReview) {
          if (!checkTransition('application', a.status, 'SCORED', 'OPERATOR', { kind: 'AWARD' }).ok) continue;
          const updated = await tx.application.updateMany({ where: { id: a.id, version: a.version, status: a.status }, data: { status: 'SCORED', version: { increment: 1 } } });
          if (updated.count !== 1) throw new Error('concurrent change of a nomination');
          await tx.applicationStatusChange.create({ data: { applicationId: a.id, fromStatus: a.status, toStatus: 'SCORED', at: now, actorId: actor.id, reason: 'AW-8' } });
          a.status = 'SCORED';
          a.version += 1;
        }
      }
      const shares = splitAward(amount, input.applicationIds.length);
      const base = Math.floor(amount / input.applicationIds.length);
      const chosen = new Set(input.applicationIds);
      const laureates: { applicationId: string; laureateId: string; rank: number; amountKzt: number; remainderKzt: number; diplomaNumber: string }[] = [];

      for (const [i, applicationId] of input.applicationIds.entries()) {
        const a = byId.get(applicationId)!;
        const updated = await tx.application.updateMany({ where: { id: a.id, version: a.version, status: a.status }, data: { status: 'WINNER', version: { increment: 1 } } });
        if (updated.count !== 1) throw new Error('concurrent change of a nomination');
        await tx.applicationStatusChange.create({ data: { applicationId: a.id, fromStatus: a.status, toStatus: 'WINNER', at: now, actorId: actor.id, reason: 'AW-9, AW-11' } });
        const share = shares[i] ?? 0;
        const diplomaNumber = `№ ${competition.year}/${lot.number}-${i + 1}`;
        const row = await tx.laureate.create({
          data: {
            competitionId: competition.id,
            applicationId: a.id,
            organizationId: a.organizationId,
            directionId: lot.directionId,
            year: competition.year,
            rank: i + 1,
            amountKzt: BigInt(share),
            remainderKzt: BigInt(share - base),
            diplomaNumber,
            createdAt: now,
          },
          select: { id: true },
        });
        laureates.push({ applicationId: a.id, laureateId: row.id, rank: i + 1, amountKzt: share, remainderKzt: share - base, diplomaNumber });
      }
      // The other scored nominations of the direction are not awarded.
      for (const a of inDirection) {
        if (chosen.has(a.id) || !checkTransition('application', a.status, 'NOT_WINNER', 'OPERATOR', { kind: 'AWARD' }).ok) continue;
        await tx.application.update({ where: { id: a.id }, data: { status: 'NOT_WINNER', version: { increment: 1 } } });
        await tx.applicationStatusChange.create({ data: { applicationId: a.id, fromStatus: a.status, toStatus: 'NOT_WINNER', at: now, actorId: actor.id, reason: 'AW-9' } });
      }
      await tx.competition.update({ where: { id: competition.id }, data: { version: { increment: 1 } } });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'award.laureates.selected',
          object: { type: 'Lot', id: lot.id },
          after: { competitionId: competition.id, direction: lot.number, amountKzt: amount, mrpKzt: mrp, laureates },
        },
        context,
      );
      for (const l of laureates) {
        const a = byId.get(l.applicationId)!;
        const members = await tx.organizationMembership.findMany({ where: { organizationId: a.organizationId, endedAt: null }, select: { user: { select: { id: true, locale: true } } } });
        await enqueueNotifications(tx, {
          templateKey: 'award.laureate',
          payload: { applicationId: a.id, year: competition.year, direction: lot.number, directionKk: lot.titleKk, directionRu: lot.titleRu, amountKzt: l.amountKzt },
          object: { type: 'Application', id: a.id },
          dedupeKey: `award.laureate:${a.id}`,
          now,
          inApp: members.map((m) => m.user),
          email: members.map((m) => m.user),
        });
      }
      return { ok: true as const, laureates, directionAmountKzt: amount, mrpKzt: mrp };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
