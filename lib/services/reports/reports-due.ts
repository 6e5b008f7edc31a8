import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { almatyDateOf } from '@/lib/rules';
import { OPEN_REPORT_STATUSES, reportDueState, type ReportDueState } from '@/lib/rules/reports/report-due';

type Db = PrismaClient | Prisma.TransactionClient;

export interface DueReportRow {
  reportId: string;
  agreementId: string;
  agreementNumber: string;
  organizationId: string;
  organizationNameKk: string;
  organizationNameRu: string;
  kind: 'INTERIM' | 'FINAL';
  type: 'CREATIVE' | 'FINANCIAL';
  seq: number;
  status: string;
  /** 'YYYY-MM-DD' (Almaty day). */
  dueOn: string;
  state: ReportDueState;
  daysLeft: number;
  /** The editor (NGO) / review page (operator) of the report. */
  ngoHref: string;
  operatorHref: string;
}

const select = {
  id: true,
  agreementId: true,
  kind: true,
  type: true,
  seq: true,
  status: true,
  dueOn: true,
  agreement: { select: { number: true, organizationId: true, organization: { select: { nameKk: true, nameRu: true } } } },
} as const;

function toRow(r: Prisma.ReportGetPayload<{ select: typeof select }>, today: string): DueReportRow {
  const dueOn = r.dueOn.toISOString().slice(0, 10);
  const due = reportDueState(r.status, dueOn, today);
  return {
    reportId: r.id,
    agreementId: r.agreementId,
    agreementNumber: r.agreement.number,
    organizationId: r.agreement.organizationId,
    organizationNameKk: r.agreement.organization.nameKk,
    organizationNameRu: r.agreement.organization.nameRu,
    kind: r.kind,
    type: r.type,
    seq: r.seq,
    status: r.status,
    dueOn,
    state: due.state,
    daysLeft: due.daysLeft,
    ngoHref: `/ngo/agreements/${r.agreementId}/reports/${r.id}`,
    operatorHref: `/operator/agreements/${r.agreementId}/reports/${r.id}`,
  };
}

/** Dashboard (NGO): the reports the organisation still has to send (DRAFT / RETURNED), earliest due first, with RP-1 due state. */
export async function reportsDue(db: Db, organizationId: string, now: Date): Promise<DueReportRow[]> {
  const today = almatyDateOf(now);
  const rows = await db.report.findMany({
    where: { status: { in: [...OPEN_REPORT_STATUSES] }, agreement: { organizationId } },
    select,
    orderBy: [{ dueOn: 'asc' }, { kind: 'asc' }, { type: 'asc' }],
  });
  return rows.map((r) => toRow(r, today));
}

/** Dashboard (operator): every report not in after its due day (RP-1 OVERDUE), most overdue first. */
export async function overdueReports(db: Db, now: Date): Promise<DueReportRow[]> {
  const today = almatyDateOf(now);
  const rows = await db.report.findMany({
    where: { status: { in: [...OPEN_REPORT_STATUSES] }, dueOn: { lt: new Date(`${today}T00:00:00.000Z`) } },
    select,
    orderBy: [{ dueOn: 'asc' }, { agreementId: 'asc' }],
  });
  return rows.map((r) => toRow(r, today)).filter((r) => r.state === 'OVERDUE');
}
