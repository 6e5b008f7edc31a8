/**
 * AW-10: the operator records that a laureate's award was transferred (by 20 December) to
 * the bank account of the register. ST-*: WINNER → PAID (role OPERATOR, AWARD only). Only
 * when the register row has complete bank details; only once (a second record is refused).
 * Laureate.paidAt + application status + history + audit + notification in one transaction.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import { firstIssue, recordAwardPaymentSchema } from './award-input';
import { awardPaymentRegister } from './payment-register';
import type { AwardServiceOptions } from './submit-award-nomination';

export async function recordAwardPayment(
  db: PrismaClient,
  actor: Actor,
  rawInput: { laureateId: string },
  context: RequestContext,
  options: AwardServiceOptions = {},
): Promise<ServiceResult<{ paidAt: Date }>> {
  const parsed = recordAwardPaymentSchema.safeParse(rawInput);
  if (!parsed.success) {
    const { field, code } = firstIssue(parsed.error);
    return refuse(code, { field });
  }
  const clock = options.now ?? (() => new Date());
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Laureate" WHERE "id" = ${parsed.data.laureateId} FOR UPDATE`;
    const laureate = await tx.laureate.findUnique({
      where: { id: parsed.data.laureateId },
      select: { id: true, competitionId: true, organizationId: true, amountKzt: true, paidAt: true, year: true, application: { select: { id: true, status: true } }, competition: { select: { status: true } } },
    });
    if (!laureate) return refuse('laureateNotFound');
    if (!can(actor, 'manage', { type: 'competition', status: laureate.competition.status })) return refuse('forbidden');
    if (laureate.paidAt !== null) return refuse('alreadyPaid');
    if (!checkTransition('application', laureate.application.status, 'PAID', 'OPERATOR', { kind: 'AWARD' }).ok) {
      return refuse('notPayable', { params: { status: laureate.application.status } });
    }
    const row = (await awardPaymentRegister(tx, actor, laureate.competitionId))?.find((r) => r.laureateId === laureate.id);
    if (!row?.bankComplete) return refuse('bankDetailsMissing');
    const now = clock();
    await tx.laureate.update({ where: { id: laureate.id }, data: { paidAt: now } });
    await tx.application.update({ where: { id: laureate.application.id }, data: { status: 'PAID', version: { increment: 1 } } });
    await tx.applicationStatusChange.create({
      data: { applicationId: laureate.application.id, fromStatus: laureate.application.status, toStatus: 'PAID', at: now, actorId: actor.id, reason: 'AW-10' },
    });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'award.payment.recorded',
        object: { type: 'Laureate', id: laureate.id },
        before: { paidAt: null },
        after: { paidAt: now.toISOString(), amountKzt: laureate.amountKzt, iban: row.bank.iban, bic: row.bank.bic },
      },
      context,
    );
    const members = await tx.organizationMembership.findMany({ where: { organizationId: laureate.organizationId, endedAt: null }, select: { user: { select: { id: true, locale: true } } } });
    await enqueueNotifications(tx, {
      templateKey: 'award.paid',
      payload: { applicationId: laureate.application.id, year: laureate.year, amountKzt: laureate.amountKzt },
      object: { type: 'Laureate', id: laureate.id },
      dedupeKey: `award.paid:${laureate.id}`,
      now,
      inApp: members.map((m) => m.user),
    });
    return { ok: true as const, paidAt: now };
  });
}
