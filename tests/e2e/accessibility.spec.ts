import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { withE2eDatabase } from './support/e2e-database';
import { expectAccessible, signIn } from './support/session';

// Issue 9, item 6: WCAG 2.1 A/AA (axe-core) on the main pages of every role, in Kazakh AND
// Russian — 0 serious or critical violations. The language is chosen the portal's own way:
// the NEXT_LOCALE cookie its language switcher sets (lib/i18n/set-locale.ts); the first test
// proves the switcher sets exactly that cookie, the rest start with it.

type Account = 'public' | 'ngo' | 'ngoWinner' | 'operator' | 'expert' | 'scorer' | 'admin';
const EMAIL: Record<Exclude<Account, 'public'>, string> = {
  ngo: 'ngo@demeu.kz', // «Жасыл қала»: the seeded draft in the open grant competition
  ngoWinner: 'ngo6@demeu.kz', // «Алтай мұрасы»: the grant agreement ГК-…-047 with its interim report
  operator: 'operator@demeu.kz',
  expert: 'expert@demeu.kz', // chair: the workspace and the COI round
  scorer: 'expert6@demeu.kz', // an unsigned score sheet in the competition being scored
  admin: 'admin@demeu.kz',
};

/** Objects of the seeded demo the pages show (read only: this spec changes nothing). */
interface Ids {
  openGrant: string;
  draft: string;
  agreement: string;
  report: string;
  admission: string;
  coi: string;
  meeting: string;
  scoring: string;
  scoreApplication: string;
  discussedPlan: string;
}

async function seededIds(): Promise<Ids> {
  return withE2eDatabase(async (db) => {
    const one = async (what: string, sql: string): Promise<string> => {
      const { rows } = await db.query<{ id: string }>(sql);
      if (!rows[0]) throw new Error(`seeded ${what} is missing`);
      return rows[0].id;
    };
    const competition = (status: string) => one(`GRANT ${status}`, `SELECT id FROM "Competition" WHERE kind = 'GRANT' AND status = '${status}' ORDER BY code LIMIT 1`);
    const { rows: reports } = await db.query<{ agreement: string; report: string }>(
      `SELECT a.id AS agreement, r.id AS report FROM "Report" r JOIN "Agreement" a ON a.id = r."agreementId"
        WHERE a.number LIKE 'ГК-%-047' AND r.kind = 'INTERIM' AND r.type = 'CREATIVE' LIMIT 1`,
    );
    if (!reports[0]) throw new Error('seeded interim report is missing');
    return {
      openGrant: await competition('OPEN'),
      admission: await competition('ADMISSION'),
      coi: await competition('COI'),
      meeting: await competition('COMMISSION_MEETING'),
      scoring: await competition('SCORING'),
      draft: await one(
        'draft of ngo@',
        `SELECT a.id FROM "Application" a JOIN "Competition" c ON c.id = a."competitionId"
           JOIN "OrganizationMembership" m ON m."organizationId" = a."organizationId" JOIN "User" u ON u.id = m."userId"
          WHERE u.email = 'ngo@demeu.kz' AND a.status = 'DRAFT' AND c.kind = 'GRANT' ORDER BY a."createdAt" LIMIT 1`,
      ),
      scoreApplication: await one(
        'unsigned sheet of expert6@',
        `SELECT s."applicationId" AS id FROM "ScoreSheet" s JOIN "Expert" e ON e.id = s."expertId" JOIN "User" u ON u.id = e."userId"
          WHERE u.email = 'expert6@demeu.kz' AND s.status = 'DRAFT' ORDER BY s."applicationId" LIMIT 1`,
      ),
      // A social-order plan whose public discussion has opened (open, or closed with its report).
      discussedPlan: await one('discussed plan', `SELECT id FROM "Plan" WHERE kind = 'SOCIAL_ORDER' AND "discussionOpensAt" <= now() ORDER BY "discussionOpensAt" DESC LIMIT 1`),
      agreement: reports[0].agreement,
      report: reports[0].report,
    };
  });
}

