import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

// The seed's creative order (prisma/seed/creative-order.ts): two admitted clubs of demo NGOs,
// the year's plan with priority categories, and yesterday's 18:00 run made by the real service
// (dombra club: 2 places, 3 requests → the latest request without a category finds no place).
test.describe('state creative order — parent request and the daily 18:00 run (seed 002 L56–65, L111–112)', () => {
  test('a signed-in user requests a place at a club and sees it waiting for the next 18:00 run', async ({ browser }) => {
    const parent = await signedIn(browser, 'ngo2@demeu.kz');
    await parent.goto('/creative-clubs');
    await parent.getByRole('link', { name: /Түрлі түс/ }).first().click();
    await expect(parent).toHaveURL(/\/creative-clubs\/[^/]+$/);
    await expect(parent.getByRole('heading', { level: 1 })).toHaveText('«Түрлі түс» бейнелеу өнері студиясы');
    await expectAccessible(parent, 'creative club');

    await parent.getByLabel('Аты-жөні', { exact: true }).fill('Сәуле Қайратқызы');
    await parent.getByLabel('ЖСН', { exact: true }).fill('880512400123');
    await parent.getByLabel('Баланың аты-жөні').fill('Амина Ерланқызы');
    await parent.getByLabel('Баланың ЖСН').fill('160304600456');
    await parent.getByLabel('Туған күні').fill('2016-03-04');
    await parent.getByLabel('Басымдық санаты').selectOption({ label: 'Мүгедектігі бар бала' });
    await parent.getByRole('button', { name: 'Өтінім беру' }).click();

    // The request waits for the next daily run at 18:00 Almaty (today's, or tomorrow's after 18:00 — DL-1).
    await expect(parent.getByRole('status')).toContainText('Өтінім қабылданды.');
    await expect(parent.getByRole('status')).toContainText('18:00');
    const mine = parent.getByRole('table');
    await expect(mine.getByRole('row', { name: /Амина Ерланқызы/ })).toContainText('Кезекте');
    await expectAccessible(parent, 'creative club after the request');
  });

  test("the operator opens yesterday's seeded run and sees each request's explanation", async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/creative-order');
    await expect(operator.getByRole('heading', { level: 1 })).toHaveText('Шығармашылық тапсырыс');
    await expect(operator.getByRole('heading', { level: 2, name: 'Күнделікті бөлу (18:00)' })).toBeVisible();
    await expectAccessible(operator, 'operator creative order');

    // The seeded run is the oldest one (another spec may have let a day pass and run the job since).
    await operator.getByRole('link', { name: 'Түсіндірме' }).last().click();
    await expect(operator).toHaveURL(/\/operator\/creative-order\/runs\/[^/]+$/);
    await expect(operator.getByRole('heading', { level: 1 })).toContainText('күнгі бөлу');
    await expect(operator.getByRole('status')).toHaveText('Сақталған деректер бойынша қайта есептеу нәтижесі сәйкес келеді.');

    // Four requests were considered: three got a voucher, one found no place left at the dombra club.
    const rows = operator.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(5);
    await expect(operator.getByRole('cell', { name: 'Орын берілді', exact: true })).toHaveCount(3);
    const refused = operator.getByRole('row', { name: /Бос орын қалмады — кезекте қалды/ });
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('«Күй сарыны» домбыра үйірмесі');
    await expect(operator.getByRole('cell', { name: /^CO-\d{8}-\d{5}$/ })).toHaveCount(3);
    await expectAccessible(operator, 'creative allocation run');
  });
});
