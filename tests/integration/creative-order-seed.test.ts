import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { addCalendarDays, almatyDateOf, almatyInstant } from '@/lib/rules';
import { allocationSnapshot, reproduceAllocation, runCreativeAllocation } from '@/lib/services/creative-order/run-creative-allocation';
import { planPriorityCategories } from '@/lib/services/creative-order/plan-settings';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testDb } from './test-db';

// The demo creative order (prisma/seed/creative-order.ts), seeded at a pinned clock.
const NOW = almatyInstant('2027-03-10', '11:00');
const YESTERDAY = addCalendarDays(almatyDateOf(NOW), -1);

beforeAll(async () => {
  await seed(testDb(), { now: NOW, log: () => {}, storage: new LocalDiskStorage(await mkdtemp(path.join(tmpdir(), 'demeu-creative-seed-'))) });
});
afterAll(disconnectTestDb);

describe('creative order demo data', () => {
  it('the plan of the year carries priority categories; two admitted clubs of demo NGOs have places at a voucher price', async () => {
    const db = testDb();
    const plan = await db.plan.findFirstOrThrow({ where: { kind: 'CREATIVE_ORDER', year: 2027 } });
    expect(plan.status).toBe('PUBLISHED');
    expect(planPriorityCategories(plan.settings).map((c) => [c.code, c.rank])).toEqual([
      ['LARGE_FAMILY', 0],
      ['DISABILITY', 1],
      ['LOW_INCOME', 2],
    ]);
    const clubs = await db.creativeClub.findMany({ include: { quotas: true, provider: { select: { kind: true } } }, orderBy: { nameRu: 'asc' } });
    expect(clubs).toHaveLength(2);
    for (const c of clubs) {
      expect(c.status).toBe('ADMITTED');
      expect(c.provider.kind).toBe('NGO');
      expect(c.quotas).toHaveLength(1);
      expect(c.quotas[0]!.planId).toBe(plan.id);
      expect(c.quotas[0]!.pricePerPlaceKzt).toBeGreaterThan(0n);
    }
    const placed = clubs.flatMap((c) => c.quotas).reduce((s, q) => s + BigInt(q.places) * q.pricePerPlaceKzt, 0n);
    expect(placed).toBeLessThanOrEqual(plan.budgetKzt);
  });

  it("yesterday's 18:00 run was made by the service: vouchers by priority then time, one request without a place, reproducible", async () => {
    const db = testDb();
    const runs = await db.creativeAllocationRun.findMany();
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run.runOn.toISOString().slice(0, 10)).toBe(YESTERDAY);
    expect(run.status).toBe('DONE');
    expect(run.allocatedCount).toBe(3);
    const snapshot = (await allocationSnapshot(db, run.id))!;
    expect(snapshot).not.toBeNull();
    expect(reproduceAllocation(snapshot).same).toBe(true);
    const outcomes = Object.values(snapshot.explanations).map((e) => e.outcome).sort();
    expect(outcomes).toEqual(['allocated', 'allocated', 'allocated', 'noPlaceLeft']);
    // The large-family request was served first although made later than the first request without a category.
    const dombra = Object.values(snapshot.explanations).filter((e) => e.clubFreePlaces === 2).sort((a, b) => a.position! - b.position!);
    expect(dombra.map((e) => [e.priorityCategory, e.outcome])).toEqual([
      ['LARGE_FAMILY', 'allocated'],
      [null, 'allocated'],
      [null, 'noPlaceLeft'],
    ]);
    expect(await db.creativeAllocation.count({ where: { runId: run.id, status: 'ACTIVE' } })).toBe(3);
  });

  it('the request made after the run waits for the next 18:00, and the next run serves it', async () => {
    const db = testDb();
    const pending = await db.creativeRequest.findMany({ where: { status: 'PENDING' }, orderBy: { requestedAt: 'asc' } });
    expect(pending).toHaveLength(2); // the one without a place, and the one made after 18:00
    expect(pending[1]!.requestedAt.getTime()).toBeGreaterThan(almatyInstant(YESTERDAY, '18:00').getTime());
    const next = await runCreativeAllocation(db, almatyInstant(almatyDateOf(NOW), '18:00'));
    expect(next.alreadyRan).toBe(false);
    expect(next.allocated).toBe(1); // the art studio still had a free place; the dombra club had none
    expect(next.waiting).toBe(1);
  });
});
