/**
 * What the monitoring pages and the dashboards read: the projects in progress with their
 * quarters (MN-1) and open measures (MN-3), one agreement's records, the semi-annual summary
 * (MN-4) and the projects at risk (MN-5). Reads only; writes are the verb-noun services.
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { almatyDateOf, type WorkCalendar } from '@/lib/rules';
import {
  assessProjectRisk,
  measureState,
  monitoringMean,
  monitoringQuarters,
  quarterKey,
  type AtRiskReason,
  type MeasureState,
  type MonitoringScores,
  type QuarterState,
  type SummaryHalf,
  monitoringSummaryPeriod,
} from '@/lib/rules/monitoring';
import { isoDay, mayReadAgreementMonitoring } from './access';

type Db = PrismaClient | Prisma.TransactionClient;

/** Reports whose indicator values count as reported (submitted onwards, not drafts). */
const REPORTED_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'ACCEPTED'];

const agreementHeader = {
  id: true,
  number: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  organizationId: true,
  organization: { select: { nameKk: true, nameRu: true, bin: true } },
  application: { select: { projectTitleKk: true, projectTitleRu: true } },
  competition: { select: { kind: true, code: true } },
} satisfies Prisma.AgreementSelect;

export function scoresOf(v: {
  processScore: number | null;
  resultsScore: number | null;
  satisfactionScore: number | null;
  impactScore: number | null;
  coverageScore: number | null;
  standardsScore: number | null;
}): MonitoringScores | null {
  const s = { process: v.processScore, results: v.resultsScore, satisfaction: v.satisfactionScore, impact: v.impactScore, coverage: v.coverageScore, standards: v.standardsScore };
  return Object.values(s).every((x) => typeof x === 'number') ? (s as MonitoringScores) : null;
}

/** `/operator/monitoring`: every project in progress, its quarters and open measures. */
export async function monitoringOverview(db: Db, now: Date) {
  const today = almatyDateOf(now);
  const agreements = await db.agreement.findMany({
    where: { status: 'IN_PROGRESS' },
    orderBy: [{ periodEnd: 'asc' }, { number: 'asc' }],
    select: {
      ...agreementHeader,
      monitoringVisits: { select: { year: true, quarter: true, measures: { select: { status: true, deadlineOn: true } } } },
    },
  });
  return agreements.map((a) => {
    const quarters = monitoringQuarters({ start: isoDay(a.periodStart), end: isoDay(a.periodEnd) }, a.monitoringVisits, today);
    const measures = a.monitoringVisits.flatMap((v) => v.measures).map((m) => measureState(m.status, isoDay(m.deadlineOn), today));
    return {
      ...a,
      quarters,
      missingQuarters: quarters.filter((q) => q.state === 'MISSING').length,
      openMeasures: measures.filter((m) => m !== 'DONE').length,
      overdueMeasures: measures.filter((m) => m === 'OVERDUE').length,
    };
  });
}

export type AgreementMonitoring = NonNullable<Awaited<ReturnType<typeof agreementMonitoring>>>;

/**
 * One agreement's monitoring (records, quarters, measures) for `actor`: staff, or the NGO
 * holding the agreement. Anyone else gets null — the same answer as a missing agreement (IDOR).
 */
export async function agreementMonitoring(db: Db, actor: Actor | null, agreementId: string, now: Date) {
  const agreement = await db.agreement.findUnique({ where: { id: agreementId }, select: agreementHeader });
  if (!agreement || !mayReadAgreementMonitoring(actor, agreement)) return null;
  const today = almatyDateOf(now);
  const visits = await db.monitoringVisit.findMany({
    where: { agreementId },
    orderBy: [{ year: 'desc' }, { quarter: 'desc' }],
    include: { monitor: { select: { name: true } }, measures: { orderBy: { deadlineOn: 'asc' } } },
  });
  return {
    agreement,
    quarters: monitoringQuarters({ start: isoDay(agreement.periodStart), end: isoDay(agreement.periodEnd) }, visits, today),
    visits: visits.map((v) => {
      const scores = scoresOf(v);
      return {
        ...v,
        key: quarterKey(v),
        scores,
        mean: scores ? monitoringMean(scores) : null,
        notes: (v.indicatorNotes ?? {}) as Record<string, string>,
        measures: v.measures.map((m) => ({ ...m, state: measureState(m.status, isoDay(m.deadlineOn), today) as MeasureState })),
      };
    }),
  };
}

export interface SummaryRow {
  agreementId: string;
  agreementNumber: string;
  competitionCode: string | null;
  organizationNameKk: string;
  organizationNameRu: string;
  projectTitleKk: string | null;
  projectTitleRu: string | null;
  /** Per quarter of the half: the record's scores (or null = no record, MN-1 gap). */
  quarters: { key: string; state: QuarterState | 'OUT_OF_PERIOD'; scores: MonitoringScores | null; mean: number | null; findings: string | null }[];
  openMeasures: { description: string; deadlineOn: string; state: MeasureState }[];
}

