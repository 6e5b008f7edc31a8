/**
 * The award cycle timeline (AW-5..AW-10, §3.5) for the operator: each step with the date the
 * operator set, the latest date the rules allow (lib/rules awardCalendar) and a warning when
 * the operator's date breaks it (or is missing). The candidate-list limit (AW-7, 10 working
 * days, DL-2) counts from the day acceptance actually closes (the operator's deadline).
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { almatyDateOf, awardCalendar, type WorkCalendar } from '@/lib/rules';
import { loadWorkCalendar } from '@/lib/services/competitions/work-calendar';

export const AWARD_TIMELINE_STEPS = ['announcement', 'applications', 'candidateList', 'winners', 'payment'] as const;
export type AwardTimelineStepKey = (typeof AWARD_TIMELINE_STEPS)[number];

export interface AwardTimelineStep {
  key: AwardTimelineStepKey;
  /** Rule id the limit comes from. */
  rule: 'AW-5' | 'AW-6' | 'AW-7' | 'AW-9' | 'AW-10';
  /** The operator's date (Almaty calendar day), null when not set. */
  planned: string | null;
  /** The latest day the rules allow. */
  limit: string;
  /** Set when the step really happened (publication instant). */
  doneAt: Date | null;
  /** null = fine; LATE = the operator's date is after the limit; MISSING = no date set. */
  warning: 'LATE' | 'MISSING' | null;
}

export interface AwardCycleDates {
  year: number;
  announcedAt: Date | null;
  opensAt: Date | null;
  deadlineAt: Date | null;
  reviewDueOn: Date | null;
  candidatesPublishedAt: Date | null;
  resultsDueOn: Date | null;
  resultsPublishedAt: Date | null;
  paymentDueOn: Date | null;
  settings?: unknown;
}

/** A `@db.Date` column (UTC midnight of the civil day) as YYYY-MM-DD. */
const civil = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));
const almaty = (d: Date | null) => (d === null ? null : almatyDateOf(d));

function numberSetting(settings: unknown, key: string): number | undefined {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return undefined;
  const v = (settings as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** Pure: the timeline of one cycle under the work calendar `cal` (DL-2). */
export function awardTimeline(c: AwardCycleDates, cal: WorkCalendar): AwardTimelineStep[] {
  const closedOn = almaty(c.deadlineAt);
  const wd = numberSetting(c.settings, 'candidateListWorkingDays');
  const limits = awardCalendar(c.year, cal, { ...(closedOn ? { acceptanceClosedOn: closedOn } : {}), ...(wd !== undefined ? { candidateListWorkingDays: wd } : {}) });
  const step = (key: AwardTimelineStepKey, rule: AwardTimelineStep['rule'], planned: string | null, limit: string, doneAt: Date | null): AwardTimelineStep => ({
    key,
    rule,
    planned,
    limit,
    doneAt,
    warning: planned === null ? 'MISSING' : planned > limit ? 'LATE' : null,
  });
  return [
    step('announcement', 'AW-5', almaty(c.announcedAt ?? c.opensAt), limits.announceBy, c.announcedAt),
    step('applications', 'AW-6', closedOn, limits.applyBy, null),
    step('candidateList', 'AW-7', almaty(c.candidatesPublishedAt) ?? civil(c.reviewDueOn), limits.candidateListBy, c.candidatesPublishedAt),
    step('winners', 'AW-9', almaty(c.resultsPublishedAt) ?? civil(c.resultsDueOn), limits.winnersBy, c.resultsPublishedAt),
    step('payment', 'AW-10', civil(c.paymentDueOn), limits.paymentBy, null),
  ];
}

type Reader = PrismaClient | Prisma.TransactionClient;

/** The timeline of an AWARD competition, with the portal's work calendar; null when not an award. */
export async function loadAwardTimeline(db: Reader, competitionId: string): Promise<AwardTimelineStep[] | null> {
  const c = await db.competition.findUnique({
    where: { id: competitionId },
    select: {
      kind: true,
      year: true,
      announcedAt: true,
      opensAt: true,
      deadlineAt: true,
      reviewDueOn: true,
      candidatesPublishedAt: true,
      resultsDueOn: true,
      resultsPublishedAt: true,
      paymentDueOn: true,
      settings: true,
    },
  });
  if (!c || c.kind !== 'AWARD') return null;
  return awardTimeline(c, await loadWorkCalendar(db));
}
