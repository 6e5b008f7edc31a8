import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordMeetingAndPublish } from './support/journey-fixtures';
import { expectAccessible, signedIn } from './support/session';

// Strategic partnership (seed 000) through the browser, from the demo competition of the
// Ministry of Culture and Information whose acceptance is over (prisma/seed/strategic-
// partnership-stages.ts: three SUBMITTED applications): the public announcement with the
// competition's own criteria → the issue 5 admission check → the CM-3 commission (≥ 3 state,
// ≥ 4 civil society) → COI declarations and scoring by every member with THIS competition's
// criteria → the highest score is the strategic partner → the issue 5 meeting record and
// publication → the partner on the public page.
const TITLE_KK = 'Тарихи-мәдени мұраны насихаттау саласындағы стратегиялық әріптестік';
const NGO = {
  heritage: '«Алтай мұрасы» тарихи-мәдени мұраны қорғау қоры',
  city: '«Жасыл қала» экологиялық қоғамдық бірлестігі',
  health: '«Денсаулық әлемі» қоғамдық бірлестігі', // no NGO database report for last year: R3
};
// Three on the state side (the chair first), four from civil society.
const MEMBERS = [
  { email: 'expert@demeu.kz', side: 'STATE' },
  { email: 'expert2@demeu.kz', side: 'STATE' },
  { email: 'expert3@demeu.kz', side: 'STATE' },
  { email: 'expert4@demeu.kz', side: 'CIVIL' },
  { email: 'expert5@demeu.kz', side: 'CIVIL' },
  { email: 'expert6@demeu.kz', side: 'CIVIL' },
  { email: 'expert7@demeu.kz', side: 'CIVIL' },
] as const;

