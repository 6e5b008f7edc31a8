// The NGO side of the other mechanisms (issue 6): the same draft → autosave → frozen
// submission as the grant, through each kind's own form in the browser — an award
// nomination (F-A1..F-A3 + recommendations, AW-14 refused with one) and a social-order
// technical specification with its bid (F-TS; a bid above the allocated amount is refused
// in the draft, the typed value is kept).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { withE2eDatabase } from './support/e2e-database';
import { submitApplication, uploadRequiredDocuments } from './support/ngo-submission';
import { expectAccessible, signedIn } from './support/session';


async function competitionId(where: string): Promise<string> {
  return withE2eDatabase(async (c) => (await c.query<{ id: string }>(`SELECT id FROM "Competition" WHERE ${where} ORDER BY year DESC LIMIT 1`)).rows[0]!.id);
}

/** Fills inputs of a form region by their visible labels (select → option value). */
async function fillByLabel(scope: Locator | Page, values: Record<string, string | { select: string }>) {
  for (const [label, value] of Object.entries(values)) {
    const field = scope.getByLabel(label, { exact: true });
    if (typeof value === 'string') await field.fill(value);
    else await field.selectOption(value.select);
  }
}

async function addRow(page: Page, table: string, values: Record<string, string | { select: string }>) {
  const section = page.locator(`#f-${table}`);
  await section.getByRole('button', { name: '+ Жол қосу' }).click();
  await fillByLabel(section.locator('ol > li').last(), values);
}

async function addItems(page: Page, list: string, items: string[]) {
  const section = page.locator(`#f-${list}`);
  for (const [i, item] of items.entries()) {
    await section.getByRole('button', { name: '+ Тармақ қосу' }).click();
    await section.getByLabel(`${i + 1}-тармақ`).fill(item);
  }
}

/** Saves the section explicitly and waits for the server's confirmation. */
async function saveSection(page: Page) {
  await expect(page.getByTestId('section-complete')).toBeVisible();
  await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
  await expect(page.getByTestId('save-status')).toContainText('Сақталды');
}

