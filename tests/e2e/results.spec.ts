import { expect, test, type Page } from '@playwright/test';
import { almatyDay } from './support/almaty-clock';
import { expectAccessible, signedIn } from './support/session';

// prisma/seed/results.ts: the grant competition at its commission meeting (scoring closed by the clock).
const MEETING_TITLE_KK = 'Әлеуметтік осал топтарды қолдау және салауатты өмір салтын насихаттау бағыттары бойынша мемлекеттік гранттар конкурсы';
const SCORING_TITLE_KK = 'Азаматтық қоғамды дамыту және қоғамдық келісімді нығайту бағыттары бойынша мемлекеттік гранттар конкурсы';
const MEIRIM_KK = '«Мейірім» қайырымдылық қоры';
const WINNING_PROJECT_KK = 'Қарттар үйі — жылы үй';
const EXPERT_NAMES = ['Қанат Әлібекұлы Омаров', 'Лаура Сейітқызы Ахметова', 'Арман Талғатұлы Дүйсенов', 'Меруерт Сабитқызы Исаева'];

/** The competition's id from the operator console's list (the title links to its hub). */
async function competitionId(operator: Page, title: string): Promise<string> {
  await operator.goto('/operator');
  const href = await operator.getByRole('row').filter({ hasText: title }).getByRole('link', { name: title }).first().getAttribute('href');
  const id = /\/operator\/competitions\/([^/]+)/.exec(href ?? '')?.[1];
  expect(id, `no link to «${title}» in the console`).toBeTruthy();
  return id!;
}

/** An Almaty calendar day relative to today, 'YYYY-MM-DD' (UTC+5). */

