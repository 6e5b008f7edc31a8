import { expect, test } from '@playwright/test';
import { almatyDay } from './support/almaty-clock';
import { runJobNow, withE2eDatabase } from './support/e2e-database';
import { expectAccessible, signedIn } from './support/session';

const CLUB_KK = '«Шабыт» би үйірмесі';
const CLUB_RU = 'Танцевальный кружок «Шабыт»';
const CHILD = 'Әсел Мұратқызы';

/**
 * Lets one day pass for the creative order: every request and every run moves a day back, so
 * the request made in this test was made before the next due 18:00 run, and that run has not
 * happened yet — whatever the time of day the suite runs at (DL-1).
 */
async function letADayPass(): Promise<void> {
  await withE2eDatabase(async (db) => {
    await db.query('BEGIN');
    await db.query(`UPDATE "CreativeRequest" SET "requestedAt" = "requestedAt" - interval '1 day'`);
    // One statement per run, oldest first, so the unique day never collides.
    const runs = await db.query<{ id: string }>(`SELECT id FROM "CreativeAllocationRun" ORDER BY "runOn" ASC`);
    for (const run of runs.rows) {
      await db.query(`UPDATE "CreativeAllocationRun" SET "runOn" = "runOn" - 1 WHERE id = $1`, [run.id]);
      // Voucher numbers carry their run's day (CO-YYYYMMDD-NNNNN): they move with it.
      await db.query(
        `UPDATE "CreativeAllocation" a SET "voucherNumber" = 'CO-' || to_char(r."runOn", 'YYYYMMDD') || substring(a."voucherNumber" from 12)
           FROM "CreativeAllocationRun" r WHERE r.id = a."runId" AND r.id = $1`,
        [run.id],
      );
    }
    await db.query('COMMIT');
  });
}

