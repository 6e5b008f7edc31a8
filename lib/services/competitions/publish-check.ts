import { assertValidCriteria, isOnTime, type WorkCalendar } from '@/lib/rules';
import { competitionTimeline, type CompetitionTimeline, type TimelineSource } from './timeline';

export interface PublishSubject extends TimelineSource {
  titleKk: string;
  titleRu: string;
  criteria: unknown;
  requiredDocuments: unknown;
  languages: string[];
  lots: { periodStart: Date | null; periodEnd: Date | null; budgetKzt: bigint }[];
}

export interface PublishIssue {
  /** i18n key under competitionSetup.errors */
  code: string;
  params?: Record<string, string | number>;
}

const WINDOW_CODES = { CLOSES_BEFORE_ANNOUNCED: 'windowClosesBeforeOpening', WINDOW_TOO_SHORT: 'windowTooShort', WINDOW_TOO_LONG: 'windowTooLong' } as const;

/**
 * Why a DRAFT may not be announced yet: every announcement field of L962–967 must be
 * filled (window, documents, topics with budgets, implementation periods), the criteria must
 * be valid (SC-1) and the window must satisfy DL-3 when counted from the moment of
 * publishing (`now`). Empty list = ready.
 */
export function publishIssues(c: PublishSubject, now: Date, cal: WorkCalendar): { issues: PublishIssue[]; timeline: CompetitionTimeline | null } {
  const issues: PublishIssue[] = [];
  if (!c.titleKk.trim() || !c.titleRu.trim()) issues.push({ code: 'missingTitle' });
  if (!c.opensAt) issues.push({ code: 'missingOpensAt' });
  if (!c.deadlineAt) issues.push({ code: 'missingDeadline' });
  if (c.lots.length === 0) issues.push({ code: 'noLots' });
  if (c.lots.some((l) => l.budgetKzt <= 0n)) issues.push({ code: 'lotWithoutBudget' });
  if (c.lots.some((l) => !l.periodStart || !l.periodEnd)) issues.push({ code: 'missingPeriod' });
  if (!Array.isArray(c.requiredDocuments) || c.requiredDocuments.length === 0) issues.push({ code: 'noDocuments' });
  if (c.languages.length === 0) issues.push({ code: 'languageRequired' });
  try {
    assertValidCriteria(c.criteria);
  } catch {
    issues.push({ code: 'invalidCriteria' });
  }
  // DL-1: a deadline already passed cannot be announced.
  if (c.deadlineAt && !isOnTime(now, c.deadlineAt)) issues.push({ code: 'deadlinePassed' });
  const timeline = competitionTimeline(c, cal, { publishAt: now });
  // DL-3: 20–30 calendar days from the announcement (or a later opening) to the close.
  if (timeline?.windowIssue) {
    issues.push({ code: WINDOW_CODES[timeline.windowIssue], params: { days: timeline.windowCalendarDays, min: timeline.windowMinDays, max: timeline.windowMaxDays } });
  }
  return { issues, timeline };
}
