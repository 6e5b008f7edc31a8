/**
 * Deadline spike (issue 9, item 7) — NOT part of the test suite; `npm run bench`.
 *
 * A throwaway embedded PostgreSQL, migrated and seeded, gets 1,050 NGOs (head account, NGO
 * database report on time) with complete drafts in four OPEN grant competitions; the
 * production build serves the app. Submissions go through the submit server action over
 * HTTP exactly as the browser sends them (tests/bench/support/spike-harness.ts), and after
 * each answer the simulated browser refreshes the page as the submit panel does
 * (router.refresh()) — that load is on the server during the run; its latency is printed
 * apart. Two runs each for the app and for the baseline:
 *  - the deadline minute: 200 NGOs submit 1,000 applications at random instants of the last
 *    minute before the deadline (an NGO clicks again after its answer); then 50 more NGOs try
 *    after the deadline. Latencies, 0 lost (every acknowledged receipt in the database), 0
 *    accepted after the deadline;
 *  - saturation: the 200 NGOs click again the moment they have their answer: throughput.
 * Baseline in the same run: the same transactional work through plain node-postgres in a
 * minimal node:http server (tests/bench/support/baseline-server.ts), same loads, same
 * database. Exits 1 if a goal is missed (p95 ≤ 300 ms in the deadline minute, saturation
 * throughput ≥ 0.5× baseline, 0 lost, all accepted before and none after the deadline).
 * Diagnostics: BENCH_SAMPLE_ACTIVITY=1 (PostgreSQL sessions), BENCH_APP_NODE_ARGS='--cpu-prof
 * --cpu-prof-dir=…' (a CPU profile of the server), SPIKE_NO_REFRESH=1, DUMP_RSC=file.
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
  refreshOverHttp,
  serverActionId,
  sessionCookie,
  startApp,
  submitOverHttp,
  type BenchDraft,
  type SubmitOutcome,
} from '../support/spike-harness';
import { prng } from '../support/prng';

const SUBMISSIONS = Number(process.env.SPIKE_SUBMISSIONS ?? 1000);
const CONCURRENCY = Number(process.env.SPIKE_CONCURRENCY ?? 200);
const LATE = 50;
const WINDOW_MS = Number(process.env.SPIKE_WINDOW_MS ?? 60_000);
/** Arrivals in the first 50 s of the last minute: the last 10 s are the margin for the answers. */
const ARRIVAL_MS = Number(process.env.SPIKE_ARRIVAL_MS ?? (WINDOW_MS * 5) / 6);
const SATURATION_WINDOW_MS = 15 * 60_000;
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

function printSaturation(f: Figures) {
  console.log(`  ${f.label}: ${f.acked} receipts in ${(f.wallMs / 1000).toFixed(1)} s → ${f.throughput.toFixed(1)} submissions/s; latency p50 ${f.p50.toFixed(0)} ms · p95 ${f.p95.toFixed(0)} ms; errors ${f.errors.length}`);
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
/**
 * BENCH_SAMPLE_ACTIVITY=1: what PostgreSQL's sessions are doing during the spike, sampled
 * every 50 ms from pg_stat_activity (state, wait event, the statement's start) — where the
 * time goes when the app is idle waiting.
 */
function sampleActivity(db: PrismaClient) {
  const counts = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await db.$queryRaw<{ state: string | null; wait: string | null; query: string }[]>`
        SELECT state, coalesce(wait_event_type || ':' || wait_event, '') AS wait, left(regexp_replace(query, '\s+', ' ', 'g'), 90) AS query
          FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`;
      for (const r of rows) {
        const key = `${r.state ?? '?'} | ${r.wait} | ${r.state === 'idle' ? '' : r.query}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      console.log('  pg_stat_activity samples (state | wait | statement):');
      for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${((100 * n) / total).toFixed(1).padStart(5)}%  ${k}`);
    },
  };
}

/**
 * - `deadlineMinute`: the scenario as it happens — CONCURRENCY NGOs, each submitting its share
 *   of the applications one after another at random instants of the last minute (the first
 *   ARRIVAL_MS of the WINDOW_MS before the deadline); an NGO clicks again only after its previous
 *   answer. The latency a user sees at that load.
 * - `saturation`: every NGO clicks again the moment it has its answer, with a deadline far
 *   enough not to interfere: the most the server can do — its throughput.
 */
type Schedule = 'deadlineMinute' | 'saturation';

