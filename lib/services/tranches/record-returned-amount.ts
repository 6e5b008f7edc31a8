import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { returnAllowed } from '@/lib/rules/agreements';
import { agreementAccess } from '../agreements/agreement-access';
import { fieldErrorsOf, returnAmountSchema, type ReturnAmountValues } from '../agreements/agreement-input';
import type { ServiceError, ServiceResult } from '../result';

export type RecordReturnResult = ServiceResult<{ returnedKzt: number }> | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}) => ({ ok: false as const, error: { code, ...extra }, fieldErrors: extra.field ? { [extra.field]: code } : {} });

/**
 * Operator staff record money the NGO paid back on a released tranche (unused or misused
 * funds): added to Tranche.returnedKzt, never more than the tranche paid out. Audited.
 */
export async function recordReturnedAmount(
  db: PrismaClient,
  actor: Actor,
  rawInput: ReturnAmountValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<RecordReturnResult> {
  const parsed = returnAmountSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const t = await tx.tranche.findUnique({
      where: { id: input.trancheId },
      select: { id: true, seq: true, status: true, amountKzt: true, returnedKzt: true, comment: true, agreement: { select: { id: true, organizationId: true } } },
    });
    if (!t) return refused('trancheNotFound');
    const access = agreementAccess(actor, t.agreement);
    if (!access.read) return refused('trancheNotFound');
    if (!access.operate) return refused('forbidden');
    const add = Number(input.amountKzt);
    if (!returnAllowed({ amount: Number(t.amountKzt), status: t.status, returned: Number(t.returnedKzt) }, add)) {
      return refused('returnNotAllowed', { field: 'amountKzt', params: { max: Number(t.amountKzt - t.returnedKzt) } });
    }
    const updated = await tx.tranche.updateMany({
      where: { id: t.id, returnedKzt: t.returnedKzt },
      data: { returnedKzt: { increment: BigInt(add) }, returnedAt: now, ...(input.comment ? { comment: [t.comment, input.comment].filter(Boolean).join('\n') } : {}) },
    });
    if (updated.count !== 1) return refused('staleAgreement');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'tranche.returned_recorded',
        object: { type: 'Tranche', id: t.id },
        before: { returnedKzt: t.returnedKzt },
        after: { returnedKzt: t.returnedKzt + BigInt(add), added: add, agreementId: t.agreement.id, seq: t.seq },
        reason: input.comment || null,
      },
      context,
    );
    return { ok: true as const, returnedKzt: Number(t.returnedKzt) + add };
  });
}
