/**
 * Benchmark of the operator ranking page (issue 5, item 5) — NOT part of the test suite.
 *
 *   npm run bench            (needs a production build: `npx next build`, done here if missing)
 *
 * A throwaway embedded PostgreSQL gets the migrated demo data plus a grant competition with
 * 2,000 applications in 4 lots × 5 experts (10,000 signed score sheets); scoring is closed
 * with `closeScoring` (the engine writes the decisions and 2,000 ranking rows). Then the
 * production build serves the app and a signed-in operator requests
 * /operator/competitions/<id>/results over real HTTP: warm-up requests first, then the p50 /
 * p95 of the server-side render. Baseline in the same run: the same rows — the first page
 * of every lot's ranking with the NGO names, and the 10,000 sheet totals the inter-rater
 * panel uses — fetched with plain node-postgres. Prints both and the ratio; exits 1 when
 * the page's p95 exceeds 300 ms.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PrismaClient } from '../../../lib/generated/prisma/client';
import { bin, run, start } from '../../../lib/ops/run';
import { prepareDatabase } from '../../../lib/ops/prepare-database';
import { closeScoring } from '../../../lib/services/results/close-scoring';
import { RANKING_PAGE_SIZE } from '../../../lib/services/results/results-view';
import { projectRoot, startThrowawayPostgres } from '../../../prisma/tools/embedded-postgres';
import { prng } from '../support/prng';

const LOTS = 4;
const PER_LOT = 500;
const EXPERTS = 5;
const WARMUP = 8;
const RUNS = 40;
const LIMIT_MS = 300;
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const CRITERIA = [
  { id: 'capacity', min: 1, max: 5 },
  { id: 'specialists', min: 1, max: 3 },
  { id: 'content', min: 1, max: 7 },
  { id: 'results', min: 1, max: 5 },
  { id: 'budget_and_timeline', min: 1, max: 5 },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function bulkData(db: PrismaClient): Promise<string> {
  const rand = prng(20261124);
  const pick = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const operator = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  const organizer = await db.organization.findFirstOrThrow({ where: { kind: 'OPERATOR' } });
  const comp = await db.competition.create({
    data: {
      kind: 'GRANT',
      code: 'G-BENCH-2000',
      organizerId: organizer.id,
      titleKk: 'Өнімділік сынағы: 2 000 өтінім',
      titleRu: 'Нагрузочный тест: 2 000 заявок',
      year: 2026,
      status: 'SCORING',
      criteria: CRITERIA,
      thresholdPercent: 50,
      scoringDueOn: new Date('2026-01-15T00:00:00.000Z'),
      createdById: operator.id,
    },
  });
  const lots = [];
  for (let l = 1; l <= LOTS; l++) {
    lots.push(await db.lot.create({ data: { competitionId: comp.id, number: l, titleKk: `Тақырып ${l}`, titleRu: `Тема ${l}`, budgetKzt: 2_000_000_000n } }));
  }
  // NGOs: one per application of a lot, applying to every lot (EL-3 is per lot).
  await db.organization.createMany({
    data: Array.from({ length: PER_LOT }, (_, i) => ({
      kind: 'NGO' as const,
      bin: `97${String(i).padStart(6, '0')}0000`,
      legalForm: 'PUBLIC_ASSOCIATION' as const,
      nameKk: `«Сынақ ${i + 1}» қоғамдық бірлестігі`,
      nameRu: `Общественное объединение «Тест ${i + 1}»`,
    })),
  });
  const orgs = await db.organization.findMany({ where: { nameRu: { startsWith: 'Общественное объединение «Тест ' } }, orderBy: { bin: 'asc' }, select: { id: true } });
  const experts = [];
  for (let e = 0; e < EXPERTS; e++) {
    const u = await db.user.create({ data: { email: `bench-expert${e}@example.kz`, name: `Сарапшы ${e + 1}`, role: 'EXPERT' } });
    experts.push(await db.expert.create({ data: { userId: u.id, nominationSource: 'NGO', status: 'APPROVED' } }));
  }
  const commission = await db.commission.create({ data: { competitionId: comp.id, status: 'APPROVED', approvedAt: new Date('2025-12-20T10:00:00Z') } });
  await db.commissionMember.createMany({
    data: [
      ...experts.map((e, i) => ({ commissionId: commission.id, expertId: e.id, role: (i === 0 ? 'CHAIR' : 'MEMBER') as 'CHAIR', side: 'NGO' as const })),
      { commissionId: commission.id, userId: operator.id, role: 'SECRETARY' as const, side: 'OPERATOR' as const, votingRight: false },
    ],
  });
  for (const lot of lots) {
    await db.application.createMany({
      data: orgs.map((o, i) => ({
        competitionId: comp.id,
        lotId: lot.id,
        organizationId: o.id,
        formVersion: 'grant-2026.1',
        status: 'UNDER_REVIEW',
        submittedAt: new Date(Date.UTC(2025, 11, 1) + pick(0, 20 * 86_400) * 1000),
        submittedById: operator.id,
        requestedKzt: BigInt(pick(1_000, 30_000) * 1_000),
        projectTitleKk: `Жоба ${lot.number}-${i + 1}`,
        projectTitleRu: `Проект ${lot.number}-${i + 1}`,
        createdById: operator.id,
      })),
    });
  }
  const apps = await db.application.findMany({ where: { competitionId: comp.id }, select: { id: true } });
  for (const e of experts) {
    await db.scoreSheet.createMany({
      data: apps.map((a) => ({
        expertId: e.id,
        applicationId: a.id,
        commissionId: commission.id,
        status: 'SIGNED',
        signedAt: new Date('2026-01-10T10:00:00Z'),
        total: CRITERIA.reduce((s, c) => s + pick(c.min, c.max), 0),
      })),
    });
  }
  const closed = await closeScoring(db, null, { competitionId: comp.id }, { requestId: 'bench', ip: null }, { now: () => new Date('2026-01-20T00:00:00Z') });
  if (!closed.ok) throw new Error(`closeScoring refused: ${closed.error.code}`);
  return comp.id;
}

/** next-auth credentials sign-in over HTTP; returns the Cookie header of the session. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, ...v] = pair!.split('=');
      jar.set(k!.trim(), v.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: `${base}/operator` }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`sign-in failed (${res.status})`);
  return cookie();
}

async function waitForHealth(base: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
}

/** Set by main(); the exit status says it (embedded PostgreSQL's exit hook exits with 0 otherwise). */
let missed = false;

