import { describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, signInLocked } from '@/lib/auth/throttle';
import { safeCallbackUrl } from '@/lib/auth/safe-callback';

describe('R6 sign-in throttling', () => {
  it.each([
    [{ forAccount: MAX_FAILURES_PER_ACCOUNT - 1, fromIp: 0 }, false],
    [{ forAccount: MAX_FAILURES_PER_ACCOUNT, fromIp: 0 }, true],
    [{ forAccount: 0, fromIp: MAX_FAILURES_PER_IP - 1 }, false],
    [{ forAccount: 0, fromIp: MAX_FAILURES_PER_IP }, true],
  ])('%o → locked %s', (failures, locked) => {
    expect(signInLocked(failures)).toBe(locked);
  });
});

describe('post-sign-in destination (no open redirect)', () => {
  it.each([
    ['/ngo', '/ngo'],
    ['/competitions/abc?x=1', '/competitions/abc?x=1'],
    ['https://evil.example/', '/me'],
    ['//evil.example/', '/me'],
    ['/\\evil.example', '/me'],
    ['javascript:alert(1)', '/me'],
    [undefined, '/me'],
  ])('%j → %s', (value, expected) => {
    expect(safeCallbackUrl(value, '/me')).toBe(expected);
  });
});
