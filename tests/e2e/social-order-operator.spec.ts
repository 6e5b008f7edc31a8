import { expect, test, type Locator, type Page } from '@playwright/test';
import { almatyDay } from './support/almaty-clock';
import { expectAccessible, signedIn } from './support/session';

// The social-order stages of prisma/seed/social-order-stages.ts (akimat of Almaty):
// -011 DRAFT (dates), -012 ADMISSION (bids of «Жасыл қала», «Мейірім» — dumping — and
// «Азаматтық диалог»: admitted, then the commission is formed and five experts score in the
// browser), -013 COMMISSION_MEETING (5-member commission, signed sheets), a plan
// under public discussion and a plan not yet put to discussion.
const JASYL = '«Жасыл қала» экологиялық қоғамдық бірлестігі';
const MEYIRIM = '«Мейірім» қайырымдылық қоры';
const DIALOG = '«Азаматтық диалог» қоғамдық қоры';
// CM-2 for a single organiser: 5 voting members; none was nominated by a bidder (CI-1).
const MEMBERS = ['expert@demeu.kz', 'expert2@demeu.kz', 'expert3@demeu.kz', 'expert4@demeu.kz', 'expert6@demeu.kz'];
// The 6 criteria (§3.1, max 23): «Азаматтық диалог» 21 (30% discount), «Жасыл қала» 14 (10%).
const SCORES: Record<string, number[]> = { [DIALOG]: [2, 1, 6, 2, 6, 4], [JASYL]: [2, 1, 3, 2, 4, 2] };