test.describe('results (issue 5, item 5: SC-2..SC-5, meeting, protocol, publication)', () => {
  test('while scoring: the operator sees only the signed-sheet count and cannot open the scores early', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    const id = await competitionId(operator, SCORING_TITLE_KK);
    await operator.goto(`/operator/competitions/${id}/results`);
    await expect(operator.getByTestId('scoring-coverage')).toContainText('Қол қойылған бағалау парақтары');
    await expect(operator.getByRole('button', { name: 'Бағаларды ашу және рейтингті есептеу' })).toHaveCount(0);
    await expect(operator.getByTestId('ranking-lot-1')).toHaveCount(0);
  });

  test('the operator records the meeting, downloads the protocol (kk, ru) and the ranking, publishes; the NGO sees its feedback; the public sees the ranked list', async ({ browser }) => {
    test.setTimeout(120_000);
    const operator = await signedIn(browser, 'operator@demeu.kz');
    const id = await competitionId(operator, MEETING_TITLE_KK);
    await operator.goto(`/operator/competitions/${id}/results`);
    await expect(operator.getByRole('heading', { level: 1 })).toContainText(MEETING_TITLE_KK);

    // SC-3/SC-5: lot 1 ranked, two winners within the 18 M budget, the third above the threshold but not funded.
    const lot1 = operator.getByTestId('ranking-table-1');
    await expect(lot1.locator('tbody tr')).toHaveCount(3);
    await expect(lot1.locator('tbody tr').first()).toContainText(MEIRIM_KK);
    await expect(lot1.locator('tbody tr').filter({ hasText: 'Жеңімпаз' })).toHaveCount(2);
    // SC-4: lot 2 not held — only one application admitted.
    await expect(operator.getByTestId('not-held-2')).toContainText('тек бір өтінім конкурсқа жіберілді');
    await expect(operator.getByTestId('inter-rater')).toContainText('Сарапшылар бағаларының келісімділігі');
    await expectAccessible(operator);

    // Nothing is public and the NGO sees no feedback before publication.
    const ngo = await signedIn(browser, 'ngo2@demeu.kz');
    await ngo.goto('/ngo/applications');
    const appHref = await ngo.getByRole('link', { name: WINNING_PROJECT_KK }).first().getAttribute('href');
    const appId = /\/ngo\/applications\/([^/?#]+)/.exec(appHref ?? '')?.[1];
    expect(appId).toBeTruthy();
    await ngo.goto(`/ngo/applications/${appId}/feedback`);
    await expect(ngo.getByTestId('feedback-not-published')).toBeVisible();
    await expect(ngo.getByTestId('feedback-criteria')).toHaveCount(0);

    // The meeting record: date, place, protocol, attendance (all present by default), votes.
    const form = operator.getByTestId('meeting-form');
    await form.getByLabel('Отырыстың күні мен уақыты').fill(`${almatyDay(-1)}T10:00`);
    await form.getByLabel('Өткізілген орны').fill('Астана, Мәңгілік Ел даңғылы 8, 305-кабинет');
    await form.getByLabel('Хаттама нөмірі').fill('15/2026');
    await form.getByLabel('Хаттама күні').fill(almatyDay(-1));
    const votes = form.getByRole('combobox');
    const count = await votes.count();
    expect(count).toBe(8); // 4 voting members × 2 lots (the secretary has no vote)
    for (let i = 0; i < count; i += 1) await votes.nth(i).selectOption('FOR');
    await form.getByRole('button', { name: 'Отырыс туралы жазбаны сақтау' }).click();
    await expect(form.getByRole('status')).toHaveText('Отырыс туралы жазба сақталды.');
    await expect(operator.getByTestId('meeting-summary')).toContainText('Мәңгілік Ел даңғылы 8');
    await expect(operator.getByTestId('meeting-summary')).toContainText('жақтағаны 4, қарсы 0, қалыс қалғаны 0');

    // The protocol in Kazakh and Russian, and the ranking export.
    for (const testId of ['protocol-kk', 'protocol-ru']) {
      const href = await operator.getByTestId(testId).getAttribute('href');
      const pdf = await operator.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const xlsx = await operator.request.get((await operator.getByTestId('ranking-xlsx').getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    // The NGO may not download the protocol.
    expect((await ngo.request.get(`/api/competitions/${id}/protocol?locale=kk`)).status()).toBe(404);

    // Publication (with a confirmation step).
    await operator.getByTestId('results-publish').getByRole('button', { name: 'Қорытындыларды жариялау' }).click();
    await operator.getByTestId('results-publish').getByRole('button', { name: 'Иә, жалғастыру' }).click();
    await expect(operator.getByText('Қорытындылар жарияланды:')).toBeVisible();
    await expect(operator.getByTestId('meeting-form')).toHaveCount(0);

    // The NGO: score, per-criterion averages and the comments — no expert names.
    await ngo.goto(`/ngo/applications/${appId}/feedback`);
    await expect(ngo.getByTestId('feedback-outcome')).toContainText('Өтініміңіз жеңді');
    await expect(ngo.getByTestId('feedback-score')).toContainText(/Балл: \d+([,.]\d+)? \/ 25/);
    const criteria = ngo.getByTestId('feedback-criteria');
    await expect(criteria.getByRole('heading', { level: 3 })).toHaveCount(5);
    await expect(criteria).toContainText('Ұйымның жалпы әлеуеті');
    await expect(criteria.getByRole('listitem').filter({ hasText: 'Смета негізделген' }).first()).toBeVisible();
    const body = await ngo.locator('main').innerText();
    for (const name of EXPERT_NAMES) expect(body).not.toContain(name);
    await expectAccessible(ngo);
    // The in-cabinet notification.
    await ngo.goto('/ngo/notifications');
    await expect(ngo.getByTestId('notifications').getByRole('listitem').first()).toBeVisible();

    // The public: the ranked list and the topic not held with its reason.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/competitions/${id}`);
    const published = visitor.getByTestId('published-results');
    await expect(published.getByTestId('published-lot-1').locator('tbody tr')).toHaveCount(3);
    await expect(published.getByTestId('published-lot-1').locator('tbody tr').first()).toContainText(MEIRIM_KK);
    await expect(published.getByTestId('published-lot-2')).toContainText('тек бір өтінім конкурсқа жіберілді');
    for (const name of EXPERT_NAMES) await expect(visitor.getByText(name)).toHaveCount(0);
  });

  test('the chair sees the ranking and the inter-rater panel; another commission member gets 403', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    const id = await competitionId(operator, MEETING_TITLE_KK);
    const chair = await signedIn(browser, 'expert@demeu.kz');
    await chair.goto(`/expert/competitions/${id}/results`);
    await expect(chair.getByTestId('ranking-table-1').locator('tbody tr')).toHaveCount(3);
    await expect(chair.getByTestId('inter-rater')).toBeVisible();
    await expect(chair.getByTestId('ranking-xlsx')).toHaveCount(0);
    const deputy = await signedIn(browser, 'expert2@demeu.kz');
    const response = await deputy.goto(`/expert/competitions/${id}/results`);
    expect(response?.status()).toBe(403);
  });
});
