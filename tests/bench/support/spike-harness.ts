/**
 * Shared pieces of the deadline-spike benchmark (tests/bench/deadline-spike) and the fault
 * check (`npm run check:load`, lib/ops/check-load.ts): the production build under the e2e
 * lock, the app on a given database, signed-in NGO sessions, the submit server action called
 * over HTTP exactly as the browser calls it, bulk drafts, and a concurrency pool.
 *
 * The submission is a server action only (app/ngo/applications/[id]/actions.ts); there is no
 * API route for it. It is called as React calls it from the browser: POST to the page with
 * the `Next-Action` header (the action id read from the build's server-reference manifest)
 * and the arguments encoded with React's own `encodeReply` — [applicationId (bound), the
 * previous state, the form data with the idempotency key]. No bench-only route was added.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { encode } from 'next-auth/jwt';
import type { PrismaClient } from '../../../lib/generated/prisma/client';
import { bin, run } from '../../../lib/ops/run';
import { ngoDatabaseReportDeadline, requiredNgoDatabaseReportYear } from '../../../lib/rules';
import { projectRoot } from '../../../prisma/tools/embedded-postgres';
import { COMPLETE_GRANT_SECTIONS } from '../../support/complete-grant-sections';

export const E2E_LOCK = '/tmp/demeu-e2e.lock';

/**
 * `.next` is shared with the e2e suite, which rebuilds it under /tmp/demeu-e2e.lock. A
 * benchmark takes the lock only to build (when there is no build, or BENCH_BUILD=1) and to
 * copy the build into a private folder; it then serves that copy from a shadow project
 * folder (symlinks to everything else), so e2e runs may rebuild meanwhile.
 * BENCH_NO_LOCK=1 copies without waiting for the lock (a developer's own machine).
 */
export async function snapshotBuild(label: string): Promise<{ dir: string; remove(): void }> {
  const dir = path.join(projectRoot, '.data', `${label}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const build = process.env.BENCH_BUILD === '1' || !existsSync(path.join(projectRoot, '.next', 'BUILD_ID'));
  const script = `${build ? `echo 'Building the production app (next build)…' && NEXT_TELEMETRY_DISABLED=1 ${bin('next')} build && ` : ''}cp -a .next '${dir}/.next'`;
  const command = process.env.BENCH_NO_LOCK === '1' ? ['bash', '-c', script] : ['flock', E2E_LOCK, 'bash', '-c', script];
  try {
    await run(command[0]!, command.slice(1));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  for (const entry of readdirSync(projectRoot)) {
    if (entry === '.next' || entry === '.data' || entry === '.git') continue;
    symlinkSync(path.join(projectRoot, entry), path.join(dir, entry));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The id of a server action in the current build, by file and exported name. */
export function serverActionId(buildDir: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`server action ${filename}#${exportedName} is not in the build`);
  return found[0];
}

export interface App {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `next start` of the production build against `databaseUrl`; resolves when /api/health answers. */
export async function startApp(buildDir: string, databaseUrl: string, port: number, secret: string): Promise<App> {
  const base = `http://localhost:${port}`;
  // BENCH_APP_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the server under load.
  const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const [command, args] = nodeArgs.length
    ? [process.execPath, [...nodeArgs, path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', buildDir, '-p', String(port)]]
    : [bin('next'), ['start', buildDir, '-p', String(port)]];
  const child = spawn(command, args, {
    cwd: buildDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: secret,
    },
  });
  await waitFor200(`${base}/api/health`, 90_000);
  return {
    base,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 8_000).unref();
      }),
  };
}

