import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'demeu-demo-2026';
const DRAFT_TITLE = 'Бөлек жина — қаланы сақта';
const GRANT_TITLE = 'Үкіметтік емес ұйымдарға арналған мемлекеттік гранттар беру конкурсы';
const PDF_FILE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/files/charter.pdf'));
/** The section editor's labels (namespaces annex1…annex5 of the application forms). */
const FORM_TEXTS = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../lib/i18n/messages/kk/application.json'), 'utf8')) as Record<string, Record<string, string>>;
const label = (ns: string, key: string) => FORM_TEXTS[ns]?.[key] ?? key;

async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toContainText('Сақталды', { timeout: 15_000 });
}

async function openSection(page: Page, key: string) {
  await page.getByTestId(`section-tab-${key}`).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${key}$`));
}

async function addRow(page: Page, table: string, addKey: string) {
  await page.locator(`#f-${table}`).getByRole('button', { name: label(table === 'team' || table === 'pastProjects' ? 'annex3' : 'annex4', addKey) }).click();
}

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Құпиясөз').fill(PASSWORD);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** WCAG 2.1 A/AA: no serious or critical axe violations on the page as it is now. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  expect(serious).toEqual([]);
}

/**
 * From "My applications", the seeded submitted grant application of «Жасыл қала» in the
 * competition being scored (status UNDER_REVIEW; receipt G-…). Other journeys of the run may
 * leave its social-order bid under evaluation too (receipt S-…).
 */
async function openScoringApplication(page: Page) {
  await page.goto('/ngo/applications');
  const row = page
    .getByTestId('my-applications')
    .locator('tbody tr')
    .filter({ hasText: /Сараптамалық бағалауда|На экспертной оценке/ })
    .filter({ hasText: /G-\d{4}-\d{6}/ });
  await expect(row).toHaveCount(1);
  await row.getByRole('rowheader').getByRole('link').click();
  await expect(page).toHaveURL(/\/ngo\/applications\/[^/]+$/);
}