// Seed 002: a provider applies with its programme and staff certificates → the operator admits
// it and gives it places → a parent requests a place → the daily 18:00 job allocates it → the
// voucher and the explanation are visible.
test.describe('state creative order — provider to voucher (seed 002 L30–112)', () => {
  test('provider applies, operator admits and sets places, a parent requests, the 18:00 job issues the voucher', async ({ browser }) => {
    // 1. The provider (head of «Жасыл қала») writes the application; a stale certificate is refused, the draft kept.
    const ngo = await signedIn(browser, 'ngo@demeu.kz');
    await ngo.goto('/ngo/creative-order');
    await expect(ngo.getByRole('heading', { level: 1 })).toHaveText('Шығармашылық тапсырыс: жеткізуші өтінімдері');
    await ngo.getByRole('link', { name: 'Жаңа өтінім' }).click();
    await expect(ngo).toHaveURL(/\/ngo\/creative-order\/new$/);

    await ngo.getByLabel('Атауы (қазақша)').fill(CLUB_KK);
    await ngo.getByLabel('Атауы (орысша)').fill(CLUB_RU);
    await ngo.getByLabel('Бағыты (қазақша)').fill('Би');
    await ngo.getByLabel('Өңір').selectOption({ index: 1 });
    await ngo.getByLabel('Мекенжайы').fill('Алматы қ., Сәтбаев көшесі, 30');
    await ngo.getByLabel('Ең кіші жас').fill('7');
    await ngo.getByLabel('Ең үлкен жас').fill('15');
    await ngo.getByLabel('Мақсаттары').fill('Балаларды халық биіне баулу');
    await ngo.getByLabel('Міндеттері').fill('Қимыл үйлесімін, ырғақты сезінуді дамыту');
    await ngo.getByLabel('Күтілетін шығармашылық нәтижелер').fill('Жыл соңында есептік концерт');
    await ngo.getByLabel('Деңгей, 1-жол').fill('Бастапқы');
    await ngo.getByLabel('Тақырып, 1-жол').fill('Қазақ биінің негізгі қимылдары');
    await ngo.getByLabel('Сабақ саны, 1-жол').fill('30');
    await ngo.getByRole('button', { name: 'Тақырып қосу' }).click();
    await ngo.getByLabel('Деңгей, 2-жол').fill('Бастапқы');
    await ngo.getByLabel('Тақырып, 2-жол').fill('Сахналық шеберлік');
    await ngo.getByLabel('Сабақ саны, 2-жол').fill('18');
    await ngo.getByLabel('Материалдық-техникалық жарақтандыру').fill('Айналы зал, дыбыс жүйесі');
    await ngo.getByLabel('Сабақ кестесі').fill('Дүйсенбі, сәрсенбі 16:00–17:30');
    await ngo.getByLabel(/Ата-аналарға арналған ішкі іс-шаралар/).fill('Тоқсан сайын ашық сабақ');
    await ngo.getByLabel('Баланың жеке құралдары мен киімі').fill('Би аяқ киімі');
    await ngo.getByLabel('Қатысу тәртібі').fill('Айына 3 сабақтан артық босатуға болмайды');
    await ngo.getByLabel('Аты-жөні, 1-жол').fill('Динара Серікова');
    await ngo.getByLabel('Лауазымы, 1-жол').fill('Хореограф');
    await ngo.getByLabel('Наркологиялық анықтама берілген күн, 1-жол').fill(almatyDay(-11));
    await ngo.getByLabel('Психиатриялық анықтама берілген күн, 1-жол').fill(almatyDay(-2));
    await ngo.getByLabel('Фтизиатриялық анықтама берілген күн, 1-жол').fill(almatyDay(-2));
    await expectAccessible(ngo, 'creative provider application form');

    await ngo.getByRole('button', { name: 'Өтінімді жіберу' }).click();
    // CO-1: refused on the stale certificate, shown on the field; the draft is saved (the
    // next save or submit updates it, not a second one).
    await expect(ngo.getByRole('alert').first()).toContainText('10 күнтізбелік');
    await expect(ngo.getByLabel('Наркологиялық анықтама берілген күн, 1-жол')).toHaveAttribute('aria-invalid', 'true');
    await expect(ngo.getByLabel('Атауы (қазақша)')).toHaveValue(CLUB_KK);

    await ngo.getByLabel('Наркологиялық анықтама берілген күн, 1-жол').fill(almatyDay(-1));
    await ngo.getByRole('button', { name: 'Өтінімді жіберу' }).click();
    await expect(ngo.getByText('Қаралуда', { exact: true })).toBeVisible();
    await expect(ngo.getByRole('heading', { level: 1 })).toHaveText(CLUB_KK);
    await expect(ngo.getByRole('row', { name: /Сахналық шеберлік/ })).toContainText('18');
    await expectAccessible(ngo, 'submitted creative application');

    // 2. The operator reviews and admits it, then gives it places in the year's plan.
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/creative-order');
    await expect(operator.getByRole('heading', { level: 2, name: 'Қызмет берушілер мен орындар' })).toBeVisible();
    await operator.getByRole('link', { name: CLUB_KK }).click();
    await expect(operator).toHaveURL(/\/operator\/creative-order\/clubs\/[^/]+$/);
    await expect(operator.getByRole('row', { name: /Динара Серікова/ })).toBeVisible();
    await expectAccessible(operator, 'creative provider review');
    await operator.getByRole('button', { name: 'Іріктеуден өткізу' }).click();
    await expect(operator.getByRole('status').first()).toBeVisible();
    await expect(operator.getByText('Іріктеуден өтті', { exact: true })).toBeVisible();

    await operator.goto('/operator/creative-order');
    const row = operator.getByRole('row', { name: new RegExp(CLUB_KK) });
    await row.getByLabel('Орын саны').fill('2');
    await row.getByLabel('Бір орын құны, ₸').fill('150000');
    await row.getByRole('button', { name: 'Орындарды сақтау' }).click();
    await expect(row.getByRole('status')).toHaveText('Сақталды');

    // The provider sees the decision.
    await ngo.reload();
    await expect(ngo.getByText('Іріктеуден өтті', { exact: true })).toBeVisible();

    // 3. A parent requests a place for a child.
    const parent = await signedIn(browser, 'ngo7@demeu.kz');
    await parent.goto('/creative-clubs');
    await parent.getByRole('link', { name: CLUB_KK }).click();
    await expect(parent.getByRole('heading', { level: 1 })).toHaveText(CLUB_KK);
    await parent.getByLabel('Аты-жөні', { exact: true }).fill('Мұрат Жақсылықов');
    await parent.getByLabel('ЖСН', { exact: true }).fill('850716300456');
    await parent.getByLabel('Баланың аты-жөні').fill(CHILD);
    await parent.getByLabel('Баланың ЖСН').fill('170505600789');
    await parent.getByLabel('Туған күні').fill('2017-05-05');
    await parent.getByRole('button', { name: 'Өтінім беру' }).click();
    await expect(parent.getByRole('status')).toContainText('Өтінім қабылданды.');
    await expect(parent.getByRole('table').getByRole('row', { name: new RegExp(CHILD) })).toContainText('Кезекте');

    // 4. A day passes and the daily 18:00 job runs (as its cron would).
    await letADayPass();
    await runJobNow('creative-order-allocation');

    // 5. The parent sees the voucher; the operator sees the run's explanation for the request.
    await parent.reload();
    const mine = parent.getByRole('table').getByRole('row', { name: new RegExp(CHILD) });
    await expect(mine).toContainText('Орын берілді');
    await expect(mine).toContainText(/CO-\d{8}-\d{5}/);

    await operator.goto('/operator/creative-order');
    await operator.getByRole('link', { name: 'Түсіндірме' }).first().click();
    await expect(operator).toHaveURL(/\/operator\/creative-order\/runs\/[^/]+$/);
    await expect(operator.getByRole('status')).toHaveText('Сақталған деректер бойынша қайта есептеу нәтижесі сәйкес келеді.');
    const explained = operator.getByRole('row').filter({ hasText: CLUB_KK });
    await expect(explained).toHaveCount(1);
    await expect(explained).toContainText('Орын берілді');
    await expect(explained).toContainText(/CO-\d{8}-\d{5}/);
  });

  test('the operator records the financing-plan dates; a late publication of the approved plan is saved with the engine’s warning (CO-2)', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/creative-order');
    await operator.getByText('Жоспарды өзгерту').click();
    await expect(operator.getByLabel('Жыл', { exact: true })).toHaveValue(/^\d{4}$/);
    await operator.getByLabel('Жоспар бекітілген күн').fill(almatyDay(-30));
    await operator.getByLabel('Бекітілген жоспар жарияланған күн').fill(almatyDay(-2));
    await operator.getByRole('button', { name: 'Қосымша қаражат қосу' }).click();
    await operator.getByLabel('1-сома, ₸').fill('300000');
    await operator.getByLabel('1-бекітілген күн').fill(almatyDay(-3));
    await operator.getByLabel('1-орналастырылған күн').fill(almatyDay(-1));
    await operator.getByRole('button', { name: 'Жоспарды сақтау' }).click();
    await expect(operator.getByRole('status').filter({ hasText: 'Жоспар сақталды' })).toBeVisible();
    const warnings = operator.getByRole('alert').filter({ hasText: 'Мерзімдер бұзылған' });
    await expect(warnings).toContainText('5 жұмыс күні');
    await expectAccessible(operator, 'creative plan with warnings');
  });
});
