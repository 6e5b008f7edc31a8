import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import type { ServiceError, ServiceResult } from '../result';
import { agreementAccess } from './agreement-access';
import { fieldErrorsOf, requisitesInputSchema, type RequisitesValues } from './agreement-input';
import { parseTerms } from './agreement-terms';

export type UpdateRequisitesResult = ServiceResult<{ version: number }> | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}) => ({ ok: false as const, error: { code, ...extra }, fieldErrors: extra.field ? { [extra.field]: code } : {} });

/**
 * Stage 7: while the pending revision is SENT_TO_NGO, a member of THE agreement's organisation
 * edits its bank requisites (bank, IBAN, BIK, address) and signatory (name, position, basis of
 * authority). Stored in the revision's terms, so the generated document shows them. Optimistic
 * lock on Agreement.version.
 */
export async function updateRequisites(db: PrismaClient, actor: Actor, rawInput: RequisitesValues, context: RequestContext): Promise<UpdateRequisitesResult> {
  const parsed = requisitesInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const a = await tx.agreement.findUnique({
      where: { id: input.agreementId },
      select: { id: true, version: true, organizationId: true, revisions: { orderBy: { revision: 'desc' }, take: 1, select: { id: true, revision: true, status: true, terms: true } } },
    });
    if (!a) return refused('agreementNotFound');
    const access = agreementAccess(actor, a);
    if (!access.read) return refused('agreementNotFound');
    if (!access.ngo) return refused('forbidden');
    const rev = a.revisions[0];
    if (!rev || rev.status !== 'SENT_TO_NGO') return refused('requisitesLocked');
    const terms = parseTerms(rev.terms);
    if (!terms) return refused('termsUnreadable');
    if (input.expectedVersion !== a.version) return refused('staleAgreement');
    const requisites = { bankName: input.bankName, iban: input.iban.replace(/\s+/g, '').toUpperCase(), bic: input.bic.toUpperCase(), address: input.address };
    const signatory = { fullName: input.fullName, position: input.position, basis: input.basis };
    const updated = await tx.agreement.updateMany({ where: { id: a.id, version: a.version }, data: { version: { increment: 1 } } });
    if (updated.count !== 1) return refused('staleAgreement');
    await tx.agreementRevision.update({ where: { id: rev.id }, data: { terms: { ...terms, requisites, signatory } as unknown as Prisma.InputJsonValue } });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'agreement.requisites_updated',
        object: { type: 'Agreement', id: a.id },
        before: { requisites: terms.requisites, signatory: terms.signatory },
        after: { revision: rev.revision, requisites, signatory },
      },
      context,
    );
    return { ok: true as const, version: a.version + 1 };
  });
}
