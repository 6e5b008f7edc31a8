import { expect, test } from '@playwright/test';
import { almatyDay } from './support/almaty-clock';
import { expectAccessible, signedIn } from './support/session';

// Strategic partnership (seed 000), operator screens: a competition of a central body with
// criteria defined here (L86, L102–106), then the CM-3 commission (≥ 3 state, ≥ 4 civil).
const TITLE_KK = 'Шығармашылық одақтармен стратегиялық әріптестік (e2e)';

test.describe('strategic partnership (issue 6 item 3): operator screens', () => {
  test('creates a competition (criteria required), then forms the CM-3 commission: 3 + 3 refused live and by the server, 3 + 4 approved', async ({ browser }) => {
    const page = await signedIn(browser, 'operator@demeu.kz');
    await page.goto('/operator/strategic-partnership/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Стратегиялық әріптестік конкурсын құру');
    // Only central bodies are offered (the akimat is not).
    await expect(page.getByLabel('Ұйымдастырушы (орталық атқарушы орган)').locator('option')).toHaveCount(1);
    await expectAccessible(page, 'new strategic-partnership competition');

    await page.getByLabel('Атауы (қазақша)', { exact: true }).fill(TITLE_KK);
    await page.getByLabel('Атауы (орысша)', { exact: true }).fill('Стратегическое партнёрство с творческими союзами (e2e)');
    await page.getByLabel('Бюджеті, теңге').fill('50000000');
    await page.getByLabel('Өтінімдерді қабылдаудың соңғы мерзімі').fill(`${almatyDay(30)}T18:00`);
    // No criterion: refused, everything typed is kept.
    await page.getByRole('button', { name: '1-өлшемшартты алып тастау' }).click();
    await page.getByRole('button', { name: 'Конкурсты құру' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Кемінде бір іріктеу өлшемшартын анықтаңыз.' })).toBeVisible();
    await expect(page.getByLabel('Атауы (қазақша)', { exact: true })).toHaveValue(TITLE_KK);

    await page.getByRole('button', { name: 'Өлшемшарт қосу' }).click();
    await page.getByLabel('Идентификатор').fill('experience');
    await page.getByLabel('Ең көп балл').fill('10');
    await page.getByLabel('Өлшемшарт атауы (қазақша)').fill('Саладағы тәжірибе');
    await page.getByLabel('Өлшемшарт атауы (орысша)').fill('Опыт в сфере');
    await page.getByRole('button', { name: 'Конкурсты құру' }).click();
    await expect(page).toHaveURL(/\/operator\/strategic-partnership$/);
    await page.getByRole('link', { name: TITLE_KK }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_KK);
    await expect(page.getByRole('cell', { name: 'Саладағы тәжірибе' })).toBeVisible();

    // CM-3: three state and three civil members — the live check and the server both refuse.
    const sides = ['STATE', 'STATE', 'STATE', 'CIVIL', 'CIVIL', 'CIVIL'];
    for (const [i, side] of sides.entries()) {
      await page.getByRole('button', { name: 'Мүше қосу' }).click();
      await page.getByLabel(`${i + 1}-мүше`, { exact: true }).selectOption({ index: i + 1 });
      await page.getByLabel(`${i + 1}-мүше кімнің өкілі`).selectOption(side);
    }
    await page.getByLabel('1-мүшенің рөлі').selectOption('CHAIR');
    await expect(page.getByText('азаматтық қоғам өкілдері тым аз')).toBeVisible();
    await page.getByRole('button', { name: 'Құрамды сақтау және бекіту' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Комиссия құрамы талаптарға сай емес' })).toHaveText('Комиссия құрамы талаптарға сай емес: азаматтық қоғам өкілдері тым аз.');

    await page.getByRole('button', { name: 'Мүше қосу' }).click();
    await page.getByLabel('7-мүше', { exact: true }).selectOption({ index: 7 });
    await page.getByLabel('7-мүше кімнің өкілі').selectOption('CIVIL');
    await expect(page.getByText('Құрам талаптарға сай.')).toBeVisible();
    await page.getByRole('button', { name: 'Құрамды сақтау және бекіту' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Комиссия құрамы бекітілді.' })).toBeVisible();
    await expect(page.getByText('Құрамы бекітілді', { exact: true })).toBeVisible();
    await expectAccessible(page, 'strategic-partnership commission');

    // Publishing: DRAFT → OPEN; the announcement is public with this competition's criteria and the ministry as organiser.
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Конкурсты жариялау' }).click();
    await expect(page.getByText('Өтінімдер қабылдануда.', { exact: false })).toBeVisible();
    const href = await page.getByRole('link', { name: 'Конкурстың ашық беті' }).getAttribute('href');
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(href!);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(TITLE_KK);
    const sp = visitor.getByTestId('strategic-partnership-public');
    await expect(sp).toContainText('Қазақстан Республикасы Мәдениет және ақпарат министрлігі');
    await expect(sp.getByRole('cell', { name: 'Саладағы тәжірибе' })).toBeVisible();
    await visitor.goto('/');
    await expect(visitor.getByRole('link', { name: new RegExp(TITLE_KK.replace(/[()]/g, '\\$&')) }).first()).toBeVisible();
  });
});
