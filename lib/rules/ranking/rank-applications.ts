/**
 * SC-3 / SC-5: ranking and winners of a grant lot.
 *  - SC-3: score descending; ties broken by earlier submission time (setting); a full tie
 *    (same score, same instant) falls back to the id so the order is always deterministic.
 *  - SC-5: winners are taken in rank order while the amount requested fits the remaining
 *    lot budget; an application too large for what is left is skipped and later, smaller
 *    ones may still fit.
 * Money is integer tenge.
 */
import { compareIds } from '../compare';
import { assertArray, assertFiniteNumber, assertInstant, assertNonNegativeInteger, assertUniqueIds } from '../validate';

export interface RankInput {
  id: string;
  score: number;
  submittedAt: Date;
  requested: number;
}

export function rankApplications(apps: RankInput[], budget: number): { order: string[]; winners: string[] } {
  assertArray(apps, 'apps');
  assertNonNegativeInteger(budget, 'budget');
  assertUniqueIds(apps.map((a) => a.id), 'apps');
  const rows = apps.map((a, i) => {
    assertFiniteNumber(a.score, `apps[${i}].score`);
    assertInstant(a.submittedAt, `apps[${i}].submittedAt`);
    assertNonNegativeInteger(a.requested, `apps[${i}].requested`);
    return { id: a.id, score: a.score, at: a.submittedAt.getTime(), requested: a.requested };
  });
  rows.sort((a, b) => b.score - a.score || a.at - b.at || compareIds(a.id, b.id));
  const winners: string[] = [];
  let remaining = budget;
  for (const r of rows) {
    if (r.requested <= remaining) {
      winners.push(r.id);
      remaining -= r.requested;
    }
  }
  return { order: rows.map((r) => r.id), winners };
}