test.describe('submission and my applications (issue 4, parts 5–6)', () => {
  test('the NGO opens its draft: deadline panel, what is missing, Submit refused with ALL the reasons, draft PDF', async ({ page }) => {
    await signIn(page, 'ngo@demeu.kz');
    await page.goto('/ngo/applications');
    await expect(page.getByRole('heading', { level: 1, name: 'Менің өтінімдерім' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: DRAFT_TITLE, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: DRAFT_TITLE })).toBeVisible();
    await expect(page.getByTestId('application-status')).toContainText('Жоба');

    // DL-1: the deadline and the time left, computed on the server.
    await expect(page.getByTestId('deadline-panel')).toContainText('дейін қабылданады');
    await expect(page.getByTestId('time-left')).toContainText('қалды');
    // The five annexes with their completeness, linking to the section editor.
    const sections = page.getByTestId('sections-summary');
    await expect(sections.getByRole('listitem')).toHaveCount(5);
    await expect(sections.getByRole('link', { name: '4-қосымша. Жобаның мазмұны' })).toHaveAttribute('href', /\/sections\/annex4$/);
    await expect(sections).toContainText('Толтыруға');
    await expect(page.getByRole('link', { name: 'Құжаттарды басқару' })).toHaveAttribute('href', /\/attachments$/);
    await expect(page.getByTestId('eligibility-panel')).toContainText('ҮЕҰ дерекқорына');

    // Submit → confirmation (frozen afterwards) → refused, with every reason listed.
    await page.getByRole('button', { name: 'Өтінімді беру' }).click();
    await expect(page.getByRole('group', { name: 'Өтінімді бересіз бе?' })).toContainText('жаңа құжат қосуға да болмайды');
    await page.getByRole('button', { name: 'Иә, беру' }).click();
    const refusals = page.getByTestId('submit-refusals');
    await expect(refusals).toBeVisible();
    await expect(refusals.getByRole('heading', { name: 'Өтінім берілмеді:' })).toBeVisible();
    await expect(refusals.locator('li[data-code="sectionIncomplete"]')).not.toHaveCount(0);
    await expect(refusals).toContainText('4-қосымша. Жобаның мазмұны');
    await expect(refusals).toContainText('5-қосымша. Шығыстар сметасы');
    await expect(refusals.locator('li[data-code="attachmentMissing"]')).not.toHaveCount(0);
    await expectAccessible(page);
    // Still a draft, nothing frozen, no receipt.
    await page.reload();
    await expect(page.getByTestId('application-status')).toContainText('Жоба');
    await expect(page.getByTestId('receipt-panel')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Өтінімді беру' })).toBeVisible();

    // The draft's PDF: a real PDF, inline.
    const pdfUrl = await page.getByTestId('draft-pdf').getAttribute('href');
    expect(pdfUrl).toMatch(/^\/api\/applications\/[^/]+\/pdf$/);
    const pdf = await page.request.get(pdfUrl!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^inline/);
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('after the deadline: the receipt, no Submit, no Withdraw, the deadline message, the history and the admission decision', async ({ page }) => {
    await signIn(page, 'ngo@demeu.kz');
    await openScoringApplication(page);
    const receipt = page.getByTestId('receipt-panel');
    await expect(receipt).toBeVisible();
    await expect(page.getByTestId('receipt-number')).toHaveText(/^G-\d{4}-\d{6}$/);
    await expect(page.getByTestId('receipt-hash')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(receipt.getByRole('link', { name: 'PDF жүктеп алу' })).toBeVisible();

    await expect(page.getByTestId('deadline-passed')).toContainText('Қабылдау мерзімі');
    await expect(page.getByTestId('deadline-passed')).toContainText('аяқталды');
    await expect(page.getByTestId('submit-panel')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Өтінімді беру' })).toHaveCount(0);
    await expect(page.getByTestId('withdraw-panel')).toHaveCount(0);

    const history = page.getByTestId('history');
    await expect(history.getByRole('listitem')).not.toHaveCount(0);
    await expect(history).toContainText('Берілді');
    await expect(page.getByTestId('admission-panel')).toContainText('Конкурсқа жіберілді');
    // Sealed scoring: the competition is still being scored, so no score is shown.
    await expect(page.getByTestId('score-panel')).toHaveCount(0);
    await expectAccessible(page);

    // The submitted application's PDF carries its receipt.
    const pdfUrl = await receipt.getByRole('link', { name: 'PDF жүктеп алу' }).getAttribute('href');
    const pdf = await page.request.get(pdfUrl!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('after the results are published: the score with per-criterion averages (sealed before)', async ({ page }) => {
    await signIn(page, 'ngo6@demeu.kz');
    await page.goto('/ngo/applications');
    // The grant win (receipt G-…): the NGO may also have won other mechanisms (strategic partnership).
    const row = page.getByTestId('my-applications').locator('tbody tr').filter({ hasText: 'Жеңімпаз' }).filter({ hasText: /G-\d{4}-\d{6}/ });
    await row.first().getByRole('rowheader').getByRole('link').click();
    await expect(page).toHaveURL(/\/ngo\/applications\/[^/]+$/);
    const score = page.getByTestId('score-panel');
    await expect(score.getByRole('heading', { level: 2, name: 'Жарияланған нәтиже' })).toBeVisible();
    await expect(score).toContainText(/Балл: \d+([,.]\d+)? \/ 25/);
    await expect(score.getByRole('rowheader')).toHaveCount(5);
    await expect(score.getByRole('rowheader', { name: 'Ұйымның жалпы әлеуеті' })).toBeVisible();
    await expectAccessible(page);
  });

  test('full flow: five annexes and the documents, Submit → receipt, PDF, frozen, notified; then Withdraw with a reason', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'ngo5@demeu.kz');
    await page.goto('/');
    await page.getByRole('link', { name: new RegExp(GRANT_TITLE) }).first().click();
    await page.locator('[data-testid^="apply-lot-"]').nth(2).click();
    await page.getByRole('button', { name: 'Өтінімді бастау' }).click();
    await expect(page).toHaveURL(/\/ngo\/applications\/[^/]+\/sections\/annex1$/);
    const id = /\/ngo\/applications\/([^/]+)\//.exec(page.url())![1]!;

    // Annex 1
    await page.locator('#f-projectTitle-kk').fill('Ертіс бойы: жастар еріктілігі');
    await page.locator('#f-requestedKzt').fill('1000000');
    await page.locator('#f-ownContributionKzt').fill('100000');
    await page.locator('#f-periodStart').fill('2027-03-01');
    await page.locator('#f-periodEnd').fill('2027-11-30');
    await page.locator('#f-geography-kk').fill('Павлодар облысы');
    await page.locator('#f-summary-kk').fill('Жастарды еріктілік жобаларына тарту.');
    await page.locator('#f-contactPerson-fullName').fill('Мәдина Оспанова');
    await page.locator('#f-contactPerson-position').fill('Үйлестіруші');
    await page.locator('#f-contactPerson-phone').fill('+7 718 255 11 22');
    await page.locator('#f-contactPerson-email').fill('madina@example.kz');
    await page.locator('#f-signatory-fullName').fill('Мәдина Оспанова');
    await page.locator('#f-signatory-position').fill('Төраға');
    await expectSaved(page);
    await expect(page.getByTestId('section-complete')).toBeVisible();

    // Annex 2
    await openSection(page, 'annex2');
    await page.locator('#f-legalName-kk').fill('«Ертіс келісімі» қоғамдық бірлестігі');
    await page.locator('#f-bin').fill('100140000003');
    await page.locator('#f-registrationDate').fill('2010-01-14');
    await page.locator('#f-legalAddress-kk').fill('Павлодар, Сатпаев көшесі, 1');
    await page.locator('#f-actualAddress-kk').fill('Павлодар, Сатпаев көшесі, 1');
    await page.locator('#f-charterSubject-kk').fill('Этносаралық келісімді нығайту');
    await page.locator('#f-charterPurpose-kk').fill('Азаматтық бастамаларды қолдау');
    await page.locator('#f-head-fullName').fill('Мәдина Оспанова');
    await page.locator('#f-head-position').fill('Төраға');
    await page.locator('#f-head-phone').fill('+7 718 255 11 22');
    await page.locator('#f-head-email').fill('madina@example.kz');
    await page.locator('#f-phone').fill('+7 718 255 11 23');
    await page.locator('#f-email').fill('info@example.kz');
    await page.locator('#f-bank-name').fill('Halyk Bank');
    await page.locator('#f-bank-bic').fill('HSBKKZKX');
    await page.locator('#f-bank-iban').fill('KZ86125KZT5004100100');
    await page.locator('#f-staffCount').fill('8');
    await expectSaved(page);
    await expect(page.getByTestId('section-complete')).toBeVisible();

    // Annex 3
    await openSection(page, 'annex3');
    await page.locator('#f-experienceYears').fill('12');
    await page.locator('#f-experience-kk').fill('Он екі жыл жастар жобалары.');
    await addRow(page, 'team', 'addTeamMember');
    await page.locator('#f-team-0-fullName').fill('Ержан Қалиев');
    await page.locator('#f-team-0-role-kk').fill('Тренер');
    await page.locator('#f-team-0-qualification-kk').fill('Фасилитатор сертификаты');
    await page.locator('#f-team-0-experienceYears').fill('6');
    await page.locator('#f-materialBase-kk').fill('Кеңсе және жабдық');
    await expectSaved(page);
    await expect(page.getByTestId('section-complete')).toBeVisible();

    // Annex 4
    await openSection(page, 'annex4');
    await page.locator('#f-problem-kk').fill('Жастардың 12%-ы ғана еріктілікке қатысады (статистика).');
    await addRow(page, 'sources', 'addSource');
    await page.locator('#f-sources-0-title').fill('Статистика бюросы, 2025');
    await addRow(page, 'targetGroups', 'addTargetGroup');
    await page.locator('#f-targetGroups-0-category-kk').fill('Жастар');
    await page.locator('#f-targetGroups-0-count').fill('500');
    await page.locator('#f-directBeneficiaries').fill('500');
    await page.locator('#f-indirectBeneficiaries').fill('2000');
    await page.locator('#f-goal-kk').fill('Еріктілікке қатысуды 25%-ға жеткізу');
    await addRow(page, 'tasks', 'addTask');
    await page.locator('#f-tasks-0-text-kk').fill('Жастарды оқыту');
    await addRow(page, 'activities', 'addActivity');
    await page.locator('#f-activities-0-title-kk').fill('Оқыту семинарлары');
    await page.locator('#f-activities-0-startDate').fill('2027-03-01');
    await page.locator('#f-activities-0-endDate').fill('2027-05-31');
    await page.locator('#f-activities-0-responsible').fill('Ержан Қалиев');
    await page.locator('#f-activities-0-place-kk').fill('Павлодар');
    await page.locator('#f-activities-0-expectedResult-kk').fill('500 жас оқытылды');
    for (const [i, kind] of [[0, 'QUANTITATIVE'], [1, 'QUALITATIVE']] as const) {
      await addRow(page, 'indicators', 'addIndicator');
      await page.locator(`#f-indicators-${i}-kind`).selectOption(kind);
      await page.locator(`#f-indicators-${i}-unit`).fill(i === 0 ? 'адам' : 'балл');
      await page.locator(`#f-indicators-${i}-baseline`).fill('1');
      await page.locator(`#f-indicators-${i}-target`).fill(i === 0 ? '500' : '4');
      await page.locator(`#f-indicators-${i}-name-kk`).fill(i === 0 ? 'Қатысушылар саны' : 'Қанағаттану деңгейі');
      await page.locator(`#f-indicators-${i}-method-kk`).fill(i === 0 ? 'Тіркеу парағы' : 'Сауалнама');
    }
    await page.locator('#f-innovation-kk').fill('Мобильді қосымша');
    await page.locator('#f-sustainability-kk').fill('Еріктілер клубы жұмысын жалғастырады');
    await expectSaved(page);
    await expect(page.getByTestId('section-complete')).toBeVisible();

    // Annex 5: 9 × 100 000 + 100 000 (institutional support, exactly 10%) = the amount requested.
    await openSection(page, 'annex5');
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
    await page.locator('#f-lines-1-unitCost').fill('100000');
    await page.locator('#f-lines-1-isInstitutionalSupport').check();
    await expectSaved(page);
    await expect(page.getByTestId('section-complete')).toBeVisible();

    // The documents of the checklist (the attachments endpoint the documents page uses).
    await page.goto(`/ngo/applications/${id}`);
    const missingKinds = await page.getByTestId('submit-preview').locator('li').count();
    expect(missingKinds).toBeGreaterThan(0);
    for (const kind of ['charter', 'balance', 'partner_consents', 'own_contribution']) {
      const response = await page.request.post(`/api/applications/${id}/attachments`, {
        multipart: { kind, language: 'kk', file: { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF_FILE } },
      });
      expect(response.status(), kind).toBe(201);
    }

    // Everything is in order: Submit, confirm, receipt.
    await page.reload();
    await expect(page.getByTestId('submit-panel')).toContainText('Өтінімді беруге болады');
    await page.getByRole('button', { name: 'Өтінімді беру' }).click();
    await page.getByRole('button', { name: 'Иә, беру' }).click();
    const receipt = page.getByTestId('receipt-panel');
    await expect(receipt).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('receipt-number')).toHaveText(/^G-\d{4}-\d{6}$/);
    await expect(page.getByTestId('receipt-hash')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByTestId('application-status')).toContainText('Берілді');
    await expect(page.getByTestId('submit-panel')).toHaveCount(0);
    await expect(page.getByTestId('history')).toContainText('Өтінім берілді');
    const receiptNumber = (await page.getByTestId('receipt-number').textContent())!;
    await expectAccessible(page);

    const pdf = await page.request.get(`/api/applications/${id}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toContain(receiptNumber);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Frozen: the forms are read-only and no document can be added.
    await page.goto(`/ngo/applications/${id}/sections/annex1`);
    await expect(page.locator('#f-projectTitle-kk')).toBeDisabled();
    await expect(page.locator('#f-projectTitle-kk')).toHaveValue('Ертіс бойы: жастар еріктілігі');
    const late = await page.request.post(`/api/applications/${id}/attachments`, {
      multipart: { kind: 'charter', language: 'ru', file: { name: 'more.pdf', mimeType: 'application/pdf', buffer: PDF_FILE } },
    });
    expect(late.status()).toBeGreaterThanOrEqual(400);

    // Notified in the cabinet, with the receipt number.
    await page.goto('/ngo/notifications');
    await expect(page.getByTestId('notifications')).toContainText(receiptNumber);

    // Before the deadline it may still be withdrawn — with a reason.
    await page.goto(`/ngo/applications/${id}`);
    const withdraw = page.getByTestId('withdraw-panel');
    await withdraw.getByRole('button', { name: 'Өтінімді кері қайтарып алу' }).click();
    await withdraw.getByRole('button', { name: 'Иә, қайтарып алу' }).click();
    await expect(page.locator('#withdraw-reason-error')).toBeVisible();
    await page.locator('#withdraw-reason').fill('Бюджетті қайта есептейміз');
    await withdraw.getByRole('button', { name: 'Өтінімді кері қайтарып алу' }).click();
    await withdraw.getByRole('button', { name: 'Иә, қайтарып алу' }).click();
    await expect(page.getByTestId('application-status')).toContainText('Кері қайтарылды', { timeout: 15_000 });
    await expect(page.getByText('Себебі: Бюджетті қайта есептейміз').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Жаңа өтінім бастау' })).toHaveAttribute('href', /\/ngo\/applications\/new\?lotId=/);
    await expect(page.getByTestId('receipt-number')).toHaveText(receiptNumber);
  });

  test('the same page in Russian', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ru', url: baseURL! }]);
    await page.goto('/sign-in');
    await page.getByLabel('Электронная почта').fill('ngo@demeu.kz');
    await page.getByLabel('Пароль').fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    await openScoringApplication(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Расписка' })).toBeVisible();
    await expect(page.getByTestId('deadline-passed')).toContainText('Срок подачи истёк');
    await expect(page.getByRole('heading', { level: 2, name: 'История' })).toBeVisible();
  });

  test('notifications: the cabinet shows the unread count and the list marks them read', async ({ page }) => {
    await signIn(page, 'ngo@demeu.kz');
    await page.goto('/ngo');
    const link = page.getByTestId('notifications-link').getByRole('link');
    await expect(link).toContainText('жаңа хабарлама');
    await link.click();
    await expect(page).toHaveURL(/\/ngo\/notifications$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Хабарламалар' })).toBeVisible();
    await expect(page.getByTestId('notifications').getByRole('listitem')).not.toHaveCount(0);
    await expectAccessible(page);
    // Seen once → read: back in the cabinet the count is gone.
    await expect
      .poll(async () => {
        await page.goto('/ngo');
        return page.getByTestId('notifications-link').textContent();
      })
      .toContain('Жаңа хабарлама жоқ');
  });

  test("another NGO cannot open the application or its PDF", async ({ page, browser }) => {
    await signIn(page, 'ngo@demeu.kz');
    await page.goto('/ngo/applications');
    await page.getByRole('link', { name: DRAFT_TITLE, exact: true }).first().click();
    await expect(page).toHaveURL(/\/ngo\/applications\/[^/]+$/);
    const path = new URL(page.url()).pathname;
    const id = path.split('/').pop()!;

    const other = await browser.newContext();
    const stranger = await other.newPage();
    await signIn(stranger, 'ngo2@demeu.kz');
    const response = await stranger.goto(path);
    expect(response?.status()).toBe(403);
    const pdf = await stranger.request.get(`/api/applications/${id}/pdf`);
    expect(pdf.status()).toBe(404);
    await other.close();
  });
});
