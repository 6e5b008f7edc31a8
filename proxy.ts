import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from '@/lib/security/content-security-policy';

/**
 * A fresh CSP nonce for every request (R6): set on the request, where Next.js finds it and
 * signs its scripts with it, and on the response, where the browser enforces it. The other
 * security headers are static and come from next.config.mjs.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV !== 'production' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Static build assets carry no HTML and are served from the build as they are.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
