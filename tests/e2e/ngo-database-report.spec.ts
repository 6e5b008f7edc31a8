import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './support/session';

const ORG_KK = '«Денсаулық әлемі» қоғамдық бірлестігі';

/** EL-2 / DB-1: the year competitions check today — the one whose 31 March (Almaty) has passed. */
function requiredYear(now = new Date()): number {
  const almaty = new Date(now.getTime() + 5 * 3_600_000);
  const year = almaty.getUTCFullYear();
  return almaty.getUTCMonth() >= 3 ? year - 1 : year - 2;
}

const both = async (page: Page, label: string, kk: string, ru: string) => {
  await page.getByLabel(`${label} (қазақша)`, { exact: true }).fill(kk);
  await page.getByLabel(`${label} (орысша)`, { exact: true }).fill(ru);
};
const next = (page: Page) => page.getByRole('button', { name: 'Сақтау және келесі қадамға өту' }).click();

test.describe('yearly NGO database report (issue 4, DB-1..DB-7)', () => {
  test('«Денсаулық әлемі» fills its missing report in both languages, is stopped by DB-6, sends it late; the operator returns it with a comment', async ({ browser }) => {
    const year = requiredYear();
    const ngo = await signedIn(browser, 'ngo7@demeu.kz');
    await ngo.goto(`/ngo/database-report?year=${year}`);
    await expect(ngo.getByRole('heading', { level: 1, name: `${year} жылға ҮЕҰ деректер қорына есеп` })).toBeVisible();
    await expect(ngo.getByTestId('report-status')).toHaveText('Басталмаған');
    await expect(ngo.getByTestId('report-timeliness')).toContainText('Ұсынылмаған');

    // 1. General information — the Russian "main activities" is left empty on purpose.
    await both(ngo, 'Заңды мекенжайы', 'Ақтөбе қ., Әбілқайыр хан даңғылы, 40', 'г. Актобе, пр. Абулхаир хана, 40');
    await both(ngo, 'Бірінші басшының аты-жөні', 'Сәуле Жұмабаева', 'Сауле Жумабаева');
    await ngo.getByLabel('Есепті жылдағы негізгі қызметі (қазақша)', { exact: true }).fill('Салауатты өмір салтын насихаттау, скрининг акциялары');
    await ngo.getByLabel('Қызметкерлер саны').fill('7');
    await ngo.getByLabel('Еріктілер саны').fill('45');
    await ngo.getByLabel('Қызмет алушылар (бенефициарлар) саны').fill('1300');
    await next(ngo);
    await expect(ngo.getByRole('status')).toContainText('Жоба сақталды');

    // 2. Founders.
    await both(ngo, '1-құрылтайшы: Аты-жөні немесе атауы', 'Сәуле Жұмабаева', 'Сауле Жумабаева');
    await ngo.getByLabel('1-құрылтайшы: ЖСН немесе БСН').fill('900101300017');
    await next(ngo);

    // 3. Property: one item.
    await ngo.getByRole('button', { name: '+ Қосу: мүлік' }).click();
    await both(ngo, '1-мүлік: Мүлік түрі мен сипаттамасы', 'Ноутбуктер, проектор', 'Ноутбуки, проектор');
    await ngo.getByLabel('1-мүлік: Құны, теңге').fill('1450000');
    await next(ngo);

    // 4. Sources of funds and spending.
    await ngo.getByRole('button', { name: '+ Қосу: қаражат көзі' }).click();
    await ngo.getByLabel('1-қаражат көзі: Қаражат көзінің түрі').selectOption({ label: 'Мемлекеттік грант' });
    await ngo.getByLabel('1-қаражат көзі: Сомасы, теңге').fill('15000000');
    await ngo.getByRole('button', { name: '+ Қосу: шығыс бағыты' }).click();
    await both(ngo, '1-шығыс бағыты: Жұмсалу бағыты', 'Әлеуметтік жобаны іске асыру', 'Реализация социального проекта');
    await ngo.getByLabel('1-шығыс бағыты: Сомасы, теңге').fill('14200000');
    await next(ngo);

    // 5. Projects and contracts.
    await ngo.getByRole('button', { name: '+ Қосу: жоба немесе шарт' }).click();
    await both(ngo, '1-жоба/шарт: Жобаның немесе шарттың атауы', 'Денсаулық мектебі', 'Школа здоровья');
    await both(ngo, '1-жоба/шарт: Тапсырыс беруші немесе донор', 'Азаматтық бастамаларды қолдау орталығы', 'Центр поддержки гражданских инициатив');
    await ngo.getByLabel('1-жоба/шарт: Сомасы, теңге').fill('15000000');
    await ngo.getByLabel('1-жоба/шарт: Басталуы').fill(`${year}-03-01`);
    await ngo.getByLabel('1-жоба/шарт: Аяқталуы').fill(`${year}-11-30`);
    await next(ngo);

    // 6. Balance: net assets are computed.
    await ngo.getByLabel('Активтер, теңге').fill('5000000');
    await ngo.getByLabel('Міндеттемелер, теңге').fill('1500000');
    await expect(ngo.getByTestId('net-assets')).toContainText('3');
    await next(ngo);

    // Finish: sending with the Russian text missing is refused, the field is marked, nothing is lost.
    await ngo.getByRole('button', { name: 'Жіберу' }).click();
    await expect(ngo.getByRole('alert').filter({ hasText: 'Есеп жіберілмеді' })).toBeVisible();
    await expect(ngo.getByTestId('missing-fields')).toContainText('Жалпы мәліметтер: Есепті жылдағы негізгі қызметі — орысша');
    const activitiesRu = ngo.getByLabel('Есепті жылдағы негізгі қызметі (орысша)', { exact: true });
    await expect(activitiesRu).toBeVisible();
    await expect(activitiesRu).toHaveAttribute('aria-invalid', 'true');
    await expect(activitiesRu).toBeFocused();
    await expect(ngo.getByText('Орысша мәтінді толтырыңыз — есеп екі тілде ұсынылады (DB-6).')).toBeVisible();
    await expect(ngo.getByLabel('Есепті жылдағы негізгі қызметі (қазақша)', { exact: true })).toHaveValue('Салауатты өмір салтын насихаттау, скрининг акциялары');
    await expect(ngo.getByLabel('Заңды мекенжайы (орысша)', { exact: true })).toHaveValue('г. Актобе, пр. Абулхаир хана, 40');
    await expect(ngo.getByTestId('report-status')).toHaveText('Жоба (сақталған)');

    // The draft survives a reload (saved on the server at each step).
    await ngo.reload();
    await expect(ngo.getByLabel('Қызметкерлер саны')).toHaveValue('7');

    await activitiesRu.fill('Пропаганда здорового образа жизни, скрининговые акции');
    await ngo.getByRole('button', { name: /^7\. Мәре/ }).click();
    await ngo.getByRole('button', { name: 'Жіберу' }).click();
    await expect(ngo.getByTestId('report-status')).toHaveText('Жіберілді');
    await expect(ngo.getByTestId('report-timeliness')).toHaveText('Кешігіп ұсынылды');
    await expect(ngo.getByRole('button', { name: 'Жіберу' })).toHaveCount(0);
    // Read-only now, both languages side by side.
    await expect(ngo.getByRole('cell', { name: 'Пропаганда здорового образа жизни, скрининговые акции' })).toBeVisible();

    // The operator finds it among the sent reports and returns it: a comment is mandatory.
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/database-reports');
    await operator.getByLabel('Мәртебесі').selectOption({ label: 'Жіберілді' });
    await operator.getByLabel('Есепті жыл').selectOption(String(year));
    await operator.getByRole('button', { name: 'Көрсету' }).click();
    await operator.getByRole('link', { name: ORG_KK }).click();
    await expect(operator.getByRole('heading', { level: 1, name: `${ORG_KK}: ${year} жылғы есеп` })).toBeVisible();
    await expect(operator.getByRole('columnheader', { name: 'Орысша' }).first()).toBeVisible();
    await operator.getByRole('button', { name: 'Түзетуге қайтару' }).click();
    await expect(operator.getByText('Есепті қайтару үшін түсініктеме жазыңыз')).toBeVisible();
    await operator.getByLabel('Түсініктеме').fill('Балансты 31 желтоқсандағы жағдай бойынша нақтылаңыз.');
    await operator.getByRole('button', { name: 'Түзетуге қайтару' }).click();
    await expect(operator.getByTestId('report-status')).toHaveText('Түзетуге қайтарылды');
    await expect(operator.getByRole('button', { name: 'Бекіту' })).toHaveCount(0);

    // The NGO sees the comment and can edit again.
    await ngo.reload();
    await expect(ngo.getByTestId('report-status')).toHaveText('Түзетуге қайтарылды');
    await expect(ngo.getByTestId('return-comment')).toContainText('Балансты 31 желтоқсандағы жағдай бойынша нақтылаңыз.');
    await expect(ngo.getByLabel('Заңды мекенжайы (қазақша)', { exact: true })).toHaveValue('Ақтөбе қ., Әбілқайыр хан даңғылы, 40');
  });

  test('another NGO cannot open the operator review page (403)', async ({ browser }) => {
    const page = await signedIn(browser, 'ngo2@demeu.kz');
    const response = await page.goto('/operator/database-reports');
    expect(response?.status()).toBe(403);
  });

  test('the report form, the review list and a review page have no serious accessibility violations', async ({ browser }) => {
    const serious = async (page: Page) =>
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
    // An older year without a report: the empty form (a late report can still be started).
    const ngo = await signedIn(browser, 'ngo4@demeu.kz');
    await ngo.goto(`/ngo/database-report?year=${requiredYear() - 2}`);
    await expect(ngo.getByRole('button', { name: 'Сақтау және келесі қадамға өту' })).toBeVisible();
    expect(await serious(ngo)).toEqual([]);

    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/database-reports?status=APPROVED');
    expect(await serious(operator)).toEqual([]);
    await operator.locator('tbody a').first().click();
    await expect(operator.getByTestId('report-status')).toHaveText('Бекітілді');
    expect(await serious(operator)).toEqual([]);
  });
});
