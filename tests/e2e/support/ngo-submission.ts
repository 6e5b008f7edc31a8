// The NGO's last two steps of every mechanism's application in the browser: the required
// documents uploaded (a real PDF, content-checked by the server) and the confirmed submission.
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/files');

/** Uploads a PDF into every required document slot of the application. */
export async function uploadRequiredDocuments(page: Page, applicationId: string): Promise<void> {
  await page.goto(`/ngo/applications/${applicationId}/attachments`);
  const required = page.locator('section[data-kind]').filter({ hasText: 'Міндетті' });
  for (const section of await required.all()) {
    await section.getByLabel('Файл', { exact: true }).setInputFiles(path.join(FIXTURES, 'charter.pdf'));
    await section.getByLabel('Құжат тілі').selectOption('kk');
    await section.getByRole('button', { name: 'Жүктеу' }).click();
    await expect(section.getByTestId('attachment-row')).toHaveCount(1);
  }
}

/** "Submit" and its confirmation on the application's page; the caller checks the outcome. */
export async function submitApplication(page: Page, applicationId: string): Promise<void> {
  await page.goto(`/ngo/applications/${applicationId}`);
  await page.getByRole('button', { name: 'Өтінімді беру' }).click();
  await page.getByRole('button', { name: 'Иә, беру' }).click();
}