/** The main pages of every role (issue 9, item 6). */
const PAGES: { name: string; as: Account; path: (ids: Ids) => string }[] = [
  // Public
  { name: 'home', as: 'public', path: () => '/' },
  { name: 'competition page', as: 'public', path: (i) => `/competitions/${i.openGrant}` },
  { name: 'registry', as: 'public', path: () => '/registry' },
  { name: 'open data', as: 'public', path: () => '/open-data' },
  { name: 'social-order discussions', as: 'public', path: () => '/social-order' },
  { name: 'social-order discussion of a plan', as: 'public', path: (i) => `/social-order/${i.discussedPlan}` },
  { name: 'evaluations', as: 'public', path: () => '/evaluations' },
  { name: 'sign-in', as: 'public', path: () => '/sign-in' },
  { name: 'register', as: 'public', path: () => '/register' },
  // NGO
  { name: 'NGO cabinet', as: 'ngo', path: () => '/ngo' },
  { name: 'NGO profile', as: 'ngo', path: () => '/ngo/profile' },
  { name: 'NGO applications list', as: 'ngo', path: () => '/ngo/applications' },
  { name: 'NGO application (draft)', as: 'ngo', path: (i) => `/ngo/applications/${i.draft}` },
  { name: 'NGO application section annex1', as: 'ngo', path: (i) => `/ngo/applications/${i.draft}/sections/annex1` },
  { name: 'NGO application section annex5 (budget)', as: 'ngo', path: (i) => `/ngo/applications/${i.draft}/sections/annex5` },
  { name: 'NGO attachments', as: 'ngo', path: (i) => `/ngo/applications/${i.draft}/attachments` },
  { name: 'NGO notifications', as: 'ngo', path: () => '/ngo/notifications' },
  { name: 'NGO agreements', as: 'ngoWinner', path: () => '/ngo/agreements' },
  { name: 'NGO agreement', as: 'ngoWinner', path: (i) => `/ngo/agreements/${i.agreement}` },
  { name: 'NGO report editor', as: 'ngoWinner', path: (i) => `/ngo/agreements/${i.agreement}/reports/${i.report}` },
  // Operator
  { name: 'operator console', as: 'operator', path: () => '/operator' },
  { name: 'operator competitions hub', as: 'operator', path: (i) => `/operator/competitions/${i.scoring}` },
  { name: 'operator admission', as: 'operator', path: (i) => `/operator/competitions/${i.admission}/admission` },
  { name: 'operator commission', as: 'operator', path: (i) => `/operator/competitions/${i.coi}/commission` },
  { name: 'operator results', as: 'operator', path: (i) => `/operator/competitions/${i.meeting}/results` },
  { name: 'operator agreements', as: 'operator', path: () => '/operator/agreements' },
  { name: 'operator agreement', as: 'operator', path: (i) => `/operator/agreements/${i.agreement}` },
  { name: 'operator monitoring', as: 'operator', path: () => '/operator/monitoring' },
  { name: 'operator evaluations', as: 'operator', path: () => '/operator/evaluations' },
  { name: 'operator analytics', as: 'operator', path: () => '/operator/analytics' },
  { name: 'operator awards', as: 'operator', path: () => '/operator/awards' },
  { name: 'operator social order', as: 'operator', path: () => '/operator/social-order' },
  { name: 'operator strategic partnership', as: 'operator', path: () => '/operator/strategic-partnership' },
  { name: 'operator creative order', as: 'operator', path: () => '/operator/creative-order' },
  // Expert
  { name: 'expert workspace', as: 'expert', path: () => '/expert' },
  { name: 'expert COI page', as: 'expert', path: (i) => `/expert/competitions/${i.coi}/coi` },
  { name: 'expert score sheet', as: 'scorer', path: (i) => `/expert/applications/${i.scoreApplication}/score` },
  // Admin
  { name: 'admin', as: 'admin', path: () => '/admin' },
];

const LOCALES = ['kk', 'ru'] as const;

// One sign-in per account for the whole file (the session cookie is reused by every page's context).
let ids: Ids | undefined;
const sessions = new Map<Account, Awaited<ReturnType<BrowserContext['storageState']>>>();

async function contextFor(browser: Browser, as: Account, locale: string, baseURL: string): Promise<BrowserContext> {
  if (!sessions.has(as)) {
    const context = await browser.newContext();
    if (as !== 'public') await signIn(await context.newPage(), EMAIL[as]);
    sessions.set(as, await context.storageState());
    await context.close();
  }
  const context = await browser.newContext({ storageState: sessions.get(as) });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL }]);
  return context;
}

test.describe('accessibility (axe, WCAG 2.1 A/AA) of the main pages in kk and ru — issue 9, item 6', () => {
  test.beforeAll(async ({ browser }) => {
    ids = await seededIds();
    // Every account signs in once, side by side; the pages reuse the session.
    await Promise.all(
      (Object.keys(EMAIL) as (keyof typeof EMAIL)[]).map(async (as) => {
        const context = await browser.newContext();
        await signIn(await context.newPage(), EMAIL[as]);
        sessions.set(as, await context.storageState());
        await context.close();
      }),
    );
  });

  test('the language switcher sets the NEXT_LOCALE cookie the other checks use, and the page turns Russian', async ({ page, baseURL }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await page.getByRole('group', { name: 'Тіл' }).getByRole('button', { name: 'Русский' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const cookie = (await page.context().cookies(baseURL!)).find((c) => c.name === 'NEXT_LOCALE');
    expect(cookie?.value).toBe('ru');
    await expectAccessible(page, 'home after switching to ru');
  });

  // One test per page; its Kazakh and Russian checks run side by side (two browser contexts)
  // to keep the suite short.
  for (const entry of PAGES) {
    test(`${entry.name}: no serious or critical violations in ${LOCALES.join(' and ')}`, async ({ browser, baseURL }) => {
      await Promise.all(
        LOCALES.map(async (locale) => {
          const context = await contextFor(browser, entry.as, locale, baseURL!);
          try {
            const page = await context.newPage();
            const path = entry.path(ids!);
            const response = await page.goto(path);
            // A real page, not an error or a redirect to sign-in: axe must judge what the role sees.
            expect(response?.status(), `${locale} ${path}`).toBe(200);
            expect(new URL(page.url()).pathname, locale).toBe(path);
            await expect(page.locator('html')).toHaveAttribute('lang', locale);
            await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
            await expectAccessible(page, `${locale} ${entry.name} (${path})`);
          } finally {
            await context.close();
          }
        }),
      );
    });
  }
});
