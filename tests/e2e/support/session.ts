import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

/** The password of every demo account (prisma/seed/demo-accounts.ts). */
export const DEMO_PASSWORD = 'demeu-demo-2026';

/** Signs `email` in on the sign-in page and waits until the app has left it. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Құпиясөз').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** A page in a browser context of its own, signed in as `email`. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** WCAG 2.1 A/AA: no serious or critical axe violations on the page as it is now; `what` names the page in a failure. */
export async function expectAccessible(page: Page, what?: string): Promise<void> {
  // After a server action the page re-renders; Next streams the <title> back in — wait for it.
  await expect(page).toHaveTitle(/Demeu/);
  // A refresh still in flight can swap the document's head under axe for a moment (a missing
  // <title> seen once in CI), so the check is repeated for a few seconds: a real violation
  // stays and fails, a transient one passes.
  await expect(async () => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
    expect(serious, what).toEqual([]);
  }).toPass({ timeout: 8_000 });
}
