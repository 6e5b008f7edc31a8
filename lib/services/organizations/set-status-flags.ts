import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import type { StatusFlagChange } from '@/lib/validation/organization-profile';
import { refuse, type ServiceResult } from '../result';
import { STATUS_FLAG_AUDIT_ACTION, STATUS_FLAG_COLUMNS } from './status-flags';

/**
 * Operator staff set or clear one EL-1 flag of an NGO (liquidation, bankruptcy, property
 * arrest, suspension — grants §4.2) from a registry record, always with a reason. The
 * flag, who changed it and when are written on the organisation; the reason goes into
 * the audit event (the history of the flag), from where the NGO's profile shows it.
 */
export async function setStatusFlags(
  db: PrismaClient,
  actor: Actor,
  organizationId: string,
  input: StatusFlagChange,
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<{ flag: string; value: boolean }>> {
  if (!can(actor, 'set-status-flags', { type: 'organization', id: organizationId })) return refuse('forbidden');
  const staff = await db.user.findUnique({ where: { id: actor.id }, select: { active: true, role: true } });
  if (!staff?.active || (staff.role !== 'OPERATOR' && staff.role !== 'ADMIN')) return refuse('forbidden');
  const reason = input.reason.trim();
  if (reason.length < 5) return refuse('reasonRequired', { field: 'reason' });

  const columns = STATUS_FLAG_COLUMNS[input.flag];
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: organizationId } });
    if (!org || org.kind !== 'NGO') return refuse('notFound');
    const current = org[input.flag];
    if (current === input.value) return refuse(input.value ? 'flagAlreadySet' : 'flagAlreadyClear');

    // Compare-and-set on the flag itself: two operators changing it at once can't both win.
    const updated = await tx.organization.updateMany({
      where: { id: organizationId, [input.flag]: current },
      data: { [input.flag]: input.value, [columns.setAt]: now, [columns.setById]: actor.id },
    });
    if (updated.count !== 1) return refuse(input.value ? 'flagAlreadySet' : 'flagAlreadyClear');

    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: STATUS_FLAG_AUDIT_ACTION,
        object: { type: 'Organization', id: organizationId },
        before: { flag: input.flag, value: current, setAt: org[columns.setAt]?.toISOString() ?? null, setById: org[columns.setById] },
        after: { flag: input.flag, value: input.value, setAt: now.toISOString(), setById: actor.id },
        reason,
      },
      context,
    );
    return { ok: true as const, flag: input.flag, value: input.value };
  });
}
