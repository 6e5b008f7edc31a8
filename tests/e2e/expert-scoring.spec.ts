import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

const SCORING_TITLE_KK = 'Азаматтық қоғамды дамыту және қоғамдық келісімді нығайту бағыттары бойынша мемлекеттік гранттар конкурсы';
const COI_TITLE_KK = 'Жалғызбасты қарт адамдарды қолдау бойынша мемлекеттік гранттар конкурсы';
const MEYIRIM_KK = '«Мейірім» қайырымдылық қоры';
const ZHASYL_KK = '«Жасыл қала» экологиялық қоғамдық бірлестігі';
const ALTAI_KK = '«Алтай мұрасы» тарихи-мәдени мұраны қорғау қоры';

/**
 * Through the chair's workspace (expert@, no conflict with anyone): the id of the competition
 * in scoring, and the application and a document of «Мейірім».
 */
async function meyirimIds(browser: Browser): Promise<{ competitionId: string; applicationId: string; attachmentId: string }> {
  const chair = await signedIn(browser, 'expert@demeu.kz');
  await chair.goto('/expert');
  await chair.getByTestId('expert-commissions').getByRole('row').filter({ hasText: SCORING_TITLE_KK }).getByRole('link', { name: 'Өтінімдер' }).click();
  await expect(chair).toHaveURL(/\/expert\/competitions\/[^/]+$/);
  const competitionId = chair.url().split('/').pop()!;
  await chair.getByRole('row').filter({ hasText: MEYIRIM_KK }).getByRole('link', { name: 'Ашу' }).click();
  await expect(chair).toHaveURL(/\/expert\/applications\/[^/]+$/);
  const applicationId = chair.url().split('/').pop()!;
  const fileHref = await chair.locator('a[href^="/api/attachments/"]').first().getAttribute('href');
  await chair.context().close();
  return { competitionId, applicationId, attachmentId: fileHref!.split('/').pop()! };
}

