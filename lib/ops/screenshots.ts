// `npm run screenshots` (with `npm run demo` running): the README's pictures, taken in
// Debian's Chromium from the live demo so they show what a user really sees.
import { chromium, type Page } from '@playwright/test';
import path from 'node:path';
import { projectRoot } from '@/prisma/tools/embedded-postgres';

const base = process.env.DEMO_URL ?? 'http://localhost:3000';
const out = (name: string) => path.join(projectRoot, 'public', 'screenshots', `${name}.png`);

async function signIn(page: Page, email: string) {
  await page.goto(`${base}/sign-in`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('demeu-demo-2026');
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Pages of one competition are reached as a user would: from the console row in that stage.
  const hubOf = (status: string, tab: string) => async (page: Page) => {
    await page.goto(`${base}/operator`);
    const href = await page.getByRole('row').filter({ hasText: status }).first().getByRole('link').first().getAttribute('href');
    await page.goto(`${base}${href!.replace('/competitions/', '/operator/competitions/').replace('/operator/operator/', '/operator/')}${tab}`);
  };
  const shots: { name: string; path: string; as?: string; locale?: string; open?: (page: Page) => Promise<void> }[] = [
    { name: 'home-kk', path: '/' },
    { name: 'competition-ru', path: '/', locale: 'ru' },
    { name: 'register-ru', path: '/register', locale: 'ru' },
    { name: 'ngo-cabinet', path: '/ngo', as: 'ngo@demeu.kz' },
    { name: 'operator-console', path: '/operator', as: 'operator@demeu.kz' },
    { name: 'expert-workspace', path: '/expert', as: 'expert@demeu.kz' },
    { name: 'operator-commission', path: '/operator', as: 'operator@demeu.kz', open: hubOf('Мүдделер қақтығысын мәлімдеу', '/commission') },
    { name: 'operator-results', path: '/operator', as: 'operator@demeu.kz', open: hubOf('Комиссия отырысы', '/results') },
    {
      name: 'expert-coi',
      path: '/expert',
      as: 'expert@demeu.kz',
      open: async (page) => {
        await page.goto(`${base}/expert`);
        await page.getByRole('link', { name: 'Мүдделер қақтығысын мәлімдеу' }).first().click();
      },
    },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (shot.locale) await context.addCookies([{ name: 'NEXT_LOCALE', value: shot.locale, url: base }]);
    const page = await context.newPage();
    if (shot.as) await signIn(page, shot.as);
    if (shot.open) await shot.open(page);
    else await page.goto(`${base}${shot.path}`);
    if (shot.name === 'competition-ru') await page.locator('article a').first().click();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: out(shot.name), fullPage: true });
    console.log(`✔ ${shot.name}`);
    await context.close();
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
