// Issue 5, the whole grant competition in the browser: the operator publishes a competition;
// three NGOs submit; the operator admits two and rejects one with R3; the COI round finds
// one declared and one automatic conflict and the operator replaces both members; two
// experts score; the chair opens the scores; the meeting is recorded and the results are
// published; the NGO reads its feedback and the public sees the ranked list.
// Only two things happen outside the browser (tests/e2e/support/journey-fixtures.ts): the
// five annexes are copied from a demo application instead of typed, and three weeks pass.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { almatyDay } from './support/almaty-clock';
import { fillDraftFromDemoApplication, letDeadlinePass, recordMeetingAndPublish } from './support/journey-fixtures';
import { submitApplication, uploadRequiredDocuments } from './support/ngo-submission';
import { expectAccessible, signedIn } from './support/session';

const stamp = Date.now().toString(36);
const TOPIC_KK = `Қалалық саябақтарды бірлесіп күтіп-ұстау ${stamp}`;
const TOPIC_RU = `Совместный уход за городскими парками ${stamp}`;
const TITLE_KK = `Қала ортасы бастамаларына гранттар конкурсы ${stamp}`;
const TITLE_RU = `Конкурс грантов для городских инициатив ${stamp}`;

const NGO = {
  zhasyl: { email: 'ngo@demeu.kz', name: 'Жасыл қала' }, // admitted; expert4 declares a conflict on it
  ertis: { email: 'ngo5@demeu.kz', name: 'Ертіс келісімі' }, // admitted; it nominated expert3: automatic conflict
  meyirim: { email: 'ngo2@demeu.kz', name: 'Мейірім' }, // not admitted, R3
} as const;
const EXPERT = {
  chair: { email: 'expert@demeu.kz', name: 'Қанат Әлібекұлы Омаров' },
  deputy: { email: 'expert2@demeu.kz', name: 'Лаура Сейітқызы Ахметова' },
  nominated: { email: 'expert3@demeu.kz', name: 'Ерболат Жұмаұлы Нұрпейісов' },
  declaring: { email: 'expert4@demeu.kz', name: 'Сәуле Бекенқызы Тұрсынова' },
} as const;

/** The NGO starts an application on lot 1 from the public page, the annexes are filled, it uploads the required documents and submits. */
async function applyAndSubmit(browser: Browser, email: string, competitionId: string): Promise<string> {
  const ngo = await signedIn(browser, email);
  await ngo.goto(`/competitions/${competitionId}`);
  await ngo.getByTestId('apply-lot-1').click();
  await ngo.getByRole('button', { name: 'Өтінімді бастау' }).click();
  await expect(ngo).toHaveURL(/\/ngo\/applications\/[^/]+\/sections\/[^/]+$/);
  const applicationId = new URL(ngo.url()).pathname.split('/')[3]!;
  await fillDraftFromDemoApplication(applicationId);

  await uploadRequiredDocuments(ngo, applicationId);
  await submitApplication(ngo, applicationId);
  await expect(ngo.getByTestId('receipt-number')).toHaveText(/^G-\d{4}-\d{6}$/);
  await ngo.context().close();
  return applicationId;
}