export async function waitFor200(url: string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - started;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/**
 * The session cookie next-auth would set after a credentials sign-in of this user (the same
 * JWT claims lib/auth/options.ts writes), minted with the server's secret: 1,000 argon2
 * sign-ins from one IP would measure the login throttle, not the submission.
 */
export async function sessionCookie(secret: string, user: { id: string; email: string; name: string; sessionVersion: number }): Promise<string> {
  const token = await encode({
    secret,
    token: { sub: user.id, uid: user.id, role: 'NGO', sv: user.sessionVersion, email: user.email, name: user.name } as never,
  });
  return `next-auth.session-token=${token}`;
}

const require = createRequire(path.join(projectRoot, 'package.json'));
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.edge') as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export type SubmitOutcome =
  | { kind: 'receipt'; receiptNumber: string; ms: number }
  | { kind: 'refused'; codes: string[]; ms: number }
  | { kind: 'error'; detail: string; ms: number };

/** One click on «Submit»: the server action over HTTP, as the browser sends it. */
export async function submitOverHttp(base: string, actionId: string, cookie: string, applicationId: string, idempotencyKey: string): Promise<SubmitOutcome> {
  const form = new FormData();
  form.set('idempotencyKey', idempotencyKey);
  const body = await encodeReply([applicationId, { status: 'idle' }, form]);
  const started = performance.now();
  try {
    const res = await fetch(`${base}/ngo/applications/${applicationId}`, {
      method: 'POST',
      headers: { 'Next-Action': actionId, Accept: 'text/x-component', Origin: base, Cookie: cookie },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    const receipt = /"status":"submitted","receiptNumber":"([^"]+)"/.exec(text);
    if (res.status === 200 && receipt) return { kind: 'receipt', receiptNumber: receipt[1]!, ms };
    if (res.status === 200 && text.includes('"status":"refused"')) {
      const codes = [...text.matchAll(/"code":"([^"]+)"/g)].map((m) => m[1]!);
      return { kind: 'refused', codes: [...new Set(codes)], ms };
    }
    return { kind: 'error', detail: `HTTP ${res.status} ${text.slice(0, 160).replace(/\s+/g, ' ')}`, ms };
  } catch (error) {
    return { kind: 'error', detail: String((error as Error).message ?? error), ms: performance.now() - started };
  }
}

/**
 * What the browser does right after the answer: the submit panel calls router.refresh(),
 * a GET of the page's React Server Components payload (the whole tree, as after a refresh).
 * Returns its latency, or null when it failed.
 */
export async function refreshOverHttp(base: string, cookie: string, applicationId: string): Promise<number | null> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}/ngo/applications/${applicationId}`, { headers: { RSC: '1', Cookie: cookie }, signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
    return res.status === 200 ? performance.now() - started : null;
  } catch {
    return null;
  }
}

/** Runs `fn` over `items` with at most `concurrency` in flight. */
export async function pool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

// ─── complete grant applications in bulk (tests/support/complete-grant-sections.ts) ───

const REQUIRED_DOCUMENTS = [
  { kind: 'charter', titleKk: 'Жарғының көшірмесі', titleRu: 'Копия устава', required: true },
  { kind: 'balance', titleKk: 'Бухгалтерлік баланс', titleRu: 'Бухгалтерский баланс', required: true },
];

export interface BenchNgo {
  orgId: string;
  user: { id: string; email: string; name: string; sessionVersion: number };
}
export interface BenchDraft {
  applicationId: string;
  ngo: BenchNgo;
}

/** `count` NGOs, each with a head account and its NGO database report sent on time (EL-2). */
export async function createNgos(db: PrismaClient, label: string, count: number): Promise<BenchNgo[]> {
  const now = new Date();
  const reportYear = requiredNgoDatabaseReportYear(now);
  const reportSentAt = new Date(ngoDatabaseReportDeadline(reportYear).getTime() - 20 * 86_400_000);
  const ngos: BenchNgo[] = Array.from({ length: count }, (_, i) => ({
    orgId: `bench-${label}-org-${i}`,
    user: { id: `bench-${label}-user-${i}`, email: `bench-${label}-${i}@bench.demeu.kz`, name: `Бенч ${label} ${i}`, sessionVersion: 0 },
  }));
  for (let i = 0; i < count; i += 500) {
    const chunk = ngos.slice(i, i + 500);
    await db.organization.createMany({
      data: chunk.map((n, j) => ({
        id: n.orgId,
        kind: 'NGO' as const,
        bin: `88${label.length}${String(i + j).padStart(9, '0')}`.slice(0, 12),
        legalForm: 'PUBLIC_ASSOCIATION' as const,
        nameKk: `Бенч ҮЕҰ ${label} ${i + j}`,
        nameRu: `Бенч НПО ${label} ${i + j}`,
      })),
    });
    await db.user.createMany({ data: chunk.map((n) => ({ id: n.user.id, email: n.user.email, name: n.user.name, role: 'NGO' as const, locale: 'kk' as const })) });
    await db.organizationMembership.createMany({ data: chunk.map((n) => ({ organizationId: n.orgId, userId: n.user.id, role: 'HEAD' as const })) });
    await db.ngoDatabaseReport.createMany({
      data: chunk.map((n) => ({ organizationId: n.orgId, year: reportYear, status: 'APPROVED', submittedAt: reportSentAt, submittedById: n.user.id })),
    });
  }
  return ngos;
}

/** An OPEN grant competition with one big lot; the deadline is set later (`setDeadline`). */
export async function createCompetition(db: PrismaClient, code: string, deadlineAt: Date): Promise<{ competitionId: string; lotId: string }> {
  const operator = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  const organizer = await db.organization.findFirstOrThrow({ where: { kind: 'OPERATOR' } });
  const competition = await db.competition.create({
    data: {
      kind: 'GRANT',
      code,
      organizerId: organizer.id,
      titleKk: `Жүктеме сынағы ${code}`,
      titleRu: `Нагрузочный тест ${code}`,
      year: 2026,
      status: 'OPEN',
      opensAt: new Date(Date.now() - 7 * 86_400_000),
      deadlineAt,
      requiredDocuments: REQUIRED_DOCUMENTS,
      languages: ['kk', 'ru'],
      allLanguagesRequired: false,
      createdById: operator.id,
    },
  });
  const lot = await db.lot.create({
    data: { competitionId: competition.id, number: 1, titleKk: 'Тақырып 1', titleRu: 'Тема 1', budgetKzt: 20_000_000n, status: 'OPEN' },
  });
  return { competitionId: competition.id, lotId: lot.id };
}

/** One complete DRAFT (five annexes + the two required documents) per NGO in the lot. */
export async function createDrafts(db: PrismaClient, competitionId: string, lotId: string, ngos: BenchNgo[], label: string): Promise<BenchDraft[]> {
  const drafts = ngos.map((ngo, i) => ({ applicationId: `bench-${label}-app-${i}`, ngo }));
  for (let i = 0; i < drafts.length; i += 250) {
    const chunk = drafts.slice(i, i + 250);
    await db.application.createMany({
      data: chunk.map((d) => ({
        id: d.applicationId,
        competitionId,
        lotId,
        organizationId: d.ngo.orgId,
        formVersion: 'grant-2026.1',
        languages: ['kk' as const],
        createdById: d.ngo.user.id,
      })),
    });
    await db.applicationSection.createMany({
      data: chunk.flatMap((d) =>
        Object.entries(COMPLETE_GRANT_SECTIONS).map(([key, data]) => ({ applicationId: d.applicationId, key, data, complete: true, updatedById: d.ngo.user.id })),
      ),
    });
    await db.attachment.createMany({
      data: chunk.flatMap((d) =>
        ['charter', 'balance'].map((kind) => ({
          applicationId: d.applicationId,
          kind,
          language: 'kk' as const,
          fileName: `${kind}.pdf`,
          mimeType: 'application/pdf',
          sizeBytes: 1234,
          sha256: randomUUID().replace(/-/g, '').padEnd(64, '0'),
          storageKey: `bench/${randomUUID()}`,
          uploadedById: d.ngo.user.id,
        })),
      ),
    });
  }
  return drafts;
}
