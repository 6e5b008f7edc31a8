import { expect } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { testDb } from './test-db';

/** The Actor of a seeded account, as getActor() would build it. */
export async function actorOf(email: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } } });
  return {
    id: u.id,
    role: u.role,
    organizationIds: u.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: u.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: u.expert?.id ?? null,
  };
}

/**
 * R3: after a race every transaction has ended — no session of this test's database other
 * than the asking one is idle in a transaction, holds a lock or waits for one.
 */
export async function expectNoOpenTransactionOrLock(db: PrismaClient = testDb()) {
  const idle = await db.$queryRaw<{ pid: number; state: string; query: string }[]>`
    SELECT pid, state, query FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid()
      AND (state LIKE 'idle in transaction%' OR (state = 'active' AND wait_event_type = 'Lock'))`;
  const locks = await db.$queryRaw<{ pid: number; locktype: string; mode: string; granted: boolean }[]>`
    SELECT l.pid, l.locktype, l.mode, l.granted FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE a.datname = current_database() AND l.pid <> pg_backend_pid()`;
  expect(idle).toEqual([]);
  expect(locks).toEqual([]);
}

/** Polls until some session of this database waits for a lock (the interleaving a test forces). */
export async function waitForLockWaiters(count: number, db: PrismaClient = testDb(), timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`;
    if (Number(row?.n ?? 0) >= count) return;
    if (Date.now() > until) throw new Error(`expected ${count} session(s) waiting for a lock`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
