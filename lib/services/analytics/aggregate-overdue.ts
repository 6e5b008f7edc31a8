/**
 * Reports overdue (RP-1 OVERDUE rows of `overdueReports`, lib/services/reports/reports-due.ts)
 * counted by organisation and by agreement (pure, no I/O).
 */
export interface OverdueInput {
  agreementId: string;
  agreementNumber: string;
  organizationId: string;
  organizationNameKk: string;
  organizationNameRu: string;
  /** 'YYYY-MM-DD' */
  dueOn: string;
  /** RP-1 days left (negative = days overdue). */
  daysLeft: number;
}

export interface OverdueByOrganization {
  organizationId: string;
  names: { kk: string; ru: string };
  reports: number;
  agreements: number;
  /** Days the oldest report of the organisation is overdue. */
  maxDaysOverdue: number;
}

export interface OverdueByAgreement {
  agreementId: string;
  agreementNumber: string;
  organizationId: string;
  names: { kk: string; ru: string };
  reports: number;
  /** Earliest due day among its overdue reports. */
  oldestDueOn: string;
  maxDaysOverdue: number;
}

export function overdueByOrganization(rows: OverdueInput[]): OverdueByOrganization[] {
  const map = new Map<string, OverdueByOrganization & { agreementIds: Set<string> }>();
  for (const r of rows) {
    const o = map.get(r.organizationId) ?? { organizationId: r.organizationId, names: { kk: r.organizationNameKk, ru: r.organizationNameRu }, reports: 0, agreements: 0, maxDaysOverdue: 0, agreementIds: new Set<string>() };
    o.reports += 1;
    o.agreementIds.add(r.agreementId);
    o.agreements = o.agreementIds.size;
    o.maxDaysOverdue = Math.max(o.maxDaysOverdue, -r.daysLeft);
    map.set(r.organizationId, o);
  }
  return [...map.values()]
    .map((o) => ({ organizationId: o.organizationId, names: o.names, reports: o.reports, agreements: o.agreements, maxDaysOverdue: o.maxDaysOverdue }))
    .sort((a, b) => b.reports - a.reports || b.maxDaysOverdue - a.maxDaysOverdue || a.names.kk.localeCompare(b.names.kk, 'kk'));
}

export function overdueByAgreement(rows: OverdueInput[]): OverdueByAgreement[] {
  const map = new Map<string, OverdueByAgreement>();
  for (const r of rows) {
    const a = map.get(r.agreementId) ?? { agreementId: r.agreementId, agreementNumber: r.agreementNumber, organizationId: r.organizationId, names: { kk: r.organizationNameKk, ru: r.organizationNameRu }, reports: 0, oldestDueOn: r.dueOn, maxDaysOverdue: 0 };
    a.reports += 1;
    if (r.dueOn < a.oldestDueOn) a.oldestDueOn = r.dueOn;
    a.maxDaysOverdue = Math.max(a.maxDaysOverdue, -r.daysLeft);
    map.set(r.agreementId, a);
  }
  return [...map.values()].sort((a, b) => b.reports - a.reports || a.oldestDueOn.localeCompare(b.oldestDueOn) || a.agreementNumber.localeCompare(b.agreementNumber));
}