async function selectOptionContaining(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

/** CI-2 then the sheet: the member declares no conflict on the bid and signs its six scores. */
async function declareAndScore(expert: Page, competitionId: string, ngo: string) {
  await expert.goto(`/expert/competitions/${competitionId}/coi`);
  const row = expert.getByTestId('coi-row').filter({ hasText: ngo });
  await row.getByLabel('Мүдделер қақтығысы жоқ').check();
  await row.getByRole('button', { name: 'Мәлімдеу' }).click();
  await expect(row.getByTestId('coi-declared')).toBeVisible();
  // The commission's list: the bid is open to the member now.
  await expert.goto(`/expert/competitions/${competitionId}`);
  await expert.getByRole('row').filter({ hasText: ngo }).getByRole('link', { name: 'Бағалау', exact: true }).click();
  await expect(expert.getByRole('heading', { level: 1 })).toHaveText('Бағалау парағы');
  const criteria = expert.locator('[data-testid^="criterion-"]');
  await expect(criteria).toHaveCount(6);
  for (const [i, criterion] of (await criteria.all()).entries()) {
    await criterion.getByLabel('Балл').fill(String(SCORES[ngo]![i]));
    await criterion.getByLabel('Түсініктеме').fill(`Техникалық ерекшелік, ${i + 1}-өлшемшарт бойынша негіздеме.`);
  }
  await expert.getByRole('button', { name: 'Параққа қол қою' }).click();
  await expert.getByRole('button', { name: 'Қол қою', exact: true }).click();
  await expect(expert.getByTestId('sheet-frozen')).toBeVisible();
}

test.describe('state social order — the operator from the dates to the published results (SO-1, SO-2, CM-2)', () => {
  test('dates (live L2581–2584 check) → admission with SO-2 → commission and expert scoring → ranking → votes → publication → public page', async ({ browser }) => {
    test.setTimeout(300_000);
    const operator = await signedIn(browser, 'operator@demeu.kz');

    // 1. Dates of the DRAFT competition: the engine's verdict is shown while typing.
    await operator.goto('/operator/social-order');
    await operator.getByRole('link', { name: /SO-ALA-\d{4}-011/ }).click();
    await expect(operator.getByRole('heading', { level: 2, name: 'Хабарландыру мерзімдері' })).toBeVisible();
    await operator.getByLabel('Конкурстық құжаттама бекітілген күн').fill('2027-02-01');
    await operator.getByLabel('Хабарландыру', { exact: true }).fill('2027-02-03T10:00');
    await operator.getByLabel('Өтінім беру мерзімі', { exact: true }).fill('2027-02-20T18:00');
    await expect(operator.getByTestId('so-live-check')).toContainText('кемінде 20 күнтізбелік күн болуы керек (ең ерте мерзім: 2027-02-23)');
    await operator.getByRole('button', { name: 'Мерзімдерді сақтау' }).click();
    await expect(operator.getByTestId('social-order-error')).toContainText('2027-02-23');
    await operator.getByLabel('Өтінім беру мерзімі', { exact: true }).fill('2027-02-23T18:00');
    await expect(operator.getByTestId('so-live-check')).toContainText('Мерзімдер ережеге сай');
    await operator.getByRole('button', { name: 'Мерзімдерді сақтау' }).click();
    await expect(operator.getByText('Мерзімдер сақталды.')).toBeVisible();
    await expectAccessible(operator, 'social-order dates');

    // 2. Admission: the dumping bid of «Мейірім» has no "admit" button; it is not admitted with SO-2.
    await operator.goto('/operator/social-order');
    await operator.getByRole('link', { name: /SO-ALA-\d{4}-012/ }).click();
    const meyirim = operator.getByRole('row').filter({ hasText: MEYIRIM });
    await expect(meyirim).toContainText('Иә — ең төменгі рұқсат етілген баға');
    await expect(meyirim.getByRole('button', { name: /^Жіберу/ })).toHaveCount(0);
    await meyirim.getByRole('button', { name: /Жібермеу/ }).click();
    await expect(meyirim).toContainText('SO-2');
    for (const ngo of [JASYL, DIALOG]) {
      const row = operator.getByRole('row').filter({ hasText: ngo });
      await row.getByRole('button', { name: /^Жіберу/ }).click();
      await expect(row.getByRole('button')).toHaveCount(0);
    }
    await expect(operator.getByRole('row').filter({ hasText: DIALOG })).toContainText('Жіберілді');

    // 2b. CM-2: the commission of -012 (an even composition is flagged live), then scoring opens.
    const competition012 = /\/operator\/social-order\/([^/?#]+)/.exec(operator.url())![1]!;
    operator.on('dialog', (d) => void d.accept());
    const commission = operator.getByTestId('direct-commission');
    for (const [i, email] of MEMBERS.entries()) {
      await commission.getByRole('button', { name: 'Мүше қосу' }).click();
      await selectOptionContaining(commission.getByLabel(`${i + 1}-мүше`, { exact: true }), email);
      if (i === 0) await commission.getByLabel('1-мүшенің рөлі').selectOption('CHAIR');
      if (i === 3) await expect(commission).toContainText('дауыс беретін мүшелер саны жұп');
    }
    await expect(commission).toContainText('Құрам талаптарға сай.');
    await commission.getByRole('button', { name: 'Құрамды сақтау және бекіту' }).click();
    await expect(commission.getByText('Комиссия құрамы бекітілді.')).toBeVisible();
    await commission.getByRole('button', { name: 'Өтінімдерді комиссияға бағалауға беру' }).click();
    await expect(commission.getByRole('button', { name: 'Өтінімдерді комиссияға бағалауға беру' })).toHaveCount(0);
    // The ranking waits for the sheets (the totals are summed).
    await operator.getByRole('button', { name: 'Рейтингті есептеу' }).click();
    await expect(operator.getByTestId('social-order-error')).toContainText('10 бағалау парағы жетіспейді');

    // 2c. Each member declares no conflict and scores both admitted bids on the 6 criteria.
    for (const email of MEMBERS) {
      const expert = await signedIn(browser, email);
      for (const ngo of [DIALOG, JASYL]) await declareAndScore(expert, competition012, ngo);
      await expert.context().close();
    }
    await operator.reload();
    await operator.getByRole('button', { name: 'Рейтингті есептеу' }).click();
    const ranking012 = operator.getByRole('table', { name: 'Әлеуметтік тапсырыс бойынша рейтинг' });
    await expect(ranking012.getByRole('row').nth(1)).toContainText(DIALOG);
    await expect(ranking012.getByRole('row').nth(1)).toContainText('21');
    await expect(ranking012.getByRole('row').nth(2)).toContainText(JASYL);

    // 3. Ranking, the members' votes (3 FOR of 5: a majority of all members) and publication.
    await operator.goto('/operator/social-order');
    await operator.getByRole('link', { name: /SO-ALA-\d{4}-013/ }).click();
    await operator.getByRole('button', { name: 'Рейтингті есептеу' }).click();
    const ranking = operator.getByRole('table', { name: 'Әлеуметтік тапсырыс бойынша рейтинг' });
    await expect(ranking.getByRole('row').nth(1)).toContainText(DIALOG);
    await expect(ranking.getByRole('row').nth(1)).toContainText('22');
    const groups = operator.getByRole('form', { name: 'Рейтинг бойынша дауыстар' }).getByRole('group');
    await expect(groups).toHaveCount(5);
    for (let i = 0; i < 5; i++) await groups.nth(i).getByLabel(i < 3 ? 'Жақтаймын' : 'Қарсымын').check();
    await operator.getByRole('button', { name: 'Дауыстарды жазу' }).click();
    await expect(operator.getByTestId('so-vote-tally')).toHaveText('Дауыс беру: жақтағаны 3, қарсысы 2, қалыс қалғаны 0');
    await expect(operator.getByText('Комиссия шешімді қабылдады')).toBeVisible();
    for (const link of ['so-protocol-kk', 'so-protocol-ru']) {
      const res = await operator.request.get(new URL((await operator.getByTestId(link).getAttribute('href'))!, operator.url()).toString());
      expect(res.status()).toBe(200);
      expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await operator.getByRole('button', { name: 'Қорытындыларды жариялау' }).click();
    await expect(operator.getByTestId('so-published')).toBeVisible();
    await expectAccessible(operator, 'social-order published');

    // 4. The public page shows the customer, the allocated amount, the prepayment cap and the winner.
    await operator.getByRole('link', { name: 'Жария бетті ашу' }).click();
    const pub = operator.getByTestId('social-order-public');
    await expect(pub).toContainText('шарт сомасының 50%-ына дейін');
    await expect(pub.getByTestId('so-public-winner')).toContainText(DIALOG);
    await expect(pub.getByRole('table')).toContainText('Шартты баға');
  });

  test('public discussion: the customer opens a window (≥ 10 working days), people comment, the customer concludes', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/social-order/discussions');
    await operator.getByRole('link', { name: /қосымша тақырыптар/ }).click();
    await operator.getByLabel('Талқылаудың бірінші күні').fill(almatyDay(1));
    await operator.getByLabel('Талқылаудың соңғы күні').fill(almatyDay(3));
    await expect(operator.getByTestId('so-discussion-live')).toContainText('кемінде 10');
    await operator.getByRole('button', { name: 'Талқылауға жариялау' }).click();
    await expect(operator.getByText(/Талқылау кемінде 10 жұмыс күні болуы керек/)).toBeVisible();
    await operator.getByLabel('Талқылаудың соңғы күні').fill(almatyDay(30));
    await operator.getByRole('button', { name: 'Талқылауға жариялау' }).click();
    await expect(operator.getByText('Тақырыптар қоғамдық талқылауға жарияланды.')).toBeVisible();

    // A signed-in NGO and a citizen without an account comment on the plan under discussion.
    const ngo = await signedIn(browser, 'ngo@demeu.kz');
    await ngo.goto('/social-order');
    await ngo.getByRole('link', { name: /талқылауда/ }).click();
    await ngo.getByLabel('1-тақырып бойынша ескерту немесе ұсыныс').fill('Ата-аналарға арналған онлайн кеңестерді де қосуды ұсынамыз.');
    await ngo.getByTestId('so-topic-1').getByRole('button', { name: 'Жіберу' }).click();
    await expect(ngo.getByText('Рахмет! Ескертуіңіз қабылданды')).toBeVisible();
    await expectAccessible(ngo, 'public discussion');

    const visitor = await browser.newPage();
    await visitor.goto(ngo.url());
    await visitor.getByTestId('so-topic-2').getByLabel('2-тақырып бойынша ескерту немесе ұсыныс').fill('Клубтарды кешкі уақытта да ашу керек.');
    await visitor.getByTestId('so-topic-2').getByRole('button', { name: 'Жіберу' }).click();
    await expect(visitor.getByText('Аты-жөніңізді жазыңыз немесе жүйеге кіріңіз.')).toBeVisible();
    await visitor.getByTestId('so-topic-2').getByLabel('Аты-жөніңіз').fill('Бақыт Ахметова');
    await visitor.getByTestId('so-topic-2').getByRole('button', { name: 'Жіберу' }).click();
    await expect(visitor.getByText('Рахмет! Ескертуіңіз қабылданды')).toBeVisible();

    // The customer rejects one with a justification and accepts the other.
    await operator.goto('/operator/social-order/discussions');
    await operator.getByRole('link', { name: /талқылауда/ }).click();
    const comments = operator.getByTestId('so-comment');
    const fromVisitor = comments.filter({ hasText: 'Бақыт Ахметова' });
    await fromVisitor.getByRole('button', { name: 'Қабылдамау' }).click();
    await expect(fromVisitor.getByText('Қабылданбау негіздемесін жазыңыз.')).toBeVisible();
    await fromVisitor.getByLabel('Мемлекеттік органның қорытындысы').fill('Клубтардың жұмыс уақытын мектептер белгілейді.');
    await fromVisitor.getByRole('button', { name: 'Қабылдамау' }).click();
    await expect(fromVisitor).toContainText('Қабылданбады — Клубтардың жұмыс уақытын мектептер белгілейді.');
    const fromNgo = comments.filter({ hasText: 'онлайн кеңестерді' });
    await fromNgo.getByRole('button', { name: 'Қабылдау' }).click();
    await expect(fromNgo).toContainText('Қабылданды');
    await operator.getByRole('link', { name: 'Талқылау қорытындысы туралы есепті ашу' }).click();
    await expect(operator.getByTestId('so-report-totals')).toContainText('қабылданғаны — 1, қабылданбағаны — 1');
    const pdf = await operator.request.get(operator.url() + '/pdf');
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  });
});
