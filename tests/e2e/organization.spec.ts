import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'demeu-demo-2026';

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Құпиясөз').fill(password);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function seriousViolations(page: Page) {
  // After a server action the page re-renders; Next streams the <title> back in — wait for it.
  await expect(page).toHaveTitle(/Demeu/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.length} nodes)`);
}

async function switchToRussian(page: Page) {
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
}

test.describe('organisation profile, cabinet users and registry flags (issue 4.1)', () => {
  test('the head edits the profile in Russian: a wrong IBAN is refused next to the field, nothing typed is lost, then it saves and survives a reload', async ({ page }) => {
    await signIn(page, 'ngo@demeu.kz');
    await switchToRussian(page);
    await page.goto('/ngo/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Профиль организации' })).toBeVisible();
    // The BIN is shown, not editable.
    await expect(page.getByTestId('profile-bin')).toHaveText(/^\d{12}$/);
    await expect(page.getByTestId('status-flags')).toContainText('Ограничений нет');

    await page.getByLabel('Телефон', { exact: true }).fill('+7 727 390 44 55');
    await page.getByLabel('Фактический адрес').fill('050040, Алматы, пр. аль-Фараби, 77, офис 5');
    await page.getByLabel('ИИК (IBAN)').fill('KZ67 6010 0003 8751 2004'); // check digits off by one
    await page.getByRole('button', { name: 'Сохранить профиль' }).click();

    await expect(page.getByText('Неверный ИИК (IBAN): не сходятся контрольные цифры. Проверьте номер по справке банка.')).toBeVisible();
    await expect(page.getByLabel('ИИК (IBAN)')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('ИИК (IBAN)')).toBeFocused();
    await expect(page.getByLabel('Телефон', { exact: true })).toHaveValue('+7 727 390 44 55');
    await expect(page.getByLabel('Фактический адрес')).toHaveValue('050040, Алматы, пр. аль-Фараби, 77, офис 5');

    await page.getByLabel('ИИК (IBAN)').fill('KZ86 125K ZT50 0410 0100');
    // A new activity type through the list editor.
    await page.getByRole('button', { name: 'Добавить вид деятельности' }).click();
    await page.getByLabel('Вид деятельности 6', { exact: true }).fill('Экологические субботники');
    await page.getByRole('button', { name: 'Сохранить профиль' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Профиль сохранён.' })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Телефон', { exact: true })).toHaveValue('+7 727 390 44 55');
    await expect(page.getByLabel('ИИК (IBAN)')).toHaveValue('KZ86125KZT5004100100');
    await expect(page.getByLabel('Фактический адрес')).toHaveValue('050040, Алматы, пр. аль-Фараби, 77, офис 5');
    await expect(page.getByLabel('Вид деятельности 6', { exact: true })).toHaveValue('Экологические субботники');
  });

  test('the head invites a staff e-mail; the invitee opens the link elsewhere, creates an account and lands in the cabinet', async ({ page, browser }) => {
    await signIn(page, 'ngo@demeu.kz');
    await page.goto('/ngo/members');
    await expect(page.getByRole('heading', { level: 1, name: 'Кабинет пайдаланушылары' })).toBeVisible();
    await page.getByLabel('Қызметкердің электрондық поштасы').fill('aliya.staff@example.kz');
    await page.getByRole('button', { name: 'Шақыру', exact: true }).click();
    await expect(page.getByText('aliya.staff@example.kz үшін шақыру жасалды.', { exact: false })).toBeVisible();
    const link = await page.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole('row', { name: /aliya\.staff@example\.kz/ })).toBeVisible(); // pending list

    const invitee = await browser.newContext();
    const other = await invitee.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: 'ҮЕҰ кабинетіне шақыру' })).toBeVisible();
    await expect(other.getByText('«Жасыл қала» экологиялық қоғамдық бірлестігі').first()).toBeVisible();
    await expect(other.getByLabel('Электрондық пошта')).toHaveValue('aliya.staff@example.kz');
    await other.getByLabel('Тегі, аты, әкесінің аты').fill('Әлия Серікқызы Жұмабаева');
    await other.getByLabel('Құпиясөз', { exact: true }).fill('Aliya-staff-2026');
    await other.getByLabel('Құпиясөзді қайталаңыз').fill('Aliya-staff-2026');
    await other.getByRole('button', { name: 'Тіркелгі жасап, кіру' }).click();
    await expect(other).toHaveURL(/\/ngo$/);
    await expect(other.getByRole('heading', { level: 1, name: 'ҮЕҰ кабинеті' })).toBeVisible();

    // The link works once.
    await other.goto(link);
    await expect(other.getByText('Бұл шақыру бұрын пайдаланылған.')).toBeVisible();
    await invitee.close();

    await page.reload();
    await expect(page.getByRole('row', { name: /Әлия Серікқызы Жұмабаева/ })).toContainText('Қызметкер');
    await expect(page.getByText('Күтудегі шақырулар жоқ.')).toBeVisible();
  });

  test('operator staff suspend «Мейірім» with a reason; its head sees the restriction and the reason on the profile; then it is lifted', async ({ page, browser }) => {
    await signIn(page, 'operator@demeu.kz');
    await page.goto('/operator/organizations');
    await page.getByLabel('БСН немесе атауы бойынша іздеу').fill('Мейірім');
    await page.getByRole('button', { name: 'Іздеу' }).click();
    await expect(page).toHaveURL(/q=/);
    await page.getByRole('link', { name: '«Мейірім» қайырымдылық қоры' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '«Мейірім» қайырымдылық қоры' })).toBeVisible();

    const suspension = page.getByRole('form', { name: /Қызметі тоқтатыла тұрған/ });
    // The reason is mandatory.
    await suspension.getByRole('button', { name: 'Белгілеу: Қызметі тоқтатыла тұрған' }).click();
    await expect(suspension.getByText('Негізін көрсетіңіз (кемінде 5 таңба).')).toBeVisible();
    await suspension.getByLabel('Белгілеу негізі').fill('Шымкент қ. сотының 2026 ж. № 2-418 шешімі');
    await suspension.getByRole('button', { name: 'Белгілеу: Қызметі тоқтатыла тұрған' }).click();
    await expect(page.getByTestId('status-flags')).toContainText('Шымкент қ. сотының 2026 ж. № 2-418 шешімі');
    await expect(suspension.getByRole('button', { name: 'Алып тастау: Қызметі тоқтатыла тұрған' })).toBeVisible();

    const ngo = await browser.newContext();
    const ngoPage = await ngo.newPage();
    await signIn(ngoPage, 'ngo2@demeu.kz');
    await switchToRussian(ngoPage);
    await ngoPage.goto('/ngo/profile');
    const flags = ngoPage.getByTestId('status-flags');
    await expect(flags).toContainText('Действует ограничение');
    await expect(flags.getByRole('listitem').filter({ hasText: 'Деятельность приостановлена' })).toContainText('действует');
    await expect(flags).toContainText('Основание: Шымкент қ. сотының 2026 ж. № 2-418 шешімі');
    await expect(flags).toContainText('Правило EL-1');

    // Lifted again, with its own reason, so other journeys find «Мейірім» eligible.
    await suspension.getByLabel('Алып тастау негізі').fill('Тоқтата тұру мерзімі аяқталды');
    await suspension.getByRole('button', { name: 'Алып тастау: Қызметі тоқтатыла тұрған' }).click();
    await expect(page.getByTestId('status-flags')).toContainText('Шектеулер жоқ');
    await ngoPage.reload();
    await expect(flags).toContainText('Ограничений нет');
    await ngo.close();
  });

  test('the profile, users, invitation and console pages have no serious accessibility violations', async ({ page, browser }) => {
    await signIn(page, 'ngo@demeu.kz');
    for (const path of ['/ngo/profile', '/ngo/members']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.getByLabel('Қызметкердің электрондық поштасы').fill('axe.check@example.kz');
    await page.getByRole('button', { name: 'Шақыру', exact: true }).click();
    const link = await page.getByTestId('invitation-link').inputValue();
    expect(await seriousViolations(page)).toEqual([]);

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(link);
    await expect(visitorPage.getByRole('heading', { level: 1, name: 'ҮЕҰ кабинетіне шақыру' })).toBeVisible();
    expect(await seriousViolations(visitorPage)).toEqual([]);
    await visitor.close();

    const staff = await browser.newContext();
    const operator = await staff.newPage();
    await signIn(operator, 'operator@demeu.kz');
    await operator.goto('/operator/organizations');
    expect(await seriousViolations(operator)).toEqual([]);
    await operator.getByRole('link', { name: '«Болашақ жастары» жастар қоғамдық бірлестігі' }).click();
    await expect(operator.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(operator)).toEqual([]);
    await staff.close();
  });
});
