import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

// Issue 7 item 6: the dashboards after the decision, on the seeded grant agreement ГК-<year>-047
// of «Алтай мұрасы» (ngo6@; IN_PROGRESS, its interim report due in 10 days — prisma/seed/grants.ts)
// and the operator's console.
test.describe('post-award dashboards (issue 7 item 6)', () => {
  test('the NGO sees its agreement, the next step and the reports due, and opens the report from there', async ({ browser }) => {
    const ngo = await signedIn(browser, 'ngo6@demeu.kz');
    await ngo.goto('/ngo');
    const agreements = ngo.getByTestId('ngo-agreements-dashboard');
    await expect(agreements.getByRole('heading', { level: 2, name: 'Менің шарттарым' })).toBeVisible();
    const row = agreements.getByRole('row').filter({ hasText: /ГК-\d{4}-047/ });
    await expect(row).toContainText('Орындалуда');
    const due = ngo.getByTestId('ngo-reports-due');
    const interim = due.getByRole('row').filter({ hasText: 'Аралық шығармашылық есеп' }).filter({ hasText: /ГК-\d{4}-047/ });
    await expect(interim).toContainText(/күн қалды|күн кешікті/);
    await expectAccessible(ngo, 'NGO cabinet with the post-award dashboard');
    await interim.getByRole('link', { name: 'Аралық шығармашылық есеп' }).click();
    await expect(ngo).toHaveURL(/\/ngo\/agreements\/[^/]+\/reports\/[^/]+$/);
  });

  test('the operator console shows overdue reports, releasable tranches and projects at risk', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator');
    const board = operator.getByTestId('operator-post-award');
    await expect(board.getByRole('heading', { level: 2, name: 'Шарттар, транштар, есептер' })).toBeVisible();
    const counts = board.getByTestId('operator-post-award-counts');
    await expect(counts).toContainText(/Мерзімі өткен есептер: \d+/);
    await expect(counts).toContainText(/Аударуға болатын транштар: \d+/);
    await expect(counts).toContainText(/Тәуекелдегі жобалар: \d+/);
    for (const title of ['Мерзімі өткен есептер', 'Аударуға болатын транштар', 'Тәуекелдегі жобалар']) {
      await expect(board.getByRole('heading', { level: 3, name: title })).toBeVisible();
    }
    await expectAccessible(operator, 'operator console with the post-award dashboard');
  });

  test('an NGO cannot open the operator console', async ({ browser }) => {
    const ngo = await signedIn(browser, 'ngo6@demeu.kz');
    await ngo.goto('/operator');
    await expect(ngo.getByTestId('operator-post-award')).toHaveCount(0);
  });
});
