import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

// The seed's OPEN social-order competition of the Almaty akimat (prisma/seed/social-order.ts):
// no bids yet, no commission (the form to compose it is there). The operator reaches it from
// the social-order list.
test.describe('state social order — operator overview (SO-1, SO-2, CM-2)', () => {
  test('the operator opens the social-order competition and sees its dates, bids, commission and ranking sections', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/social-order');
    await expect(operator.getByRole('heading', { level: 1 })).toHaveText('Мемлекеттік әлеуметтік тапсырыс конкурстары');
    await operator.getByRole('link', { name: /SO-ALA-\d{4}-007/ }).click();
    await expect(operator).toHaveURL(/\/operator\/social-order\/[^/]+$/);
    await expect(operator.getByRole('heading', { level: 1 })).toContainText('мемлекеттік әлеуметтік тапсырыс конкурсы');
    await expect(operator.getByRole('heading', { level: 2, name: 'Хабарландыру мерзімдері' })).toBeVisible();
    // Bids may already exist (the NGO forms journey submits one): the section is there either way.
    await expect(operator.getByRole('heading', { level: 2, name: 'Баға ұсыныстары', exact: true })).toBeVisible();
    // No commission yet: the organiser may form it from the register before scoring (CM-2).
    const commission = operator.getByTestId('direct-commission');
    await expect(commission.getByRole('heading', { level: 2, name: 'Конкурстық комиссия' })).toBeVisible();
    await expect(commission).toContainText('кемінде 5');
    await expect(commission.getByRole('button', { name: 'Мүше қосу' })).toBeVisible();
    await expect(operator.getByText('Рейтинг әлі есептелмеген.')).toBeVisible();
    await expectAccessible(operator, 'social-order competition');
  });

  test('an NGO cannot open the operator social-order pages', async ({ browser }) => {
    const ngo = await signedIn(browser, 'ngo@demeu.kz');
    await ngo.goto('/operator/social-order');
    await expect(ngo.getByRole('heading', { level: 1, name: 'Мемлекеттік әлеуметтік тапсырыс конкурстары' })).toHaveCount(0);
  });
});
