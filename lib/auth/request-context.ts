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
  const forwarded = get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    requestId: get('x-request-id') ?? randomUUID(),
    ip: forwarded || get('x-real-ip') || null,
  };
}
