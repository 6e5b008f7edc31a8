import { expect, test, type APIResponse } from '@playwright/test';

// R6/R7 — web hardening as the browser sees it, on the production build.
const STACK_FRAME = /\n\s+at [^\n]+\(|\bat (?:async )?[\w.$<>]+ \(\/|node_modules\//;

function expectSecurityHeaders(res: APIResponse) {
  const h = res.headers();
  const csp = h['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  // Scripts only with this response's nonce; no inline or eval escape hatch (R6).
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(h['strict-transport-security']).toMatch(/max-age=\d{8,}; includeSubDomains/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['x-powered-by']).toBeUndefined();
}

test('security headers on a page, an API route and a 404', async ({ request }) => {
  for (const url of ['/', '/api/health', '/api/open-data/ocds.json', '/this-page-does-not-exist']) {
    const res = await request.get(url, { maxRedirects: 0 });
    expectSecurityHeaders(res);
  }
});

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test('CSP: a fresh nonce per response, on every script of the page, and the page runs under it', async ({ request, page }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const nonce = nonceOf(first.headers()['content-security-policy'] ?? '');
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()['content-security-policy'] ?? '')).not.toBe(nonce);
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // In the browser: no CSP violation, and the hydrated page works (the language switcher is a client component).
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expect(violations).toEqual([]);
});

test('CSRF: a server action POST with a foreign Origin is rejected; nothing leaks', async ({ request, baseURL }) => {
  const host = new URL(baseURL!).host;
  const forged = await request.post('/sign-in', {
    headers: { 'Next-Action': '7f'.padEnd(42, '0'), Origin: 'https://evil.example', 'Content-Type': 'text/plain;charset=UTF-8', Host: host },
    data: '[]',
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  const body = await forged.text();
  expect(body).not.toMatch(STACK_FRAME);
  // The registration action (a real one) is refused the same way from another origin.
  const register = await request.post('/register', {
    headers: { 'Next-Action': 'ff'.padEnd(42, '1'), Origin: 'https://evil.example', 'Content-Type': 'text/plain;charset=UTF-8' },
    data: '[]',
    maxRedirects: 0,
  });
  expect(register.status()).toBeGreaterThanOrEqual(400);
});

test('no stack traces to users: bad ids, bad methods and malformed bodies answer generically', async ({ request }) => {
  const probes: APIResponse[] = [
    await request.get('/api/applications/%00%ff/pdf', { maxRedirects: 0 }),
    await request.get('/api/attachments/not-a-uuid', { maxRedirects: 0 }),
    await request.post('/api/applications/x/attachments', { multipart: { file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('') } }, maxRedirects: 0 }),
    await request.post('/api/auth/callback/credentials', { form: { email: 'x', password: 'y' }, maxRedirects: 0 }),
    await request.get('/operator/competitions/%E0%A4%A/admission', { maxRedirects: 0 }),
  ];
  for (const res of probes) {
    expect(res.status()).toBeLessThan(600);
    const text = await res.text();
    expect(text).not.toMatch(STACK_FRAME);
    expect(text).not.toContain('PrismaClient');
    expect(text).not.toContain('/work/');
  }
});
