import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import type { RequestContext } from '@/lib/audit/record-audit-event';

/** Who is asking from where, for the audit trail: the proxy's client address and a request id. */
export async function requestContext(): Promise<RequestContext> {
  const h = await headers();
  return contextFromHeaders((name) => h.get(name));
}

export function contextFromHeaders(get: (name: string) => string | null | undefined): RequestContext {
  // The address our own proxy appended is the LAST one; anything before it was sent by the
  // client and could be forged to dodge the per-address sign-in throttle (R7).
  const forwarded = get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return {
    requestId: get('x-request-id') ?? randomUUID(),
    ip: forwarded || get('x-real-ip') || null,
  };
}
