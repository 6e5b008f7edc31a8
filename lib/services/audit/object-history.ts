import { z } from 'zod';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

type Db = PrismaClient | Prisma.TransactionClient;

/** Which object's history: its type as the audit trail names it (e.g. "Competition") and its id. */
export const objectHistoryQuerySchema = z.object({
  type: z.string().trim().regex(/^[A-Z][A-Za-z]{1,40}$/),
  id: z.string().trim().min(1).max(80),
});
export type ObjectHistoryQuery = z.output<typeof objectHistoryQuerySchema>;

export interface HistoryEvent {
  /** The chain position (AuditEvent.id) as text: BigInt does not cross to the client. */
  seq: string;
  occurredAt: Date;
  action: string;
  actorName: string | null;
  actorRole: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
  /** The row's own SHA-256 (hash chain), for the record. */
  hash: string;
}

/**
 * Every audit event of one object, oldest first — the operator's "history" of anything the
 * portal changes (issue 8 item 1). Read-only: the rows are append-only and hash-chained
 * (lib/audit); who may read is the caller's check (operator staff).
 */
export async function objectHistory(db: Db, query: ObjectHistoryQuery): Promise<HistoryEvent[]> {
  const rows = await db.auditEvent.findMany({
    where: { objectType: query.type, objectId: query.id },
    orderBy: { id: 'asc' },
    take: 500,
    select: { id: true, occurredAt: true, action: true, actorRole: true, reason: true, before: true, after: true, requestId: true, ip: true, hash: true, actor: { select: { name: true } } },
  });
  return rows.map((r) => ({
    seq: r.id.toString(),
    occurredAt: r.occurredAt,
    action: r.action,
    actorName: r.actor?.name ?? null,
    actorRole: r.actorRole,
    reason: r.reason,
    before: r.before,
    after: r.after,
    requestId: r.requestId,
    ip: r.ip,
    hash: r.hash,
  }));
}
