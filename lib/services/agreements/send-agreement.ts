import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import { agreementAccess } from './agreement-access';
import { ngoRecipients } from './recipients';

/**
 * Stage 7 (L2836–2843): the operator sends the DRAFT agreement to the winner (ST-*: DRAFT →
 * SENT_TO_NGO, role OPERATOR); revision 1 follows. The NGO's members are notified
 * (`agreement.sent`). Optimistic lock on Agreement.version.
 */
export async function sendAgreement(
  db: PrismaClient,
  actor: Actor,
  input: { agreementId: string; expectedVersion: number },
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ status: string }>> {
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const a = await tx.agreement.findUnique({
      where: { id: input.agreementId },
      select: { id: true, number: true, status: true, version: true, organizationId: true, competition: { select: { kind: true } } },
    });
    if (!a) return refuse('agreementNotFound');
    const access = agreementAccess(actor, a);
    if (!access.read) return refuse('agreementNotFound');
    if (!access.operate) return refuse('forbidden');
    if (!checkTransition('agreement', a.status, 'SENT_TO_NGO', 'OPERATOR').ok) return refuse('wrongStatus', { params: { status: a.status } });
    const updated = await tx.agreement.updateMany({ where: { id: a.id, version: input.expectedVersion, status: a.status }, data: { status: 'SENT_TO_NGO', version: { increment: 1 } } });
    if (updated.count !== 1) return refuse('staleAgreement');
    await tx.agreementRevision.updateMany({ where: { agreementId: a.id, revision: 1, status: 'DRAFT' }, data: { status: 'SENT_TO_NGO' } });
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'agreement.sent', object: { type: 'Agreement', id: a.id }, before: { status: a.status }, after: { status: 'SENT_TO_NGO' } },
      context,
    );
    const recipients = await ngoRecipients(tx, a.organizationId);
    await enqueueNotifications(tx, {
      templateKey: 'agreement.sent',
      payload: { agreementId: a.id, number: a.number },
      object: { type: 'Agreement', id: a.id },
      dedupeKey: `agreement.sent:${a.id}:${a.version}`,
      now,
      inApp: recipients,
      email: recipients,
    });
    return { ok: true as const, status: 'SENT_TO_NGO' };
  });
}
