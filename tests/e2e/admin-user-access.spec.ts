import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { withE2eDatabase } from './support/e2e-database';
import { DEMO_PASSWORD, expectAccessible, signIn } from './support/session';

// Issue 9 item 5: account administration with session invalidation. An administrator changes a
// staff account's role, ends its sessions and deactivates it; every change bumps the account's
// sessionVersion, so the user's open session ends on its next request. The account is created
// for this spec (no other spec uses it); admin@demeu.kz only acts.

const ADMIN = 'admin@demeu.kz';
const email = `access-${Date.now()}-${randomBytes(3).toString('hex')}@demeu.kz`;

test.beforeAll(async () => {
  // A fresh OPERATOR account with the demo password (its hash copied from operator@demeu.kz).
  await withE2eDatabase(async (db) => {
    await db.query(
      `insert into "User" (id, email, name, role, "passwordHash", "updatedAt")
       select $1, $2, 'Сынақ Операторов', 'OPERATOR', "passwordHash", now() from "User" where email = 'operator@demeu.kz'`,
      [`e2eaccess${randomBytes(8).toString('hex')}`, email],
    );
  });
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The admin opens the account's page from the user list. */
async function openAccount(admin: Page) {
  await admin.goto('/admin');
  await admin.getByRole('link', { name: `Басқару — ${email}` }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Сынақ Операторов' })).toBeVisible();
}

/** The success message of the role / access form (the sessions form has its own). */
const accessStatus = (admin: Page) => admin.getByRole('region', { name: 'Рөл және қолжетімділік' }).getByRole('status');

/** The user's next request finds the session ended: the sign-in page. */
async function expectSignedOut(user: Page, path: string) {
  await user.goto(path);
  await expect(user).toHaveURL(/\/sign-in\?callbackUrl=/);
}

test('an admin changes a staff role, ends the sessions and deactivates the account; each ends the open session', async ({ browser }) => {
  test.setTimeout(120_000);
  const user = await newPage(browser);
  await signIn(user, email);
  await user.goto('/operator');
  await expect(user.getByRole('heading', { level: 1, name: 'Оператор консолі' })).toBeVisible();

  const admin = await newPage(browser);
  await signIn(admin, ADMIN);
  await openAccount(admin);
  await expect(admin.getByTestId('user-role')).toHaveText('Оператор қызметкері');
  await expectAccessible(admin, 'the admin account page');

  // A refusal keeps what was typed: the reason is too short.
  await admin.getByLabel('Рөлі', { exact: true }).selectOption({ label: 'Әкімші' });
  await admin.getByLabel('Негіздеме', { exact: true }).fill('абв');
  await admin.getByRole('button', { name: 'Өзгерістерді сақтау' }).click();
  await expect(admin.getByText('Кемінде 5 таңбадан тұратын негіздеме көрсетіңіз.')).toBeVisible();
  await expect(admin.getByLabel('Рөлі', { exact: true })).toHaveValue('ADMIN');
  await expect(admin.getByLabel('Негіздеме', { exact: true })).toHaveValue('абв');

  // The role change: the user's open session ends.
  await admin.getByLabel('Негіздеме', { exact: true }).fill('Әкімшілер тобына ауыстырылды');
  await admin.getByRole('button', { name: 'Өзгерістерді сақтау' }).click();
  await expect(accessStatus(admin)).toHaveText('Рөл өзгертілді. Пайдаланушының сеанстары аяқталды.');
  await expect(admin.getByTestId('user-role')).toHaveText('Әкімші');
  await expectAccessible(admin, 'the admin account page after a change');

  await expectSignedOut(user, '/operator');
  // Signing in again mints a session with the new role.
  await signIn(user, email);
  await user.goto('/admin');
  await expect(user.getByRole('heading', { level: 1, name: 'Әкімшілік' })).toBeVisible();

  // "End all sessions" (a lost laptop): role and access stay, the session ends.
  await admin.getByLabel('Сеанстарды аяқтау негіздемесі').fill('Ноутбук жоғалды');
  await admin.getByRole('button', { name: 'Барлық сеанстарды аяқтау' }).click();
  await expect(admin.getByRole('region', { name: 'Барлық сеанстарды аяқтау' }).getByRole('status')).toHaveText('Осы тіркелгінің барлық сеанстары аяқталды.');
  await expectSignedOut(user, '/admin');
  await signIn(user, email);
  await user.goto('/admin');
  await expect(user.getByRole('heading', { level: 1, name: 'Әкімшілік' })).toBeVisible();

  // Deactivation: the session ends and signing in is refused. The change form follows the
  // page after "end all sessions" (no stale-token refusal).
  await admin.getByLabel('Тіркелгі белсенді (кіруге болады)').uncheck();
  await admin.getByLabel('Негіздеме', { exact: true }).fill('Жұмыстан босатылды');
  await admin.getByRole('button', { name: 'Өзгерістерді сақтау' }).click();
  await expect(accessStatus(admin)).toHaveText('Тіркелгі өшірілді. Пайдаланушының сеанстары аяқталды.');
  await expect(admin.getByTestId('user-active')).toHaveText('жоқ');

  await expectSignedOut(user, '/admin');
  await user.getByLabel('Электрондық пошта').fill(email);
  await user.getByLabel('Құпиясөз').fill(DEMO_PASSWORD);
  await user.getByRole('button', { name: 'Кіру', exact: true }).click();
  await expect(user.getByText('Электрондық пошта немесе құпиясөз қате.')).toBeVisible();
  await expect(user).toHaveURL(/\/sign-in/);

  // The trail: the account's history lists the three changes with their reasons.
  await admin.getByTestId('history-link').click();
  await expect(admin.getByText('user.role_changed')).toBeVisible();
  await expect(admin.getByText('user.sessions_revoked')).toBeVisible();
  await expect(admin.getByText('user.deactivated')).toBeVisible();
  await expect(admin.getByText('Жұмыстан босатылды')).toBeVisible();
});

test("an admin's own account page offers no change (no self-demotion, no lockout)", async ({ browser }) => {
  const admin = await newPage(browser);
  await signIn(admin, ADMIN);
  await admin.goto('/admin');
  await admin.getByRole('link', { name: `Басқару — ${ADMIN}` }).click();
  await expect(admin.getByText('Бұл — сіздің өз тіркелгіңіз.', { exact: false })).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Өзгерістерді сақтау' })).toHaveCount(0);
});