async function spike(
  db: PrismaClient,
  competitionId: string,
  onTime: BenchDraft[],
  late: BenchDraft[],
  send: (d: BenchDraft) => Promise<SubmitOutcome>,
  schedule: Schedule,
  afterAnswer?: (d: BenchDraft, outcome: SubmitOutcome) => Promise<void>,
): Promise<{ outcomes: SubmitOutcome[]; wallMs: number; wallWithFollowUpsMs: number; lateOutcomes: SubmitOutcome[] }> {
  const deadlineAt = new Date(Date.now() + (schedule === 'saturation' ? SATURATION_WINDOW_MS : WINDOW_MS));
  await db.competition.update({ where: { id: competitionId }, data: { deadlineAt } });
  const sampler = process.env.BENCH_SAMPLE_ACTIVITY === '1' ? sampleActivity(db) : null;
  const started = performance.now();
  let lastAnswerAt = started;
  const answer = async (d: BenchDraft) => {
    const outcome = await send(d);
    lastAnswerAt = Math.max(lastAnswerAt, performance.now());
    if (afterAnswer) await afterAnswer(d, outcome);
    return outcome;
  };
  let outcomes: SubmitOutcome[];
  if (schedule === 'saturation') outcomes = await pool(onTime, CONCURRENCY, answer);
  else {
    const random = prng(2026);
    const arrivals = onTime.map(() => random() * ARRIVAL_MS);
    outcomes = new Array<SubmitOutcome>(onTime.length);
    // NGO k submits applications k, k + CONCURRENCY, … in the order of their arrival instants.
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, onTime.length) }, async (_, k) => {
        const mine = onTime.map((_d, i) => i).filter((i) => i % CONCURRENCY === k).sort((a, b) => arrivals[a]! - arrivals[b]!);
        for (const i of mine) {
          const wait = started + arrivals[i]! - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          outcomes[i] = await answer(onTime[i]!);
        }
      }),
    );
  }
  // Submissions per second: until the last answer. The browsers' page refreshes after their
  // answers load the server during the run (and slow the others' submissions) but are not submissions.
  const wallMs = lastAnswerAt - started;
  const wallWithFollowUpsMs = performance.now() - started;
  if (sampler) await sampler.stop();
  if (schedule === 'saturation') return { outcomes, wallMs, wallWithFollowUpsMs, lateOutcomes: [] };
  const wait = deadlineAt.getTime() - Date.now() + 1_000;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const lateOutcomes = await pool(late, LATE, send);
  return { outcomes, wallMs, wallWithFollowUpsMs, lateOutcomes };
}

