/**
 * The small read-only queries feeding the pure aggregations (aggregate-*.ts). Operator staff
 * only (the page and the export route check the permission before calling these).
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { COMPETITION_KINDS, type CompetitionKind } from '@/lib/rules';
import { overdueReports } from '@/lib/services/reports/reports-due';
import { scoresSealed } from '@/lib/services/scoring/sealing';
import { moneyByDirection, moneyByRegion, type AwardedAmount, type MoneyBucket } from './aggregate-money';
import { overdueByAgreement, overdueByOrganization, type OverdueByAgreement, type OverdueByOrganization } from './aggregate-overdue';
import { ratesByKindAndYear, type RateRow } from './aggregate-rates';
import { averageScoresByCriterion, type CompetitionCriteria, type CriterionDef } from './aggregate-scores';
import { submissionTimeline, type SubmissionTimeline } from './aggregate-submissions';
import type { AnalyticsFilters } from './filters';
import type { Names } from './labels';

type Db = PrismaClient | Prisma.TransactionClient;

function competitionWhere(f: AnalyticsFilters): Prisma.CompetitionWhereInput {
  return { ...(f.year !== null ? { year: f.year } : {}), ...(f.kind !== null ? { kind: f.kind } : {}) };
}

const names = (r: { nameKk: string; nameRu: string; nameEn?: string | null }): Names => ({ kk: r.nameKk, ru: r.nameRu, en: r.nameEn ?? null });

/** Years that have competitions (for the filter's options), newest first. */
export async function analyticsYears(db: Db): Promise<number[]> {
  const rows = await db.competition.findMany({ where: { status: { not: 'DRAFT' } }, distinct: ['year'], select: { year: true }, orderBy: { year: 'desc' } });
  return rows.map((r) => r.year);
}

/**
 * Awarded money of competitions whose results are PUBLISHED: winners' `RankingRow.awardedKzt`
 * of HELD decisions (grants SC-5, social order, strategic partnership) and award laureates'
 * `Laureate.amountKzt` (the share incl. the AW-S remainder). Direction and region are the lot's
 * (region null = republic-wide); a laureate's direction is its own.
 */
export async function awardedAmounts(db: Db, f: AnalyticsFilters): Promise<AwardedAmount[]> {
  const published = { status: 'RESULTS_PUBLISHED', ...competitionWhere(f) } satisfies Prisma.CompetitionWhereInput;
  const lotSelect = {
    direction: { select: { id: true, number: true, nameKk: true, nameRu: true, nameEn: true } },
    region: { select: { id: true, sortOrder: true, nameKk: true, nameRu: true, nameEn: true } },
  } as const;
  const [rows, laureates] = await Promise.all([
    db.rankingRow.findMany({
      where: { winner: true, awardedKzt: { not: null }, decision: { outcome: 'HELD', competition: { ...published, kind: f.kind ?? { not: 'AWARD' } } } },
      select: { awardedKzt: true, application: { select: { lot: { select: lotSelect } } } },
    }),
    f.kind === null || f.kind === 'AWARD'
      ? db.laureate.findMany({
          where: { competition: published },
          select: { amountKzt: true, direction: lotSelect.direction, application: { select: { lot: { select: { region: lotSelect.region } } } } },
        })
      : Promise.resolve([]),
  ]);
  const out: AwardedAmount[] = rows.map((r) => {
    const lot = r.application.lot;
    return {
      amountKzt: r.awardedKzt ?? 0n,
      direction: lot?.direction ? { id: lot.direction.id, number: lot.direction.number, names: names(lot.direction) } : null,
      region: lot?.region ? { id: lot.region.id, sortOrder: lot.region.sortOrder, names: names(lot.region) } : null,
    };
  });
  for (const l of laureates) {
    const region = l.application.lot?.region;
    out.push({
      amountKzt: l.amountKzt,
      direction: { id: l.direction.id, number: l.direction.number, names: names(l.direction) },
      region: region ? { id: region.id, sortOrder: region.sortOrder, names: names(region) } : null,
    });
  }
  return out;
}

export async function moneyDatasets(db: Db, f: AnalyticsFilters): Promise<{ byDirection: MoneyBucket[]; byRegion: MoneyBucket[] }> {
  const rows = await awardedAmounts(db, f);
  return { byDirection: moneyByDirection(rows), byRegion: moneyByRegion(rows) };
}

export interface TimelineCompetition {
  id: string;
  code: string | null;
  names: Names;
  kind: CompetitionKind;
  year: number;
  deadlineAt: Date;
  submissions: number;
}

/** Competitions with a deadline (filtered), most submissions first — the timeline's choices. */
export async function timelineCompetitions(db: Db, f: AnalyticsFilters): Promise<TimelineCompetition[]> {
  const rows = await db.competition.findMany({
    where: { ...competitionWhere(f), status: { not: 'DRAFT' }, deadlineAt: { not: null } },
    select: { id: true, code: true, titleKk: true, titleRu: true, titleEn: true, kind: true, year: true, deadlineAt: true, _count: { select: { applications: { where: { submittedAt: { not: null } } } } } },
    orderBy: [{ deadlineAt: 'desc' }],
  });
  return rows
    .map((c) => ({ id: c.id, code: c.code, names: { kk: c.titleKk, ru: c.titleRu, en: c.titleEn }, kind: c.kind, year: c.year, deadlineAt: c.deadlineAt as Date, submissions: c._count.applications }))
    .sort((a, b) => b.submissions - a.submissions || b.deadlineAt.getTime() - a.deadlineAt.getTime());
}

