/**
 * SC-2: an expert's sheet total is the sum of its criteria; every score is an integer
 * within its range (and among `allowed` values when given), and a sheet is complete only
 * when every criterion is scored. Refusals are returned (not thrown) because an
 * incomplete sheet is an everyday state of the scoring form, not a programming error.
 */
import { assertValidCriteria, type Criterion } from './criterion';

export type SheetTotalError = 'INCOMPLETE' | 'OUT_OF_RANGE' | 'NOT_INTEGER' | 'UNKNOWN_CRITERION';

export type SheetTotalResult =
  | { ok: true; total: number }
  | { ok: false; code: SheetTotalError; criterionId: string };

/**
 * Checks, in this order: a score for a criterion that does not exist (UNKNOWN_CRITERION),
 * then each criterion in list order: missing (INCOMPLETE), not an integer — NaN and
 * ±Infinity included (NOT_INTEGER), outside min–max or not an allowed value (OUT_OF_RANGE).
 */
export function sheetTotal(criteria: Criterion[], scores: Record<string, number>): SheetTotalResult {
  assertValidCriteria(criteria);
  const known = new Set(criteria.map((c) => c.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id)) return { ok: false, code: 'UNKNOWN_CRITERION', criterionId: id };
  }
  let total = 0;
  for (const c of criteria) {
    const v: unknown = Object.prototype.hasOwnProperty.call(scores, c.id) ? scores[c.id] : undefined;
    if (v === undefined || v === null) return { ok: false, code: 'INCOMPLETE', criterionId: c.id };
    if (typeof v !== 'number' || !Number.isInteger(v)) return { ok: false, code: 'NOT_INTEGER', criterionId: c.id };
    if (v < c.min || v > c.max || (c.allowed !== undefined && !c.allowed.includes(v))) {
      return { ok: false, code: 'OUT_OF_RANGE', criterionId: c.id };
    }
    total += v;
  }
  return { ok: true, total };
}