/** Picks the option whose text contains `text` (option labels carry more than the name). */
async function selectOptionContaining(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

async function declare(page: Page, competitionId: string, ngoName: string, conflict: string | null) {
  await page.goto(`/expert/competitions/${competitionId}/coi`);
  const row = page.getByTestId('coi-row').filter({ hasText: ngoName });
  if (conflict === null) {
    await row.getByLabel('Мүдделер қақтығысы жоқ').check();
  } else {
    await row.getByLabel('Менде мүдделер қақтығысы бар').check();
    await row.getByLabel('Ескертпе').fill(conflict);
  }
  await row.getByRole('button', { name: 'Мәлімдеу' }).click();
  await expect(row.getByTestId('coi-declared')).toBeVisible();
}

/** Scores every criterion of the sheet with the given values and signs it. */
async function scoreAndSign(page: Page, applicationId: string, values: number[]) {
  await page.goto(`/expert/applications/${applicationId}/score`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бағалау парағы');
  const criteria = page.locator('[data-testid^="criterion-"]');
  await expect(criteria).toHaveCount(values.length);
  for (const [i, criterion] of (await criteria.all()).entries()) {
    await criterion.getByLabel('Балл').fill(String(values[i]));
    await criterion.getByLabel('Түсініктеме').fill(`Бағалау негіздемесі ${i + 1}: жоспар мен нәтижелер сәйкес.`);
  }
  await page.getByRole('button', { name: 'Параққа қол қою' }).click();
  await page.getByRole('button', { name: 'Қол қою', exact: true }).click();
  await expect(page.getByTestId('sheet-frozen')).toBeVisible();
}

test.describe('grant competition journey (issue 5)', () => {
  // A long journey: each click may wait for a server round trip, none for long.
  test.use({ actionTimeout: 20_000 });
  test('from publication to published, ranked results', async ({ browser }) => {
    test.setTimeout(480_000);
    const operator = await signedIn(browser, 'operator@demeu.kz');
    let competitionId = '';

    await test.step('the operator adds a plan topic, creates a competition from it and publishes it', async () => {
      await operator.goto('/operator/plans');
      await operator.getByRole('link', { name: 'Тақырып қосу' }).first().click();
      await operator.getByLabel('Қазақ тіліндегі атауы').fill(TOPIC_KK);
      await operator.getByLabel('Орыс тіліндегі атауы').fill(TOPIC_RU);
      // Direction 12, where the demo experts expert@ … expert4@ have ≥ 2 years (CM-1).
      const direction = operator.getByLabel('Бағыт');
      const twelve = await direction.locator('option').evaluateAll((options) => options.find((o) => o.textContent?.trim().startsWith('12.'))?.getAttribute('value'));
      await direction.selectOption(twelve!);
      await operator.getByLabel('Бюджет, теңге').fill('60000000');
      await operator.getByRole('button', { name: 'Тақырыпты сақтау' }).click();
      await expect(operator).toHaveURL(/\/operator\/plans$/);

      await operator.goto('/operator/competitions/new');
      await operator.getByLabel(TOPIC_KK).check();
      await operator.getByLabel('Қазақ тіліндегі атауы').fill(TITLE_KK);
      await operator.getByLabel('Орыс тіліндегі атауы').fill(TITLE_RU);
      await operator.getByLabel('Өтінімдерді қабылдаудың басталуы').fill(`${almatyDay(0)}T00:00`);
      await operator.getByLabel('Қабылдаудың аяқталуы (соңғы мерзім)').fill(`${almatyDay(25)}T18:00`);
      await operator.getByLabel('Жобаларды іске асыру басталуы').fill(almatyDay(80));
      await operator.getByLabel('аяқталуы', { exact: true }).fill(almatyDay(320));
      await operator.getByRole('button', { name: 'Жобаны құру' }).click();
      await expect(operator).toHaveURL(/\/operator\/competitions\/(?!new$)[^/]+$/);
      competitionId = operator.url().split('/').pop()!;
      await operator.getByRole('button', { name: 'Жариялау' }).click();
      await expect(operator.getByTestId('competition-status')).toHaveText('Өтінімдер қабылдануда');
    });

    const applications: Record<keyof typeof NGO, string> = { zhasyl: '', ertis: '', meyirim: '' };
    await test.step('three NGOs submit before the deadline', async () => {
      for (const key of Object.keys(NGO) as (keyof typeof NGO)[]) applications[key] = await applyAndSubmit(browser, NGO[key].email, competitionId);
    });

    await test.step('the deadline passes: the server clock closes the competition', async () => {
      await letDeadlinePass(competitionId);
      await operator.goto(`/operator/competitions/${competitionId}`);
      await expect(operator.getByTestId('competition-status')).toHaveText('Өтінім қабылдау аяқталды');
    });

    await test.step('admission: two admitted, «Мейірім» not admitted on R3 with a comment', async () => {
      await operator.getByRole('button', { name: 'Жіберу тексеруін бастау' }).click();
      for (const key of ['zhasyl', 'ertis', 'meyirim'] as const) {
        await operator.goto(`/operator/competitions/${competitionId}/admission/${applications[key]}`);
        const form = operator.getByRole('form', { name: 'Іріктеу шешімі' });
        if (key === 'meyirim') {
          await form.getByLabel('Жібермеу', { exact: true }).check();
          await form.getByLabel(/^R3/).check();
          await form.getByLabel('ҮЕҰ-ға түсініктеме').fill('ҮЕҰ дерекқорына өткен жылғы мәліметтер уақытында ұсынылмаған.');
        } else {
          await form.getByLabel('Жіберу', { exact: true }).check();
        }
        await form.getByRole('button', { name: 'Шешімді жазу' }).click();
        await expect(operator.getByTestId('admission-decision')).toContainText('Шешім қабылданды және өзгертілмейді.');
      }
    });

    await test.step('the initial commission: expert3 and expert4, the operator as secretary; COI forms sent', async () => {
      await operator.goto(`/operator/competitions/${competitionId}/commission`);
      const editor = operator.getByTestId('composition-editor');
      await editor.getByRole('checkbox', { name: new RegExp(EXPERT.nominated.name) }).check();
      await editor.getByRole('checkbox', { name: new RegExp(EXPERT.declaring.name) }).check();
      await editor.getByLabel('Хатшы (оператор қызметкері, дауыс құқығынсыз)').selectOption({ index: 1 });
      await expect(editor.getByTestId('live-violations')).toContainText('Құрам ережелерге сәйкес.');
      await expectAccessible(operator, 'commission');
      await editor.getByRole('button', { name: 'Құрамды сақтау' }).click();
      await expect(editor.getByText('Құрам сақталды.')).toBeVisible();
      operator.once('dialog', (d) => void d.accept());
      await operator.getByRole('button', { name: 'Нысандарды жіберу' }).click();
      await expect(operator.getByTestId('commission-status')).toHaveText('Мүдделер қақтығысын мәлімдеу');
    });

    await test.step('COI round: expert4 declares a conflict on «Жасыл қала»; the engine binds expert3 to «Ертіс келісімі»', async () => {
      const declaring = await signedIn(browser, EXPERT.declaring.email);
      await declare(declaring, competitionId, NGO.zhasyl.name, 'Жасыл қала қауымдастығының басқармасында туысым жұмыс істейді.');
      await declare(declaring, competitionId, NGO.ertis.name, null);
      // Before "no conflict" nothing of an application's content; never for a conflicted one.
      expect((await declaring.goto(`/expert/applications/${applications.zhasyl}`))?.status()).toBe(404);

      const nominated = await signedIn(browser, EXPERT.nominated.email);
      await nominated.goto(`/expert/competitions/${competitionId}/coi`);
      const ertis = nominated.getByTestId('coi-row').filter({ hasText: NGO.ertis.name });
      await expect(ertis.getByTestId('coi-automatic')).toContainText('ұсынған');
      await expect(ertis.getByLabel('Мүдделер қақтығысы жоқ')).toBeDisabled();
      await expectAccessible(nominated, 'COI round');
      expect((await nominated.goto(`/expert/applications/${applications.ertis}`))?.status()).toBe(404);
      await declaring.context().close();
      await nominated.context().close();
    });

    await test.step('the operator replaces both conflicted members from the register; they declare; officers appointed; final composition approved', async () => {
      await operator.goto(`/operator/competitions/${competitionId}/commission`);
      for (const [out, replacement] of [
        [EXPERT.nominated, EXPERT.chair],
        [EXPERT.declaring, EXPERT.deputy],
      ] as const) {
        const form = operator.locator('[data-testid^="replace-"]').filter({ hasText: out.name });
        await form.getByText(`Ауыстыру: ${out.name}`).click();
        await selectOptionContaining(form.getByLabel('Тізілімдегі сарапшы'), replacement.name);
        await form.getByLabel('Себебі').fill('Мүдделер қақтығысы (GC-13).');
        await form.getByRole('button', { name: 'Ауыстыру' }).click();
        // The replaced member is listed as removed with the replacement named — the page has the
        // new commission version before the next replacement (the register's options also carry
        // the replacement's name, so the members table alone proves nothing).
        await expect(operator.getByText(`(орнына: ${replacement.name})`)).toBeVisible();
        await operator.reload();
      }
      for (const expert of [EXPERT.chair, EXPERT.deputy]) {
        const page = await signedIn(browser, expert.email);
        await declare(page, competitionId, NGO.zhasyl.name, null);
        await declare(page, competitionId, NGO.ertis.name, null);
        await page.context().close();
      }
      await operator.goto(`/operator/competitions/${competitionId}/commission`);
      const officers = operator.getByTestId('officers-form');
      await selectOptionContaining(officers.getByLabel('Төраға', { exact: true }), EXPERT.chair.name);
      await selectOptionContaining(officers.getByLabel('Төрағаның орынбасары'), EXPERT.deputy.name);
      const secretary = officers.getByLabel('Хатшы', { exact: true });
      if (!(await secretary.inputValue())) await secretary.selectOption({ index: 1 });
      await officers.getByLabel('Отырыс күні').fill(almatyDay(0));
      await officers.getByLabel('Бұйрық нөмірі').fill(`К-${stamp}`);
      await officers.getByRole('button', { name: 'Тағайындауларды тіркеу' }).click();
      await expect(operator.getByText('Тағайындаулар тіркелді.')).toBeVisible();
      operator.once('dialog', (d) => void d.accept());
      await operator.getByRole('button', { name: 'Түпкілікті құрамды бекіту' }).click();
      await expect(operator.getByTestId('commission-status')).toHaveText('Түпкілікті құрам бекітілді');
      await operator.goto(`/operator/competitions/${competitionId}`);
      await expect(operator.getByTestId('competition-status')).toHaveText('Сараптамалық бағалау');
    });

    await test.step('two experts score both applications and sign; the operator sees counts, never values', async () => {
      const chair = await signedIn(browser, EXPERT.chair.email);
      const deputy = await signedIn(browser, EXPERT.deputy.email);
      await scoreAndSign(chair, applications.zhasyl, [4, 3, 6, 4, 4]); // ranges 1–5, 1–3, 1–7, 1–5, 1–5 (SC-1)
      await scoreAndSign(chair, applications.ertis, [3, 2, 5, 3, 3]);
      await scoreAndSign(deputy, applications.zhasyl, [5, 2, 6, 4, 4]);
      await operator.goto(`/operator/competitions/${competitionId}/scoring`);
      await expect(operator.locator('main')).not.toContainText('Бағалау негіздемесі');
      await scoreAndSign(deputy, applications.ertis, [3, 2, 4, 3, 3]);

      // The chair opens the sealed scores once every sheet is signed: the ranking is computed.
      await chair.goto(`/expert/competitions/${competitionId}/results`);
      await chair.getByRole('button', { name: 'Бағаларды ашу және рейтингті есептеу' }).click();
      await chair.getByRole('button', { name: 'Иә, жалғастыру' }).click();
      await expect(chair.getByTestId('ranking-table-1').locator('tbody tr')).toHaveCount(2);
      await expect(chair.getByTestId('ranking-table-1').locator('tbody tr').first()).toContainText(NGO.zhasyl.name);
      await chair.context().close();
      await deputy.context().close();
    });

    await test.step('the meeting is recorded, the protocol generated and the results published', async () => {
      await operator.goto(`/operator/competitions/${competitionId}/results`);
      await recordMeetingAndPublish(operator, { place: 'Астана, Мәңгілік Ел даңғылы 8, 305-кабинет', protocolNumber: `${stamp}/2026` });
    });

    await test.step('the NGO reads its score, per-criterion averages and comments — without expert names', async () => {
      const ngo = await signedIn(browser, NGO.zhasyl.email);
      await ngo.goto(`/ngo/applications/${applications.zhasyl}/feedback`);
      await expect(ngo.getByTestId('feedback-outcome')).toContainText('Өтініміңіз жеңді');
      await expect(ngo.getByTestId('feedback-score')).toContainText('Балл: 21 / 25');
      await expect(ngo.getByTestId('feedback-criteria').getByRole('heading', { level: 3 })).toHaveCount(5);
      await expect(ngo.getByTestId('feedback-criteria')).toContainText('Бағалау негіздемесі 1');
      const body = await ngo.locator('main').innerText();
      for (const expert of Object.values(EXPERT)) expect(body).not.toContain(expert.name);
    });

    await test.step('the public sees the ranked list', async () => {
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(`/competitions/${competitionId}`);
      const rows = visitor.getByTestId('published-results').getByTestId('published-lot-1').locator('tbody tr');
      await expect(rows).toHaveCount(2);
      await expect(rows.first()).toContainText(NGO.zhasyl.name);
      await expect(rows.nth(1)).toContainText(NGO.ertis.name);
      await expect(visitor.getByTestId('published-results')).not.toContainText(NGO.meyirim.name);
    });
  });
});
