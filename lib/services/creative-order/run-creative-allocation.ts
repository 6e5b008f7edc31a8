import { createHash } from 'node:crypto';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import { allocatePlaces, compareIsoDates, type AllocationResult, type IsoDate, type PlaceRequest } from '@/lib/rules';
import { dueRunAt } from './next-run';
import { ALLOCATION_STATUS, CLUB_STATUS, REQUEST_STATUS, RUN_STATUS } from './statuses';

/** Why a request got (or did not get) a place in a run. */
export type AllocationOutcome = 'allocated' | 'noPlaceLeft' | 'duplicateChild' | 'afterRunTime';

export interface RequestExplanation {
  outcome: AllocationOutcome;
  /** 1-based place in the run's order (priority rank, then request time, then id); null when deferred. */
  position: number | null;
  priorityRank: number;
  priorityCategory: string | null;
  requestedAt: string;
  clubId: string;
  /** Free places of the club when the run started. */
  clubFreePlaces: number;
  voucherNumber: string | null;
}

/** Everything the run decided from — enough to re-run `allocatePlaces` and get the same result. */
export interface AllocationSnapshot {
  runOn: IsoDate;
  runAt: string;
  year: number;
  freePlaces: Record<string, number>;
  /** childKey is a digest of the child's IIN (equality is all the rule needs; no personal data in the trail). */
  requests: { id: string; childKey: string; clubId: string; submittedAt: string; priority: number }[];
  result: AllocationResult;
  explanations: Record<string, RequestExplanation>;
}

export interface AllocationRunSummary {
  runOn: IsoDate;
  alreadyRan: boolean;
  runId: string | null;
  allocated: number;
  waiting: number;
  deferred: number;
}

const childKey = (iin: string) => createHash('sha256').update(`creative-child:${iin}`).digest('hex').slice(0, 24);
const voucherNumber = (runOn: IsoDate, seq: number) => `CO-${runOn.replaceAll('-', '')}-${String(seq).padStart(5, '0')}`;
const SYSTEM_CONTEXT: RequestContext = { requestId: null, ip: null };

/**
 * The daily allocation of the creative order (seed 002 L111–112): every day at 18:00 Asia/Almaty
 * the system gives free places to the pending requests by priority category, then request time
 * (`allocatePlaces`, lib/rules), and issues a voucher per place. Requests received after 18:00
 * wait for the next day's run (DL-1). Idempotent per day: the run row is unique per Almaty day,
 * so a second run (a retried or duplicated job) allocates nothing new. A job that starts late
 * (before the next 18:00) still runs the due day. The snapshot of inputs and outcome — with an
 * explanation per request — is kept in the run's audit event, so the run is reproducible.
 */
