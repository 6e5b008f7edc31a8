import { describe, expect, it } from 'vitest';
import { contextFromHeaders } from '@/lib/auth/request-context';

const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe('the client address of the audit trail and the sign-in throttle (R7)', () => {
  it('takes the address the proxy appended (the last X-Forwarded-For entry), not one the client wrote', () => {
    expect(contextFromHeaders(headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.7' })).ip).toBe('10.0.0.7');
    expect(contextFromHeaders(headers({ 'x-forwarded-for': '1.2.3.4,   198.51.100.2 ' })).ip).toBe('198.51.100.2');
  });
  it('falls back to X-Real-IP, then to none; keeps a given request id or makes one', () => {
    expect(contextFromHeaders(headers({ 'x-real-ip': '192.0.2.5' })).ip).toBe('192.0.2.5');
    expect(contextFromHeaders(headers({})).ip).toBeNull();
    expect(contextFromHeaders(headers({ 'x-request-id': 'req-1' })).requestId).toBe('req-1');
    expect(contextFromHeaders(headers({})).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
