import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS } from '@/lib/mail/backoff';
import { mailConfigFromEnv, type MailConfig } from '@/lib/mail/config';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import { deliverEmailNotifications } from '@/lib/services/notifications/deliver-email-notifications';
import { readCapturedMessages, startSmtpCapture, type SmtpCapture } from '@/lib/ops/smtp-capture';
import { disconnectTestDb, testDb } from './test-db';

// The e-mail outbox end to end: rows written by enqueueNotifications are delivered by the
// worker's service through real SMTP (nodemailer) to the in-process smtp-server capture.
const dir = mkdtempSync(path.join(tmpdir(), 'demeu-mail-'));
let capture: SmtpCapture;
let config: MailConfig;
let sequence = 0;
const t0 = new Date('2026-03-02T05:00:00.000Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);
const messages = () => readCapturedMessages(capture.file);

async function user(locale: 'kk' | 'ru' | 'en' = 'kk') {
  sequence += 1;
  return testDb().user.create({ data: { email: `mail${sequence}@example.kz`, name: `Айгүл ${sequence}`, role: 'NGO', locale }, select: { id: true, locale: true, email: true } });
}

/** An admission decision's e-mail, as decide-admission writes it. */
async function enqueueAdmission(recipient: { id: string; locale: 'kk' | 'ru' | 'en' }, key = `${++sequence}`) {
  await testDb().$transaction((tx) =>
    enqueueNotifications(tx, {
      templateKey: 'application.admission',
      payload: { competitionTitleKk: 'Азаматтық қоғам', competitionTitleRu: 'Гражданское общество', admitted: false, reasons: ['R3'], comment: 'ҮЕҰ дерекқорына есеп жоқ' },
      object: { type: 'Application', id: `app-${key}` },
      dedupeKey: `application.admission.test:${key}`,
      now: t0,
      email: [recipient],
    }),
  );
  return testDb().notification.findFirstOrThrow({ where: { dedupeKey: { startsWith: `application.admission.test:${key}:` } } });
}

beforeAll(async () => {
  capture = await startSmtpCapture({ file: path.join(dir, 'mail.jsonl') });
  config = { ...mailConfigFromEnv({}), host: capture.host, port: capture.port, portalUrl: 'http://portal.test' };
});
beforeEach(async () => {
  await testDb().notification.deleteMany();
  rmSync(capture.file, { force: true });
});
afterAll(async () => {
  await capture.stop();
  await disconnectTestDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('e-mail outbox delivery through SMTP (issue 8 item 2)', () => {
  it('sends a PENDING e-mail to the capture, rendered in Kazakh as text and HTML, and marks it SENT', async () => {
    const kk = await user('kk');
    const row = await enqueueAdmission(kk);
    expect(row).toMatchObject({ channel: 'EMAIL', status: 'PENDING', attempts: 0 });

    const summary = await deliverEmailNotifications(testDb(), t0, { config });
    expect(summary).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });

    const [message, ...more] = messages();
    expect(more).toHaveLength(0);
    expect(message!.envelope.to).toEqual([kk.email]);
    expect(message!.subject).toBe('Өтінімді тексеру нәтижесі — Demeu');
    expect(message!.text).toContain('«Азаматтық қоғам» конкурсына өтініміңізді тексеру нәтижесі: жіберілмеді (R3). ҮЕҰ дерекқорына есеп жоқ');
    expect(message!.text).toContain(`Порталда ашу: http://portal.test/ngo/applications/${row.objectId}`);
    expect(message!.html).toContain('<html lang="kk">');
    expect(message!.html).toContain('«Азаматтық қоғам» конкурсына өтініміңізді тексеру нәтижесі');
    expect(message!.html).toContain(`href="http://portal.test/ngo/applications/${row.objectId}"`);
    expect(message!.messageId).toBe(`<notification.${row.id}@demeu.local>`);

    const sent = await testDb().notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1, sentAt: t0, messageId: message!.messageId, lastError: null, claimToken: null });

    // Delivered once: the next run has nothing to do.
    expect(await deliverEmailNotifications(testDb(), plus(60_000), { config })).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });
    expect(messages()).toHaveLength(1);
  });

  it('renders in the recipient language (ru)', async () => {
    const ru = await user('ru');
    await enqueueAdmission(ru);
    await deliverEmailNotifications(testDb(), t0, { config });
    const [message] = messages();
    expect(message!.subject).toBe('Результат проверки заявки — Demeu');
    expect(message!.text).toContain('«Гражданское общество»');
  });

  it('a failing SMTP server (wrong port) counts the attempt, keeps the error and retries with backoff; once the server is back it is sent', async () => {
    const recipient = await user();
    const row = await enqueueAdmission(recipient);
    // A port nobody listens on: a capture started and stopped again.
    const dead = await startSmtpCapture({ file: path.join(dir, 'dead.jsonl') });
    await dead.stop();
    const wrong = { ...config, port: dead.port };

    expect(await deliverEmailNotifications(testDb(), t0, { config: wrong })).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });
    let state = await testDb().notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(state.status).toBe('PENDING');
    expect(state.attempts).toBe(1);
    expect(state.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(state.nextAttemptAt).toEqual(plus(60_000)); // 1st retry after 1 minute
    expect(messages()).toHaveLength(0);

    // Not due before its time, even with the server back.
    expect((await deliverEmailNotifications(testDb(), plus(30_000), { config })).claimed).toBe(0);

    // The second failure doubles the wait (2 minutes).
    await deliverEmailNotifications(testDb(), plus(60_000), { config: wrong });
    state = await testDb().notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(state.attempts).toBe(2);
    expect(state.nextAttemptAt).toEqual(plus(60_000 + 120_000));

    expect(await deliverEmailNotifications(testDb(), plus(180_000), { config })).toMatchObject({ claimed: 1, sent: 1 });
    state = await testDb().notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(state).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });
    expect(messages()).toHaveLength(1);
  });

  it('gives up after the last attempt: FAILED with the error kept', async () => {
    const row = await enqueueAdmission(await user());
    await testDb().notification.update({ where: { id: row.id }, data: { attempts: MAX_DELIVERY_ATTEMPTS - 1 } });
    const dead = await startSmtpCapture({ file: path.join(dir, 'dead.jsonl') });
    await dead.stop();
    expect(await deliverEmailNotifications(testDb(), t0, { config: { ...config, port: dead.port } })).toMatchObject({ claimed: 1, failed: 1 });
    const state = await testDb().notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(state).toMatchObject({ status: 'FAILED', attempts: MAX_DELIVERY_ATTEMPTS, nextAttemptAt: null });
    expect(state.lastError).toBeTruthy();
    expect((await deliverEmailNotifications(testDb(), plus(86_400_000), { config })).claimed).toBe(0);
  });

  it('two concurrent runs send every row exactly once (FOR UPDATE SKIP LOCKED)', async () => {
    const rows = [];
    for (let i = 0; i < 12; i++) rows.push(await enqueueAdmission(await user()));
    const [a, b] = await Promise.all([
      deliverEmailNotifications(testDb(), t0, { config, batchSize: 3 }),
      deliverEmailNotifications(testDb(), t0, { config, batchSize: 3 }),
    ]);
    expect(a.sent + b.sent).toBe(12);
    expect(a.claimed + b.claimed).toBe(12);
    const ids = messages().map((m) => m.headers['x-demeu-notification']);
    expect(ids).toHaveLength(12);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
    expect(await testDb().notification.count({ where: { status: 'SENT', attempts: 1 } })).toBe(12);
  });

  it('a row claimed by a worker that crashed is delivered once after its lease ends', async () => {
    const row = await enqueueAdmission(await user());
    // What a claim leaves behind when the worker dies before sending: the attempt counted, a lease of 5 minutes.
    await testDb().notification.update({ where: { id: row.id }, data: { attempts: 1, claimToken: 'crashed-run', claimedAt: t0, nextAttemptAt: plus(300_000) } });
    expect((await deliverEmailNotifications(testDb(), plus(60_000), { config })).claimed).toBe(0);
    expect(await deliverEmailNotifications(testDb(), plus(300_000), { config })).toMatchObject({ claimed: 1, sent: 1 });
    // The crashed run, coming back, can no longer mark the row (its token is gone).
    const late = await testDb().notification.updateMany({ where: { id: row.id, claimToken: 'crashed-run', status: 'PENDING' }, data: { status: 'FAILED' } });
    expect(late.count).toBe(0);
    expect(messages()).toHaveLength(1);
    expect(await testDb().notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'SENT', attempts: 2 });
  });
});
