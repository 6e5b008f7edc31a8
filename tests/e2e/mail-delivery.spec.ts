import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readCapturedMessages, type CapturedMessage } from '../../lib/ops/smtp-capture';
import { runJobNow } from './support/e2e-database';
import { signedIn } from './support/session';

const DIRECTION_15 = '15. Азаматтық қоғамды дамытуға, оның ішінде үкіметтік емес ұйымдар қызметінің тиімділігін арттыруға жәрдемдесу';

/** The e2e server's SMTP capture file (lib/ops/serve-e2e.ts names it next to the database URL). */
function captureFile(): string {
  const serverFile = path.resolve(import.meta.dirname, '../../.data/e2e-server.json');
  return (JSON.parse(readFileSync(serverFile, 'utf8')) as { mailCaptureFile: string }).mailCaptureFile;
}

async function mailTo(address: string): Promise<CapturedMessage> {
  let found: CapturedMessage | undefined;
  await expect
    .poll(() => (found = readCapturedMessages(captureFile()).find((m) => m.envelope.to.includes(address))), { timeout: 20_000 })
    .toBeTruthy();
  return found!;
}

test.describe('e-mail delivery (issue 8 item 2)', () => {
  test('the operator invites an expert; the outbox worker mails the invitation over SMTP in Kazakh and its link works', async ({ browser }) => {
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto('/operator/experts/new');
    const email = `mailed.${Date.now()}@example.kz`;
    await operator.getByLabel('Аты-жөні').fill('Асель Ерланқызы Жұмабаева');
    await operator.getByLabel('Электрондық пошта').fill(email);
    await operator.getByLabel('1-бағыт').selectOption({ label: DIRECTION_15 });
    await operator.getByLabel('Тәжірибе (жыл)').fill('5');
    const nominator = operator.getByLabel('Ұсынған ҮЕҰ');
    await nominator.selectOption((await nominator.locator('option', { hasText: '«Азаматтық диалог»' }).getAttribute('value'))!);
    await operator.getByLabel('Жұмыс орны').fill('Әл-Фараби атындағы ҚазҰУ');
    await operator.getByRole('button', { name: 'Тізілімге енгізу және шақыру жіберу' }).click();
    const done = operator.getByTestId('expert-invited');
    await expect(done).toContainText('Шақыру жіберілді');
    const shown = new URL(await done.getByTestId('invitation-link').inputValue(), 'http://localhost').pathname;

    // The worker's job, as its every-minute cron would run it.
    await runJobNow('deliver-notifications');
    const mail = await mailTo(email);
    expect(mail.subject).toBe('Demeu сарапшылар тізіліміне шақыру — Demeu');
    expect(mail.text).toContain('Құрметті Асель Ерланқызы Жұмабаева!');
    expect(mail.text).toContain('Demeu сарапшылар тізіліміне енгізілдіңіз');
    const link = /Порталда ашу: (\S+)/.exec(mail.text)?.[1];
    expect(link && new URL(link).pathname).toBe(shown);
    expect(mail.html).toContain(`href="${link}"`);

    // The link from the e-mail opens the invitation.
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(new URL(link!).pathname);
    await expect(invitee.getByRole('heading', { level: 1, name: 'Сарапшыға шақыру' })).toBeVisible();
  });
});
