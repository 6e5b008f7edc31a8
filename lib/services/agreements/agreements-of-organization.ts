import type { PrismaClient } from '@/lib/generated/prisma/client';
import { dateToDay } from './dates';

export interface OrganizationAgreementRow {
  id: string;
  number: string;
  status: string;
  kind: string;
  competitionTitleKk: string;
  competitionTitleRu: string;
  projectTitleKk: string | null;
  projectTitleRu: string | null;
  amountKzt: number;
  periodStart: string;
  periodEnd: string;
  /** The NGO has to act: fill requisites and accept a revision SENT_TO_NGO. */
  awaitingNgo: boolean;
  /** Open report rows (not ACCEPTED), earliest due first. */
  nextReport: { id: string; kind: string; type: string; dueOn: string; status: string } | null;
}

/**
 * Dashboards (issue 7 item 6) and /ngo/agreements: the agreements of one organisation with
 * what is due — a revision waiting for the NGO's acceptance and the next open report.
 */
export async function agreementsOfOrganization(db: PrismaClient, orgId: string): Promise<OrganizationAgreementRow[]> {
  const rows = await db.agreement.findMany({
    where: { organizationId: orgId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      number: true,
      status: true,
      amountKzt: true,
      periodStart: true,
      periodEnd: true,
      competition: { select: { kind: true, titleKk: true, titleRu: true } },
      application: { select: { projectTitleKk: true, projectTitleRu: true } },
      revisions: { orderBy: { revision: 'desc' }, take: 1, select: { status: true } },
      reports: { where: { status: { not: 'ACCEPTED' } }, orderBy: [{ dueOn: 'asc' }, { type: 'asc' }], take: 1, select: { id: true, kind: true, type: true, dueOn: true, status: true } },
    },
  });
  return rows.map((r) => {
    const next = r.reports[0];
    return {
      id: r.id,
      number: r.number,
      status: r.status,
      kind: r.competition.kind,
      competitionTitleKk: r.competition.titleKk,
      competitionTitleRu: r.competition.titleRu,
      projectTitleKk: r.application.projectTitleKk,
      projectTitleRu: r.application.projectTitleRu,
      amountKzt: Number(r.amountKzt),
      periodStart: dateToDay(r.periodStart),
      periodEnd: dateToDay(r.periodEnd),
      awaitingNgo: r.revisions[0]?.status === 'SENT_TO_NGO',
      nextReport: next ? { id: next.id, kind: next.kind, type: next.type, dueOn: dateToDay(next.dueOn), status: next.status } : null,
    };
  });
}
