import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

// Issue 8 item 5: operator analytics (kk is the default locale of a fresh browser).
test.describe('operator analytics (issue 8, item 5)', () => {
  test('the operator sees the charts with their data tables, filters by kind and downloads an XLSX', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/analytics');
    await expect(operator.getByRole('heading', { level: 1, name: 'Талдау' })).toBeVisible();
    for (const title of ['Бағыттар бойынша берілген сомалар', 'Өңірлер бойынша берілген сомалар', 'Өтінімдердің уақыт бойынша түсуі', 'Жіберілген өтінімдер мен өтпей қалған лоттардың үлесі', 'Өлшемшарттар бойынша орташа балдар', 'Мерзімі өткен есептер']) {
      await expect(operator.getByRole('heading', { name: title })).toBeVisible();
    }
    // The published grant's winner (9 800 000 ₸) in the money table; the charts are drawn (recharts SVG).
    await expect(operator.getByTestId('table-money-direction')).toContainText(/9\D?800\D?000/);
    await expect(operator.getByTestId('table-money-direction').locator('tbody tr')).toHaveCount(1);
    await expect(operator.getByTestId('chart-money-direction').locator('svg.recharts-surface')).toBeVisible();
    await expect(operator.getByTestId('table-submissions-days')).toBeVisible();
    await expect(operator.getByTestId('chart-submissions-days').locator('.recharts-reference-line')).toHaveCount(1);
    await expect(operator.getByTestId('table-rates')).toContainText('Мемлекеттік гранттар');
    await expectAccessible(operator, '/operator/analytics');

    // The XLSX of a dataset.
    const res = await operator.request.get('/operator/analytics/export?dataset=money-direction');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await res.body()).subarray(0, 2).toString()).toBe('PK');
    const download = operator.waitForEvent('download');
    await operator.getByTestId('export-rates').click();
    expect((await download).suggestedFilename()).toBe('analytics-rates.xlsx');

    // The filters live in the URL: the social order has no published money yet.
    await operator.getByLabel('Тетік').selectOption('SOCIAL_ORDER');
    await operator.getByRole('button', { name: 'Қолдану' }).click();
    await expect(operator).toHaveURL(/kind=SOCIAL_ORDER/);
    await expect(operator.getByTestId('chart-money-direction')).toContainText('Таңдалған сүзгілер бойынша қорытынды әлі жарияланған жоқ.');
    await expect(operator.getByTestId('chart-rates')).not.toContainText('Мемлекеттік гранттар');
  });

  test('an NGO is refused the page and the export', async ({ browser }) => {
    const ngo = await signedIn(browser, 'ngo@demeu.kz');
    const page = await ngo.goto('/operator/analytics');
    expect(page?.status()).toBe(403);
    await expect(ngo.getByRole('heading', { name: 'Талдау' })).toHaveCount(0);
    const res = await ngo.request.get('/operator/analytics/export?dataset=rates');
    expect(res.status()).toBe(403);
  });
});
