import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/session';

// The seeded demo (prisma/seed/grants.ts, agreements.ts): the published grant competition
// G-<year>-004 — topic 1 won by «Алтай мұрасы» (9 800 000 ₸, agreement ГК-<year>-047),
// topic 2 declared not held (SC-4: only one application admitted); the social-order
// agreement ӘТ-<year-1>-021/1 signed with «Мейірім».
const ALTAI_KK = '«Алтай мұрасы» тарихи-мәдени мұраны қорғау қоры';
const MEIRIM_KK = '«Мейірім» қайырымдылық қоры';
const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric' }).format(new Date()));
const GRANT_CODE = `G-${year}-004`;
const SO_AGREEMENT = `ӘТ-${year - 1}-021/1`;

test.describe('public registry (issue 8 item 4)', () => {
  test('a visitor filters competitions by kind and year and opens a published result', async ({ page }) => {
    await page.goto('/registry');
    await expect(page.getByRole('heading', { level: 1, name: 'Ашық тізілім' })).toBeVisible();
    await expectAccessible(page, 'registry: competitions');

    // A GET form: the filters land in the URL query.
    await page.getByLabel('Тетік').selectOption('GRANT');
    await page.getByLabel('Жыл').selectOption(String(year));
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]year=${year}.*kind=GRANT|[?&]kind=GRANT.*year=${year}`));
    const table = page.getByTestId('registry-competitions');
    await expect(table.getByRole('row').filter({ hasText: GRANT_CODE })).toHaveCount(1);
    await expect(table).not.toContainText(`AW-${year}`);
    await expect(table).not.toContainText('SO-ALA-');
    await expect(page.getByLabel('Тетік')).toHaveValue('GRANT');
    await expectAccessible(page, 'registry: filtered');

    await table.getByRole('row').filter({ hasText: GRANT_CODE }).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/registry/competitions/${GRANT_CODE}$`));
    const lot1 = page.getByTestId('registry-lot-1');
    await expect(lot1.getByRole('row').filter({ hasText: ALTAI_KK })).toContainText(/9\s800\s000/);
    await expect(page.getByTestId('registry-lot-2')).toContainText('Өтпеді деп танылды: тек бір өтінім конкурсқа жіберілді');
    await expect(page.getByTestId('registry-lot-2').getByRole('table')).toHaveCount(0);
    await expectAccessible(page, 'registry: competition card');

    // The full announcement and ranking stay on the public competition page.
    await page.getByTestId('announcement-link').click();
    await expect(page).toHaveURL(/\/competitions\/[^/]+$/);
    await expect(page.getByTestId('published-results')).toBeVisible();
  });

  test('the results filtered by region show the expected winners', async ({ page }) => {
    await page.goto('/registry/results');
    await page.getByLabel('Өңір').selectOption('63');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect(page).toHaveURL(/[?&]region=63/);
    const table = page.getByTestId('registry-results');
    await expect(table.getByRole('row').filter({ hasText: ALTAI_KK })).toContainText(/9\s800\s000/);
    await expect(table).not.toContainText(MEIRIM_KK);
    await expectAccessible(page, 'registry: results by region');
  });

  test('a visitor searches an NGO by name and opens an agreement in force', async ({ page }) => {
    await page.goto('/registry/agreements');
    await page.getByRole('searchbox', { name: 'Іздеу' }).fill('Мейірім');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    const row = page.getByTestId('registry-agreements').getByRole('row').filter({ hasText: SO_AGREEMENT });
    await expect(row).toContainText(MEIRIM_KK);
    await expect(row).toContainText('110940223452');
    await expect(page.getByTestId('registry-agreements')).not.toContainText(ALTAI_KK);
    await expectAccessible(page, 'registry: agreements search');

    await row.getByRole('link', { name: SO_AGREEMENT }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SO_AGREEMENT);
    await expect(page.getByTestId('agreement-amount')).toContainText(/19\s800\s000/);
    await expectAccessible(page, 'registry: agreement card');

    // Stable URL: the same card opens from its address.
    const url = page.url();
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SO_AGREEMENT);
  });

  test('a bad query string is ignored, an unknown key is a 404', async ({ page }) => {
    const response = await page.goto('/registry?year=abc&kind=NOPE&region=%27%3B--&direction=-4&page=zzz&q=%25_%25');
    expect(response?.status()).toBe(200);
    await expect(page.getByLabel('Тетік')).toHaveValue('');
    await expect(page.getByTestId('registry-count')).toBeVisible();
    const missing = await page.goto('/registry/competitions/NO-SUCH-CODE');
    expect(missing?.status()).toBe(404);
    const draft = await page.goto(`/registry/competitions/SO-ALA-${year}-011`);
    expect(draft?.status()).toBe(404);
  });
});
