import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './support/session';

// Issue 9, item 6: the NGO submission journey with the keyboard only — Tab, Shift+Tab,
// Enter, Space; no mouse, no fill(): text is typed into the element the keyboard focused.
// Every element reached must show a visible focus indicator (WCAG 2.4.7). The seeded draft
// of ngo@ is incomplete, so the journey ends at the refusal listing what is missing
// (the submission itself is proven by tests/e2e/submission.spec.ts).

const GRANT_TITLE = 'Үкіметтік емес ұйымдарға арналған мемлекеттік гранттар беру конкурсы';

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 250 } = {}): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`not on the page: ${target}`);
  for (let i = 0; i < max; i += 1) {
    if (await handle.evaluate((el) => el === document.activeElement)) return expectFocusRing(page, target);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} not reached with ${max} × ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** The focused element shows a focus indicator: :focus-visible with a real outline (or a ring). */
async function expectFocusRing(page: Page, target: Locator): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { focusVisible: el.matches(':focus-visible'), outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow, what: el.outerHTML.slice(0, 120) };
  });
  expect(style.focusVisible, `${style.what} matches :focus-visible`).toBe(true);
  const ring = (style.outline !== 'none' && style.width >= 2) || (style.shadow !== 'none' && style.shadow !== '');
  expect(ring, `${String(target)} shows a focus ring (outline ${style.outline} ${style.width}px, box-shadow ${style.shadow})`).toBe(true);
}

test.describe('keyboard-only NGO journey (issue 9, item 6)', () => {
  test('sign in, open the competition, open the draft, type and save a field, move between sections, reach Submit and its confirmation — refused with what is missing', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');

    // The skip link is the first stop and jumps to the content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Мазмұнға өту' })).toBeFocused();
    await expectFocusRing(page, page.getByRole('link', { name: 'Мазмұнға өту' }));

    // Sign in.
    await tabTo(page, page.getByRole('banner').getByRole('link', { name: 'Кіру', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sign-in/);
    await tabTo(page, page.getByLabel('Электрондық пошта'));
    await page.keyboard.type('ngo@demeu.kz');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Құпиясөз')).toBeFocused();
    await expectFocusRing(page, page.getByLabel('Құпиясөз'));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/\/sign-in/);

    // Open the competition from the list of competitions (the header's main navigation).
    await tabTo(page, page.getByRole('banner').getByRole('link', { name: 'Конкурстар', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/$/);
    await tabTo(page, page.getByRole('link', { name: new RegExp(GRANT_TITLE) }).first());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/competitions\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(GRANT_TITLE);

    // Apply for lot 1: start an application or open the one this NGO already has (EL-3).
    await tabTo(page, page.getByTestId('apply-lot-1'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ngo\/applications\/new\?lotId=/);
    const start = page.getByRole('button', { name: 'Өтінімді бастау' });
    const existing = page.getByRole('link', { name: 'Бар өтінімді ашу' });
    await expect(start.or(existing).first()).toBeVisible();
    await tabTo(page, (await existing.count()) > 0 ? existing.first() : start);
    await page.keyboard.press('Enter');
    // Starting opens annex 1; opening the existing draft shows its overview, whose section list links annex 1.
    await expect(page).toHaveURL(/\/ngo\/applications\/(?!new)[^/?]+(\/sections\/annex1)?$/);
    const applicationUrl = page.url().replace(/\/sections\/annex1$/, '');
    if (!page.url().endsWith('/sections/annex1')) {
      await tabTo(page, page.getByTestId('sections-summary').locator('a[href$="/sections/annex1"]'));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/sections\/annex1$/);
    }

    // Type into a field reached by Tab, then save with the Save button reached by Shift+Tab.
    const title = page.locator('#f-projectTitle-kk');
    // Other specs find this shared demo draft by its title: it is typed back at the end.
    const original = await title.inputValue();
    const status = page.getByTestId('save-status');
    const typeTitleAndSave = async (text: string) => {
      // «Сақталды» names the saved version: a new version proves this save (autosave or the button).
      const before = (await status.textContent()) ?? '';
      await tabTo(page, title);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
      await tabTo(page, page.getByRole('button', { name: 'Сақтау', exact: true }), { back: true });
      await page.keyboard.press('Enter');
      await expect(status).not.toHaveText(before, { timeout: 15_000 });
      await expect(status).toContainText('Сақталды', { timeout: 15_000 });
      await expect(title).toHaveValue(text);
    };
    await typeTitleAndSave('Жасыл аулалар — пернетақтамен толтырылды');
    if (original) await typeTitleAndSave(original);

    // Move to another section with the section navigation (Shift+Tab back up to it).
    await tabTo(page, page.getByTestId('section-tab-annex4'), { back: true });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sections\/annex4$/);
    await expect(page.getByTestId('section-tab-annex4')).toHaveAttribute('aria-current', 'page');
    // … and on to the application's overview with the pager link under the form.
    await tabTo(page, page.getByRole('navigation', { name: 'Бөлімдер бойынша өту' }).getByRole('link', { name: 'Өтінімге шолу' }), { max: 400 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(applicationUrl);

    // Submit → the confirmation takes the focus → confirm with Space → refused, every missing part listed.
    await tabTo(page, page.getByRole('button', { name: 'Өтінімді беру' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: 'Өтінімді бересіз бе?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('heading', { name: 'Өтінімді бересіз бе?' })).toBeFocused();
    await tabTo(page, confirm.getByRole('button', { name: 'Иә, беру' }));
    await page.keyboard.press('Space');
    const refusals = page.getByTestId('submit-refusals');
    await expect(refusals).toBeVisible({ timeout: 15_000 });
    await expect(refusals.getByRole('heading', { name: 'Өтінім берілмеді:' })).toBeFocused();
    await expect(refusals.locator('li[data-code="sectionIncomplete"]')).not.toHaveCount(0);
    await expect(refusals.locator('li[data-code="attachmentMissing"]')).not.toHaveCount(0);
    await expect(page.getByTestId('application-status')).toContainText('Жоба');
  });
});
