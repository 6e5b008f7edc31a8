import type { PrismaClient } from '@/lib/generated/prisma/client';
import { AGREEMENT_STATUSES } from '@/lib/rules';
import { dateToDay } from './dates';
import { tranchesToRelease } from './tranches-to-release';

export interface OperatorAgreementFilters {
  status?: string;
  kind?: string;
}

/** /operator/agreements: every GRANT / SOCIAL_ORDER agreement, filtered, with what needs the operator. */
export async function operatorAgreements(db: PrismaClient, filters: OperatorAgreementFilters = {}) {
  const status = filters.status && (AGREEMENT_STATUSES as readonly string[]).includes(filters.status) ? filters.status : undefined;
  const kind = filters.kind === 'GRANT' || filters.kind === 'SOCIAL_ORDER' ? filters.kind : undefined;
  const [rows, releasable] = await Promise.all([
    db.agreement.findMany({
      where: { ...(status ? { status } : {}), competition: { kind: kind ? kind : { in: ['GRANT', 'SOCIAL_ORDER'] } } },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        number: true,
        status: true,
        amountKzt: true,
        periodEnd: true,
        competition: { select: { kind: true, code: true } },
        organization: { select: { nameKk: true, nameRu: true, bin: true } },
        revisions: { orderBy: { revision: 'desc' }, take: 1, select: { revision: true, status: true } },
      },
    }),
    tranchesToRelease(db),
  ]);
  const releasableOf = new Map<string, number>();
  for (const t of releasable) releasableOf.set(t.agreementId, (releasableOf.get(t.agreementId) ?? 0) + 1);
  return rows.map((r) => {
    const rev = r.revisions[0];
    const needs: ('SEND' | 'COUNTERSIGN' | 'RELEASE')[] = [];
    if (r.status === 'DRAFT') needs.push('SEND');
    if (rev?.status === 'SIGNED_BY_NGO') needs.push('COUNTERSIGN');
    if (releasableOf.has(r.id)) needs.push('RELEASE');
    return {
      id: r.id,
      number: r.number,
      status: r.status,
      kind: r.competition.kind,
      competitionCode: r.competition.code,
      organization: r.organization,
      amountKzt: Number(r.amountKzt),
      periodEnd: dateToDay(r.periodEnd),
      revision: rev?.revision ?? 1,
      revisionStatus: rev?.status ?? null,
      needs,
    };
  });
}

/** Winners (GRANT / SOCIAL_ORDER, results published) without an agreement yet. */
export async function winnersWithoutAgreement(db: PrismaClient, competitionId?: string) {
  const apps = await db.application.findMany({
    where: { status: 'WINNER', agreement: null, competition: { kind: { in: ['GRANT', 'SOCIAL_ORDER'] }, ...(competitionId ? { id: competitionId } : {}) } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      projectTitleKk: true,
      projectTitleRu: true,
      requestedKzt: true,
      bidPriceKzt: true,
      organization: { select: { nameKk: true, nameRu: true, bin: true } },
      competition: { select: { id: true, kind: true, code: true, titleKk: true, titleRu: true } },
      lot: { select: { periodStart: true, periodEnd: true } },
    },
  });
  return apps.map((a) => ({
    applicationId: a.id,
    projectTitleKk: a.projectTitleKk,
    projectTitleRu: a.projectTitleRu,
    amountKzt: Number((a.competition.kind === 'GRANT' ? a.requestedKzt : a.bidPriceKzt) ?? 0n),
    organization: a.organization,
    competition: a.competition,
    lotPeriod: a.lot?.periodStart && a.lot.periodEnd ? { start: dateToDay(a.lot.periodStart), end: dateToDay(a.lot.periodEnd) } : null,
  }));
}
