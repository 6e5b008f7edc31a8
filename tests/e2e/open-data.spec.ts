import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/session';

test.describe('open data (issue 8)', () => {
  test('a visitor reads the open-data page and follows the JSON and CSV links', async ({ page }) => {
    await page.goto('/open-data');
    await expect(page.getByRole('heading', { level: 1, name: 'Ашық деректер' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Лицензия' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'CC BY 4.0 лицензиясының мәтіні' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    await expect(page.getByRole('table', { name: /360Giving грант өрістері/ })).toContainText('amountAwarded');
    await expect(page.getByRole('table', { name: /OCDS шығарылым өрістері/ })).toContainText('contracts[].implementation.transactions[]');
    await expectAccessible(page, '/open-data');

    // 360Giving JSON: the browser follows the link and shows the package.
    const jsonLink = page.getByRole('link', { name: 'Гранттар мен сыйлықтарды жүктеп алу (360Giving JSON)' });
    const [jsonResponse] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/open-data/360giving.json')), jsonLink.click()]);
    expect(jsonResponse.status()).toBe(200);
    expect(jsonResponse.headers()['content-type']).toContain('application/json');
    expect(jsonResponse.headers()['cache-control']).toMatch(/public, max-age=\d+/);
    const pkg = (await jsonResponse.json()) as { license: string; grants: { id: string; title: string; amountAwarded: number; currency: string; recipientOrganization: { id: string }[] }[] };
    expect(pkg.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    const heritage = pkg.grants.find((g) => g.title === 'Алтайдың цифрлық мұрасы');
    expect(heritage).toMatchObject({ amountAwarded: 9_800_000, currency: 'KZT' });
    expect(heritage?.id).toMatch(/^360G-demeu-/);
    expect(heritage?.recipientOrganization[0]?.id).toMatch(/^KZ-BIN-\d{12}$/);

    // A cached copy is revalidated with the ETag.
    const etag = jsonResponse.headers()['etag'];
    expect(etag).toBeTruthy();
    const again = await page.request.get('/api/open-data/360giving.json', { headers: { 'If-None-Match': etag! } });
    expect(again.status()).toBe(304);

    // 360Giving CSV and OCDS JSON: the links point at the files, which answer with their types.
    await page.goto('/open-data');
    const csvHref = await page.getByRole('link', { name: 'Гранттар мен сыйлықтарды жүктеп алу (360Giving CSV)' }).getAttribute('href');
    expect(csvHref).toBe('/api/open-data/360giving.csv');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const csvText = (await csv.body()).toString('utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText.slice(1).split('\r\n')[0]).toMatch(/^Identifier,Title,Description,Currency,Amount Awarded,Award Date,/);
    expect(csvText).toContain(`${heritage!.id},`);

    const ocdsHref = await page.getByRole('link', { name: 'Мемлекеттік әлеуметтік тапсырысты жүктеп алу (OCDS JSON)' }).getAttribute('href');
    const ocds = await page.request.get(ocdsHref!);
    expect(ocds.status()).toBe(200);
    expect(ocds.headers()['content-type']).toContain('application/json');
    const releases = ((await ocds.json()) as { releases: { ocid: string; tender: { status: string }; awards: unknown[] }[] }).releases;
    expect(releases.length).toBeGreaterThan(0);
    expect(releases.every((r) => r.ocid.startsWith('ocds-demeu0-'))).toBe(true);
    expect(releases.some((r) => r.tender.status === 'complete' && r.awards.length > 0)).toBe(true);
  });
});
