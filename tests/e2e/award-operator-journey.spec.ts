import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

// The NGO award (AWARD, §3 of the grants file) on the operator's side, through the browser,
// on the seeded current cycle in SCORING (prisma/seed/award.ts: four admitted nominations,
// two in direction 7 and two in direction 15, no score sheets): the timeline with its
// AW-5..AW-10 limits, the AW-7 candidate-list due date with the link to the admission
// check, the laureate choice per direction (AW-9; two laureates in direction 7 split the
// amount equally, AW-11), the diplomas as PDF in kk and ru (AW-10), the payment register
// with the bank details and a recorded payment (AW-10). Only this spec touches the current
// cycle's laureates.
const NGO = {
  aral: '«Арал балалары» қоғамдық қоры', // direction 7
  meyirim: '«Мейірім» қайырымдылық қоры', // direction 7
  dialog: '«Азаматтық диалог» қоғамдық қоры', // direction 15
  ertis: '«Ертіс келісімі» қоғамдық бірлестігі', // direction 15
};

test('the operator chooses the award laureates, downloads their diplomas and records a payment', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser, 'operator@demeu.kz');

  // The current cycle is the one in scoring (the next year's cycle is OPEN).
  await page.goto('/operator/awards');
  await page.getByRole('row').filter({ hasText: 'Сараптамалық бағалау' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/operator\/awards\/[^/]+$/);

  // AW-5..AW-10: the timeline with the limits the rules allow.
  const timeline = page.getByTestId('award-timeline');
  for (const rule of ['AW-5', 'AW-6', 'AW-7', 'AW-9', 'AW-10']) await expect(timeline).toContainText(rule);

  // AW-7: the candidate list's due date and the admission check it comes from.
  const candidates = page.getByTestId('award-candidates');
  await expect(candidates).toContainText('AW-7');
  await expect(candidates).toContainText('10 жұмыс күні');
  const candidateLink = candidates.getByRole('link', { name: 'Өтінімдерді іріктеуге жіберу тексерісін ашу' });
  await expect(candidateLink).toHaveAttribute('href', /\/operator\/competitions\/[^/]+\/admission$/);
  const cycleUrl = page.url();
  // The issue 5 admission screens list the award nominations (all four admitted by the seed).
  await candidateLink.click();
  await expect(page.getByTestId('admission-progress')).toBeVisible();
  for (const name of Object.values(NGO)) await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(1);
  await page.goto(cycleUrl);

  // AW-3: the minimum from the yearly MRP is shown.
  await expect(page.getByTestId('award-minimum')).toContainText('2000 АЕК');
  await expect(page.getByText('Циклде бағалау парақтары жоқ: өтінімдер бағасыз көрсетілген.')).toBeVisible();
  await expectAccessible(page, 'award cycle before the laureate choice');

  // AW-9 / AW-11: two laureates in direction 7 — an equal split.
  const d7 = page.getByTestId('award-direction-7');
  await d7.getByLabel(new RegExp(NGO.aral)).check();
  await d7.getByLabel(new RegExp(NGO.meyirim)).check();
  await expect(d7.getByText(/^2 лауреат: әрқайсысына/)).toBeVisible();
  await d7.getByRole('button', { name: 'Лауреаттарды таңдау: 7-бағыт' }).click();
  await expect(d7).toContainText('Бұл бағыттың лауреаттары таңдалды');

  // Direction 15: one laureate.
  const d15 = page.getByTestId('award-direction-15');
  await d15.getByLabel(new RegExp(NGO.dialog)).check();
  await d15.getByRole('button', { name: 'Лауреаттарды таңдау: 15-бағыт' }).click();
  await expect(d15).toContainText('Бұл бағыттың лауреаттары таңдалды');

  // The payment register: one row per laureate with the bank details; direction 7 split equally.
  const register = page.getByTestId('award-payment-register');
  const rows = register.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(register).not.toContainText(NGO.ertis);
  const aralRow = rows.filter({ hasText: NGO.aral });
  const meyirimRow = rows.filter({ hasText: NGO.meyirim });
  await expect(aralRow).toContainText(/KZ\d{2}/); // IBAN of the bank-account certificate
  const share = (await aralRow.locator('td').nth(2).innerText()).trim();
  expect(share).toMatch(/\d/);
  await expect(meyirimRow.locator('td').nth(2)).toHaveText(share);

  // AW-10: the diploma of a laureate as PDF in Kazakh and Russian.
  for (const name of ['Диплом (қаз.)', 'Диплом (орыс.)']) {
    const href = await page.getByRole('row').filter({ hasText: NGO.aral }).getByRole('link', { name }).first().getAttribute('href');
    expect(href).toMatch(/^\/api\/laureates\/[^/]+\/diploma\?locale=(kk|ru)$/);
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }

  // AW-10: the payment is recorded in the register.
  await aralRow.getByRole('button', { name: `Төлемді тіркеу: ${NGO.aral}` }).click();
  await expect(aralRow).toContainText('Төленді:');
  await expect(meyirimRow.getByRole('button', { name: `Төлемді тіркеу: ${NGO.meyirim}` })).toBeVisible();
  await expectAccessible(page, 'award cycle after the laureate choice and a payment');
});
