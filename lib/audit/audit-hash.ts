import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';

// Deterministic JSON (sorted keys; BigInt as string) so the same row always hashes the same.
const stringify = configure({ bigint: true, deterministic: true });

export interface AuditContent {
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
}

/** SHA-256 over the row's content and the previous row's hash: a hash chain (tamper evidence). */
export function auditHash(content: AuditContent, prevHash: string | null): string {
  const canonical = stringify({ ...content, occurredAt: content.occurredAt.toISOString(), prevHash }) ?? '';
  return createHash('sha256').update(canonical).digest('hex');
}
