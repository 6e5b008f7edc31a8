import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

// prisma/seed/commission.ts: a grant competition in ADMISSION, all applications decided, no commission.
const TITLE_KK = 'Қоғамдық кеңестердің рөлін арттыру бойынша мемлекеттік гранттар конкурсы';
const EXPERT = 'Қанат Әлібекұлы Омаров';
const EXPERT2 = 'Лаура Сейітқызы Ахметова';
const EXPERT4 = 'Сәуле Бекенқызы Тұрсынова';
const EXPERT5 = 'Арман Талғатұлы Дүйсенов';
const EXPERT6 = 'Меруерт Сабитқызы Исаева';
const EXPERT7 = 'Ділназ Ғаниқызы Рахимова';
const EXPERT8 = 'Нұрлан Серікұлы Әбенов';
const OPERATOR = 'Динара Болатқызы Қасымова';
const DIRECTION_15 = '15. Азаматтық қоғамды дамытуға, оның ішінде үкіметтік емес ұйымдар қызметінің тиімділігін арттыруға жәрдемдесу';

async function commissionUrl(operator: Page): Promise<string> {
  await operator.goto('/operator');
  const href = await operator.getByRole('row').filter({ hasText: TITLE_KK }).getByRole('link').first().getAttribute('href');
  const id = /\/operator\/competitions\/([^/?#]+)/.exec(href ?? '')?.[1];
  expect(id, 'the seeded competition in admission is listed in the console').toBeTruthy();
  return `/operator/competitions/${id}/commission`;
}

const SCORING_TITLE_KK = 'Азаматтық қоғамды дамыту және қоғамдық келісімді нығайту бағыттары бойынша мемлекеттік гранттар конкурсы';
const EXPERT3 = 'Ерболат Жұмаұлы Нұрпейісов';

const candidate = (page: Page, name: string) => page.getByTestId('composition-editor').getByRole('checkbox', { name: new RegExp(name) });

test.describe('commission (issue 5, item 4: CM-1 live, GC-7, GC-9, GC-10)', () => {
  test('the operator composes the initial commission; a live CM-1 violation appears with the operator employee and disappears; the composition is saved', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    const url = await commissionUrl(operator);
    await operator.goto(url);
    await expect(operator.getByRole('heading', { level: 1 })).toContainText(TITLE_KK);
    await expect(operator.getByTestId('commission-status')).toHaveText('Құрылмаған');

    // GC-7: only selectable experts are offered; the others are listed with the reason.
    const notOffered = operator.getByTestId('not-offered');
    await notOffered.locator('summary').click();
    await expect(notOffered).toContainText(EXPERT5);
    await expect(notOffered).toContainText(EXPERT7);
    await expect(notOffered).toContainText('бағыт бойынша тәжірибесі 0 жыл, кемінде 2 қажет');
    await expect(candidate(operator, EXPERT7)).toHaveCount(0);
    // GC-8 is flagged already: «Арал балалары», which nominated expert4, applied.
    await expect(operator.getByTestId('composition-editor').getByRole('listitem').filter({ hasText: EXPERT4 })).toContainText('Ұсынған ҮЕҰ өтінім берді');

    for (const name of [EXPERT, EXPERT2, EXPERT4, EXPERT6]) await candidate(operator, name).check();
    const live = operator.getByTestId('live-violations');
    await expect(live).toHaveText('Құрам ережелерге сәйкес.');

    // GC-9 / CM-1, live in the browser: the operator employee brings two violations.
    await candidate(operator, EXPERT8).check();
    await expect(live.getByTestId('violation-OPERATOR_EMPLOYEE')).toHaveText('Оператор қызметкері комиссия мүшесі бола алмайды.');
    await expect(live.getByTestId('violation-NGO_SHARE')).toBeVisible();
    const save = operator.getByRole('button', { name: 'Құрамды сақтау' });
    await expect(save).toBeDisabled();
    await candidate(operator, EXPERT8).uncheck();
    await expect(live.getByTestId('violation-OPERATOR_EMPLOYEE')).toHaveCount(0);
    await expect(live).toHaveText('Құрам ережелерге сәйкес.');

    await operator.getByLabel('Хатшы (оператор қызметкері, дауыс құқығынсыз)').selectOption({ label: OPERATOR });
    await expect(operator.getByTestId('composition-summary')).toContainText('Ең көбі 15 адамның 5; сарапшылар 4, оның ішінде ҮЕҰ ұсынғаны — 3.');
    await save.click();
    await expect(operator.getByText('Құрам сақталды.')).toBeVisible();
    await expect(operator.getByTestId('commission-status')).toHaveText('Бастапқы құрам');

    // Saved on the server: a fresh load shows the same composition, and the COI forms can go out.
    await operator.reload();
    for (const name of [EXPERT, EXPERT2, EXPERT4, EXPERT6]) await expect(candidate(operator, name)).toBeChecked();
    await expect(candidate(operator, EXPERT8)).not.toBeChecked();
    await expect(operator.getByLabel('Хатшы (оператор қызметкері, дауыс құқығынсыз)')).toHaveValue(/.+/);
    await expect(operator.getByTestId('send-coi').getByRole('button', { name: 'Нысандарды жіберу' })).toBeEnabled();
    await expectAccessible(operator);
  });

  test('the approved commission of the competition in scoring shows each member\'s COI coverage and the engine\'s conflicts (CI-1, CI-2)', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator');
    const href = await operator.getByRole('row').filter({ hasText: SCORING_TITLE_KK }).getByRole('link').first().getAttribute('href');
    const id = /\/operator\/competitions\/([^/?#]+)/.exec(href ?? '')?.[1];
    await operator.goto(`/operator/competitions/${id}/commission`);
    await expect(operator.getByTestId('commission-status')).toHaveText('Түпкілікті құрам бекітілді');
    const members = operator.getByTestId('commission-members');
    await expect(members.getByRole('row')).toHaveCount(6);
    // expert3 stays on the seeded commission: the NGO that nominated him applied (GC-8), shown as binding.
    const expert3 = members.getByRole('row').filter({ hasText: EXPERT3 });
    await expect(expert3.getByTestId('member-conflicts')).toContainText('ұсынған ҮЕҰ өтінім берді');
    await expect(expert3.getByTestId('coi-coverage')).toHaveText('5 өтінімнің 3');
    const expert4 = members.getByRole('row').filter({ hasText: EXPERT4 });
    await expect(expert4.getByTestId('member-conflicts')).toContainText('қақтығыс бар екенін мәлімдеді');
    await expect(members.getByRole('row').filter({ hasText: EXPERT }).first().getByTestId('coi-coverage')).toHaveText('5 өтінімнің 5');
    // Approved: read-only, no replacement or approval controls.
    await expect(operator.getByRole('button', { name: 'Түпкілікті құрамды бекіту' })).toHaveCount(0);
    await expect(operator.getByTestId('composition-editor')).toHaveCount(0);
    await expectAccessible(operator);
  });

  test('an NGO user gets 403 on the commission page and on the expert register', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    const url = await commissionUrl(operator);
    const ngo = await signedIn(browser, 'ngo@demeu.kz');
    for (const path of [url, '/operator/experts']) {
      const response = await ngo.goto(path);
      expect(response?.status()).toBe(403);
    }
  });
});

test.describe('expert register (issue 5, item 3: GC-5..GC-7)', () => {
  test('filters the register and invites an expert, who sets a password through the link and becomes active', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/experts');
    await expect(operator.getByRole('heading', { level: 1, name: 'Сарапшылар тізілімі' })).toBeVisible();
    const register = operator.getByTestId('expert-register');
    await expect(register.getByRole('link', { name: EXPERT7 })).toBeVisible();
    // GC-7: "selectable only" in direction 15 leaves out the 1-year expert and the one without the direction.
    await operator.getByLabel('Бағыт').selectOption({ label: DIRECTION_15 });
    await operator.getByLabel(/Тек таңдауға болатындар/).check();
    await operator.getByRole('button', { name: 'Көрсету' }).click();
    await expect(operator).toHaveURL(/selectable=1/);
    await expect(register.getByRole('link', { name: EXPERT })).toBeVisible();
    await expect(register.getByRole('link', { name: EXPERT8 })).toBeVisible();
    await expect(register.getByRole('link', { name: EXPERT7 })).toHaveCount(0);
    await expect(register.getByRole('link', { name: EXPERT5 })).toHaveCount(0);

    await operator.getByRole('link', { name: 'Сарапшыны шақыру' }).click();
    await expect(operator).toHaveURL(/\/operator\/experts\/new$/);
    const email = `invited.${Date.now()}@example.kz`;
    await operator.getByLabel('Аты-жөні').fill('Айгерім Нұрланқызы Сәрсенова');
    await operator.getByLabel('Электрондық пошта').fill(email);
    await operator.getByLabel('1-бағыт').selectOption({ label: DIRECTION_15 });
    await operator.getByLabel('Тәжірибе (жыл)').fill('4');
    const nominator = operator.getByLabel('Ұсынған ҮЕҰ');
    const dialogue = await nominator.locator('option', { hasText: '«Азаматтық диалог»' }).getAttribute('value');
    await nominator.selectOption(dialogue!);
    await operator.getByLabel('Жұмыс орны').fill('Л.Н. Гумилев атындағы ЕҰУ');
    await operator.getByRole('button', { name: 'Тізілімге енгізу және шақыру жіберу' }).click();
    const done = operator.getByTestId('expert-invited');
    await expect(done).toContainText('Шақыру жіберілді');
    const link = await done.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/expert-invitations\/[A-Za-z0-9_-]{40,}$/);

    // The invitee opens the link in their own browser and sets a password.
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(link);
    await expect(invitee.getByRole('heading', { level: 1, name: 'Сарапшыға шақыру' })).toBeVisible();
    await invitee.getByLabel('Құпиясөз', { exact: true }).fill('short');
    await invitee.getByLabel('Құпиясөзді қайталаңыз').fill('short');
    await invitee.getByRole('button', { name: 'Есептік жазбаны белсендіру' }).click();
    await expect(invitee.getByText('Құпиясөз тым қысқа.')).toBeVisible();
    await invitee.getByLabel('Құпиясөз', { exact: true }).fill('expert-password-2026');
    await invitee.getByLabel('Құпиясөзді қайталаңыз').fill('expert-password-2026');
    await invitee.getByRole('button', { name: 'Есептік жазбаны белсендіру' }).click();
    // (not /\/expert/: the invitation's own address already matches that)
    await expect(invitee).toHaveURL(/\/expert$/);
    // The link is used up.
    const again = await (await browser.newContext()).newPage();
    await again.goto(link);
    await expect(again.getByRole('main').getByRole('alert')).toContainText('Шақыру пайдаланылған.');

    await done.getByRole('link', { name: 'Тізілім жазбасын ашу' }).click();
    await expect(operator.getByTestId('expert-status')).toHaveText('Белсенді');
    await expectAccessible(operator);
  });
});