async function main() {
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
    console.log('No production build — running `next build` first…');
    await run(bin('next'), ['build']);
  }
  const cluster = await startThrowawayPostgres('postgres-bench');
  let server: ReturnType<typeof start> | null = null;
  try {
    const url = await cluster.createDatabase('demeu_bench');
    await prepareDatabase(url);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const t0 = performance.now();
    const competitionId = await bulkData(db);
    console.log(`Bulk data: ${LOTS * PER_LOT} applications × ${EXPERTS} experts, scoring closed, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await db.$disconnect();

    const base = `http://localhost:${PORT}`;
    server = start(bin('next'), ['start', '-p', String(PORT)], { DATABASE_URL: url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomBytes(32).toString('base64url') });
    await waitForHealth(base);
    const cookie = await signIn(base, 'operator@demeu.kz', 'demeu-demo-2026');
    const page = `${base}/operator/competitions/${competitionId}/results`;

    const fetchPage = async () => {
      const started = performance.now();
      const res = await fetch(page, { headers: { Cookie: cookie } });
      const html = await res.text();
      const ms = performance.now() - started;
      if (res.status !== 200) throw new Error(`the page answered ${res.status}`);
      if (!html.includes('ranking-table-1') || !html.includes('inter-rater')) throw new Error('the page did not render the ranking');
      return { ms, bytes: html.length };
    };
    for (let i = 0; i < WARMUP; i++) await fetchPage();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await fetchPage();
      times.push(r.ms);
      bytes = r.bytes;
    }
    times.sort((a, b) => a - b);

    // Baseline: the same rows with plain node-postgres (one connection, warm).
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const baseline = async () => {
      const started = performance.now();
      const decisions = await client.query<{ id: string }>('SELECT id FROM "Decision" WHERE "competitionId" = $1 AND "lotId" IS NOT NULL', [competitionId]);
      for (const d of decisions.rows) {
        await client.query(
          `SELECT r."applicationId", r.rank, r.score, r."pointsSum", r."expertsCount", r.winner, r."awardedKzt", a."requestedKzt", a."projectTitleKk", o."nameKk", o.bin
             FROM "RankingRow" r JOIN "Application" a ON a.id = r."applicationId" JOIN "Organization" o ON o.id = a."organizationId"
            WHERE r."decisionId" = $1 ORDER BY r.rank LIMIT $2`,
          [d.id, RANKING_PAGE_SIZE],
        );
      }
      await client.query(
        `SELECT s."applicationId", s."expertId", s.total FROM "ScoreSheet" s JOIN "Application" a ON a.id = s."applicationId"
          WHERE a."competitionId" = $1 AND s.status = 'SIGNED' AND s.total IS NOT NULL`,
        [competitionId],
      );
      return performance.now() - started;
    };
    for (let i = 0; i < WARMUP; i++) await baseline();
    const base_: number[] = [];
    for (let i = 0; i < RUNS; i++) base_.push(await baseline());
    base_.sort((a, b) => a - b);
    await client.end();

    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    const b50 = percentile(base_, 50);
    const b95 = percentile(base_, 95);
    console.log(`Operator ranking page, ${LOTS * PER_LOT} applications × ${EXPERTS} experts (production build, HTTP, operator session, ${RUNS} warm requests, ${(bytes / 1024).toFixed(0)} KiB HTML):`);
    console.log(`  page      p50 ${p50.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   (limit p95 ≤ ${LIMIT_MS} ms)`);
    console.log(`  baseline  p50 ${b50.toFixed(1)} ms   p95 ${b95.toFixed(1)} ms   (the same rows with plain node-postgres)`);
    console.log(`  ratio     p95 page / p95 baseline = ${(p95 / b95).toFixed(1)}×`);
    if (p95 > LIMIT_MS) {
      console.error(`FAIL: p95 ${p95.toFixed(1)} ms > ${LIMIT_MS} ms`);
      missed = true;
    }
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await cluster.stop();
  }
}

main().then(
  () => process.exit(missed ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
