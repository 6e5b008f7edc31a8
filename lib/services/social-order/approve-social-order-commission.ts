import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, type CommissionViolation } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { socialOrderCommissionViolations } from './commission-check';
import { socialOrderSettingsOf } from './settings';

export const approveSocialOrderCommissionSchema = z.object({
  commissionId: z.string().min(1),
  expectedVersion: z.number().int().min(0),
});

/**
 * The organiser approves a social-order selection commission (DRAFT → APPROVED, the
 * commission machine's SOCIAL_ORDER path — no COI round as for grants). Refused with the
 * CM-2 violations (EVEN_SIZE, TOO_FEW, NO_CHAIR, MORE_THAN_ONE_CHAIR) as params. Optimistic
 * lock on Commission.version; audit in the same transaction.
 */
export async function approveSocialOrderCommission(
  db: PrismaClient,
  actor: Actor,
  raw: z.input<typeof approveSocialOrderCommissionSchema>,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ version: number }> | { ok: false; error: { code: string; params?: Record<string, string | number> }; violations: CommissionViolation[] }> {
  const parsed = approveSocialOrderCommissionSchema.safeParse(raw);
  if (!parsed.success) return refuse('invalidInput');
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const c = await tx.commission.findUnique({
      where: { id: input.commissionId },
      select: {
        id: true, status: true, version: true, purpose: true,
        competition: { select: { id: true, kind: true, status: true, settings: true, dumpingPercent: true } },
        members: { where: { removedAt: null }, select: { id: true, role: true, side: true, votingRight: true, expert: { select: { operatorEmployee: true } } } },
      },
    });
    if (!c || c.competition.kind !== 'SOCIAL_ORDER' || c.purpose !== 'SELECTION') return refuse('commissionNotFound');
    if (!can(actor, 'manage', { type: 'competition', status: c.competition.status })) return refuse('forbidden');
    if (!checkTransition('commission', c.status, 'APPROVED', 'OPERATOR', { kind: 'SOCIAL_ORDER' }).ok) return refuse('commissionNotDraft', { params: { status: c.status } });
    if (c.version !== input.expectedVersion) return refuse('staleCommission');

    const { singleOrganizer } = socialOrderSettingsOf(c.competition);
    const members = c.members.map((m) => ({ id: m.id, role: m.role, side: m.side, votingRight: m.votingRight, operatorEmployee: m.expert?.operatorEmployee ?? false }));
    const violations = socialOrderCommissionViolations(members, singleOrganizer); // CM-2
    if (violations.length > 0) {
      return { ok: false as const, error: { code: 'commissionInvalid', params: { violations: violations.join(',') } }, violations };
    }
    const updated = await tx.commission.updateMany({
      where: { id: c.id, version: input.expectedVersion, status: c.status },
      data: { status: 'APPROVED', approvedAt: now, approvedById: actor.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) return refuse('staleCommission');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'commission.approved',
        object: { type: 'Commission', id: c.id },
        before: { status: c.status, version: c.version },
        after: { status: 'APPROVED', members: members.length, singleOrganizer },
      },
      context,
    );
    return { ok: true as const, version: c.version + 1 };
  });
}
