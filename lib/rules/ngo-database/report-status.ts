/**
 * DB-1 (L491–492): every NGO reports its previous year's activity to the NGO database
 * by 31 March. DB-3 / DB-10 (L517–526, L903–906): grant and social-order competitions
 * check it — a grant needs the report on time (EL-2), a social-order bid scores it
 * 2 on time / 1 late / 0 none (criterion 4, L2744–2764).
 *
 * Status of one year's report at an instant `asOf`:
 *  - NOT_DUE: the reported year has not ended yet (nothing to report);
 *  - DUE: the year has ended, not submitted, deadline not passed;
 *  - ON_TIME / LATE: submitted at or before / after the deadline instant (DL-1);
 *  - MISSING: not submitted and the deadline has passed.
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertInstant, assertNonNegativeInteger } from '../validate';
import { almatyDateOf, almatyEndOfDay, almatyStartOfDay } from '../calendar/almaty-time';
import { dateInYear, parseIsoDate } from '../calendar/civil-date';
import { isOnTime } from '../calendar/deadline';

export const NGO_DATABASE_REPORT_TIMELINESS = ['NOT_DUE', 'DUE', 'ON_TIME', 'LATE', 'MISSING'] as const;
export type NgoDatabaseReportTimeliness = (typeof NGO_DATABASE_REPORT_TIMELINESS)[number];

/** The deadline instant for the report on `reportYear`: end of 31 March of the next year. */
export function ngoDatabaseReportDeadline(reportYear: number, due: string = DEFAULT_RULE_SETTINGS.ngoDatabase.reportDue): Date {
  assertNonNegativeInteger(reportYear, 'reportYear');
  return almatyEndOfDay(dateInYear(reportYear + 1, due, 'due'));
}

export function ngoDatabaseReportStatus(
  x: { reportYear: number; submittedAt: Date | null; asOf: Date },
  due: string = DEFAULT_RULE_SETTINGS.ngoDatabase.reportDue,
): NgoDatabaseReportTimeliness {
  const deadline = ngoDatabaseReportDeadline(x.reportYear, due);
  assertInstant(x.asOf, 'asOf');
  if (x.submittedAt !== null) {
    assertInstant(x.submittedAt, 'submittedAt');
    if (x.submittedAt.getTime() > x.asOf.getTime()) {
      throw new RuleInputError('CONFLICT', 'submittedAt', 'a report cannot be submitted after the moment it is judged (asOf)');
    }
    return isOnTime(x.submittedAt, deadline) ? 'ON_TIME' : 'LATE';
  }
  if (x.asOf.getTime() < almatyStartOfDay(dateInYear(x.reportYear + 1, '01-01')).getTime()) return 'NOT_DUE';
  return isOnTime(x.asOf, deadline) ? 'DUE' : 'MISSING';
}

/**
 * EL-2: which report year a competition checks at `asOf` — the latest year whose
 * deadline has passed (in February 2026 the 2025 report is not yet due, so 2024's is
 * the one that must have been on time).
 */
export function requiredNgoDatabaseReportYear(asOf: Date, due: string = DEFAULT_RULE_SETTINGS.ngoDatabase.reportDue): number {
  const year = parseIsoDate(almatyDateOf(asOf)).year;
  return isOnTime(asOf, ngoDatabaseReportDeadline(year - 1, due)) ? year - 2 : year - 1;
}

/** EL-2 for the social order: criterion 4 score (2 on time, 1 late, 0 no data). */
export function ngoDatabaseScore(status: NgoDatabaseReportTimeliness): 0 | 1 | 2 {
  if (!NGO_DATABASE_REPORT_TIMELINESS.includes(status)) {
    throw new RuleInputError('UNKNOWN', 'status', `unknown NGO database report status '${String(status)}'`);
  }
  if (status === 'ON_TIME') return 2;
  if (status === 'LATE') return 1;
  return 0;
}
