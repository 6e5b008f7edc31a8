import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { trancheReleasability } from '@/lib/rules/agreements';
import { agreementAccess } from '../agreements/agreement-access';
import { ngoRecipients } from '../agreements/recipients';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';

/**
 * MO-1 / stage 8: operator staff release (перечислить) a tranche — only when
 * `trancheReleasability` says so (the prepayment once the agreement is signed by both; a later
 * tranche once its report is ACCEPTED). The first release of a SIGNED agreement starts the
 * implementation (ST-*: SIGNED → IN_PROGRESS, START). Audited; the NGO is notified
 * (`tranche_released`). The tranche row itself is the lock: only a PLANNED row is released.
 */
export async function releaseTranche(
  db: PrismaClient,
  actor: Actor,
  input: { trancheId: string },
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ seq: number; agreementStatus: string }>> {
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const t = await tx.tranche.findUnique({
      where: { id: input.trancheId },
      select: {
        id: true,
        seq: true,
        status: true,
        isPrepayment: true,
        afterReportId: true,
        amountKzt: true,
        agreement: { select: { id: true, number: true, status: true, organizationId: true, competition: { select: { kind: true } } } },
      },
    });
    if (!t) return refuse('trancheNotFound');
    const access = agreementAccess(actor, t.agreement);
    if (!access.read) return refuse('trancheNotFound');
    if (!access.operate) return refuse('forbidden');
    const reports = t.afterReportId ? await tx.report.findMany({ where: { id: t.afterReportId, agreementId: t.agreement.id }, select: { id: true, status: true } }) : [];
    const verdict = trancheReleasability(t, Object.fromEntries(reports.map((r) => [r.id, r.status])), t.agreement.status);
    if (!verdict.releasable) return refuse(`release_${verdict.reason}`);
    const updated = await tx.tranche.updateMany({ where: { id: t.id, status: 'PLANNED' }, data: { status: 'RELEASED', releasedAt: now, releasedById: actor.id } });
    if (updated.count !== 1) return refuse('release_ALREADY_RELEASED');
    let agreementStatus = t.agreement.status;
    if (agreementStatus === 'SIGNED' && checkTransition('agreement', 'SIGNED', 'IN_PROGRESS', 'OPERATOR').ok) {
      await tx.agreement.update({ where: { id: t.agreement.id }, data: { status: 'IN_PROGRESS', version: { increment: 1 } } });
      agreementStatus = 'IN_PROGRESS';
    }
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'tranche.released',
        object: { type: 'Tranche', id: t.id },
        before: { status: 'PLANNED', agreementStatus: t.agreement.status },
        after: { status: 'RELEASED', seq: t.seq, amountKzt: t.amountKzt, agreementId: t.agreement.id, agreementStatus },
      },
      context,
    );
    const recipients = await ngoRecipients(tx, t.agreement.organizationId);
    await enqueueNotifications(tx, {
      templateKey: 'tranche_released',
      payload: { agreementId: t.agreement.id, number: t.agreement.number, seq: t.seq, amountKzt: t.amountKzt },
      object: { type: 'Tranche', id: t.id },
      dedupeKey: `tranche_released:${t.id}`,
      now,
      inApp: recipients,
      email: recipients,
    });
    return { ok: true as const, seq: t.seq, agreementStatus };
  });
}
