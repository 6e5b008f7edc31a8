import { expect, test } from '@playwright/test';

test.describe('a visitor (issue 2)', () => {
  test('sees the open competitions in Kazakh by default, then switches to Russian and English', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 2, name: 'Ашық конкурстар' })).toBeVisible();
    // The open grant competition of the demo data is listed with its deadline.
    const cards = page.locator('article').filter({ hasText: 'Өтінімдер қабылдануда' });
    await expect(cards.first()).toBeVisible();
    await expect(cards.first()).toContainText('Өтінім беру мерзімі');

    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Открытые конкурсы' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('article').filter({ hasText: 'Приём заявок' }).first()).toBeVisible();

    // The choice is remembered on the next page too.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Открытые конкурсы' })).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Open competitions' })).toBeVisible();
  });

  test('opens a competition and reads its announcement, lots and criteria', async ({ page }) => {
    await page.goto('/');
    await page.locator('article').filter({ hasText: 'Өтінімдер қабылдануда' }).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Лоттар (тақырыптар)' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Бағалау өлшемшарттары' })).toBeVisible();
    await expect(page.getByText('Ең жоғары балл: 25')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Қажетті құжаттар' })).toBeVisible();
    await expect(page.getByText('Ұйым жарғысының көшірмесі')).toBeVisible();
  });

  test('gets a health report from /api/health that checks the database', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  test('is sent to the sign-in page from any cabinet', async ({ page }) => {
    for (const area of ['/ngo', '/operator', '/expert', '/admin']) {
      await page.goto(area);
      await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(area).replace('/', '%2F')}`));
    }
  });

  test('gets security headers on every page', async ({ request }) => {
    const response = await request.get('/');
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  });
});
