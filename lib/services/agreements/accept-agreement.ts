import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import { fileStorage, newStorageKey, type FileStorage } from '@/lib/storage';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { refuse, type ServiceResult } from '../result';
import { agreementAccess } from './agreement-access';
import { parseSignatures, parseTerms, type SignatureRecord } from './agreement-terms';
import { prepaymentShareOf } from './agreement-settings';
import { dayToDate } from './dates';
import { ngoRecipients } from './recipients';
import { renderRevision, revisionDocument } from './revision-document';
import { defaultSignatureProvider, sha256Hex } from './signature/portal-acceptance';
import type { SignatureProvider } from './signature/signature-provider';

export interface AcceptAgreementOptions {
  now?: () => Date;
  storage?: FileStorage;
  signatureProvider?: SignatureProvider;
}

/**
 * Both sides accept the pending revision in the portal through the SignatureProvider (today
 * `PortalAcceptance`: who, when, the SHA-256 of the generated PDF in kk and ru).
 * - NGO (a member of THE agreement's organisation), revision SENT_TO_NGO, requisites and
 *   signatory filled: the kk and ru PDFs are rendered, stored (the document both sides sign)
 *   and signed; revision → SIGNED_BY_NGO; for revision 1 the agreement SENT_TO_NGO →
 *   SIGNED_BY_NGO (ST-*, role NGO).
 * - OPERATOR, revision SIGNED_BY_NGO: the stored bytes are re-hashed (must equal what the NGO
 *   signed) and signed; revision → SIGNED; revision 1: agreement SIGNED_BY_NGO → SIGNED
 *   (COUNTERSIGN) — the prepayment becomes releasable (MO-1); an amendment: its amount, period,
 *   tranche amounts and report due dates take effect. The NGO is notified (`agreement.signed`).
 * Optimistic lock on Agreement.version (the document rendered is the document accepted).
 */
