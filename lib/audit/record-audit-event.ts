import type { Prisma } from '@/lib/generated/prisma/client';
import { auditHash, type AuditContent } from './audit-hash';

export interface RequestContext {
  requestId: string | null;
  ip: string | null;
}

export interface AuditInput {
  actor: { id: string; role: string } | null;
  action: string;
  object: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 7_311_2026;

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue;
}

/**
 * Appends one event to the audit trail inside the caller's transaction, so the event
 * exists if and only if the change it describes was committed. Writers take a
 * transaction-scoped advisory lock so the chain stays a single line under concurrency.
 */
export async function recordAuditEvent(tx: Prisma.TransactionClient, input: AuditInput, context: RequestContext): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const content: AuditContent = {
    occurredAt: new Date(),
    actorId: input.actor?.id ?? null,
    actorRole: input.actor?.role ?? null,
    action: input.action,
    objectType: input.object.type,
    objectId: input.object.id,
    before: toJson(input.before) ?? null,
    after: toJson(input.after) ?? null,
    reason: input.reason ?? null,
    requestId: context.requestId,
    ip: context.ip,
  };
  const prevHash = last?.hash ?? null;
  await tx.auditEvent.create({
    data: {
      ...content,
      actorRole: content.actorRole as Prisma.AuditEventCreateInput['actorRole'],
      before: toJson(input.before),
      after: toJson(input.after),
      prevHash,
      hash: auditHash(content, prevHash),
    },
  });
}
