import { expect, test } from '@playwright/test';
import { almatyDay } from './support/almaty-clock';
import { expectAccessible, signedIn } from './support/session';


// Own topics (created through the plan page) so the spec does not depend on the seed's
// planned topics, which other specs may announce.
const stamp = Date.now().toString(36);
const TOPICS = [
  { kk: `Ауыл кітапханаларын жаңғырту ${stamp}`, ru: `Модернизация сельских библиотек ${stamp}`, budget: '6000000' },
  { kk: `Жасөспірімдерге арналған қаржылық сауаттылық ${stamp}`, ru: `Финансовая грамотность подростков ${stamp}`, budget: '4500000' },
];
const TITLE_KK = `Білім және жастар бастамалары бойынша гранттар конкурсы ${stamp}`;
const TITLE_RU = `Конкурс грантов по образованию и молодёжным инициативам ${stamp}`;

test.describe('competition setup (issue 5, item 1: plan → competition → publication, DL-3, DL-4, DL-5)', () => {
  test('the operator adds two plan topics, creates a competition from them, sees the timeline and publishes; a visitor sees the announcement', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');

    // 1. Two topics in the 2026 grant plan.
    for (const topic of TOPICS) {
      await operator.goto('/operator/plans');
      await operator.getByRole('link', { name: 'Тақырып қосу' }).first().click();
      await operator.getByLabel('Қазақ тіліндегі атауы').fill(topic.kk);
      await operator.getByLabel('Орыс тіліндегі атауы').fill(topic.ru);
      await operator.getByLabel('Бағыт').selectOption({ index: 1 });
      await operator.getByLabel('Бюджет, теңге').fill(topic.budget);
      await operator.getByRole('button', { name: 'Тақырыпты сақтау' }).click();
      await expect(operator).toHaveURL(/\/operator\/plans$/);
      await expect(operator.getByTestId('plan-topics').first().getByRole('row').filter({ hasText: topic.kk })).toContainText('Жоспарланған');
    }

    // 2. A competition from both topics; a 25-day window opening today.
    await operator.goto('/operator/competitions/new');
    for (const topic of TOPICS) await operator.getByLabel(topic.kk).check();
    await expect(operator.getByTestId('chosen-total')).toContainText('10');
    await operator.getByLabel('Қазақ тіліндегі атауы').fill(TITLE_KK);
    await operator.getByLabel('Орыс тіліндегі атауы').fill(TITLE_RU);
    await operator.getByLabel('Өтінімдерді қабылдаудың басталуы').fill(`${almatyDay(0)}T00:00`);
    await operator.getByLabel('Қабылдаудың аяқталуы (соңғы мерзім)').fill(`${almatyDay(25)}T18:00`);
    await expect(operator.getByTestId('window-preview')).toContainText('25 күнтізбелік күн');
    await operator.getByLabel('Жобаларды іске асыру басталуы').fill(almatyDay(80));
    await operator.getByLabel('аяқталуы', { exact: true }).fill(almatyDay(320));
    await expect(operator.getByTestId('max-score')).toHaveText('Ең жоғары балл: 25');
    await operator.getByRole('button', { name: 'Жобаны құру' }).click();

    // 3. The hub: DRAFT, two lots, the engine's timeline.
    await expect(operator).toHaveURL(/\/operator\/competitions\/(?!new$)[^/]+$/);
    const competitionId = operator.url().split('/').pop()!;
    await expect(operator.getByRole('heading', { level: 1 })).toHaveText(TITLE_KK);
    await expect(operator.getByTestId('competition-status')).toHaveText('Жоба');
    await expect(operator.getByTestId('hub-lots').getByRole('row')).toHaveCount(3);
    await expect(operator.getByTestId('timeline-window')).toHaveText('25 күнтізбелік күн');
    await expect(operator.getByTestId('timeline-coi')).not.toBeEmpty();
    await expect(operator.getByTestId('timeline-scoring')).toContainText('жоспар бойынша');
    await expect(operator.getByRole('navigation', { name: 'Конкурс бөлімдері' }).getByRole('link', { name: 'Шолу' })).toHaveAttribute('aria-current', 'page');

    // A draft is not public.
    const visitor = await (await browser.newContext()).newPage();
    const draftResponse = await visitor.goto(`/competitions/${competitionId}`);
    expect(draftResponse?.status()).toBe(404);

    // 4. Publish: the opening has come, so it opens at once.
    await operator.getByRole('button', { name: 'Жариялау' }).click();
    await expect(operator.getByTestId('competition-status')).toHaveText('Өтінімдер қабылдануда');

    // 5. The visitor sees every announcement field.
    await visitor.goto(`/competitions/${competitionId}`);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(TITLE_KK);
    await expect(visitor.getByTestId('announcement-header')).toContainText('Ұйымдастырушы');
    await expect(visitor.getByTestId('announcement-header')).toContainText('2026 жылға арналған мемлекеттік гранттар беру жоспары');
    for (const topic of TOPICS) await expect(visitor.getByRole('heading', { name: new RegExp(topic.kk) })).toBeVisible();
    await expect(visitor.getByText('Грант сомасы (лот бюджеті)')).toHaveCount(2);
    await expect(visitor.getByText('Іске асыру мерзімі')).toHaveCount(2);
    await expect(visitor.getByTestId('announcement-window')).toContainText('Астана уақыты');
    await expect(visitor.getByTestId('announcement-deadline')).toBeVisible();
    await expect(visitor.getByRole('heading', { name: 'Қажетті құжаттар' })).toBeVisible();
    await expect(visitor.getByText('Ұйым жарғысының көшірмесі')).toBeVisible();
    await expect(visitor.getByRole('heading', { name: 'Бағалау өлшемшарттары' })).toBeVisible();
    await expect(visitor.getByTestId('announcement-languages')).toContainText('Қазақша');
    await expect(visitor.getByTestId('how-to-apply')).toBeVisible();
    await expect(visitor.getByTestId('announcement-contacts')).toBeVisible();
    await expect(visitor.getByTestId('apply-lot-1')).toBeVisible();

    // ...and on the home page among the open competitions.
    await visitor.goto('/');
    await expect(visitor.getByRole('link', { name: TITLE_KK })).toBeVisible();
  });

  test('publishing is refused with the reason when the window breaks DL-3', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/plans');
    await operator.getByRole('link', { name: 'Тақырып қосу' }).first().click();
    const topic = `Қысқа мерзімді тақырып ${stamp}`;
    await operator.getByLabel('Қазақ тіліндегі атауы').fill(topic);
    await operator.getByLabel('Орыс тіліндегі атауы').fill(`Краткая тема ${stamp}`);
    await operator.getByLabel('Бағыт').selectOption({ index: 2 });
    await operator.getByLabel('Бюджет, теңге').fill('3000000');
    await operator.getByRole('button', { name: 'Тақырыпты сақтау' }).click();
    await expect(operator).toHaveURL(/\/operator\/plans$/);

    await operator.goto('/operator/competitions/new');
    await operator.getByLabel(topic).check();
    await operator.getByLabel('Қазақ тіліндегі атауы').fill(`Қысқа конкурс ${stamp}`);
    await operator.getByLabel('Орыс тіліндегі атауы').fill(`Короткий конкурс ${stamp}`);
    await operator.getByLabel('Өтінімдерді қабылдаудың басталуы').fill(`${almatyDay(1)}T09:00`);
    await operator.getByLabel('Қабылдаудың аяқталуы (соңғы мерзім)').fill(`${almatyDay(11)}T18:00`);
    await expect(operator.getByTestId('window-preview')).toContainText('20–30');
    await operator.getByLabel('Жобаларды іске асыру басталуы').fill(almatyDay(60));
    await operator.getByLabel('аяқталуы', { exact: true }).fill(almatyDay(200));
    await operator.getByRole('button', { name: 'Жобаны құру' }).click();
    await expect(operator).toHaveURL(/\/operator\/competitions\/(?!new$)[^/]+$/);
    await expect(operator.getByTestId('publish-issues')).toContainText('DL-3');
    await operator.getByRole('button', { name: 'Жариялау' }).click();
    await expect(operator.getByTestId('action-error')).toContainText('10 күнтізбелік күн');
    await expect(operator.getByTestId('competition-status')).toHaveText('Жоба');
  });

  test('an NGO drafts a topic proposal (a failed send keeps it), sends it, and the operator accepts it into the plan', async ({ browser }) => {
    const ngo = await signedIn(browser, 'ngo2@demeu.kz');
    await ngo.goto('/ngo/topic-proposals');
    await ngo.getByRole('link', { name: 'Жаңа ұсыныс' }).click();
    const title = `Қарттарға арналған цифрлық сауаттылық ${stamp}`;
    await ngo.getByLabel('Жоба атауы').fill(title);
    await ngo.getByLabel('Қажетті сомма, теңге').fill('8000000');
    await ngo.getByRole('button', { name: 'Операторға жіберу' }).click();
    await expect(ngo.getByRole('alert').first()).toContainText('Белгіленген өрістерді түзетіңіз');
    await expect(ngo.getByLabel('Мақсаты')).toHaveAttribute('aria-invalid', 'true');
    // The draft was kept: it is in the NGO's list and opens with what was typed.
    await ngo.goto('/ngo/topic-proposals');
    await ngo.getByRole('link', { name: title }).click();
    await expect(ngo).toHaveURL(/\/ngo\/topic-proposals\/(?!new$)[^/]+$/);
    await expect(ngo.getByLabel('Жоба атауы')).toHaveValue(title);
    await ngo.getByLabel('Бағыт').selectOption({ index: 6 });
    await ngo.getByLabel('Мақсаттылық негізі').fill('Қарт адамдардың 70%-ы мемлекеттік қызметтерді онлайн ала алмайды.');
    await ngo.getByLabel('Мақсаты').fill('Қарттардың цифрлық дағдыларын арттыру');
    await ngo.getByLabel('Міндеттер').fill('1) 30 еріктіні оқыту; 2) 60 сабақ өткізу');
    await ngo.getByLabel('Қысқаша сипаттама').fill('Кітапханалардағы цифрлық сауаттылық курстары.');
    await ngo.getByLabel('География').fill('Павлодар облысы');
    await ngo.getByLabel('Күтілетін нәтижелер').fill('900 қарт адам оқытылды');
    await ngo.getByRole('button', { name: 'Операторға жіберу' }).click();
    await expect(ngo.getByTestId('proposal-status')).toHaveText('Жіберілді, қарауды күтуде');
    const proposalUrl = new URL(ngo.url()).pathname;

    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/topic-proposals');
    await operator.getByRole('link', { name: title }).click();
    await operator.getByLabel('Тақырыптың орыс тіліндегі атауы').fill(`Цифровая грамотность пожилых ${stamp}`);
    await operator.getByLabel('ҮЕҰ-ға арналған түсініктеме').fill('2026 жоспарына енгізілді.');
    await operator.getByRole('button', { name: 'Шешімді жазу' }).click();
    await expect(operator.getByTestId('proposal-status')).toHaveText('Қабылданды');
    await operator.goto('/operator/plans');
    await expect(operator.getByTestId('plan-topics').first().getByRole('row').filter({ hasText: title })).toContainText('Жоспарланған');

    // The NGO reads the decision; another NGO cannot open the proposal.
    await ngo.goto(proposalUrl);
    await expect(ngo.getByTestId('proposal-review')).toContainText('2026 жоспарына енгізілді.');
    const other = await signedIn(browser, 'ngo@demeu.kz');
    const response = await other.goto(proposalUrl);
    expect(response?.status()).toBe(404);
  });

  test('the plan, setup and proposal pages have no serious or critical accessibility violations', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    const ngo = await signedIn(browser, 'ngo2@demeu.kz');
    const open = await operator.request.get('/operator');
    expect(open.status()).toBe(200);
    for (const [page, path] of [
      [operator, '/operator/plans'],
      [operator, '/operator/competitions/new'],
      [operator, '/operator/topic-proposals'],
      [ngo, '/ngo/topic-proposals/new'],
    ] as const) {
      await page.goto(path);
      await expectAccessible(page, path);
    }
  });
});
