import { expect, test } from '@playwright/test';

// A valid BIN that the demo data does not use: 2511 + 4 (legal entity) + 0 (head office) + serial + control digit.
const NEW_BIN = '251140099997';

test.describe('an NGO registers (issue 2)', () => {
  test('a bad BIN gets a clear error and nothing typed is lost; then it registers, signs in and sees its cabinet', async ({ page }) => {
    await page.goto('/register');
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Регистрация НПО' })).toBeVisible();

    await page.getByLabel('БИН').fill('251140099990'); // wrong control digit (the right one is 7)
    await page.getByLabel('Организационно-правовая форма').selectOption('PUBLIC_ASSOCIATION');
    await page.getByLabel('Полное наименование на казахском').fill('«Болашақ жастары» қоғамдық бірлестігі');
    await page.getByLabel('Полное наименование на русском').fill('Общественное объединение «Молодёжь будущего»');
    await page.getByLabel('Регион').selectOption({ label: 'Карагандинская область' });
    await page.getByLabel('ФИО').fill('Ержан Болатұлы Сейтқали');
    await page.getByLabel('Электронная почта').fill('erzhan@bolashak.kz');
    await page.getByLabel('Пароль', { exact: true }).fill('Bolashak-2026!');
    await page.getByLabel('Повторите пароль').fill('Bolashak-2026!');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

    await expect(page.getByText('Неверный БИН: не сходится контрольный разряд. Проверьте номер.')).toBeVisible();
    await expect(page.getByLabel('БИН')).toHaveAttribute('aria-invalid', 'true');
    // Nothing the user typed is lost.
    await expect(page.getByLabel('Полное наименование на казахском')).toHaveValue('«Болашақ жастары» қоғамдық бірлестігі');
    await expect(page.getByLabel('Электронная почта')).toHaveValue('erzhan@bolashak.kz');
    await expect(page.getByLabel('Пароль', { exact: true })).toHaveValue('Bolashak-2026!');

    await page.getByLabel('БИН').fill(NEW_BIN);
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

    await expect(page).toHaveURL(/\/ngo$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Кабинет НПО' })).toBeVisible();
    await expect(page.getByText('Общественное объединение «Молодёжь будущего»')).toBeVisible();
    await expect(page.getByText(NEW_BIN)).toBeVisible();
    await expect(page.getByText('Ограничений нет: организация может подавать заявки.')).toBeVisible();
  });

  test('a trade union is refused with the reason, on the server, keeping the form', async ({ page }) => {
    await page.goto('/register');
    await page.getByLabel('БСН').fill('251140099987');
    await page.getByLabel('Ұйымдық-құқықтық нысаны').selectOption('TRADE_UNION');
    await page.getByLabel('Қазақ тіліндегі толық атауы').fill('Кәсіподақ');
    await page.getByLabel('Орыс тіліндегі толық атауы').fill('Профсоюз');
    await page.getByLabel('Өңір').selectOption({ index: 1 });
    await page.getByLabel('Тегі, аты, әкесінің аты').fill('Асқар Жұмабаев');
    await page.getByLabel('Электрондық пошта').fill('union@example.kz');
    await page.getByLabel('Құпиясөз', { exact: true }).fill('Union-2026-pass');
    await page.getByLabel('Құпиясөзді қайталаңыз').fill('Union-2026-pass');
    await page.getByRole('button', { name: 'Тіркелу' }).click();
    await expect(page.getByText(/кәсіподақтар, діни бірлестіктер және мемлекеттік мекемелер ҮЕҰ болып табылмайды/)).toBeVisible();
    await expect(page.getByLabel('Қазақ тіліндегі толық атауы')).toHaveValue('Кәсіподақ');
  });
});
