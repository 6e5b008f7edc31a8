import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'demeu-demo-2026';
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/files');
const CHARTER = readFileSync(path.join(FIXTURES, 'charter.pdf'));

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Құпиясөз').fill(PASSWORD);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The NGO's DRAFT application, found the way a user would: in the cabinet's list, the row whose status is «Жоба» (draft). */
async function draftApplicationId(page: Page): Promise<string> {
  await page.goto('/ngo');
  const draftRow = page.locator('tr').filter({ has: page.getByText('Жоба', { exact: true }) }).filter({ has: page.locator('a[href^="/ngo/applications/"]') });
  await expect(draftRow.first()).toBeVisible();
  const href = await draftRow.first().locator('a[href^="/ngo/applications/"]').first().getAttribute('href');
  const id = /^\/ngo\/applications\/([^/?#]+)$/.exec(href ?? '')?.[1];
  if (!id) throw new Error(`unexpected application link ${href}`);
  return id;
}

test.describe('application attachments (issue 4)', () => {
  test('an NGO uploads its charter with a progress bar, a renamed .exe is refused, and only the NGO can download the file', async ({ page, browser }) => {
    await signIn(page, 'ngo@demeu.kz');
    const id = await draftApplicationId(page);
    await page.goto(`/ngo/applications/${id}/attachments`);
    await expect(page.getByRole('heading', { level: 1, name: 'Өтінім құжаттары' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Өтінімге оралу/ })).toHaveAttribute('href', `/ngo/applications/${id}`);

    // The charter, one of the competition's required documents.
    const charter = page.locator('section[data-kind="charter"]');
    await expect(charter.getByRole('heading', { level: 2, name: 'Ұйым жарғысының көшірмесі' })).toBeVisible();
    await expect(charter.getByText('Міндетті', { exact: true })).toBeVisible();
    await charter.getByLabel('Файл', { exact: true }).setInputFiles(path.join(FIXTURES, 'charter.pdf'));
    await charter.getByLabel('Құжат тілі').selectOption('kk');
    await charter.getByRole('button', { name: 'Жүктеу' }).click();

    const progress = charter.getByRole('progressbar', { name: 'Жүктеу барысы' });
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await expect(charter.getByText('«charter.pdf» файлы жүктелді.')).toBeVisible();
    const row = charter.getByTestId('attachment-row').filter({ hasText: 'charter.pdf' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`${CHARTER.length} байт`);
    await expect(row).toContainText('қазақ тілі');
    await expect(charter.getByText('Жүктелді', { exact: true })).toBeVisible();

    // An executable renamed to .pdf: refused by content, the message next to the control.
    await charter.getByLabel('Файл', { exact: true }).setInputFiles(path.join(FIXTURES, 'program-renamed.pdf'));
    await charter.getByRole('button', { name: 'Жүктеу' }).click();
    await expect(charter.getByRole('alert')).toContainText('Бұл файл түріне рұқсат жоқ. Рұқсат етілгендер: PDF, DOCX, XLSX, JPEG, PNG.');
    await expect(charter.getByLabel('Файл', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(charter.getByTestId('attachment-row')).toHaveCount(1);

    // The page with a file, the progress bar and an error has no serious accessibility problem.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Download: the same bytes, served as an attachment that the browser must not sniff.
    const href = await row.getByRole('link', { name: '«charter.pdf» файлын жүктеп алу' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/attachments\/[^/]+$/);
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(Buffer.compare(await download.body(), CHARTER)).toBe(0);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toBe(`attachment; filename="charter.pdf"; filename*=UTF-8''charter.pdf`);
    expect(download.headers()['x-content-type-options']).toBe('nosniff');
    expect(download.headers()['cache-control']).toContain('no-store');

    // Nobody else gets it: signed out → 401; another NGO → the same 404 as an unknown file.
    const anonymous = await browser.newContext();
    try {
      const response = await anonymous.request.get(new URL(href!, page.url()).toString());
      expect(response.status()).toBe(401);
      expect(Buffer.compare(await response.body(), CHARTER)).not.toBe(0);
    } finally {
      await anonymous.close();
    }
    const other = await browser.newContext();
    try {
      const otherPage = await other.newPage();
      await signIn(otherPage, 'ngo2@demeu.kz');
      const response = await otherPage.request.get(new URL(href!, page.url()).toString());
      expect(response.status()).toBe(404);
      expect((await response.json()).error.code).toBe('attachmentNotFound');
      // Nor may it upload into the application or see its documents page.
      const post = await otherPage.request.post(new URL(`/api/applications/${id}/attachments`, page.url()).toString(), {
        multipart: { kind: 'charter', language: 'kk', file: { name: 'charter.pdf', mimeType: 'application/pdf', buffer: CHARTER } },
      });
      expect(post.status()).toBe(404);
      const pageResponse = await otherPage.goto(`/ngo/applications/${id}/attachments`);
      expect(pageResponse?.status()).toBe(404);
    } finally {
      await other.close();
    }

    // The NGO can remove the file while the application is a draft.
    await row.getByRole('button', { name: '«charter.pdf» файлын жою' }).click();
    await expect(charter.getByTestId('attachment-row')).toHaveCount(0);
    expect((await page.request.get(href!)).status()).toBe(404);
  });
});
