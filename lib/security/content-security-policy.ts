/**
 * The Content-Security-Policy of every response (R6). Scripts run only with this request's
 * nonce: Next.js reads the nonce from the request's CSP header (set by proxy.ts) and puts it
 * on its own bootstrap and chunk scripts; 'strict-dynamic' lets those load the rest. So no
 * 'unsafe-inline' for scripts: an injected <script> without the nonce does not run.
 * Styles keep 'unsafe-inline' (React style attributes and recharts' inline styles need it;
 * style injection cannot run code). 'unsafe-eval' only in development (React's dev tools).
 */
export function contentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 128 random bits, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
