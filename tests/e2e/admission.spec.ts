import { expect, test } from '@playwright/test';
import { signedIn } from './support/session';

const SCORING_TITLE_KK = 'Азаматтық қоғамды дамыту және қоғамдық келісімді нығайту бағыттары бойынша мемлекеттік гранттар конкурсы';
const NGO7_KK = '«Денсаулық әлемі» қоғамдық бірлестігі';

// The seed's competition in SCORING has all its applications decided already (5 admitted,
// «Денсаулық әлемі» not admitted on R3), so this checks the list, the progress, the
// checklist and the recorded decision (read-only); deciding is covered by
// tests/integration/admission.test.ts.
test.describe('admission check (issue 5, item 2: R1–R4, DL-1)', () => {
  test('the operator opens the admission check of the competition in scoring and sees the R3 decision; the NGO sees it too', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator');
    const row = operator.getByRole('row').filter({ hasText: SCORING_TITLE_KK });
    await row.getByRole('link', { name: 'Құжаттарды тексеру' }).click();
    await expect(operator).toHaveURL(/\/operator\/competitions\/[^/]+\/admission$/);
    await expect(operator.getByRole('heading', { level: 1 })).toContainText(SCORING_TITLE_KK);
    await expect(operator.getByTestId('admission-progress')).toHaveText('6 өтінімнің 6 шешілді');
    await expect(operator.getByRole('row')).toHaveCount(7);
    const ngo7Row = operator.getByRole('row').filter({ hasText: NGO7_KK });
    await expect(ngo7Row).toContainText('Жіберілмеді: R3');

    await ngo7Row.getByRole('link', { name: NGO7_KK }).click();
    await expect(operator.getByRole('heading', { level: 1 })).toContainText(NGO7_KK);
    const checklist = operator.getByTestId('admission-checklist');
    await expect(checklist.getByText('1-қосымша: Толық')).toBeVisible();
    await expect(operator.getByTestId('ngo-database-timeliness')).toHaveText('Ұсынылмаған');
    await expect(operator.getByTestId('admission-suggestion')).toContainText('R3');
    const pdf = operator.getByRole('link', { name: 'Өтінім (PDF)' });
    const pdfResponse = await operator.request.get((await pdf.getAttribute('href'))!);
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()['content-type']).toBe('application/pdf');

    const decision = operator.getByTestId('admission-decision');
    await expect(decision).toContainText('Конкурсқа жіберілмеді');
    await expect(decision).toContainText('R3 — ҮЕҰ дерекқорына мәліметтер ұсынылмаған');
    await expect(decision).toContainText('Шешім қабылданды және өзгертілмейді.');
    await expect(decision.getByRole('button')).toHaveCount(0);
    const applicationId = operator.url().split('/').pop()!;

    // The NGO sees the operator's decision on its application page.
    const ngo = await signedIn(browser, 'ngo7@demeu.kz');
    await ngo.goto(`/ngo/applications/${applicationId}`);
    await expect(ngo.getByTestId('admission-panel')).toContainText('R3');
  });

  test('an NGO user gets 403 on the admission check', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator');
    const href = await operator.getByRole('row').filter({ hasText: SCORING_TITLE_KK }).getByRole('link', { name: 'Құжаттарды тексеру' }).getAttribute('href');
    expect(href).toMatch(/^\/operator\/competitions\/[^/]+\/admission$/);

    const ngo = await signedIn(browser, 'ngo@demeu.kz');
    const response = await ngo.goto(href!);
    expect(response?.status()).toBe(403);
    await expect(ngo.getByRole('heading', { name: 'Қолжетімділік жоқ (403)' })).toBeVisible();
  });
});
