import { describe, expect, it } from 'vitest';
import { afterFailedAttempt, FIRST_RETRY_DELAY_MS, MAX_DELIVERY_ATTEMPTS, MAX_RETRY_DELAY_MS, retryDelayMs } from '@/lib/mail/backoff';

const now = new Date('2026-03-02T10:00:00.000Z');

describe('e-mail outbox retry schedule (exponential backoff)', () => {
  it('doubles the wait after every failed attempt: 1, 2, 4 … 64 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => retryDelayMs(a) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(retryDelayMs(1)).toBe(FIRST_RETRY_DELAY_MS);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(30)).toBe(MAX_RETRY_DELAY_MS);
    for (let a = 1; a < 40; a++) expect(retryDelayMs(a + 1)).toBeGreaterThanOrEqual(retryDelayMs(a));
  });

  it('refuses a nonsense attempt number', () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });

  it('schedules the next attempt from the server clock while attempts are left', () => {
    expect(afterFailedAttempt(1, now)).toEqual({ status: 'PENDING', nextAttemptAt: new Date('2026-03-02T10:01:00.000Z') });
    expect(afterFailedAttempt(3, now)).toEqual({ status: 'PENDING', nextAttemptAt: new Date('2026-03-02T10:04:00.000Z') });
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS - 1, now).status).toBe('PENDING');
  });

  it('gives up (FAILED) after the last attempt', () => {
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS, now)).toEqual({ status: 'FAILED', nextAttemptAt: null });
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS + 3, now).status).toBe('FAILED');
  });
});
