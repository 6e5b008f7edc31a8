// The NGO award (AWARD, §3 of the grants file) end to end in the browser, on the seeded
// next-year cycle that is OPEN whatever the date (prisma/seed/award.ts `loadNextAwardCycle`).
// First an NGO types a whole nomination (Annexes 1–3 with bank details, recommendations;
// AW-14 refuses one recommendation) in direction 15; then the journey:
// two NGOs nominate themselves in direction 7 (AW-13), acceptance closes (AW-6), the
// organiser starts the admission check and admits both — the candidate list (AW-7) — forms
// the award commission (AW-8; one chair, the source names no other rule) and hands the
// nominations over; three experts declare no conflict and score the 3 criteria 0–5; the
// organiser names both laureates of the direction, the amount split equally (AW-9, AW-11),
// downloads their diplomas in kk and ru and records a payment (AW-10).
// Only two things happen outside the browser (tests/e2e/support/journey-fixtures.ts): the
// annexes are copied from a seeded nomination instead of typed, and acceptance closes.
// The NGOs are ones without a nomination in the current cycle (no AW-12 cooldown whatever
// its stage); the experts are ones whose nominating NGO does not apply (CI-1).
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { addRow, competitionId, fillByLabel, openTab, saveSection, startFromPublicPage } from './support/application-form';
import { withE2eDatabase } from './support/e2e-database';
import { fillAwardDraftFromSeededNomination, letDeadlinePass } from './support/journey-fixtures';
import { submitApplication, uploadRequiredDocuments } from './support/ngo-submission';
import { expectAccessible, signedIn } from './support/session';

const NGO = {
  altai: { email: 'ngo6@demeu.kz', name: 'Алтай мұрасы' },
  union: { email: 'ngo9@demeu.kz', name: 'Қазақстан ҮЕҰ одағы' },
} as const;
const COMMISSION = [
  { email: 'expert3@demeu.kz', role: 'CHAIR', side: 'STATE', scores: { altai: [5, 4, 4], union: [4, 4, 3] } },
  { email: 'expert4@demeu.kz', role: 'MEMBER', side: 'CIVIL', scores: { altai: [4, 5, 3], union: [3, 4, 3] } },
  { email: 'expert6@demeu.kz', role: 'MEMBER', side: 'CIVIL', scores: { altai: [5, 5, 4], union: [4, 3, 4] } },
] as const;

/** The NGO starts a nomination in direction 7 from the public page, the annexes are filled, it uploads the required documents and submits. */
async function nominate(browser: Browser, email: string, cycleId: string): Promise<string> {
  const ngo = await signedIn(browser, email);
  const applicationId = await startFromPublicPage(ngo, cycleId, 7);
  await expect(ngo).toHaveURL(/\/sections\/award1$/);
  await fillAwardDraftFromSeededNomination(applicationId);

  await uploadRequiredDocuments(ngo, applicationId);
  await submitApplication(ngo, applicationId);
  await expect(ngo.getByTestId('receipt-number')).toHaveText(/^A-\d{4}-\d{6}$/);
  await ngo.context().close();
  return applicationId;
}

