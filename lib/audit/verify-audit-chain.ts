import type { AuditEvent, PrismaClient } from '@/lib/generated/prisma/client';
import { auditHash } from './audit-hash';

export type ChainVerdict = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: bigint; problem: 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' };

/**
 * Walks the audit trail in insertion order, recomputing every row's hash from its
 * content and its predecessor: an edited, deleted or inserted row breaks the chain at
 * the first row that no longer fits.
 */
export async function verifyAuditChain(db: PrismaClient, batchSize = 1000): Promise<ChainVerdict> {
  let prevHash: string | null = null;
  let cursor: bigint | null = null;
  let rows = 0;
  for (;;) {
    const batch: AuditEvent[] = await db.auditEvent.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (batch.length === 0) return { ok: true, rows };
    for (const row of batch) {
      rows += 1;
      if (row.prevHash !== prevHash) return { ok: false, rows, brokenAt: row.id, problem: 'PREV_HASH_MISMATCH' };
      const expected = auditHash(
        {
          occurredAt: row.occurredAt,
          actorId: row.actorId,
          actorRole: row.actorRole,
          action: row.action,
          objectType: row.objectType,
          objectId: row.objectId,
          before: row.before ?? null,
          after: row.after ?? null,
          reason: row.reason,
          requestId: row.requestId,
          ip: row.ip,
        },
        prevHash,
      );
      if (expected !== row.hash) return { ok: false, rows, brokenAt: row.id, problem: 'HASH_MISMATCH' };
      prevHash = row.hash;
      cursor = row.id;
    }
  }
}
