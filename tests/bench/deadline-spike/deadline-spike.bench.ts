/**
 * Deadline spike (issue 9, item 7) — NOT part of the test suite; `npm run bench`.
 *
 * A throwaway embedded PostgreSQL, migrated and seeded, gets 1,050 NGOs (head account, NGO
 * database report on time) with a complete draft each in an OPEN grant competition; the
 * production build serves the app. The deadline is set 60 s ahead, and 200 concurrent
 * simulated NGOs submit 1,000 applications through the submit server action over HTTP, as
 * the browser does (tests/bench/support/spike-harness.ts). After the deadline 50 more NGOs
 * try to submit. Then the database is checked: every acknowledged receipt is there (0 lost),
 * no application was accepted after the deadline. Baseline in the same run: the same
 * transactional work through plain node-postgres in a minimal node:http server
 * (tests/bench/support/baseline-server.ts), same load, same database. Prints latencies,
 * throughput and the ratio; exits 1 if a goal is missed (p95 ≤ 300 ms, throughput ≥ 0.5×
 * baseline, 0 lost, 0 late accepted).
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PrismaClient } from '../../../lib/generated/prisma/client';
import { prepareDatabase } from '../../../lib/ops/prepare-database';
import { projectRoot, startThrowawayPostgres } from '../../../prisma/tools/embedded-postgres';
import {
  createCompetition,
  createDrafts,
  createNgos,
  snapshotBuild,
  percentile,
  pool,
  serverActionId,
  sessionCookie,
  startApp,
  submitOverHttp,
  type BenchDraft,
  type SubmitOutcome,
} from '../support/spike-harness';

const SUBMISSIONS = Number(process.env.SPIKE_SUBMISSIONS ?? 1000);
const CONCURRENCY = Number(process.env.SPIKE_CONCURRENCY ?? 200);
const LATE = 50;
const WINDOW_MS = Number(process.env.SPIKE_WINDOW_MS ?? 60_000);
const P95_LIMIT_MS = 300;
const PORT = Number(process.env.BENCH_PORT ?? 3191);
const BASELINE_PORT = PORT + 1;

interface Figures {
  label: string;
  acked: number;
  refused: Map<string, number>;
  errors: string[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
  wallMs: number;
  throughput: number;
  lateAccepted: number;
  lateRefused: number;
  receipts: Map<string, string>;
}

function summarise(label: string, outcomes: SubmitOutcome[], drafts: BenchDraft[], wallMs: number, late: SubmitOutcome[]): Figures {
  const refused = new Map<string, number>();
  const errors: string[] = [];
  const receipts = new Map<string, string>();
  outcomes.forEach((o, i) => {
    if (o.kind === 'receipt') receipts.set(drafts[i]!.applicationId, o.receiptNumber);
    else if (o.kind === 'refused') for (const c of o.codes.slice(0, 1)) refused.set(c, (refused.get(c) ?? 0) + 1);
    else errors.push(o.detail);
  });
  const ms = outcomes.map((o) => o.ms);
  return {
    label,
    acked: receipts.size,
    refused,
    errors,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: Math.max(...ms),
    wallMs,
    throughput: receipts.size / (wallMs / 1000),
    lateAccepted: late.filter((o) => o.kind === 'receipt').length,
    lateRefused: late.filter((o) => o.kind === 'refused' && o.codes.includes('deadlinePassed')).length,
    receipts,
  };
}

async function checkDatabase(db: PrismaClient, label: string, competitionId: string, figures: Figures) {
  const competition = await db.competition.findUniqueOrThrow({ where: { id: competitionId }, select: { deadlineAt: true } });
  const submitted = await db.application.findMany({
    where: { competitionId, status: 'SUBMITTED' },
    select: { id: true, receiptNumber: true, receiptHash: true, submittedAt: true },
  });
  const byId = new Map(submitted.map((a) => [a.id, a]));
  let lost = 0;
  for (const [id, receipt] of figures.receipts) {
    const row = byId.get(id);
    if (!row || row.receiptNumber !== receipt || !row.receiptHash) lost += 1;
  }
  const afterDeadline = submitted.filter((a) => a.submittedAt && a.submittedAt.getTime() > competition.deadlineAt!.getTime()).length;
  const unacknowledgedButSubmitted = submitted.filter((a) => !figures.receipts.has(a.id)).length;
  console.log(
    `  ${label} database: ${submitted.length} SUBMITTED; acknowledged receipts missing or different: ${lost}; submitted after the deadline: ${afterDeadline}; submitted without an acknowledgement: ${unacknowledgedButSubmitted}`,
  );
  return { lost, afterDeadline };
}

function print(f: Figures) {
  const refused = [...f.refused].map(([c, n]) => `${c}×${n}`).join(', ') || 'none';
  console.log(`  ${f.label}: ${f.acked} receipts in ${(f.wallMs / 1000).toFixed(1)} s → ${f.throughput.toFixed(1)} submissions/s`);
  console.log(`    latency p50 ${f.p50.toFixed(0)} ms · p95 ${f.p95.toFixed(0)} ms · p99 ${f.p99.toFixed(0)} ms · max ${f.max.toFixed(0)} ms`);
  console.log(`    refused before the deadline: ${refused}; transport/server errors: ${f.errors.length}${f.errors.length ? ` (first: ${f.errors[0]})` : ''}`);
  console.log(`    after the deadline: ${f.lateRefused}/${LATE} refused with deadlinePassed, ${f.lateAccepted} accepted`);
}

async function baselineSubmit(base: string, draft: BenchDraft): Promise<SubmitOutcome> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ applicationId: draft.applicationId, userId: draft.ngo.user.id, idempotencyKey: randomUUID() }),
    });
    const json = (await res.json()) as { status: string; receiptNumber?: string; code?: string; message?: string };
    const ms = performance.now() - started;
    if (json.status === 'submitted' && json.receiptNumber) return { kind: 'receipt', receiptNumber: json.receiptNumber, ms };
    if (json.status === 'refused') return { kind: 'refused', codes: [json.code ?? 'unknown'], ms };
    return { kind: 'error', detail: json.message ?? `HTTP ${res.status}`, ms };
  } catch (error) {
    return { kind: 'error', detail: String(error), ms: performance.now() - started };
  }
}

/** Fires the on-time batch right after setting the deadline WINDOW_MS ahead, then the late batch after it. */
async function spike(
  db: PrismaClient,
  competitionId: string,
  onTime: BenchDraft[],
  late: BenchDraft[],
  send: (d: BenchDraft) => Promise<SubmitOutcome>,
): Promise<{ outcomes: SubmitOutcome[]; wallMs: number; lateOutcomes: SubmitOutcome[] }> {
  const deadlineAt = new Date(Date.now() + WINDOW_MS);
  await db.competition.update({ where: { id: competitionId }, data: { deadlineAt } });
  const started = performance.now();
  const outcomes = await pool(onTime, CONCURRENCY, send);
  const wallMs = performance.now() - started;
  const wait = deadlineAt.getTime() - Date.now() + 1_000;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const lateOutcomes = await pool(late, LATE, send);
  return { outcomes, wallMs, lateOutcomes };
}