async function selectOptionContaining(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

async function declareNoConflict(page: Page, cycleId: string, ngoName: string) {
  await page.goto(`/expert/competitions/${cycleId}/coi`);
  const row = page.getByTestId('coi-row').filter({ hasText: ngoName });
  await row.getByLabel('Мүдделер қақтығысы жоқ').check();
  await row.getByRole('button', { name: 'Мәлімдеу' }).click();
  await expect(row.getByTestId('coi-declared')).toBeVisible();
}

async function scoreAndSign(page: Page, applicationId: string, values: readonly number[]) {
  await page.goto(`/expert/applications/${applicationId}/score`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бағалау парағы');
  const criteria = page.locator('[data-testid^="criterion-"]');
  await expect(criteria).toHaveCount(3); // AW-8: three criteria
  for (const [i, criterion] of (await criteria.all()).entries()) {
    await criterion.getByLabel('Балл').fill(String(values[i]));
    await criterion.getByLabel('Түсініктеме').fill(`Негіздеме ${i + 1}: ұсынымдар мен жобалар расталған.`);
  }
  await page.getByRole('button', { name: 'Параққа қол қою' }).click();
  await page.getByRole('button', { name: 'Қол қою', exact: true }).click();
  await expect(page.getByTestId('sheet-frozen')).toBeVisible();
}

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

test('the award cycle from nominations to laureates, diplomas and a payment', async ({ browser }) => {
  test.setTimeout(600_000);
  const cycleId = await competitionId(`kind = 'AWARD' AND status = 'OPEN'`);
  const applications = { altai: '', union: '' };

  await test.step('two NGOs nominate themselves in direction 7; acceptance closes', async () => {
    applications.altai = await nominate(browser, NGO.altai.email, cycleId);
    applications.union = await nominate(browser, NGO.union.email, cycleId);
    await letDeadlinePass(cycleId);
  });

  const operator = await signedIn(browser, 'operator@demeu.kz');
  operator.on('dialog', (d) => void d.accept());

  await test.step('AW-5..AW-10 timeline; AW-7: the admission check makes the candidate list', async () => {
    await operator.goto('/operator/awards');
    await operator.locator(`a[href="/operator/awards/${cycleId}"]`).first().click();
    await expect(operator).toHaveURL(new RegExp(`/operator/awards/${cycleId}$`));
    const timeline = operator.getByTestId('award-timeline');
    for (const rule of ['AW-5', 'AW-6', 'AW-7', 'AW-9', 'AW-10']) await expect(timeline).toContainText(rule);
    const candidates = operator.getByTestId('award-candidates');
    await expect(candidates).toContainText('10 жұмыс күні');
    await candidates.getByRole('button', { name: 'Жіберу тексеруін бастау' }).click();
    await expect(candidates.getByRole('button', { name: 'Жіберу тексеруін бастау' })).toHaveCount(0);
    await candidates.getByRole('link', { name: 'Өтінімдерді іріктеуге жіберу тексерісін ашу' }).click();
    for (const key of ['altai', 'union'] as const) await expect(operator.getByRole('row').filter({ hasText: NGO[key].name })).toHaveCount(1);
    for (const key of ['altai', 'union'] as const) {
      await operator.goto(`/operator/competitions/${cycleId}/admission/${applications[key]}`);
      const form = operator.getByRole('form', { name: 'Іріктеу шешімі' });
      await form.getByLabel('Жіберу', { exact: true }).check();
      await form.getByRole('button', { name: 'Шешімді жазу' }).click();
      await expect(operator.getByTestId('admission-decision')).toContainText('Шешім қабылданды және өзгертілмейді.');
    }
  });

  await test.step('AW-8: the award commission (no chair is refused live), then the nominations go to scoring', async () => {
    await operator.goto(`/operator/awards/${cycleId}`);
    const commission = operator.getByTestId('direct-commission');
    for (const [i, member] of COMMISSION.entries()) {
      await commission.getByRole('button', { name: 'Мүше қосу' }).click();
      await selectOptionContaining(commission.getByLabel(`${i + 1}-мүше`, { exact: true }), member.email);
      await commission.getByLabel(`${i + 1}-мүше кімнің өкілі`).selectOption(member.side);
      if (i === 0) await expect(commission).toContainText('төраға тағайындалмаған');
      await commission.getByLabel(`${i + 1}-мүшенің рөлі`).selectOption(member.role);
    }
    await expect(commission).toContainText('Құрам талаптарға сай.');
    await commission.getByRole('button', { name: 'Құрамды сақтау және бекіту' }).click();
    await expect(commission.getByText('Комиссия құрамы бекітілді.')).toBeVisible();
    await expectAccessible(operator, 'award cycle with its commission');
    await commission.getByRole('button', { name: 'Өтінімдерді комиссияға бағалауға беру' }).click();
    await expect(commission.getByRole('button', { name: 'Өтінімдерді комиссияға бағалауға беру' })).toHaveCount(0);
    await expect(commission.getByRole('cell', { name: 'Төраға' })).toHaveCount(1);
  });

  await test.step('CI-2 / AW-8: each member declares no conflict and scores both nominations', async () => {
    for (const member of COMMISSION) {
      const expert = await signedIn(browser, member.email);
      for (const key of ['altai', 'union'] as const) {
        await declareNoConflict(expert, cycleId, NGO[key].name);
        await scoreAndSign(expert, applications[key], member.scores[key]);
      }
      await expert.context().close();
    }
  });

  await test.step('AW-9 / AW-11: both nominations of direction 7 are laureates, the amount split equally', async () => {
    await operator.goto(`/operator/awards/${cycleId}`);
    const d7 = operator.getByTestId('award-direction-7');
    // SC-2: the mean of the signed sheets — «Алтай мұрасы» (13 + 12 + 14) / 3 = 13 of 15.
    await expect(d7.getByText('13 / 15')).toBeVisible();
    await d7.getByLabel(new RegExp(NGO.altai.name)).check();
    await d7.getByLabel(new RegExp(NGO.union.name)).check();
    await expect(d7.getByText(/^2 лауреат: әрқайсысына/)).toBeVisible();
    await d7.getByRole('button', { name: 'Лауреаттарды таңдау: 7-бағыт' }).click();
    await expect(d7).toContainText('Бұл бағыттың лауреаттары таңдалды');

    const register = operator.getByTestId('award-payment-register');
    const altaiRow = register.locator('tbody tr').filter({ hasText: NGO.altai.name });
    const unionRow = register.locator('tbody tr').filter({ hasText: NGO.union.name });
    await expect(altaiRow).toHaveCount(1);
    await expect(altaiRow).toContainText(/KZ\d{2}/);
    const share = (await altaiRow.locator('td').nth(2).innerText()).trim();
    expect(share).toMatch(/\d/);
    await expect(unionRow.locator('td').nth(2)).toHaveText(share);
  });

  await test.step('AW-10: diplomas in kk and ru, a payment recorded', async () => {
    for (const name of ['Диплом (қаз.)', 'Диплом (орыс.)']) {
      const href = await operator.getByRole('row').filter({ hasText: NGO.altai.name }).getByRole('link', { name }).first().getAttribute('href');
      expect(href).toMatch(/^\/api\/laureates\/[^/]+\/diploma\?locale=(kk|ru)$/);
      const pdf = await operator.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const register = operator.getByTestId('award-payment-register');
    const altaiRow = register.locator('tbody tr').filter({ hasText: NGO.altai.name });
    await altaiRow.getByRole('button', { name: new RegExp(`^Төлемді тіркеу: .*${NGO.altai.name}`) }).click();
    await expect(altaiRow).toContainText('Төленді:');
    await expectAccessible(operator, 'award cycle after the laureate choice and a payment');
  });

  await test.step('issue 8: the change history of the cycle from the audit trail', async () => {
    await operator.goto(`/operator/competitions/${cycleId}`);
    await operator.getByTestId('history-link').click();
    const history = operator.getByTestId('object-history');
    await expect(history).toContainText('competition.scoring-opened');
    await expect(history.getByRole('row').filter({ hasText: 'competition.scoring-opened' })).toContainText('AW-8');
    await expectAccessible(operator, 'object history');
  });
});
