import type { PrismaClient } from '@/lib/generated/prisma/client';
import { trancheReleasability } from '@/lib/rules/agreements';
import { dateToDay } from './dates';

export interface TrancheToRelease {
  trancheId: string;
  seq: number;
  amountKzt: number;
  plannedOn: string;
  isPrepayment: boolean;
  agreementId: string;
  agreementNumber: string;
  organizationNameKk: string;
  organizationNameRu: string;
}

/**
 * Dashboards (issue 7 item 6): every PLANNED tranche the operator may release now
 * (`trancheReleasability`, MO-1), earliest planned date first.
 */
export async function tranchesToRelease(db: PrismaClient): Promise<TrancheToRelease[]> {
  const tranches = await db.tranche.findMany({
    where: { status: 'PLANNED', agreement: { status: { in: ['SIGNED', 'IN_PROGRESS', 'COMPLETED', 'UNDER_EVALUATION'] } } },
    orderBy: [{ plannedOn: 'asc' }, { seq: 'asc' }],
    select: {
      id: true,
      seq: true,
      amountKzt: true,
      plannedOn: true,
      isPrepayment: true,
      afterReportId: true,
      status: true,
      agreement: { select: { id: true, number: true, status: true, organization: { select: { nameKk: true, nameRu: true } } } },
    },
  });
  const reportIds = tranches.map((t) => t.afterReportId).filter((id): id is string => id !== null);
  const reports = reportIds.length ? await db.report.findMany({ where: { id: { in: reportIds } }, select: { id: true, status: true } }) : [];
  const statusOf = Object.fromEntries(reports.map((r) => [r.id, r.status]));
  return tranches
    .filter((t) => trancheReleasability({ isPrepayment: t.isPrepayment, status: 'PLANNED', afterReportId: t.afterReportId }, statusOf, t.agreement.status).releasable)
    .map((t) => ({
      trancheId: t.id,
      seq: t.seq,
      amountKzt: Number(t.amountKzt),
      plannedOn: dateToDay(t.plannedOn),
      isPrepayment: t.isPrepayment,
      agreementId: t.agreement.id,
      agreementNumber: t.agreement.number,
      organizationNameKk: t.agreement.organization.nameKk,
      organizationNameRu: t.agreement.organization.nameRu,
    }));
}
