import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'demeu-demo-2026';
const GRANT_TITLE = 'Үкіметтік емес ұйымдарға арналған мемлекеттік гранттар беру конкурсы';

async function fillSignIn(page: Page, email: string) {
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Құпиясөз').fill(PASSWORD);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
}

async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toContainText('Сақталды', { timeout: 15_000 });
}

test.describe('grant application draft: the 5 forms with autosave (issue 4)', () => {
  test('apply from the competition page, fill annexes 1 and 5 in Kazakh, budget rules, draft survives sign-out; Russian UI', async ({ page }) => {
    // Anonymous visitor: the Apply link of lot 2 leads through sign-in and back.
    await page.goto('/');
    await page.getByRole('link', { name: new RegExp(GRANT_TITLE) }).first().click();
    await expect(page.locator('[data-testid^="apply-lot-"]')).not.toHaveCount(0);
    await page.locator('[data-testid^="apply-lot-"]').nth(1).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await fillSignIn(page, 'ngo@demeu.kz');
    await expect(page).toHaveURL(/\/ngo\/applications\/new\?lotId=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Өтінімді бастау' })).toBeVisible();

    // Start (or, if this NGO already has a draft for lot 2, open it — EL-3 allows only one).
    const start = page.getByRole('button', { name: 'Өтінімді бастау' });
    if (await start.isVisible()) {
      await expect(page.getByTestId('eligibility')).toContainText('өтінім бере алады');
      await start.click();
    } else {
      await page.getByRole('link', { name: 'Бар өтінімді ашу' }).click();
    }
    await expect(page).toHaveURL(/\/ngo\/applications\/[^/]+\/sections\/annex1$/);
    const annex1Url = page.url();
    await expect(page.getByRole('heading', { level: 1, name: '1-қосымша: Конкурсқа қатысу өтінімі' })).toBeVisible();
    await expect(page.locator('#f-projectTitle-kk')).toHaveAttribute('lang', 'kk');
    await expect(page.locator('#f-projectTitle-ru')).toHaveAttribute('lang', 'ru');

    // Annex 1 in Kazakh; the missing list shrinks as fields are filled.
    await expect(page.getByTestId('missing-list')).toContainText('Жобаның атауы');
    await page.locator('#f-projectTitle-kk').fill('Жасыл аулалар: қалдықты бөлек жинау');
    await page.locator('#f-requestedKzt').fill('1000000');
    await page.locator('#f-ownContributionKzt').fill('0');
    await page.locator('#f-periodStart').fill('2026-06-01');
    await page.locator('#f-periodEnd').fill('2026-12-20');
    await page.locator('#f-geography-kk').fill('Алматы қаласы, Әуезов ауданы');
    await page.locator('#f-summary-kk').fill('Аула тұрғындарын қалдықтарды бөлек жинауға үйрету және контейнерлер орнату.');
    await page.locator('#f-contactPerson-fullName').fill('Айгерім Нұрланова');
    await page.locator('#f-contactPerson-position').fill('Жоба үйлестірушісі');
    await page.locator('#f-contactPerson-phone').fill('+7 701 123 45 67');
    await page.locator('#f-contactPerson-email').fill('aigerim@example.kz');
    await page.locator('#f-signatory-fullName').fill('Дәурен Сейітов');
    await page.locator('#f-signatory-position').fill('Төраға');
    await expectSaved(page);
    await expect(page.getByTestId('section-complete')).toBeVisible();
    await expect(page.getByTestId('section-tab-annex1')).toContainText('✓');
    // A wrong value is explained and nothing typed is lost.
    await page.locator('#f-contactPerson-email').fill('aigerim@');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await expect(page.locator('#f-contactPerson-email-error')).toHaveText('Электрондық пошта мекенжайы қате');
    await expect(page.locator('#f-contactPerson-email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('save-status')).toContainText('Сақталмады');
    await expect(page.locator('#f-projectTitle-kk')).toHaveValue('Жасыл аулалар: қалдықты бөлек жинау');
    await page.locator('#f-contactPerson-email').fill('aigerim@example.kz');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await expectSaved(page);

    // Annex 5: the budget with live totals and the 10% institutional-support rule (GF-3).
    await page.getByTestId('section-tab-annex5').click();
    await expect(page).toHaveURL(/\/sections\/annex5$/);
    await expect(page.getByRole('heading', { level: 1, name: '5-қосымша: Шығыстар сметасы' })).toBeVisible();
    await page.getByRole('button', { name: 'Жол қосу' }).click();
    await page.getByRole('button', { name: 'Жол қосу' }).click();
    await page.locator('#f-lines-0-category').selectOption('SALARY');
    await page.locator('#f-lines-0-name-kk').fill('Үйлестірушінің еңбекақысы');
    await page.locator('#f-lines-0-unit').fill('ай');
    await page.locator('#f-lines-0-quantity').fill('9');
    await page.locator('#f-lines-0-unitCost').fill('100000');
    await page.locator('#f-lines-1-category').selectOption('EQUIPMENT');
    await page.locator('#f-lines-1-name-kk').fill('Ноутбук');
    await page.locator('#f-lines-1-unit').fill('дана');
    await page.locator('#f-lines-1-quantity').fill('1');
    await page.locator('#f-lines-1-unitCost').fill('150000');
    await page.locator('#f-lines-1-isInstitutionalSupport').check();
    await expect(page.getByTestId('budget-line-amount-0')).toHaveText(/900[\s,.]?000/);
    await expect(page.getByTestId('budget-total')).toHaveText(/1[\s,.]?050[\s,.]?000/);
    await expect(page.getByTestId('budget-institutional')).toContainText(/14[.,]3/);
    // Above 10%: refused next to the table, the autosave does not pretend to have saved.
    const shareAlert = page.getByRole('alert').filter({ hasText: 'грант сомасының 10%-ынан аспауы тиіс' });
    await expect(shareAlert).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('save-status')).toContainText('Сақталмады');
    await expect(page.locator('#f-lines-1-unitCost')).toHaveValue('150000');
    // Exactly 10% is allowed.
    await page.locator('#f-lines-1-unitCost').fill('100000');
    await expect(page.getByTestId('budget-total')).toHaveText(/1[\s,.]?000[\s,.]?000/);
    await expect(page.getByTestId('budget-institutional')).toContainText(/— 10% /);
    await expectSaved(page);
    await expect(shareAlert).toHaveCount(0);
    await expect(page.getByTestId('section-tab-annex5')).toContainText('✓');
    const annex5Url = page.url();

    // Sign out, sign in again: the draft is still there.
    await page.getByRole('button', { name: 'Шығу' }).click();
    await expect(page.getByRole('link', { name: 'Кіру' })).toBeVisible();
    await page.goto(annex5Url);
    await expect(page).toHaveURL(/\/sign-in/);
    await fillSignIn(page, 'ngo@demeu.kz');
    await expect(page).toHaveURL(/\/ngo/);
    await page.goto(annex5Url);
    await expect(page.locator('#f-lines-0-name-kk')).toHaveValue('Үйлестірушінің еңбекақысы');
    await expect(page.locator('#f-lines-1-unitCost')).toHaveValue('100000');
    await expect(page.locator('#f-lines-1-isInstitutionalSupport')).toBeChecked();
    await expect(page.getByTestId('budget-total')).toHaveText(/1[\s,.]?000[\s,.]?000/);
    await expect(page.getByTestId('save-status')).toContainText(/Сақталды: .*нұсқа/);
    await page.goto(annex1Url);
    await expect(page.locator('#f-projectTitle-kk')).toHaveValue('Жасыл аулалар: қалдықты бөлек жинау');
    await expect(page.locator('#f-contactPerson-email')).toHaveValue('aigerim@example.kz');

    // The same page in Russian.
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Приложение 1: Заявка на участие в конкурсе' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByText('Название проекта', { exact: true })).toBeVisible();
    await expect(page.locator('#f-projectTitle-kk')).toHaveValue('Жасыл аулалар: қалдықты бөлек жинау');
    await expect(page.getByTestId('save-status')).toContainText('Сохранено');
    await page.getByTestId('section-tab-annex5').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Приложение 5: Смета расходов' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Институциональная поддержка' })).toBeVisible();
    await expect(page.getByTestId('budget-institutional')).toContainText('лимит 10%');
  });

  test('an NGO whose property is arrested sees why it may not apply (EL-1)', async ({ page }) => {
    await page.goto('/sign-in');
    await fillSignIn(page, 'ngo3@demeu.kz');
    await expect(page).toHaveURL(/\/ngo$/);
    await page.goto('/');
    await page.getByRole('link', { name: new RegExp(GRANT_TITLE) }).first().click();
    await page.locator('[data-testid^="apply-lot-"]').first().click();
    await expect(page.getByTestId('eligibility')).toContainText('Ұйымның мүлкіне тыйым салынған');
    await expect(page.getByRole('button', { name: 'Өтінімді бастау' })).toHaveCount(0);
  });
});