test.describe('expert workspace: COI round, access control and sealed scoring (issue 5, items 6–7)', () => {
  test('expert4 saves a draft and signs the sheet of «Жасыл қала»; the sheet is frozen with its total', async ({ browser }) => {
    const page = await signedIn(browser, 'expert4@demeu.kz');
    await page.goto('/expert');
    const row = page.getByTestId('expert-commissions').getByRole('row').filter({ hasText: SCORING_TITLE_KK });
    await row.getByRole('link', { name: 'Өтінімдер' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бағалауға арналған өтінімдер');

    // CI-1: the conflicted application shows no project and no links.
    const meyirim = page.getByRole('row').filter({ hasText: MEYIRIM_KK });
    await expect(meyirim).toContainText('Мүдделер қақтығысы — қолжетімділік жоқ');
    await expect(meyirim.getByRole('link')).toHaveCount(0);

    const zhasyl = page.getByRole('row').filter({ hasText: ZHASYL_KK });
    await zhasyl.getByRole('link', { name: 'Ашу' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Жасыл бақылау: қоғамдық кеңестердің экологиялық мониторингтегі рөлі');
    await expect(page.getByRole('heading', { level: 2, name: 'Құжаттар', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Өтінімді бағалау' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бағалау парағы');

    const values: Record<string, string> = { capacity: '4', specialists: '2', content: '6', results: '4', budget_and_timeline: '3' };
    // SC-1: out of range is refused on the spot; what was typed stays.
    const capacity = page.getByTestId('criterion-capacity');
    await capacity.getByLabel('Балл').fill('9');
    await capacity.getByLabel('Түсініктеме').fill('Ұйымның тәжірибесі жеткілікті.');
    await page.getByRole('button', { name: 'Қараламаны сақтау' }).click();
    await expect(capacity.getByRole('alert')).toHaveText('Балл осы өлшемшарттың шегінен тыс.');
    await expect(capacity.getByLabel('Түсініктеме')).toHaveValue('Ұйымның тәжірибесі жеткілікті.');

    await capacity.getByLabel('Балл').fill(values.capacity!);
    await page.getByTestId('criterion-specialists').getByLabel('Балл').fill(values.specialists!);
    await page.getByTestId('criterion-specialists').getByLabel('Түсініктеме').fill('Мамандардың біліктілігі орташа.');
    await page.getByRole('button', { name: 'Қараламаны сақтау' }).click();
    await expect(page.getByTestId('sheet-saved')).toHaveText('Қаралама сақталды (нұсқа: 1).');

    // The draft survives a reload.
    await page.reload();
    await expect(page.getByTestId('criterion-specialists').getByLabel('Балл')).toHaveValue('2');

    for (const [id, value] of Object.entries(values)) {
      const c = page.getByTestId(`criterion-${id}`);
      await c.getByLabel('Балл').fill(value);
      await c.getByLabel('Түсініктеме').fill(`Негіздеме: ${id}`);
    }
    await expect(page.getByTestId('sheet-total')).toHaveText('Барлығы: 25 ішінен 19');
    await page.getByRole('button', { name: 'Параққа қол қою' }).click();
    await page.getByRole('button', { name: 'Қол қою', exact: true }).click();
    const frozen = page.getByTestId('sheet-frozen');
    await expect(frozen).toContainText('Қол қойылған парақ');
    await expect(frozen.getByTestId('sheet-total')).toHaveText('Барлығы: 25 ішінен 19');
    await expect(page.getByRole('button', { name: 'Қараламаны сақтау' })).toHaveCount(0);

    await page.goto('/expert');
    await expect(page.getByTestId('expert-commissions').getByRole('row').filter({ hasText: SCORING_TITLE_KK })).toContainText('4 ішінен 3');
  });

  test('expert4 opening the application they declared a conflict on by direct URL is denied — page, score, PDF and files', async ({ browser }) => {
    const { applicationId, attachmentId } = await meyirimIds(browser);
    const page = await signedIn(browser, 'expert4@demeu.kz');
    for (const path of [`/expert/applications/${applicationId}`, `/expert/applications/${applicationId}/score`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText('Бірлік елшілері')).toHaveCount(0);
    }
    expect((await page.request.get(`/api/applications/${applicationId}/pdf`)).status()).toBe(404);
    expect((await page.request.get(`/api/attachments/${attachmentId}`)).status()).toBe(404);
    // The NGO's own cabinet is not a way in either.
    expect((await page.goto(`/ngo/applications/${applicationId}`))?.status()).toBe(403);

    // A non-conflicted colleague (the chair) opens the same application.
    const chair = await signedIn(browser, 'expert@demeu.kz');
    expect((await chair.goto(`/expert/applications/${applicationId}`))?.status()).toBe(200);
    expect((await chair.request.get(`/api/applications/${applicationId}/pdf`)).status()).toBe(200);
  });

  test('COI round: expert5 declares "no conflict" on «Алтай мұрасы» and may then open it; expert4 cannot deny the portal’s conflict', async ({ browser }) => {
    const page = await signedIn(browser, 'expert5@demeu.kz');
    await page.goto('/expert');
    await page.getByTestId('expert-commissions').getByRole('row').filter({ hasText: COI_TITLE_KK }).getByRole('link', { name: 'Мүдделер қақтығысын мәлімдеу' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мүдделер қақтығысы туралы мәлімдемелер');
    await expect(page.getByTestId('coi-progress')).toHaveText('Мәлімделген өтінім берушілер: 3 ішінен 0');

    // Before declaring: the application is hidden in the list.
    const altai = page.getByTestId('coi-row').filter({ hasText: ALTAI_KK });
    await expect(altai).toContainText('Қазақстан ҮЕҰ одағы');
    await expect(altai.getByTestId('coi-automatic')).toHaveText('Деректерден табылған жоқ');
    // A conflict needs a note.
    await altai.getByLabel('Менде мүдделер қақтығысы бар').check();
    await altai.getByRole('button', { name: 'Мәлімдеу' }).click();
    await expect(altai.getByText('Қақтығысты ескертпеде сипаттаңыз.')).toBeVisible();
    await altai.getByLabel('Мүдделер қақтығысы жоқ').check();
    await altai.getByRole('button', { name: 'Мәлімдеу' }).click();
    await expect(altai.getByTestId('coi-declared')).toContainText('Мәлімделді: мүдделер қақтығысы жоқ');
    await expect(page.getByTestId('coi-progress')).toHaveText('Мәлімделген өтінім берушілер: 3 ішінен 1');

    await page.getByRole('link', { name: 'Сарапшы кабинетіне оралу' }).click();
    await page.getByTestId('expert-commissions').getByRole('row').filter({ hasText: COI_TITLE_KK }).getByRole('link', { name: 'Өтінімдер' }).click();
    const listRow = page.getByRole('row').filter({ hasText: ALTAI_KK });
    await listRow.getByRole('link', { name: 'Ашу' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Алтайдың ақсақалдары');

    // expert4 sits on «Мейірім»'s board: "no conflict" is not offered there (CI-1, binding).
    const e4 = await signedIn(browser, 'expert4@demeu.kz');
    await e4.goto('/expert');
    await e4.getByTestId('expert-commissions').getByRole('row').filter({ hasText: COI_TITLE_KK }).getByRole('link', { name: 'Мүдделер қақтығысын мәлімдеу' }).click();
    const meyirim = e4.getByTestId('coi-row').filter({ hasText: MEYIRIM_KK });
    await expect(meyirim.getByTestId('coi-automatic')).toContainText('Сіз өтінім берушімен байланыстысыз');
    await expect(meyirim.getByLabel(/Мүдделер қақтығысы жоқ/)).toBeDisabled();
  });

  test('the operator sees scoring progress as counts only', async ({ browser }) => {
    const { competitionId } = await meyirimIds(browser);
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto(`/operator/competitions/${competitionId}/scoring`);
    await expect(operator.getByRole('heading', { level: 1 })).toHaveText('Бағалау барысы');
    await expect(operator.getByTestId('scoring-totals')).toContainText('Бағалау аяқталғанға дейін баллдар жабық');
    const chair = operator.getByTestId('progress-experts').getByRole('row').filter({ hasText: 'Қанат Әлібекұлы Омаров' });
    await expect(chair).toContainText('5 ішінен 5');
  });

  test('the workspace, the COI round and the score sheet have no serious or critical accessibility violations', async ({ browser }) => {
    const page = await signedIn(browser, 'expert6@demeu.kz');
    const check = (what: string) => expectAccessible(page, what);
    await page.goto('/expert');
    await check('/expert');
    await page.getByTestId('expert-commissions').getByRole('row').filter({ hasText: COI_TITLE_KK }).getByRole('link', { name: 'Мүдделер қақтығысын мәлімдеу' }).click();
    await expect(page.getByTestId('coi-row')).toHaveCount(3);
    await check('COI round');
    await page.goto('/expert');
    await page.getByTestId('expert-commissions').getByRole('row').filter({ hasText: SCORING_TITLE_KK }).getByRole('link', { name: 'Өтінімдер' }).click();
    await check('applications to score');
    await page.getByRole('row').filter({ hasText: ALTAI_KK }).getByRole('link', { name: 'Бағалау' }).click();
    await expect(page.getByTestId('score-sheet-form')).toBeVisible();
    await check('score sheet');
  });
});
