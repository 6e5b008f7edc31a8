/**
 * Read models of the agreement pages (operator and NGO): the agreement with its revisions,
 * acceptance records, tranches with their releasability (MO-1, `trancheReleasability`), the
 * ledger (planned / released / reported / returned) and the report schedule rows.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { agreementLedger, reportedSpent, trancheReleasability, type AgreementLedger, type TrancheReleasability } from '@/lib/rules/agreements';
import { parseSignatures, parseTerms, type AgreementTerms, type SignatureRecord } from './agreement-terms';
import { prepaymentShareOf } from './agreement-settings';
import { dateToDay } from './dates';

export interface AgreementView {
  id: string;
  number: string;
  status: string;
  version: number;
  kind: 'GRANT' | 'SOCIAL_ORDER';
  organizationId: string;
  organization: { nameKk: string; nameRu: string; bin: string };
  competition: { id: string; code: string | null; titleKk: string; titleRu: string };
  amountKzt: number;
  periodStart: string;
  periodEnd: string;
  currentRevision: number;
  signedAt: Date | null;
  prepaymentPercent: number;
  revisions: {
    id: string;
    revision: number;
    status: string;
    reason: string | null;
    amountKzt: number;
    periodStart: string;
    periodEnd: string;
    terms: AgreementTerms | null;
    documentSha256: string | null;
    documentRuSha256: string | null;
    ngoAcceptedAt: Date | null;
    ngoAcceptedBy: string | null;
    operatorAcceptedAt: Date | null;
    operatorAcceptedBy: string | null;
    signatures: SignatureRecord[];
    createdAt: Date;
  }[];
  tranches: {
    id: string;
    seq: number;
    isPrepayment: boolean;
    plannedOn: string;
    amountKzt: number;
    status: string;
    releasedAt: Date | null;
    returnedKzt: number;
    afterReportId: string | null;
    releasability: TrancheReleasability;
  }[];
  reports: { id: string; kind: string; type: string; seq: number; dueOn: string; status: string }[];
  ledger: AgreementLedger;
}

export async function loadAgreementView(db: PrismaClient, id: string): Promise<AgreementView | null> {
  const a = await db.agreement.findUnique({
    where: { id },
    include: {
      organization: { select: { nameKk: true, nameRu: true, bin: true } },
      competition: { select: { id: true, code: true, titleKk: true, titleRu: true, kind: true, prepaymentMaxPercent: true } },
      revisions: {
        orderBy: { revision: 'desc' },
        include: { ngoAcceptedBy: { select: { name: true } }, operatorAcceptedBy: { select: { name: true } } },
      },
      tranches: { orderBy: { seq: 'asc' } },
      reports: { orderBy: [{ dueOn: 'asc' }, { kind: 'asc' }, { type: 'asc' }], select: { id: true, kind: true, type: true, seq: true, dueOn: true, status: true, sections: true } },
    },
  });
  if (!a) return null;
  const kind = a.competition.kind === 'SOCIAL_ORDER' ? 'SOCIAL_ORDER' : 'GRANT';
  const statusOf = Object.fromEntries(a.reports.map((r) => [r.id, r.status]));
  const spent = a.reports.filter((r) => r.type === 'FINANCIAL' && r.status === 'ACCEPTED').reduce((s, r) => s + reportedSpent(r.sections), 0);
  const tranches = a.tranches.map((t) => ({
    id: t.id,
    seq: t.seq,
    isPrepayment: t.isPrepayment,
    plannedOn: dateToDay(t.plannedOn),
    amountKzt: Number(t.amountKzt),
    status: t.status,
    releasedAt: t.releasedAt,
    returnedKzt: Number(t.returnedKzt),
    afterReportId: t.afterReportId,
    releasability: trancheReleasability({ isPrepayment: t.isPrepayment, status: t.status === 'RELEASED' ? 'RELEASED' : 'PLANNED', afterReportId: t.afterReportId }, statusOf, a.status),
  }));
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    version: a.version,
    kind,
    organizationId: a.organizationId,
    organization: a.organization,
    competition: { id: a.competition.id, code: a.competition.code, titleKk: a.competition.titleKk, titleRu: a.competition.titleRu },
    amountKzt: Number(a.amountKzt),
    periodStart: dateToDay(a.periodStart),
    periodEnd: dateToDay(a.periodEnd),
    currentRevision: a.currentRevision,
    signedAt: a.signedAt,
    prepaymentPercent: prepaymentShareOf(kind, a.competition.prepaymentMaxPercent).percent,
    revisions: a.revisions.map((r) => ({
      id: r.id,
      revision: r.revision,
      status: r.status,
      reason: r.reason,
      amountKzt: Number(r.amountKzt),
      periodStart: dateToDay(r.periodStart),
      periodEnd: dateToDay(r.periodEnd),
      terms: parseTerms(r.terms),
      documentSha256: r.documentSha256,
      documentRuSha256: r.documentRuSha256,
      ngoAcceptedAt: r.ngoAcceptedAt,
      ngoAcceptedBy: r.ngoAcceptedBy?.name ?? null,
      operatorAcceptedAt: r.operatorAcceptedAt,
      operatorAcceptedBy: r.operatorAcceptedBy?.name ?? null,
      signatures: parseSignatures(r.signatures),
      createdAt: r.createdAt,
    })),
    tranches,
    reports: a.reports.map((r) => ({ id: r.id, kind: r.kind, type: r.type, seq: r.seq, dueOn: dateToDay(r.dueOn), status: r.status })),
    ledger: agreementLedger(
      tranches.map((t) => ({ amount: t.amountKzt, status: t.status, returned: t.returnedKzt })),
      spent,
    ),
  };
}