/** Set by main(); the exit status says it (a library's exit hook must not turn a miss into a pass). */
let goalsMet = false;

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
    const appSatComp = await createCompetition(db, 'G-BENCH-SAT', far);
    const appSatDrafts = await createDrafts(db, appSatComp.competitionId, appSatComp.lotId, ngos, 'sat');
    const baseComp = await createCompetition(db, 'G-BENCH-BASE', far);
    const baseDrafts = await createDrafts(db, baseComp.competitionId, baseComp.lotId, ngos, 'base');
    const baseSatComp = await createCompetition(db, 'G-BENCH-BASESAT', far);
    const baseSatDrafts = await createDrafts(db, baseSatComp.competitionId, baseSatComp.lotId, ngos, 'basesat');
    console.log(`  fixtures: ${ngos.length} NGOs, ${4 * appDrafts.length} complete drafts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

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

    {
      const d = appDrafts[0]!;
      const cookie = cookies.get(d.ngo.user.id)!;
      const size = async (init: RequestInit) => (await (await fetch(`${app!.base}/ngo/applications/${d.applicationId}`, init)).arrayBuffer()).byteLength;
      const html = await size({ headers: { Cookie: cookie } });
      const rsc = await size({ headers: { Cookie: cookie, RSC: '1' } });
      if (process.env.DUMP_RSC) (await import('node:fs')).writeFileSync(process.env.DUMP_RSC, Buffer.from(await (await fetch(`${app!.base}/ngo/applications/${d.applicationId}`, { headers: { Cookie: cookie, RSC: '1' } })).arrayBuffer()));
      console.log(`  the application page: HTML ${(html / 1024).toFixed(0)} KB, its refresh payload (RSC) ${(rsc / 1024).toFixed(0)} KB (uncompressed)`);
    }
    const keys = new Map([...appDrafts, ...appSatDrafts].map((d) => [d.applicationId, randomUUID()]));
    const refreshMs: number[] = [];
    let refreshFailures = 0;
    const appSend = (d: BenchDraft) => submitOverHttp(app!.base, actionId, cookies.get(d.ngo.user.id)!, d.applicationId, keys.get(d.applicationId)!);
    // As the browser: after the answer the submit panel refreshes the page (router.refresh()).
    const appRefresh = async (d: BenchDraft, outcome: SubmitOutcome) => {
      if (outcome.kind === 'error' || process.env.SPIKE_NO_REFRESH === '1') return;
      const ms = await refreshOverHttp(app!.base, cookies.get(d.ngo.user.id)!, d.applicationId);
      if (ms === null) refreshFailures += 1;
      else refreshMs.push(ms);
    };
    console.log(`  app, the deadline minute: ${CONCURRENCY} NGOs, ${SUBMISSIONS} submissions arriving over ${ARRIVAL_MS / 1000} s, deadline in ${WINDOW_MS / 1000} s…`);
    const appRun = await spike(db, appComp.competitionId, appDrafts.slice(0, SUBMISSIONS), appDrafts.slice(SUBMISSIONS), appSend, 'deadlineMinute', appRefresh);
    const appFig = summarise('app (Next.js server action, Prisma) — the deadline minute', appRun.outcomes, appDrafts, appRun.wallMs, appRun.lateOutcomes);
    const refreshFig = { p50: percentile(refreshMs, 50), p95: percentile(refreshMs, 95), failures: refreshFailures };
    refreshMs.length = 0;
    console.log(`  app, saturation: ${CONCURRENCY} NGOs clicking again at once…`);
    const appSat = await spike(db, appSatComp.competitionId, appSatDrafts.slice(0, SUBMISSIONS), [], appSend, 'saturation', appRefresh);
    const appSatFig = summarise('app — saturation', appSat.outcomes, appSatDrafts, appSat.wallMs, []);
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
    console.log(`  baseline, the deadline minute and saturation…`);
    const baseSend = (d: BenchDraft) => baselineSubmit(baseUrl, d);
    const baseRun = await spike(db, baseComp.competitionId, baseDrafts.slice(0, SUBMISSIONS), baseDrafts.slice(SUBMISSIONS), baseSend, 'deadlineMinute');
    const baseFig = summarise('baseline (node:http + node-postgres) — the deadline minute', baseRun.outcomes, baseDrafts, baseRun.wallMs, baseRun.lateOutcomes);
    const baseSat = await spike(db, baseSatComp.competitionId, baseSatDrafts.slice(0, SUBMISSIONS), [], baseSend, 'saturation');
    const baseSatFig = summarise('baseline — saturation', baseSat.outcomes, baseSatDrafts, baseSat.wallMs, []);

    console.log('\nDeadline spike — results');
    print(appFig);
    console.log(
      `    the page refresh after each answer (router.refresh(), not in the latency above): p50 ${refreshFig.p50.toFixed(0)} ms · p95 ${refreshFig.p95.toFixed(0)} ms; failed: ${refreshFig.failures}`,
    );
    const appDb = await checkDatabase(db, 'app', appComp.competitionId, appFig);
    print(baseFig);
    await checkDatabase(db, 'baseline', baseComp.competitionId, baseFig);
    printSaturation(appSatFig);
    const appSatDb = await checkDatabase(db, 'app saturation', appSatComp.competitionId, appSatFig);
    printSaturation(baseSatFig);
    const ratio = appSatFig.throughput / baseSatFig.throughput;
    console.log(`\n  throughput ratio app/baseline at saturation: ${ratio.toFixed(2)}× (goal ≥ 0.5×)`);

    const goals = [
      ['0 lost (every acknowledged receipt in the database)', appDb.lost === 0 && appSatDb.lost === 0],
      [`all ${SUBMISSIONS} accepted before the deadline`, appFig.acked === SUBMISSIONS],
      ['0 accepted after the deadline', appDb.afterDeadline === 0 && appFig.lateAccepted === 0 && appFig.lateRefused === LATE],
      [`p95 submit latency in the deadline minute ≤ ${P95_LIMIT_MS} ms (measured ${appFig.p95.toFixed(0)} ms)`, appFig.p95 <= P95_LIMIT_MS],
      [`throughput ≥ 0.5× baseline (measured ${ratio.toFixed(2)}×)`, ratio >= 0.5],
    ] as const;
    for (const [goal, met] of goals) console.log(`  ${met ? '✔' : '✘'} ${goal}`);
    goalsMet = goals.every(([, met]) => met);
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

main().then(
  () => process.exit(goalsMet ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
