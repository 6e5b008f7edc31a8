import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

// prisma/seed/agreements.ts: the Almaty akimat's social-order competition with published
// results whose winner «Жасыл қала» (ngo@demeu.kz, bid 11,000,000 ₸) has no agreement yet.
const COMPETITION_KK = 'экологиялық клубтар';

test.describe('agreement lifecycle (issue 7 items 1–2: generate, requisites, acceptance with SHA-256, MO-1 prepayment)', () => {
  test('the operator generates the agreement, the NGO fills its requisites and accepts, the operator countersigns and releases the prepayment', async ({ browser }) => {
    test.setTimeout(120_000);
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/agreements');
    await expect(operator.getByRole('heading', { level: 1, name: 'Шарттар' })).toBeVisible();
    const winner = operator.getByTestId('winners-without-agreement').getByRole('row').filter({ hasText: COMPETITION_KK });
    await expect(winner).toHaveCount(1);
    await winner.getByRole('link', { name: 'Шарт жасау' }).click();
    await expect(operator).toHaveURL(/\/operator\/agreements\/new\?applicationId=/);
    await expect(operator.getByRole('heading', { level: 1, name: 'Шарт жасау' })).toBeVisible();

    // MO-1: a social-order prepayment above 50% is refused with the cap in tenge.
    await operator.getByLabel('Алдын ала төлем, ₸').fill('6000000');
    await operator.getByLabel('Аралық есептен кейінгі транш, ₸').fill('2800000');
    await operator.getByRole('button', { name: 'Шарт жасау' }).click();
    await expect(operator.locator('#prepaymentKzt-error')).toContainText(/5\s500\s000\s₸/);
    await expect(operator.getByLabel('Алдын ала төлем, ₸')).toHaveAttribute('aria-invalid', 'true');

    await operator.getByLabel('Алдын ала төлем, ₸').fill('5500000');
    await operator.getByLabel('Аралық есептен кейінгі транш, ₸').fill('3300000');
    await operator.getByRole('button', { name: 'Шарт жасау' }).click();
    await expect(operator).toHaveURL(/\/operator\/agreements\/[a-z0-9]+$/);
    const agreementUrl = operator.url();
    const agreementId = agreementUrl.split('/').pop()!;
    await expect(operator.getByRole('heading', { level: 1 })).toContainText('Шарт № ӘТ-');
    const number = (await operator.getByRole('heading', { level: 1 }).textContent())!.replace('Шарт № ', '').trim();
    await expect(operator.getByTestId('agreement-status')).toHaveText('Жоба');
    await expect(operator.getByTestId('tranche-1')).toContainText('Шартқа екі тарап қол қоюы күтілуде');
    await expect(operator.getByTestId('agreement-reports').getByRole('link')).toHaveCount(4);
    await expectAccessible(operator, 'operator agreement (draft)');
    await operator.getByRole('button', { name: 'ҮЕҰ-ға жіберу' }).click();
    await expect(operator.getByTestId('agreement-status')).toHaveText('ҮЕҰ-ға жіберілді');

    // The NGO: requisites and signatory, then acceptance (SHA-256 of the served PDF).
    const ngo = await signedIn(browser, 'ngo@demeu.kz');
    await ngo.goto('/ngo/agreements');
    const row = ngo.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText('Деректемелерді толтырып, шартты қабылдаңыз');
    await row.getByRole('link', { name: number }).click();
    await expect(ngo).toHaveURL(new RegExp(`/ngo/agreements/${agreementId}$`));
    await ngo.getByRole('button', { name: '1-редакцияны қабылдау' }).click();
    await expect(ngo.locator('#ngo-accept-error')).toContainText('банк деректемелері');
    await ngo.getByLabel('Банк', { exact: true }).fill('«Халық Банк» АҚ');
    await ngo.getByLabel('ЖСК (IBAN)').fill('KZ00');
    await ngo.getByLabel('БСК (BIC)').fill('HSBKKZKX');
    await ngo.getByLabel('Заңды мекенжайы').fill('Алматы қ., Абай даңғылы, 10');
    await ngo.getByLabel('Аты-жөні').fill('Айгүл Серікқызы');
    await ngo.getByLabel('Лауазымы').fill('Төраға');
    await ngo.getByLabel('Әрекет ету негізі (жарғы, сенімхат)').fill('Жарғы');
    await ngo.getByRole('button', { name: 'Деректемелерді сақтау' }).click();
    await expect(ngo.getByLabel('ЖСК (IBAN)')).toHaveAttribute('aria-invalid', 'true');
    await ngo.getByLabel('ЖСК (IBAN)').fill('KZ86125KZT5004100100');
    await ngo.getByRole('button', { name: 'Деректемелерді сақтау' }).click();
    await expect(ngo.getByRole('status')).toContainText('Деректемелер сақталды.');
    await expect(ngo.getByTestId('agreement-requisites')).toContainText('KZ86125KZT5004100100');
    await expectAccessible(ngo, 'NGO agreement (sent)');
    await ngo.getByRole('button', { name: '1-редакцияны қабылдау' }).click();
    await expect(ngo.getByText('Сіз шартты қабылдадыңыз; оператордың қол қоюы күтілуде.')).toBeVisible();
    const sha = (await ngo.getByTestId('revision-1-sha-kk').textContent())!.trim();
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await ngo.request.get(`/api/agreements/${agreementId}/document?locale=kk&revision=1`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['x-document-sha256']).toBe(sha);

    // Another NGO cannot open it (IDOR).
    const other = await signedIn(browser, 'ngo2@demeu.kz');
    const foreign = await other.goto(`/ngo/agreements/${agreementId}`);
    expect(foreign?.status()).toBe(404);
    expect((await other.request.get(`/api/agreements/${agreementId}/document?locale=kk`)).status()).toBe(404);

    // The operator countersigns; MO-1: the prepayment becomes releasable and is released.
    await operator.reload();
    await expect(operator.getByTestId('agreement-status')).toHaveText('ҮЕҰ қол қойды');
    await expect(operator.getByRole('button', { name: 'Траншты аудару №1' })).toHaveCount(0);
    await operator.getByRole('button', { name: '1-редакцияға қол қою' }).click();
    await expect(operator.getByTestId('agreement-status')).toHaveText('Қол қойылды');
    await expect(operator.getByTestId('revision-1-sha-kk')).toHaveText(sha);
    await expect(operator.getByTestId('tranche-1-status')).toHaveText('Аударуға болады');
    await expect(operator.getByTestId('tranche-2-status')).toHaveText('Есептің қабылдануы күтілуде');
    await expect(operator.getByTestId('tranche-2').getByRole('button')).toHaveCount(0);
    await operator.getByTestId('tranche-1').getByRole('button', { name: 'Траншты аудару №1' }).click();
    await expect(operator.getByTestId('tranche-1-status')).toContainText('Аударылды');
    await expect(operator.getByTestId('agreement-status')).toHaveText('Орындалуда');
    await expect(operator.getByTestId('ledger-released')).toContainText(/5\s500\s000/);
    await expectAccessible(operator, 'operator agreement (in progress)');

    // The NGO sees the money and the notification.
    await ngo.reload();
    await expect(ngo.getByTestId('tranche-1-status')).toContainText('Аударылды');
    await expect(ngo.getByTestId('ledger-released')).toContainText(/5\s500\s000/);
  });
});
