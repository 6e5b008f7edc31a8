/**
 * Benchmark of the grant scoring pipeline (SC-2, SC-3, SC-5) — NOT part of the test suite.
 *
 *   npm run bench
 *
 * Builds 10,000 applications × 5 experts × 6 criteria (local-budget grant criteria) of
 * seeded random data, then times: sheetTotal for all 50,000 sheets → applicationScore for
 * every application → rankApplications against a lot budget. Median of several runs with
 * performance.now(); a baseline in the same run (a plain Array.prototype.sort of the
 * 10,000 precomputed scores) gives a machine-independent ratio. Exits 1 when the median
 * of the whole pipeline exceeds 200 ms.
 */
import { applicationScore, grantCriteria, rankApplications, sheetTotal, type RankInput } from '../../../lib/rules';
import { prng } from '../support/prng';

const APPLICATIONS = 10_000;
const EXPERTS = 5;
const RUNS = 9;
const WARMUP = 2;
const LIMIT_MS = 200;
const SEED = 20260331;

const rand = prng(SEED);
const criteria = grantCriteria({ localBudget: true });
const pick = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

const apps = Array.from({ length: APPLICATIONS }, (_, i) => ({
  id: `app-${String(i).padStart(5, '0')}`,
  submittedAt: new Date(Date.UTC(2026, 2, 2) + pick(0, 25 * 86_400) * 1000),
  requested: pick(1_000, 30_000) * 1_000, // 1–30 million tenge
  sheets: Array.from({ length: EXPERTS }, () =>
    Object.fromEntries(criteria.map((c) => [c.id, c.allowed ? (c.allowed[pick(0, c.allowed.length - 1)] as number) : pick(c.min, c.max)])),
  ),
}));
const budget = 2_000_000_000; // 2 billion tenge lot budget

function pipeline(): { order: string[]; winners: string[] } {
  const inputs: RankInput[] = new Array(apps.length);
  for (let i = 0; i < apps.length; i++) {
    const a = apps[i]!;
    const totals: number[] = new Array(a.sheets.length);
    for (let s = 0; s < a.sheets.length; s++) {
      const r = sheetTotal(criteria, a.sheets[s]!);
      if (!r.ok) throw new Error(`seeded sheet invalid: ${r.code} ${r.criterionId}`);
      totals[s] = r.total;
    }
    inputs[i] = { id: a.id, score: applicationScore(totals, 'mean'), submittedAt: a.submittedAt, requested: a.requested };
  }
  return rankApplications(inputs, budget);
}

// Baseline data: the precomputed scores, sorted with a plain numeric sort.
const first = pipeline();
const precomputed = apps.map((a) => a.sheets.reduce((s, sh) => s + Object.values(sh).reduce((x, y) => x + y, 0), 0) / EXPERTS);
function baseline(): number {
  const copy = precomputed.slice();
  copy.sort((x, y) => y - x);
  return copy[0] ?? 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const pipelineMs = time(pipeline);
const baselineMs = time(baseline);
const ratio = pipelineMs / baselineMs;
const ok = pipelineMs <= LIMIT_MS;

console.log(
  `rules ranking bench: ${APPLICATIONS} apps × ${EXPERTS} experts × ${criteria.length} criteria → ` +
    `pipeline median ${pipelineMs.toFixed(1)} ms (${RUNS} runs), baseline sort ${baselineMs.toFixed(2)} ms, ` +
    `ratio ${ratio.toFixed(1)}×, winners ${first.winners.length}/${first.order.length}, limit ${LIMIT_MS} ms: ${ok ? 'PASS' : 'FAIL'}`,
);
if (!ok) process.exit(1);
