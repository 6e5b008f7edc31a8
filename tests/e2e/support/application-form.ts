// Filling an NGO's application form in the browser, section by section, as the form-as-data
// renderer lays it out (labels, "+ row" tables, "+ item" lists, tabs, explicit save).
import { expect, type Locator, type Page } from '@playwright/test';
import { withE2eDatabase } from './e2e-database';

/** The id of the newest competition matching an SQL condition (the seed's stages are found by their state). */
export async function competitionId(where: string): Promise<string> {
  return withE2eDatabase(async (c) => (await c.query<{ id: string }>(`SELECT id FROM "Competition" WHERE ${where} ORDER BY year DESC LIMIT 1`)).rows[0]!.id);
}

/** Fills inputs of a form region by their visible labels (select → option value). */
export async function fillByLabel(scope: Locator | Page, values: Record<string, string | { select: string }>) {
  for (const [label, value] of Object.entries(values)) {
    const field = scope.getByLabel(label, { exact: true });
    if (typeof value === 'string') await field.fill(value);
    else await field.selectOption(value.select);
  }
}

export async function addRow(page: Page, table: string, values: Record<string, string | { select: string }>) {
  const section = page.locator(`#f-${table}`);
  await section.getByRole('button', { name: '+ Жол қосу' }).click();
  await fillByLabel(section.locator('ol > li').last(), values);
}

export async function addItems(page: Page, list: string, items: string[]) {
  const section = page.locator(`#f-${list}`);
  for (const [i, item] of items.entries()) {
    await section.getByRole('button', { name: '+ Тармақ қосу' }).click();
    await section.getByLabel(`${i + 1}-тармақ`).fill(item);
  }
}

/** Saves the section explicitly and waits for the server's confirmation. */
export async function saveSection(page: Page) {
  await expect(page.getByTestId('section-complete')).toBeVisible();
  await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
  await expect(page.getByTestId('save-status')).toContainText('Сақталды');
}

export async function openTab(page: Page, key: string) {
  await page.getByTestId(`section-tab-${key}`).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${key}$`));
}

export async function startFromPublicPage(page: Page, id: string, lotNumber: number): Promise<string> {
  await page.goto(`/competitions/${id}`);
  await page.getByTestId(`apply-lot-${lotNumber}`).click();
  await page.getByRole('button', { name: 'Өтінімді бастау' }).click();
  await expect(page).toHaveURL(/\/ngo\/applications\/[^/]+\/sections\/[^/]+$/);
  return new URL(page.url()).pathname.split('/')[3]!;
}
