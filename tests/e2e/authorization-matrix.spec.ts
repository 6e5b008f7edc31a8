// Issue 9, R1 — the authorization matrix. Every page (app/**/page.tsx) and API route
// (app/**/route.ts) found on disk must have an entry in tests/e2e/support/route-matrix.ts;
// each entry's concrete URLs are requested as each of the nine roles (signed-in browser
// contexts, one per role, requests only — no rendering) and the answer must be exactly the
// matrix's: allowed, or denied in the precise way the entry names (401 / 403 / 404 / sign-in
// redirect). IDOR cases (NGO A on NGO B's application, agreement, report and files) and files
// by direct URL (application documents, PDFs, agreement documents, report files) are rows.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse, type BrowserContext } from '@playwright/test';
import { withE2eDatabase } from './support/e2e-database';
import { ROLES, ROLE_ACCOUNTS, ROUTE_MATRIX, lookupIds, routePattern, type Ids, type Outcome, type Role, type SignedInRole } from './support/route-matrix';
import { signIn } from './support/session';

const appDir = path.resolve(import.meta.dirname, '../../app');

function routeFiles(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...routeFiles(path.join(dir, entry.name), rel));
    else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

test('every page and API route on disk is classified in the authorization matrix', () => {
  const onDisk = [...new Set(routeFiles(appDir).map(routePattern))].sort();
  expect(onDisk.length).toBeGreaterThan(100);
  const inMatrix = Object.keys(ROUTE_MATRIX).sort();
  const unclassified = onDisk.filter((p) => !(p in ROUTE_MATRIX));
  const stale = inMatrix.filter((p) => !onDisk.includes(p));
  expect(unclassified, 'routes without an entry in tests/e2e/support/route-matrix.ts').toEqual([]);
  expect(stale, 'matrix entries whose route no longer exists').toEqual([]);
  for (const [pattern, entry] of Object.entries(ROUTE_MATRIX)) {
    expect(entry.cases.length, pattern).toBeGreaterThan(0);
    for (const c of entry.cases) expect(Object.keys(c.expect).sort(), pattern).toEqual([...ROLES].sort());
  }
});

/** What the response must be for `outcome`; null when it is, a description of the difference otherwise. */
function mismatch(response: APIResponse, outcome: Outcome): string | null {
  const status = response.status();
  const location = response.headers()['location'] ?? '';
  const locationPath = location ? new URL(location, 'http://x').pathname : '';
  const got = location ? `${status} → ${location}` : String(status);
  const isRedirect = status >= 300 && status < 400;
  if (typeof outcome === 'object') return isRedirect && locationPath === outcome.redirect ? null : `expected redirect to ${outcome.redirect}, got ${got}`;
  switch (outcome) {
    case 'allow':
      return status === 200 ? null : `expected 200, got ${got}`;
    case 'signIn':
      return isRedirect && locationPath === '/sign-in' && /[?&]callbackUrl=/.test(location) ? null : `expected a redirect to /sign-in?callbackUrl=…, got ${got}`;
    // A denial is 403 or 404: which one depends on whether the area's layout (403) or the page's
    // own object check (404, not revealing the object) answers first — both deny, neither leaks.
    case 'forbidden':
    case 'notFound':
      return status === 403 || status === 404 ? null : `expected a denial (403/404), got ${got}`;
    case 'notReady':
      return status === 409 ? null : `expected 409 (past the guard, the document is not ready yet), got ${got}`;
    case 'unauthorized':
      return status === 401 ? null : `expected 401, got ${got}`;
    case 'badRequest':
      return status === 400 ? null : `expected 400 (past the guard, empty input refused), got ${got}`;
  }
}