/** Submissions of one competition around its deadline (every received application, withdrawn ones too: they were submissions). */
export async function submissionsDataset(db: Db, competitionId: string): Promise<SubmissionTimeline | null> {
  const c = await db.competition.findUnique({ where: { id: competitionId }, select: { deadlineAt: true, opensAt: true } });
  if (!c?.deadlineAt) return null;
  const apps = await db.application.findMany({ where: { competitionId, submittedAt: { not: null } }, select: { submittedAt: true } });
  return submissionTimeline({ submittedAt: apps.map((a) => a.submittedAt as Date), deadlineAt: c.deadlineAt, opensAt: c.opensAt });
}

/** Admission and not-held rates per kind and year (latest admission decision per application; latest decision per lot). */
export async function ratesDataset(db: Db, f: AnalyticsFilters): Promise<RateRow[]> {
  const where = competitionWhere(f);
  const [admissions, decisions] = await Promise.all([
    db.admissionDecision.findMany({
      where: { application: { competition: where } },
      select: { applicationId: true, admitted: true, decidedAt: true, application: { select: { competition: { select: { kind: true, year: true } } } } },
    }),
    db.decision.findMany({
      where: { competition: where },
      select: { competitionId: true, lotId: true, outcome: true, createdAt: true, competition: { select: { kind: true, year: true } } },
    }),
  ]);
  return ratesByKindAndYear(
    admissions.map((a) => ({ kind: a.application.competition.kind, year: a.application.competition.year, applicationId: a.applicationId, admitted: a.admitted, decidedAt: a.decidedAt })),
    decisions.map((d) => ({ kind: d.competition.kind, year: d.competition.year, competitionId: d.competitionId, lotId: d.lotId, outcome: d.outcome, createdAt: d.createdAt })),
    COMPETITION_KINDS,
  );
}

function criterionDefs(raw: unknown): CriterionDef[] {
  if (!Array.isArray(raw)) return [];
  const out: CriterionDef[] = [];
  for (const c of raw as Record<string, unknown>[]) {
    if (!c || typeof c.id !== 'string' || typeof c.max !== 'number') continue;
    const kk = typeof c.titleKk === 'string' ? c.titleKk : c.id;
    const ru = typeof c.titleRu === 'string' ? c.titleRu : kk;
    out.push({ id: c.id, names: { kk, ru, en: typeof c.titleEn === 'string' ? c.titleEn : null }, min: typeof c.min === 'number' ? c.min : 0, max: c.max });
  }
  return out;
}

export interface ScoredCompetition extends CompetitionCriteria {
  code: string | null;
  names: Names;
  kind: CompetitionKind;
  year: number;
}

/**
 * Average per criterion from SIGNED sheets of competitions whose scores are no longer sealed
 * (`scoresSealed`: commission meeting, results published, not held). Sealed competitions are
 * never read here.
 */
export async function scoresDataset(db: Db, f: AnalyticsFilters): Promise<ScoredCompetition[]> {
  const candidates = await db.competition.findMany({
    where: { ...competitionWhere(f), status: { in: ['COMMISSION_MEETING', 'RESULTS_PUBLISHED', 'NOT_HELD'] } },
    select: { id: true, code: true, titleKk: true, titleRu: true, titleEn: true, kind: true, year: true, status: true, criteria: true },
    orderBy: [{ year: 'desc' }, { code: 'asc' }],
  });
  const open = candidates.filter((c) => !scoresSealed(c));
  if (open.length === 0) return [];
  const sheets = await db.scoreSheet.findMany({
    where: { status: 'SIGNED', application: { competitionId: { in: open.map((c) => c.id) } } },
    select: { status: true, application: { select: { competitionId: true } }, scores: { select: { criterionId: true, value: true } } },
  });
  const result = averageScoresByCriterion(
    open.map((c) => ({ competitionId: c.id, criteria: criterionDefs(c.criteria) })),
    sheets.map((s) => ({ competitionId: s.application.competitionId, status: s.status, values: s.scores })),
  );
  return result
    .map((r) => {
      const c = open.find((x) => x.id === r.competitionId)!;
      return { ...r, code: c.code, names: { kk: c.titleKk, ru: c.titleRu, en: c.titleEn }, kind: c.kind, year: c.year };
    })
    .filter((r) => r.sheets > 0);
}

/** Reports overdue today (RP-1, `overdueReports`), of agreements of the filtered competitions. */
export async function overdueDataset(db: Db, f: AnalyticsFilters, now: Date): Promise<{ byOrganization: OverdueByOrganization[]; byAgreement: OverdueByAgreement[]; reports: number }> {
  let rows = await overdueReports(db, now);
  if (f.year !== null || f.kind !== null) {
    const keep = await db.agreement.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.agreementId))] }, competition: competitionWhere(f) }, select: { id: true } });
    const ids = new Set(keep.map((a) => a.id));
    rows = rows.filter((r) => ids.has(r.agreementId));
  }
  return { byOrganization: overdueByOrganization(rows), byAgreement: overdueByAgreement(rows), reports: rows.length };
}
