import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/passwords';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, SIGN_IN_WINDOW_MINUTES } from '@/lib/auth/throttle';
import { authenticate } from '@/lib/services/accounts/authenticate';
import { disconnectTestDb, testContext, testDb } from './test-db';

// R6 — sign-in throttling per account and per address (lib/auth/throttle.ts), on the real
// service: N failures, then refused with a translated message EVEN WITH THE RIGHT PASSWORD
// until the window has passed.
const PASSWORD = 'Right-password-2026';
const T0 = new Date('2026-11-20T06:00:00.000Z');
const plus = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let seq = 0;

async function newUser() {
  const n = ++seq;
  const email = `throttle${n}@example.kz`;
  await testDb().user.create({ data: { email, name: `Тексеру ${n}`, role: 'NGO', locale: 'kk', passwordHash: await hashPassword(PASSWORD) } });
  return email;
}
const from = (ip: string) => ({ ...testContext, ip });

beforeAll(async () => {
  await testDb().$queryRaw`SELECT 1`;
});
afterAll(disconnectTestDb);

describe('R6 sign-in throttling', () => {
  it(`per account: after ${MAX_FAILURES_PER_ACCOUNT} failures the right password is refused (signInLocked) until ${SIGN_IN_WINDOW_MINUTES} minutes have passed`, async () => {
    const email = await newUser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      // From different addresses: the account counter alone locks.
      expect(await authenticate(testDb(), { email, password: 'wrong' }, from(`10.0.0.${i + 1}`), plus(i))).toMatchObject({ ok: false, error: { code: 'invalidCredentials' } });
    }
    const locked = await authenticate(testDb(), { email, password: PASSWORD }, from('10.0.1.1'), plus(MAX_FAILURES_PER_ACCOUNT));
    expect(locked).toEqual({ ok: false, error: { code: 'signInLocked', params: { minutes: SIGN_IN_WINDOW_MINUTES } } });
    // Still locked inside the window.
    expect(await authenticate(testDb(), { email: email.toUpperCase(), password: PASSWORD }, from('10.0.1.2'), plus(SIGN_IN_WINDOW_MINUTES - 1))).toMatchObject({ ok: false, error: { code: 'signInLocked' } });
    // Attempts refused by the lock do not prolong it: once the first failure has left the
    // window, fewer than the limit remain and the right password works again.
    const later = plus(SIGN_IN_WINDOW_MINUTES + 1);
    expect(await authenticate(testDb(), { email, password: PASSWORD }, from('10.0.1.3'), later)).toMatchObject({ ok: true, user: { email } });
    expect(await testDb().loginAttempt.count({ where: { email, success: false } })).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(await testDb().auditEvent.count({ where: { action: 'auth.sign-in-throttled', objectId: email } })).toBeGreaterThanOrEqual(2);
  });

  it(`per address: ${MAX_FAILURES_PER_IP} failures over many accounts lock every account from that address, not from others`, async () => {
    const ip = '192.0.2.77';
    const victim = await newUser();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await authenticate(testDb(), { email: `nobody${i}@example.kz`, password: 'guess' }, from(ip), plus(i % 10));
    }
    expect(await authenticate(testDb(), { email: victim, password: PASSWORD }, from(ip), plus(10))).toMatchObject({ ok: false, error: { code: 'signInLocked' } });
    expect(await authenticate(testDb(), { email: victim, password: PASSWORD }, from('192.0.2.78'), plus(10))).toMatchObject({ ok: true });
  });

  it('the refusal is translated in kk, ru and en with the window in minutes (no raw code shown)', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const messages = JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${locale}/common.json`), 'utf8')) as Record<string, unknown>;
      const t = createTranslator({ locale, messages, namespace: 'errors' } as never) as unknown as (k: string, v?: Record<string, unknown>) => string;
      const text = t('signInLocked', { minutes: SIGN_IN_WINDOW_MINUTES });
      expect(text).toContain(String(SIGN_IN_WINDOW_MINUTES));
      expect(text).not.toContain('signInLocked');
      expect(text).not.toContain('{');
    }
  });

  it('a deactivated account with the right password is refused like a wrong password (no account probing)', async () => {
    const email = await newUser();
    await testDb().user.update({ where: { email }, data: { active: false } });
    expect(await authenticate(testDb(), { email, password: PASSWORD }, from('10.9.9.9'), plus(0))).toEqual({ ok: false, error: { code: 'invalidCredentials' } });
  });
});