async function selectOptionContaining(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

/** Every confirm() of the step buttons is accepted. */
function acceptDialogs(page: Page) {
  page.on('dialog', (d) => void d.accept());
}

async function declareNoConflict(page: Page, competitionId: string, ngoName: string) {
  await page.goto(`/expert/competitions/${competitionId}/coi`);
  const row = page.getByTestId('coi-row').filter({ hasText: ngoName });
  await row.getByLabel('Мүдделер қақтығысы жоқ').check();
  await row.getByRole('button', { name: 'Мәлімдеу' }).click();
  await expect(row.getByTestId('coi-declared')).toBeVisible();
}

async function scoreAndSign(page: Page, applicationId: string, values: number[]) {
  await page.goto(`/expert/applications/${applicationId}/score`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бағалау парағы');
  const criteria = page.locator('[data-testid^="criterion-"]');
  await expect(criteria).toHaveCount(values.length);
  for (const [i, criterion] of (await criteria.all()).entries()) {
    await criterion.getByLabel('Балл').fill(String(values[i]));
    await criterion.getByLabel('Түсініктеме').fill(`Негіздеме ${i + 1}: бағдарлама мен тәжірибе сәйкес.`);
  }
  await page.getByRole('button', { name: 'Параққа қол қою' }).click();
  await page.getByRole('button', { name: 'Қол қою', exact: true }).click();
  await expect(page.getByTestId('sheet-frozen')).toBeVisible();
}

test.describe('strategic partnership journey (issue 6 item 3)', () => {
  test.use({ actionTimeout: 20_000 });
  test('from the submitted applications to the strategic partner on the public page', async ({ browser }) => {
    test.setTimeout(600_000);
    const operator = await signedIn(browser, 'operator@demeu.kz');
    acceptDialogs(operator);
    let competitionId = '';
    const applications: Record<keyof typeof NGO, string> = { heritage: '', city: '', health: '' };

    await test.step('the public announcement: the central body, the criteria of this competition, the deadline passed', async () => {
      await operator.goto('/operator/strategic-partnership');
      await operator.getByRole('link', { name: TITLE_KK }).click();
      await expect(operator.getByRole('heading', { level: 1 })).toHaveText(TITLE_KK);
      competitionId = /\/operator\/strategic-partnership\/([^/?#]+)/.exec(operator.url())![1]!;

      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(`/competitions/${competitionId}`);
      await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(TITLE_KK);
      const sp = visitor.getByTestId('strategic-partnership-public');
      await expect(sp).toContainText('Қазақстан Республикасы Мәдениет және ақпарат министрлігі');
      await expect(sp.getByRole('cell', { name: 'Мәдени мұра саласындағы тәжірибе' })).toBeVisible();
      await expect(sp.getByRole('cell', { name: 'Әріптестік бағдарламасының сапасы' })).toBeVisible();
      await expect(sp.getByRole('cell', { name: 'Өңірлерді қамту' })).toBeVisible();
      await expect(visitor.getByTestId('deadline-passed')).toBeVisible();
      await expect(sp.getByTestId('strategic-partner')).toHaveCount(0);
      await expectAccessible(visitor, 'public strategic-partnership announcement');
      await visitor.context().close();
    });

    await test.step('the admission check (issue 5 screens): two admitted, «Денсаулық әлемі» not admitted on R3', async () => {
      await expect(operator.getByTestId('sp-stage')).toContainText('3 өтінім берілді');
      await operator.getByRole('button', { name: 'Өтінімдерді тексеруді бастау' }).click();
      await operator.getByRole('link', { name: 'Өтінімдерді тексеру (3)' }).click();
      await expect(operator).toHaveURL(new RegExp(`/operator/competitions/${competitionId}/admission$`));
      for (const key of ['heritage', 'city', 'health'] as const) {
        await operator.goto(`/operator/competitions/${competitionId}/admission`);
        await operator.getByRole('link', { name: NGO[key] }).click();
        await operator.waitForURL(/\/admission\/[^/?#]+$/);
        applications[key] = /\/admission\/([^/?#]+)$/.exec(operator.url())![1]!;
        // The checklist lists the two sections of the strategic-partnership form, both complete.
        const checklist = operator.getByTestId('admission-checklist');
        await expect(checklist.getByText('Толық', { exact: true })).toHaveCount(2);
        const form = operator.getByTestId('admission-decision');
        if (key === 'health') {
          await expect(operator.getByTestId('admission-suggestion')).toContainText('R3');
          await form.getByLabel('Жібермеу', { exact: true }).check();
          await form.getByLabel(/^R3/).check();
          await form.getByLabel('ҮЕҰ-ға түсініктеме').fill('ҮЕҰ дерекқорына өткен жылғы мәліметтер ұсынылмаған.');
        } else {
          await form.getByLabel('Жіберу', { exact: true }).check();
        }
        await form.getByRole('button', { name: 'Шешімді жазу' }).click();
        await expect(operator.getByTestId('admission-decision')).toContainText('Шешім қабылданды және өзгертілмейді.');
      }
    });

    await test.step('the CM-3 commission: 3 state + 3 civil refused, the fourth civil member makes it valid', async () => {
      await operator.goto(`/operator/strategic-partnership/${competitionId}`);
      for (const [i, m] of MEMBERS.slice(0, 6).entries()) {
        await operator.getByRole('button', { name: 'Мүше қосу' }).click();
        await selectOptionContaining(operator.getByLabel(`${i + 1}-мүше`, { exact: true }), m.email);
        await operator.getByLabel(`${i + 1}-мүше кімнің өкілі`).selectOption(m.side);
      }
      await operator.getByLabel('1-мүшенің рөлі').selectOption('CHAIR');
      await operator.getByRole('button', { name: 'Құрамды сақтау және бекіту' }).click();
      await expect(operator.getByRole('alert').filter({ hasText: 'Комиссия құрамы талаптарға сай емес' })).toContainText('азаматтық қоғам өкілдері тым аз');
      await operator.getByRole('button', { name: 'Мүше қосу' }).click();
      await selectOptionContaining(operator.getByLabel('7-мүше', { exact: true }), MEMBERS[6].email);
      await operator.getByLabel('7-мүше кімнің өкілі').selectOption('CIVIL');
      await operator.getByRole('button', { name: 'Құрамды сақтау және бекіту' }).click();
      await expect(operator.getByRole('status').filter({ hasText: 'Комиссия құрамы бекітілді.' })).toBeVisible();
      await operator.getByRole('button', { name: 'Өтінімдерді комиссияға бағалауға беру' }).click();
      await expect(operator.getByRole('heading', { name: 'Стратегиялық серіктесті анықтау' })).toBeVisible();
    });

    await test.step('every member declares no conflict and scores on the competition’s own three criteria', async () => {
      for (const [i, m] of MEMBERS.entries()) {
        const expert = await signedIn(browser, m.email);
        await declareNoConflict(expert, competitionId, NGO.heritage);
        await declareNoConflict(expert, competitionId, NGO.city);
        if (i === 0) {
          // The sheet shows THIS competition's criteria, not the grant SC-1 set; the not-admitted application is not offered.
          await expect(expert.getByTestId('coi-row').filter({ hasText: NGO.health })).toHaveCount(0);
          await expert.goto(`/expert/applications/${applications.heritage}/score`);
          await expect(expert.getByText('Мәдени мұра саласындағы тәжірибе').first()).toBeVisible();
          await expect(expert.getByText('Ұйымның жалпы әлеуеті')).toHaveCount(0);
          await expectAccessible(expert, 'strategic-partnership score sheet');
        }
        await scoreAndSign(expert, applications.heritage, [9, 8, 4]);
        await scoreAndSign(expert, applications.city, [6, 7, 3]);
        await expert.context().close();
      }
    });

    await test.step('the highest score is the strategic partner', async () => {
      await operator.goto(`/operator/strategic-partnership/${competitionId}`);
      await operator.getByRole('button', { name: 'Бағалауды жабу және серіктесті анықтау' }).click();
      const ranking = operator.getByRole('region', { name: 'Рейтинг' }).locator('tbody tr');
      await expect(ranking).toHaveCount(2);
      await expect(ranking.first()).toContainText(NGO.heritage);
      await expect(ranking.first()).toContainText('Стратегиялық серіктес');
      await expect(ranking.nth(1)).toContainText(NGO.city);
      await expectAccessible(operator, 'strategic-partnership ranking');
    });

    await test.step('the issue 5 results: meeting record, protocol, publication', async () => {
      await operator.getByRole('link', { name: 'Нәтижелер: комиссия отырысы, хаттама және жариялау' }).click();
      await recordMeetingAndPublish(operator, { place: 'Астана, Министрліктер үйі, 4-кіреберіс', protocolNumber: 'СӘ-1' });
    });

    await test.step('the public page names the strategic partner', async () => {
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(`/competitions/${competitionId}`);
      const partner = visitor.getByTestId('strategic-partner');
      await expect(partner).toContainText(`${NGO.heritage} — стратегиялық серіктес болып танылды.`);
      await expect(partner).toContainText('Балл: 21');
      await expect(visitor.getByTestId('published-results')).not.toContainText(NGO.health);
      await expectAccessible(visitor, 'public strategic partner');
    });
  });
});