export async function runCreativeAllocation(db: PrismaClient, now: Date, context: RequestContext = SYSTEM_CONTEXT): Promise<AllocationRunSummary> {
  const { runOn, runAt } = dueRunAt(now);
  const runOnDate = new Date(`${runOn}T00:00:00.000Z`);
  const none = (runId: string | null): AllocationRunSummary => ({ runOn, alreadyRan: true, runId, allocated: 0, waiting: 0, deferred: 0 });

  const existing = await db.creativeAllocationRun.findUnique({ where: { runOn: runOnDate }, select: { id: true } });
  if (existing) return none(existing.id);
  try {
    return await db.$transaction(
      async (tx) => {
        const run = await tx.creativeAllocationRun.create({ data: { runOn: runOnDate, startedAt: now, status: RUN_STATUS.running }, select: { id: true } });
        const year = Number(runOn.slice(0, 4));

        const pending = await tx.creativeRequest.findMany({
          where: { status: REQUEST_STATUS.pending },
          select: { id: true, clubId: true, childIin: true, requestedAt: true, priorityRank: true, priorityCategory: true, userId: true, childName: true, club: { select: { status: true, nameKk: true, nameRu: true, nameEn: true } } },
          orderBy: { id: 'asc' },
        });
        const clubIds = [...new Set(pending.map((r) => r.clubId))].sort();
        const quotas = await tx.creativePlaceQuota.findMany({ where: { clubId: { in: clubIds }, year }, select: { id: true, clubId: true, places: true } });
        const freePlaces: Record<string, number> = {};
        const quotaOf: Record<string, string> = {};
        for (const clubId of clubIds) freePlaces[clubId] = 0;
        for (const q of quotas) {
          const club = pending.find((r) => r.clubId === q.clubId)?.club;
          if (club?.status !== CLUB_STATUS.admitted) continue; // a club no longer admitted gives no places
          const issued = await tx.creativeAllocation.count({ where: { quotaId: q.id, status: ALLOCATION_STATUS.active } });
          freePlaces[q.clubId] = Math.max(0, q.places - issued);
          quotaOf[q.clubId] = q.id;
        }

        const requests: PlaceRequest[] = pending.map((r) => ({ id: r.id, childId: childKey(r.childIin), clubId: r.clubId, submittedAt: r.requestedAt, priority: r.priorityRank }));
        const result = allocatePlaces(requests, freePlaces, runAt);

        // The order the rule used (priority, then time, then id), for the per-request explanation.
        const deferredSet = new Set(result.deferred);
        const ordered = requests.filter((r) => !deferredSet.has(r.id)).sort((a, b) => a.priority - b.priority || a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const position = new Map(ordered.map((r, i) => [r.id, i + 1]));
        const allocatedKeys = new Set(result.allocated.map((a) => `${a.childId}\u0000${a.clubId}`));
        const vouchers = new Map(result.allocated.map((a, i) => [a.requestId, voucherNumber(runOn, i + 1)]));

        const explanations: Record<string, RequestExplanation> = {};
        for (const r of pending) {
          const req = requests.find((x) => x.id === r.id)!;
          const allocated = vouchers.has(r.id);
          const outcome: AllocationOutcome = deferredSet.has(r.id)
            ? 'afterRunTime'
            : allocated
              ? 'allocated'
              : allocatedKeys.has(`${req.childId}\u0000${req.clubId}`)
                ? 'duplicateChild'
                : 'noPlaceLeft';
          explanations[r.id] = {
            outcome,
            position: position.get(r.id) ?? null,
            priorityRank: r.priorityRank,
            priorityCategory: r.priorityCategory,
            requestedAt: r.requestedAt.toISOString(),
            clubId: r.clubId,
            clubFreePlaces: freePlaces[r.clubId] ?? 0,
            voucherNumber: vouchers.get(r.id) ?? null,
          };
        }

        for (const a of result.allocated) {
          const quotaId = quotaOf[a.clubId];
          if (!quotaId) throw new Error(`creative allocation: club ${a.clubId} got a place without a quota`); // unreachable: free places come from quotas
          await tx.creativeAllocation.create({
            data: { requestId: a.requestId, clubId: a.clubId, quotaId, runId: run.id, voucherNumber: vouchers.get(a.requestId)!, allocatedAt: now, status: ALLOCATION_STATUS.active },
          });
          await tx.creativeRequest.update({ where: { id: a.requestId }, data: { status: REQUEST_STATUS.allocated } });
        }

        const snapshot: AllocationSnapshot = {
          runOn,
          runAt: runAt.toISOString(),
          year,
          freePlaces,
          requests: requests.map((r) => ({ id: r.id, childKey: r.childId, clubId: r.clubId, submittedAt: r.submittedAt.toISOString(), priority: r.priority })),
          result,
          explanations,
        };
        await tx.creativeAllocationRun.update({ where: { id: run.id }, data: { status: RUN_STATUS.done, finishedAt: now, allocatedCount: result.allocated.length } });
        await recordAuditEvent(tx, { actor: null, action: 'creative_allocation.run', object: { type: 'CreativeAllocationRun', id: run.id }, after: snapshot }, context);

        // The representative learns about the voucher (in the cabinet at once, e-mail via the outbox).
        const userIds = [...new Set(result.allocated.map((a) => pending.find((r) => r.id === a.requestId)?.userId).filter((id): id is string => !!id))];
        const users = await tx.user.findMany({ where: { id: { in: userIds }, active: true }, select: { id: true, locale: true } });
        for (const a of result.allocated) {
          const r = pending.find((x) => x.id === a.requestId)!;
          const user = users.find((u) => u.id === r.userId);
          if (!user) continue;
          await enqueueNotifications(tx, {
            templateKey: 'creative_order.voucher_issued',
            payload: { requestId: r.id, voucherNumber: vouchers.get(r.id), childName: r.childName, clubNameKk: r.club.nameKk, clubNameRu: r.club.nameRu, clubNameEn: r.club.nameEn ?? r.club.nameRu },
            object: { type: 'CreativeRequest', id: r.id },
            dedupeKey: `creative_order.voucher_issued:${r.id}`,
            now,
            inApp: [user],
            email: [user],
          });
        }

        return { runOn, alreadyRan: false, runId: run.id, allocated: result.allocated.length, waiting: result.waiting.length, deferred: result.deferred.length };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (error) {
    // Another worker created the same day's run first (unique runOn): nothing new to do.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const run = await db.creativeAllocationRun.findUnique({ where: { runOn: runOnDate }, select: { id: true } });
      // Any other unique violation (e.g. a voucher number) is a real failure: the job retries and logs it.
      if (run) return none(run.id);
    }
    throw error;
  }
}

/** Re-runs the rule on a run's stored snapshot: reproducible iff the result is the same. */
export function reproduceAllocation(snapshot: AllocationSnapshot): { same: boolean; result: AllocationResult } {
  const result = allocatePlaces(
    snapshot.requests.map((r) => ({ id: r.id, childId: r.childKey, clubId: r.clubId, submittedAt: new Date(r.submittedAt), priority: r.priority })),
    snapshot.freePlaces,
    new Date(snapshot.runAt),
  );
  // JSONB does not keep object key order: compare a canonical form (lists keep their order).
  const canonical = (r: AllocationResult) =>
    JSON.stringify({
      allocated: r.allocated.map((a) => [a.requestId, a.childId, a.clubId]),
      waiting: r.waiting,
      deferred: r.deferred,
      remaining: Object.entries(r.remainingPlaces).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    });
  return { same: canonical(result) === canonical(snapshot.result), result };
}

/** The stored snapshot of a run (from its audit event). */
export async function allocationSnapshot(db: PrismaClient, runId: string): Promise<AllocationSnapshot | null> {
  const event = await db.auditEvent.findFirst({ where: { action: 'creative_allocation.run', objectType: 'CreativeAllocationRun', objectId: runId }, select: { after: true } });
  return (event?.after as AllocationSnapshot | null | undefined) ?? null;
}

/** Per-request explanation across the runs that considered it, oldest first. */
export async function explainCreativeRequest(db: PrismaClient, requestId: string): Promise<{ runOn: IsoDate; runId: string; explanation: RequestExplanation }[]> {
  const request = await db.creativeRequest.findUnique({ where: { id: requestId }, select: { requestedAt: true } });
  if (!request) return [];
  const runs = await db.creativeAllocationRun.findMany({ where: { runOn: { gte: new Date(request.requestedAt.getTime() - 86_400_000) } }, orderBy: { runOn: 'asc' }, select: { id: true } });
  const out: { runOn: IsoDate; runId: string; explanation: RequestExplanation }[] = [];
  for (const run of runs) {
    const snap = await allocationSnapshot(db, run.id);
    const explanation = snap?.explanations[requestId];
    if (snap && explanation) out.push({ runOn: snap.runOn, runId: run.id, explanation });
  }
  return out.sort((a, b) => compareIsoDates(a.runOn, b.runOn));
}