async function openTab(page: Page, key: string) {
  await page.getByTestId(`section-tab-${key}`).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${key}$`));
}

async function startFromPublicPage(page: Page, id: string, lotNumber: number): Promise<string> {
  await page.goto(`/competitions/${id}`);
  await page.getByTestId(`apply-lot-${lotNumber}`).click();
  await page.getByRole('button', { name: 'Өтінімді бастау' }).click();
  await expect(page).toHaveURL(/\/ngo\/applications\/[^/]+\/sections\/[^/]+$/);
  return new URL(page.url()).pathname.split('/')[3]!;
}

test.describe('NGO application forms of the other mechanisms (issue 6)', () => {
  test('award: an NGO nominates itself in one direction of the open cycle; one recommendation is refused (AW-14), two go through', async ({ browser }) => {
    const id = await competitionId(`kind = 'AWARD' AND status = 'OPEN'`);
    const ngo = await signedIn(browser, 'ngo@demeu.kz');
    const applicationId = await startFromPublicPage(ngo, id, 15);
    await expect(ngo).toHaveURL(/\/sections\/award1$/);
    await expectAccessible(ngo);

    await fillByLabel(ngo, {
      'Кімге (уәкілетті орган)': 'ҚР Мәдениет және ақпарат министрлігі',
      'Үміткер ҮЕҰ-ның атауы': '«Жасыл қала» қоғамдық бірлестігі',
      'Толтырылған күні': '2026-11-24',
      'Т.А.Ә.': 'Айгерім Серікқызы Нұрланова',
      Лауазымы: 'Басқарма төрағасы',
    });
    await saveSection(ngo);

    await openTab(ngo, 'award2');
    const bin = await withE2eDatabase(async (c) => (await c.query<{ bin: string }>(`SELECT o.bin FROM "Organization" o JOIN "OrganizationMembership" m ON m."organizationId" = o.id JOIN "User" u ON u.id = m."userId" WHERE u.email = 'ngo@demeu.kz'`)).rows[0]!.bin);
    await fillByLabel(ngo, {
      'Заңды тұлғаның атауы': '«Жасыл қала» қоғамдық бірлестігі',
      'Тіркелген күні': '2015-04-10',
      БСН: bin,
      'Заңды мекенжайы': 'Астана, Сарыарқа даңғылы 12',
      'Нақты мекенжайы': 'Астана, Сарыарқа даңғылы 12',
      'Қызмет нысанасы': 'Қалалық ортаны көгалдандыру',
      'Қызмет мақсаты': 'Экологиялық мәдениетті дамыту',
    });
    const head = ngo.locator('#f-head');
    await fillByLabel(head, { 'Т.А.Ә.': 'Айгерім Серікқызы Нұрланова', Лауазымы: 'Басқарма төрағасы', Телефон: '+7 701 123 45 67', 'Электрондық пошта': 'ngo@demeu.kz' });
    // A wrong IBAN is shown at once and the rest stays typed.
    const bank = ngo.locator('#f-bank');
    await fillByLabel(bank, { 'Банк атауы': '«Halyk Bank» АҚ', БСК: 'HSBKKZKX', 'ЖСК (IBAN)': 'KZ00 0000' });
    await expect(bank.getByText('IBAN', { exact: false }).first()).toBeVisible();
    await bank.getByLabel('ЖСК (IBAN)', { exact: true }).fill('KZ86125KZT5004100100');
    await saveSection(ngo);

    await openTab(ngo, 'award3');
    await fillByLabel(ngo, { 'Бағыттағы үлесі': '2018 жылдан бері Астанада 12 000 ағаш отырғызылды.', 'Инновациялық тәсілдер': 'Ағаштарды цифрлық картаға түсіру.' });
    await addRow(ngo, 'experienceProjects', { 'Жоба атауы': 'Жасыл аула', Мерзімі: '2024', Нәтижелері: '40 аула көгалдандырылды' });
    await saveSection(ngo);

    await openTab(ngo, 'awardRecommendations');
    await addRow(ngo, 'recommendations', {
      'Ұсыным берушінің Т.А.Ә.': 'Мұрат Әлиев',
      'Ұйымы': 'Астана қаласының Қоғамдық кеңесі',
      'Ұйым түрі': { select: 'OTHER' },
      'Телефон (міндетті емес)': '+7 701 555 10 10',
    });
    await saveSection(ngo);

    await uploadRequiredDocuments(ngo, applicationId);
    await submitApplication(ngo, applicationId);
    await expect(ngo.getByTestId('submit-refusals')).toContainText('Ұсынымдар саны 1, кемінде 2 қажет');

    await ngo.goto(`/ngo/applications/${applicationId}/sections/awardRecommendations`);
    await addRow(ngo, 'recommendations', {
      'Ұсыным берушінің Т.А.Ә.': 'Айнұр Жақсыбекова',
      'Ұйымы': 'Астана қаласының Қоғамдық даму басқармасы',
      'Ұйым түрі': { select: 'STATE_BODY' },
      'Электрондық пошта (міндетті емес)': 'a.zhaksybekova@astana.gov.kz',
    });
    await saveSection(ngo);
    await submitApplication(ngo, applicationId);
    await expect(ngo.getByTestId('receipt-number')).toHaveText(/^A-\d{4}-\d{6}$/);
    await ngo.context().close();
  });

  test('social order: the supplier fills the technical specification and the bid; a bid above the allocated amount is refused and kept', async ({ browser }) => {
    const id = await competitionId(`kind = 'SOCIAL_ORDER' AND status = 'OPEN' AND code LIKE 'SO-ALA-%'`);
    const ngo = await signedIn(browser, 'ngo2@demeu.kz');
    const applicationId = await startFromPublicPage(ngo, id, 1);
    await expect(ngo).toHaveURL(/\/sections\/tsGoals$/);

    await addItems(ngo, 'charterGoals', ['Қарт адамдарды әлеуметтік қолдау', 'Мүгедектігі бар адамдарға көмек', 'Еріктілер қозғалысын дамыту']);
    await fillByLabel(ngo, { 'Сатып алынатын қызметке сәйкестік негіздемесі': 'Жарғының 2.1–2.3-тармақтары үйде әлеуметтік қолдау көрсетуді қамтиды.' });
    await saveSection(ngo);

    await openTab(ngo, 'tsExperience');
    await fillByLabel(ngo, {
      'Ұқсас жобаларды орындау тәжірибесі': '2022–2025 жж. Шымкентте 3 жоба.',
      'Қызмет көрсету нарығындағы тәжірибе': 'Әлеуметтік қызметтер нарығында 6 жыл.',
      'Нарықтағы тәжірибе, жыл': '6',
    });
    await addRow(ngo, 'previousProjects', {
      'Жоба атауы және қысқаша сипаттамасы': 'Мейірімді аула',
      'Іске асыру мерзімі': '2023',
      'Тапсырыс беруші (донор) және география': 'Шымкент әкімдігі, Шымкент',
      'Құны, ₸': '12000000',
      Нәтижелері: '520 отбасы',
    });
    await saveSection(ngo);

    await openTab(ngo, 'tsTeam');
    await addRow(ngo, 'team', { 'Т.А.Ә.': 'Дина Ахметова', 'Жобадағы рөлі': 'Үйлестіруші', 'Біліктілігі мен тәжірибесі': 'Әлеуметтік қызметкер, 8 жыл' });
    await saveSection(ngo);

    await openTab(ngo, 'tsProject');
    await addItems(ngo, 'objectives', ['2027 жылдың желтоқсанына дейін 300 алушыға айына 8 рет үйде көмек көрсету']);
    await fillByLabel(ngo, { 'Іске асыру механизмі (әдістері)': 'Әлеуметтік қызметкерлер мен еріктілердің үйге келуі.', 'Тікелей қамту, адам': '300', 'Жанама қамту, адам': '1200' });
    await addRow(ngo, 'beneficiariesByCategory', { 'Нысаналы топ': 'Жалғыз тұратын қарт адамдар', 'Саны, адам': '300' });
    await saveSection(ngo);

    await openTab(ngo, 'tsPlans');
    await addRow(ngo, 'activityPlan', { 'Іс-шара (түрі мен атауы)': 'Қажеттіліктерді бағалау', 'Өту мерзімі (онкүндік)': 'қаңтардың 2-онкүндігі', 'Өтетін орны (елді мекен)': 'Алматы', 'Жауапты тұлға': 'Д. Ахметова' });
    await addRow(ngo, 'mediaPlan', { 'Іс-шара немесе жарияланым тақырыбы': 'Жоба басталды', 'Дайындауға жауапты': 'Д. Ахметова', 'БАҚ / әлеуметтік желі': 'Instagram', 'Болжалды жарияланым күні': '2027-01-20' });
    await saveSection(ngo);

    await openTab(ngo, 'tsIndicators');
    await addRow(ngo, 'indicators', { Деңгейі: { select: 'OUTPUT' }, Түрі: { select: 'QUANTITATIVE' }, 'Индикатор атауы': 'Қолдау алған адамдар', 'Өлшем бірлігі': 'адам', 'Мақсатты мәні': '300' });
    await addRow(ngo, 'risks', { Тәуекел: 'Алушылардың ауруы', 'Ықтималдығы, салдары және азайту стратегиясы': 'Медициналық қызметпен келісім' });
    await fillByLabel(ngo, { 'ҮЕҰ басшысының Т.А.Ә.': 'Гүлнар Тұрсынбекова' });
    await saveSection(ngo);

    await openTab(ngo, 'tsBid');
    const bid = ngo.getByLabel('Ұсынылатын баға, ₸', { exact: true });
    await bid.fill('36000001');
    await ngo.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await expect(ngo.getByTestId('save-status')).toContainText('Сақталмады');
    await expect(bid).toHaveValue('36000001');
    await bid.fill('33000000');
    await saveSection(ngo);

    await uploadRequiredDocuments(ngo, applicationId);
    await submitApplication(ngo, applicationId);
    await expect(ngo.getByTestId('receipt-number')).toHaveText(/^S-\d{4}-\d{6}$/);
    const frozen = await withE2eDatabase(async (c) => (await c.query<{ bid: string; years: number }>(`SELECT "bidPriceKzt"::text AS bid, "marketExperienceYears" AS years FROM "Application" WHERE id = $1`, [applicationId])).rows[0]);
    expect(frozen).toEqual({ bid: '33000000', years: 6 });
    await ngo.context().close();
  });
});