/**
 * MN-4 (L2929–2930): the operator's semi-annual summary for the state body → authorised body,
 * built from the records of the half's two quarters: every social-order project whose period
 * touches them, its scores per quarter and its measures still open on `now`.
 */
export async function monitoringSummary(db: Db, year: number, half: SummaryHalf, cal: WorkCalendar, now: Date) {
  const period = monitoringSummaryPeriod(year, half, cal);
  const today = almatyDateOf(now);
  const first = period.quarters[0]!;
  const last = period.quarters[1]!;
  const from = new Date(Date.UTC(first.year, (first.quarter - 1) * 3, 1));
  const to = new Date(Date.UTC(last.year, last.quarter * 3, 0));
  const agreements = await db.agreement.findMany({
    where: {
      competition: { kind: 'SOCIAL_ORDER' },
      status: { in: ['IN_PROGRESS', 'COMPLETED', 'UNDER_EVALUATION', 'CLOSED', 'TERMINATED'] },
      periodStart: { lte: to },
      periodEnd: { gte: from },
    },
    orderBy: { number: 'asc' },
    select: {
      ...agreementHeader,
      monitoringVisits: { include: { measures: { orderBy: { deadlineOn: 'asc' } } } },
    },
  });
  const rows: SummaryRow[] = agreements.map((a) => {
    const states = monitoringQuarters({ start: isoDay(a.periodStart), end: isoDay(a.periodEnd) }, a.monitoringVisits, today);
    return {
      agreementId: a.id,
      agreementNumber: a.number,
      competitionCode: a.competition.code,
      organizationNameKk: a.organization.nameKk,
      organizationNameRu: a.organization.nameRu,
      projectTitleKk: a.application.projectTitleKk,
      projectTitleRu: a.application.projectTitleRu,
      quarters: period.quarters.map((q) => {
        const v = a.monitoringVisits.find((x) => x.year === q.year && x.quarter === q.quarter);
        const scores = v ? scoresOf(v) : null;
        return {
          key: quarterKey(q),
          state: states.find((s) => s.year === q.year && s.quarter === q.quarter)?.state ?? 'OUT_OF_PERIOD',
          scores,
          mean: scores ? monitoringMean(scores) : null,
          findings: v?.findings ?? null,
        };
      }),
      openMeasures: a.monitoringVisits
        .flatMap((v) => v.measures)
        .map((m) => ({ description: m.description, deadlineOn: isoDay(m.deadlineOn), state: measureState(m.status, isoDay(m.deadlineOn), today) }))
        .filter((m) => m.state !== 'DONE'),
    };
  });
  return { period, rows };
}

export interface ProjectAtRisk {
  agreementId: string;
  agreementNumber: string;
  organizationId: string;
  organizationNameKk: string;
  organizationNameRu: string;
  elapsedPercent: number;
  progressPercent: number;
  lagPoints: number;
  overdueMeasures: number;
  reasons: AtRiskReason[];
}

/**
 * MN-5, for the dashboards: agreements IN_PROGRESS whose indicator progress (latest reported
 * IndicatorValue.actual / Indicator.target, mean over the indicators) lags the elapsed share of
 * the period by more than 25 percentage points, or that have overdue monitoring measures.
 */
export async function projectsAtRisk(db: Db, now: Date): Promise<ProjectAtRisk[]> {
  const today = almatyDateOf(now);
  const agreements = await db.agreement.findMany({
    where: { status: 'IN_PROGRESS' },
    orderBy: { number: 'asc' },
    select: {
      id: true,
      number: true,
      organizationId: true,
      periodStart: true,
      periodEnd: true,
      organization: { select: { nameKk: true, nameRu: true } },
      indicators: {
        select: {
          target: true,
          values: {
            where: { report: { status: { in: REPORTED_STATUSES } } },
            orderBy: [{ report: { periodEnd: 'desc' } }, { report: { submittedAt: 'desc' } }],
            take: 1,
            select: { actual: true },
          },
        },
      },
      monitoringVisits: { select: { measures: { where: { status: 'OPEN' }, select: { status: true, deadlineOn: true } } } },
    },
  });
  const out: ProjectAtRisk[] = [];
  for (const a of agreements) {
    const overdueMeasures = a.monitoringVisits.flatMap((v) => v.measures).filter((m) => measureState(m.status, isoDay(m.deadlineOn), today) === 'OVERDUE').length;
    const risk = assessProjectRisk({
      start: isoDay(a.periodStart),
      end: isoDay(a.periodEnd),
      today,
      indicators: a.indicators.map((i) => ({ target: Number(i.target), actual: i.values[0] ? Number(i.values[0].actual) : null })),
      overdueMeasures,
    });
    if (risk.reasons.length === 0) continue;
    out.push({
      agreementId: a.id,
      agreementNumber: a.number,
      organizationId: a.organizationId,
      organizationNameKk: a.organization.nameKk,
      organizationNameRu: a.organization.nameRu,
      ...risk,
      overdueMeasures,
    });
  }
  return out;
}