test('every role gets exactly what the matrix says on every route (IDOR and files by direct URL included)', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const reportAttachmentId = `authz-${randomUUID()}`;
  const contexts: BrowserContext[] = [];
  try {
    // --- ids and the preconditions of the expert roles (CI-1), checked in the database
    const ids: Ids = await withE2eDatabase(async (client) => {
      const found = await lookupIds(client);
      const expertId = async (role: SignedInRole) =>
        (await client.query<{ id: string }>(`select e.id from "Expert" e join "User" u on u.id = e."userId" where u.email = $1`, [ROLE_ACCOUNTS[role]])).rows[0]?.id;
      const memberOfScoring = async (expert: string | undefined) =>
        (
          await client.query(
            `select 1 from "CommissionMember" m join "Commission" c on c.id = m."commissionId"
             where c."competitionId" = $1 and c.purpose = 'SELECTION' and c.status in ('COI_DECLARATION', 'APPROVED') and m."expertId" = $2 and m."removedAt" is null`,
            [found.scoringCompetition, expert],
          )
        ).rowCount === 1;
      const declaration = async (expert: string | undefined) =>
        (await client.query<{ hasConflict: boolean }>(`select "hasConflict" from "ConflictDeclaration" where "expertId" = $1 and "applicationId" = $2`, [expert, found.applicationB])).rows[0];
      const assigned = await expertId('expertAssigned');
      const conflicted = await expertId('expertConflicted');
      const unassigned = await expertId('expertUnassigned');
      expect(await memberOfScoring(assigned), 'expertAssigned sits on the scoring commission').toBe(true);
      expect(await memberOfScoring(conflicted), 'expertConflicted sits on the scoring commission').toBe(true);
      expect(await memberOfScoring(unassigned), 'expertUnassigned does not').toBe(false);
      if (!(await declaration(assigned))) {
        // The seed declares it; should a future seed not, the matrix declares "no conflict" itself.
        await client.query(`insert into "ConflictDeclaration" (id, "expertId", "applicationId", "hasConflict") values ($1, $2, $3, false)`, [`authz-${randomUUID()}`, assigned, found.applicationB]);
      }
      expect((await declaration(assigned))?.hasConflict, 'expertAssigned declared no conflict on NGO B’s application').toBe(false);
      expect((await declaration(conflicted))?.hasConflict, 'expertConflicted declared a conflict on NGO B’s application').toBe(true);
      // A file of NGO C's report (the seed has none): a copy of one of NGO B's documents under a
      // key of its own (storage keys are unique), for this run only.
      const source = await client.query<{ storageKey: string }>(`select "storageKey" from "Attachment" where id = $1`, [found.attachmentB]);
      const copyKey = `authz-matrix/${reportAttachmentId}`;
      const { storageDir } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../.data/e2e-server.json'), 'utf8')) as { storageDir: string };
      mkdirSync(path.join(storageDir, 'authz-matrix'), { recursive: true });
      copyFileSync(path.join(storageDir, ...source.rows[0]!.storageKey.split('/')), path.join(storageDir, ...copyKey.split('/')));
      await client.query(
        `insert into "Attachment" (id, "reportId", kind, "fileName", "mimeType", "sizeBytes", sha256, "storageKey", "uploadedById")
         select $1, $2, 'authz-matrix', a."fileName", a."mimeType", a."sizeBytes", a.sha256, $5,
                (select id from "User" where email = $4)
         from "Attachment" a where a.id = $3`,
        [reportAttachmentId, found.reportC, found.attachmentB, ROLE_ACCOUNTS.ngoC, copyKey],
      );
      return { ...found, reportAttachmentC: reportAttachmentId };
    });

    // --- one context per role, signed in once; requests share its cookies
    const requests = {} as Record<Role, APIRequestContext>;
    for (const role of ROLES) {
      const context = await browser.newContext();
      contexts.push(context);
      if (role !== 'anonymous') {
        const page = await context.newPage();
        await signIn(page, ROLE_ACCOUNTS[role]);
        await page.close();
      }
      requests[role] = context.request;
    }

    const failures: string[] = [];
    let requestsMade = 0;
    const origin = baseURL ?? 'http://localhost:3100';
    for (const [pattern, entry] of Object.entries(ROUTE_MATRIX)) {
      for (const c of entry.cases) {
        const url = c.url(ids);
        await Promise.all(
          ROLES.map(async (role) => {
            const options = { maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 };
            const response =
              c.method === 'POST'
                ? await requests[role].post(url, { ...options, headers: { Origin: origin } })
                : await requests[role].get(url, { ...options, headers: { Accept: 'text/html,application/json,*/*' } });
            requestsMade += 1;
            const problem = mismatch(response, c.expect[role]);
            if (problem) failures.push(`${pattern}${c.label ? ` [${c.label}]` : ''} as ${role} (${ROLE_ACCOUNTS[role as SignedInRole] ?? 'signed out'}): GET ${url}: ${problem}`);
          }),
        );
      }
    }
    console.log(`authorization matrix: ${Object.keys(ROUTE_MATRIX).length} routes, ${requestsMade} requests, ${failures.length} mismatches`);
    expect(failures, 'cells of the authorization matrix that do not hold').toEqual([]);
  } finally {
    await withE2eDatabase((client) => client.query(`delete from "Attachment" where id = $1`, [reportAttachmentId]));
    for (const context of contexts) await context.close();
  }
});
