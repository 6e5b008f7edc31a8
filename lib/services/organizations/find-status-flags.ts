import type { PrismaClient } from '@/lib/generated/prisma/client';
import { STATUS_FLAGS, STATUS_FLAG_AUDIT_ACTION, STATUS_FLAG_COLUMNS, type StatusFlag } from './status-flags';

export interface StatusFlagState {
  flag: StatusFlag;
  active: boolean;
  /** When the flag was last set or cleared, and by whom. */
  changedAt: Date | null;
  changedBy: string | null;
  /** The reason recorded with the last change (from the audit trail), when there is one. */
  reason: string | null;
}

/** The four EL-1 flags of an organisation with the last change and its reason. */
export async function findStatusFlags(db: PrismaClient, organizationId: string): Promise<StatusFlagState[] | null> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    include: {
      liquidationSetBy: { select: { name: true } },
      bankruptcySetBy: { select: { name: true } },
      propertyArrestSetBy: { select: { name: true } },
      suspensionSetBy: { select: { name: true } },
    },
  });
  if (!org) return null;
  const events = await db.auditEvent.findMany({
    where: { objectType: 'Organization', objectId: organizationId, action: STATUS_FLAG_AUDIT_ACTION },
    orderBy: { id: 'desc' },
    select: { after: true, reason: true },
    take: 200,
  });
  const lastReason = new Map<string, string | null>();
  for (const e of events) {
    const flag = (e.after as { flag?: string } | null)?.flag;
    if (flag && !lastReason.has(flag)) lastReason.set(flag, e.reason);
  }
  return STATUS_FLAGS.map((flag) => {
    const columns = STATUS_FLAG_COLUMNS[flag];
    return {
      flag,
      active: org[flag],
      changedAt: org[columns.setAt],
      changedBy: org[columns.setBy]?.name ?? null,
      reason: lastReason.get(flag) ?? null,
    };
  });
}