export async function acceptAgreement(
  db: PrismaClient,
  actor: Actor,
  input: { agreementId: string; expectedVersion: number },
  context: RequestContext,
  options: AcceptAgreementOptions = {},
): Promise<ServiceResult<{ side: 'NGO' | 'OPERATOR'; revision: number; sha256: string }>> {
  const now = (options.now ?? (() => new Date()))();
  const storage = options.storage ?? fileStorage();
  const provider = options.signatureProvider ?? defaultSignatureProvider;

  const a = await db.agreement.findUnique({
    where: { id: input.agreementId },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      organizationId: true,
      competition: { select: { kind: true, prepaymentMaxPercent: true } },
      revisions: { orderBy: { revision: 'desc' }, take: 1 },
    },
  });
  if (!a) return refuse('agreementNotFound');
  const access = agreementAccess(actor, a);
  if (!access.read) return refuse('agreementNotFound');
  const rev = a.revisions[0];
  if (!rev) return refuse('agreementNotFound');
  const kind = a.competition.kind === 'SOCIAL_ORDER' ? 'SOCIAL_ORDER' : 'GRANT';
  const doc = { number: a.number, prepaymentPercent: prepaymentShareOf(kind, a.competition.prepaymentMaxPercent).percent };
  const side: 'NGO' | 'OPERATOR' | null = access.ngo ? 'NGO' : access.operate ? 'OPERATOR' : null;
  if (side === null) return refuse('forbidden');
  if (input.expectedVersion !== a.version) return refuse('staleAgreement');

  const signed: SignatureRecord[] = [];
  let keys: { kk: string; ru: string } | null = null;
  let shas: { kk: string; ru: string };
  if (side === 'NGO') {
    if (rev.status !== 'SENT_TO_NGO') return refuse('wrongStatus', { params: { status: rev.status } });
    const terms = parseTerms(rev.terms);
    if (!terms) return refuse('termsUnreadable');
    if (!terms.requisites || !terms.signatory) return refuse('requisitesMissing');
    const [kk, ru] = await Promise.all([renderRevision(doc, rev, 'kk'), renderRevision(doc, rev, 'ru')]);
    if (!kk || !ru) return refuse('termsUnreadable');
    keys = { kk: newStorageKey(), ru: newStorageKey() };
    await storage.put(keys.kk, kk);
    await storage.put(keys.ru, ru);
    shas = { kk: sha256Hex(kk), ru: sha256Hex(ru) };
    for (const [locale, bytes] of [['kk', kk], ['ru', ru]] as const) {
      const s = await provider.sign(bytes, { id: actor.id, side }, now);
      signed.push({ side, locale, method: s.method, signedAt: s.signedAt.toISOString(), sha256: s.sha256, signerId: s.signerId });
    }
  } else {
    if (rev.status !== 'SIGNED_BY_NGO') return refuse('wrongStatus', { params: { status: rev.status } });
    const [kk, ru] = await Promise.all([revisionDocument(storage, doc, rev, 'kk'), revisionDocument(storage, doc, rev, 'ru')]);
    if (!kk || !ru) return refuse('termsUnreadable');
    shas = { kk: sha256Hex(kk), ru: sha256Hex(ru) };
    // The operator signs exactly what the NGO signed.
    if (shas.kk !== rev.documentSha256 || shas.ru !== rev.documentRuSha256) return refuse('documentChanged');
    for (const [locale, bytes] of [['kk', kk], ['ru', ru]] as const) {
      const s = await provider.sign(bytes, { id: actor.id, side }, now);
      signed.push({ side, locale, method: s.method, signedAt: s.signedAt.toISOString(), sha256: s.sha256, signerId: s.signerId });
    }
  }

  return db.$transaction(async (tx) => {
    const locked = await tx.agreement.updateMany({ where: { id: a.id, version: a.version }, data: { version: { increment: 1 } } });
    if (locked.count !== 1) return refuse('staleAgreement');
    const signatures = [...parseSignatures(rev.signatures), ...signed] as unknown as Prisma.InputJsonValue;
    const auditBase = { actor: { id: actor.id, role: actor.role }, object: { type: 'Agreement', id: a.id } };
    if (side === 'NGO') {
      const r = await tx.agreementRevision.updateMany({
        where: { id: rev.id, status: 'SENT_TO_NGO' },
        data: {
          status: 'SIGNED_BY_NGO',
          documentSha256: shas.kk,
          documentRuSha256: shas.ru,
          documentStorageKey: keys?.kk ?? null,
          documentRuStorageKey: keys?.ru ?? null,
          ngoAcceptedAt: now,
          ngoAcceptedById: actor.id,
          signatures,
        },
      });
      if (r.count !== 1) return refuse('staleAgreement');
      if (rev.revision === 1) {
        if (!checkTransition('agreement', a.status, 'SIGNED_BY_NGO', 'NGO').ok) return refuse('wrongStatus', { params: { status: a.status } });
        await tx.agreement.update({ where: { id: a.id }, data: { status: 'SIGNED_BY_NGO' } });
      }
      await recordAuditEvent(tx, { ...auditBase, action: 'agreement.accepted_by_ngo', before: { status: a.status, revision: rev.revision }, after: { revision: rev.revision, sha256: shas, method: provider.method } }, context);
      return { ok: true as const, side, revision: rev.revision, sha256: shas.kk };
    }

    const r = await tx.agreementRevision.updateMany({
      where: { id: rev.id, status: 'SIGNED_BY_NGO' },
      data: { status: 'SIGNED', operatorAcceptedAt: now, operatorAcceptedById: actor.id, signatures },
    });
    if (r.count !== 1) return refuse('staleAgreement');
    if (rev.revision === 1) {
      if (!checkTransition('agreement', a.status, 'SIGNED', 'OPERATOR').ok) return refuse('wrongStatus', { params: { status: a.status } });
      await tx.agreement.update({ where: { id: a.id }, data: { status: 'SIGNED', signedAt: now } });
    } else {
      await applyAmendment(tx, a.id, rev);
    }
    await recordAuditEvent(
      tx,
      {
        ...auditBase,
        action: rev.revision === 1 ? 'agreement.signed' : 'agreement.amendment_signed',
        before: { status: a.status, revision: rev.revision },
        after: { status: rev.revision === 1 ? 'SIGNED' : a.status, revision: rev.revision, sha256: shas, method: provider.method },
      },
      context,
    );
    const recipients = await ngoRecipients(tx, a.organizationId);
    await enqueueNotifications(tx, {
      templateKey: 'agreement.signed',
      payload: { agreementId: a.id, number: a.number, revision: rev.revision },
      object: { type: 'Agreement', id: a.id },
      dedupeKey: `agreement.signed:${rev.id}`,
      now,
      inApp: recipients,
      email: recipients,
    });
    return { ok: true as const, side, revision: rev.revision, sha256: shas.kk };
  });
}

/** An accepted amendment takes effect: amount, period, unreleased tranche amounts, open report due dates. */
async function applyAmendment(tx: Prisma.TransactionClient, agreementId: string, rev: { revision: number; terms: unknown; amountKzt: bigint; periodStart: Date; periodEnd: Date }) {
  const terms = parseTerms(rev.terms);
  const prepayment = terms?.tranches.find((t) => t.isPrepayment)?.amountKzt;
  await tx.agreement.update({
    where: { id: agreementId },
    data: { currentRevision: rev.revision, amountKzt: rev.amountKzt, periodStart: rev.periodStart, periodEnd: rev.periodEnd, ...(prepayment !== undefined ? { prepaymentKzt: BigInt(prepayment) } : {}) },
  });
  if (!terms) return;
  for (const t of terms.tranches) {
    await tx.tranche.updateMany({ where: { agreementId, seq: t.seq, status: 'PLANNED' }, data: { amountKzt: BigInt(t.amountKzt), plannedOn: dayToDate(t.plannedOn) } });
  }
  for (const r of terms.reporting) {
    await tx.report.updateMany({ where: { agreementId, kind: r.kind, status: 'DRAFT' }, data: { dueOn: dayToDate(r.dueOn), periodEnd: dayToDate(r.periodEnd) } });
  }
}