async function main() {
  const build = await snapshotBuild('bench-build-spike');
  const actionId = serverActionId(build.dir, 'app/ngo/applications/[id]/actions.ts', 'submitApplicationAction');
  const cluster = await startThrowawayPostgres('postgres-bench-spike');
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  let baseline: ReturnType<typeof spawn> | null = null;
  let db: PrismaClient | null = null;
  try {
    const url = await cluster.createDatabase('demeu_bench');
    await prepareDatabase(url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const t0 = performance.now();
    const ngos = await createNgos(db, 'spike', SUBMISSIONS + LATE);
    const far = new Date(Date.now() + 86_400_000);
    const appComp = await createCompetition(db, 'G-BENCH-SPIKE', far);
    const appDrafts = await createDrafts(db, appComp.competitionId, appComp.lotId, ngos, 'spike');
    const baseComp = await createCompetition(db, 'G-BENCH-BASE', far);
    const baseDrafts = await createDrafts(db, baseComp.competitionId, baseComp.lotId, ngos, 'base');
    console.log(`  fixtures: ${ngos.length} NGOs, ${appDrafts.length + baseDrafts.length} complete drafts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const secret = randomBytes(32).toString('base64url');
    app = await startApp(build.dir, url, PORT, secret);
    const cookies = new Map<string, string>();
    for (const n of ngos) cookies.set(n.user.id, await sessionCookie(secret, n.user));

    // Warm-up: the page and the action path (a malformed key is refused before any write).
    for (let i = 0; i < 30; i++) {
      const d = appDrafts[i]!;
      await fetch(`${app.base}/ngo/applications/${d.applicationId}`, { headers: { Cookie: cookies.get(d.ngo.user.id)! } }).then((r) => r.arrayBuffer());
      const w = await submitOverHttp(app.base, actionId, cookies.get(d.ngo.user.id)!, d.applicationId, 'not-a-uuid');
      if (w.kind !== 'refused' || !w.codes.includes('invalidRequest')) throw new Error(`warm-up: unexpected answer ${JSON.stringify(w)}`);
    }

    console.log(`  app: ${SUBMISSIONS} submissions, ${CONCURRENCY} concurrent, deadline in ${WINDOW_MS / 1000} s…`);
    const keys = new Map(appDrafts.map((d) => [d.applicationId, randomUUID()]));
    const appRun = await spike(db, appComp.competitionId, appDrafts.slice(0, SUBMISSIONS), appDrafts.slice(SUBMISSIONS), (d) =>
      submitOverHttp(app!.base, actionId, cookies.get(d.ngo.user.id)!, d.applicationId, keys.get(d.applicationId)!),
    );
    const appFig = summarise('app (Next.js server action, Prisma)', appRun.outcomes, appDrafts, appRun.wallMs, appRun.lateOutcomes);
    await app.stop();
    app = null;

    baseline = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '..', 'support', 'baseline-server.ts')], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_URL: url, PORT: String(BASELINE_PORT) },
    });
    const baseUrl = `http://127.0.0.1:${BASELINE_PORT}`;
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`${baseUrl}/`).then(() => true, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`  baseline: ${SUBMISSIONS} submissions, ${CONCURRENCY} concurrent, deadline in ${WINDOW_MS / 1000} s…`);
    const baseRun = await spike(db, baseComp.competitionId, baseDrafts.slice(0, SUBMISSIONS), baseDrafts.slice(SUBMISSIONS), (d) => baselineSubmit(baseUrl, d));
    const baseFig = summarise('baseline (node:http + node-postgres)', baseRun.outcomes, baseDrafts, baseRun.wallMs, baseRun.lateOutcomes);

    console.log('\nDeadline spike — results');
    print(appFig);
    const appDb = await checkDatabase(db, 'app', appComp.competitionId, appFig);
    print(baseFig);
    await checkDatabase(db, 'baseline', baseComp.competitionId, baseFig);
    const ratio = appFig.throughput / baseFig.throughput;
    console.log(`\n  throughput ratio app/baseline: ${ratio.toFixed(2)}× (goal ≥ 0.5×); p95 ratio app/baseline: ${(appFig.p95 / baseFig.p95).toFixed(2)}×`);

    const goals = [
      ['0 lost (every acknowledged receipt in the database)', appDb.lost === 0],
      ['all 1,000 accepted before the deadline', appFig.acked === SUBMISSIONS],
      ['0 accepted after the deadline', appDb.afterDeadline === 0 && appFig.lateAccepted === 0 && appFig.lateRefused === LATE],
      [`p95 submit latency ≤ ${P95_LIMIT_MS} ms (measured ${appFig.p95.toFixed(0)} ms)`, appFig.p95 <= P95_LIMIT_MS],
      [`throughput ≥ 0.5× baseline (measured ${ratio.toFixed(2)}×)`, ratio >= 0.5],
    ] as const;
    for (const [goal, met] of goals) console.log(`  ${met ? '✔' : '✘'} ${goal}`);
    process.exitCode = goals.every(([, met]) => met) ? 0 : 1;
  } finally {
    if (app) await app.stop();
    if (baseline && baseline.exitCode === null) {
      const b = baseline;
      await new Promise<void>((resolve) => {
        b.once('exit', () => resolve());
        b.kill('SIGTERM');
        setTimeout(() => b.kill('SIGKILL'), 5_000).unref();
      });
    }
    await db?.$disconnect();
    await cluster.stop();
    build.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
