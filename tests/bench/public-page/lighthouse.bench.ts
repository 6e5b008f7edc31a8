/**
 * Lighthouse performance score of the public competition page (issue 9, item 7) — NOT part
 * of the test suite; `npm run bench`. Goal ≥ 95.
 *
 * A throwaway embedded PostgreSQL with the demo data; the production build served by
 * `next start`; Lighthouse (npm package, its Node API) drives Debian's Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium) headless over the DevTools protocol — no
 * browser is downloaded. The page is the demo's open grant competition, as a visitor sees it.
 * Three runs per form factor (Lighthouse's default mobile profile: simulated slow 4G and a
 * 4× slower CPU; and its desktop profile), the median score is the figure. Baseline in the
 * same run: the same measurement of a minimal HTML document (a heading and a paragraph, no
 * script, no stylesheet) served by node:http shows what the machine and the method give.
 */
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../../lib/generated/prisma/client';
import { prepareDatabase } from '../../../lib/ops/prepare-database';
import { startThrowawayPostgres } from '../../../prisma/tools/embedded-postgres';
import { snapshotBuild, startApp } from '../support/spike-harness';

const GOAL = 95;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3195);

interface Measured {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(url: string, port: number, formFactor: 'mobile' | 'desktop'): Promise<Measured> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  if (process.env.LIGHTHOUSE_DETAILS === '1') {
    // What shifted and what was the largest paint: the leads when the score drops.
    for (const id of ['layout-shifts', 'largest-contentful-paint-element', 'render-blocking-resources']) {
      const details = lhr.audits[id]?.details as { items?: unknown[] } | undefined;
      console.log(`      ${id}: ${JSON.stringify(details?.items ?? null).slice(0, 1200)}`);
    }
  }
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
  };
}

async function medianOf(url: string, port: number, formFactor: 'mobile' | 'desktop'): Promise<Measured> {
  const runs: Measured[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(url, port, formFactor));
  const scores = runs.map((r) => r.score);
  for (const r of runs) console.log(`      run: score ${r.score} · LCP ${(r.lcpMs / 1000).toFixed(2)} s · TBT ${r.tbtMs.toFixed(0)} ms`);
  const mid = runs.find((r) => r.score === median(scores))!;
  console.log(`    ${formFactor}: scores ${scores.join(', ')} → median ${mid.score}`);
  return mid;
}

function line(label: string, m: Measured) {
  console.log(
    `  ${label}: score ${m.score} · LCP ${(m.lcpMs / 1000).toFixed(2)} s · TBT ${m.tbtMs.toFixed(0)} ms · CLS ${m.cls.toFixed(3)} · transferred ${(m.bytes / 1024).toFixed(0)} KB`,
  );
}

/** Set by main(); the exit status says it (embedded PostgreSQL's exit hook must not turn a miss into a pass). */
let goalMet = false;

async function main() {
  const build = await snapshotBuild('bench-build-lighthouse');
  const cluster = await startThrowawayPostgres('postgres-bench-lighthouse');
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    const url = await cluster.createDatabase('demeu_lighthouse');
    await prepareDatabase(url);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const competition = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'OPEN' }, select: { id: true, code: true } });
    await db.$disconnect();
    app = await startApp(build.dir, url, PORT, randomBytes(32).toString('base64url'));
    const page = `${app.base}/competitions/${competition.id}`;
    // Warm the server (first renders compile nothing in production, but fill caches).
    for (let i = 0; i < 5; i++) await fetch(page).then((r) => r.arrayBuffer());

    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    console.log(`  ${page} (${competition.code}), ${RUNS} runs per profile, Chromium on port ${chrome.port}`);
    const mobile = await medianOf(page, chrome.port, 'mobile');
    const desktop = await medianOf(page, chrome.port, 'desktop');
    const minimal = createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="kk"><meta name="viewport" content="width=device-width"><title>Demeu</title><h1>Demeu</h1><p>Baseline.</p></html>'),
    );
    await new Promise<void>((resolve) => minimal.listen(PORT + 1, '127.0.0.1', resolve));
    const baseline = await medianOf(`http://127.0.0.1:${PORT + 1}/`, chrome.port, 'mobile').finally(() => minimal.close());

    console.log('\nLighthouse — results');
    line('public competition page, mobile (Lighthouse default)', mobile);
    line('public competition page, desktop', desktop);
    line('baseline: a minimal HTML document (no script, no stylesheet), mobile', baseline);
    const met = mobile.score >= GOAL;
    console.log(`  ${met ? '✔' : '✘'} performance score ≥ ${GOAL} on the default (mobile) profile (measured ${mobile.score}; desktop ${desktop.score})`);
    goalMet = met;
  } finally {
    chrome?.kill();
    if (app) await app.stop();
    await cluster.stop();
    build.remove();
  }
}

main().then(
  () => process.exit(goalMet ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
