import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'demeu-demo-2026';

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Құпиясөз').fill(password);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
}

test.describe('roles (issue 2)', () => {
  test('an NGO signs in and lands in its cabinet with its applications and NGO database report status', async ({ page }) => {
    await signIn(page, 'ngo@demeu.kz');
    await expect(page).toHaveURL(/\/ngo$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ҮЕҰ кабинеті' })).toBeVisible();
    await expect(page.getByTestId('db-report-status')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Өтінімдер' })).toBeVisible();
    // The NGO's navigation shows its cabinet, not the console.
    await expect(page.getByRole('navigation').getByRole('link', { name: 'ҮЕҰ кабинеті' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Оператор консолі' })).toHaveCount(0);
  });

  test('an expert cannot open the operator console: 403, not a crash', async ({ page }) => {
    await signIn(page, 'expert@demeu.kz');
    await expect(page).toHaveURL(/\/expert$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Сарапшы кабинеті' })).toBeVisible();
    const response = await page.goto('/operator');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Қолжетімділік жоқ (403)' })).toBeVisible();
  });

  test('operator staff see the console with every competition', async ({ page }) => {
    await signIn(page, 'operator@demeu.kz');
    await expect(page).toHaveURL(/\/operator$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Оператор консолі' })).toBeVisible();
    await expect(page.locator('tbody tr')).not.toHaveCount(0);
  });

  test('a wrong password is refused with a translated message and the e-mail kept', async ({ page }) => {
    await signIn(page, 'ngo2@demeu.kz', 'not the password');
    await expect(page.getByText('Электрондық пошта немесе құпиясөз қате.')).toBeVisible();
    await expect(page.getByLabel('Электрондық пошта')).toHaveValue('ngo2@demeu.kz');
  });

  test('signing out ends the session', async ({ page }) => {
    await signIn(page, 'admin@demeu.kz');
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole('button', { name: 'Шығу' }).click();
    await expect(page.getByRole('link', { name: 'Кіру' })).toBeVisible();
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
