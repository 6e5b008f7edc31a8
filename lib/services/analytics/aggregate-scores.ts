/**
 * Average score per criterion (SC-1 / SO-1 / AW-8), per competition, from SIGNED score sheets
 * only, and only of competitions whose scores are no longer sealed (the caller filters with
 * `scoresSealed`, lib/services/scoring/sealing.ts). Pure, no I/O.
 */
import type { Names } from './labels';

export interface CriterionDef {
  id: string;
  names: Names;
  min: number;
  max: number;
}

export interface SignedSheet {
  competitionId: string;
  status: string;
  values: { criterionId: string; value: number }[];
}

export interface CriterionAverage {
  criterionId: string;
  names: Names;
  max: number;
  /** Signed sheets scoring this criterion. */
  sheets: number;
  /** Mean rounded to 2 decimals, null when no signed sheet scored it. */
  mean: number | null;
  /** mean ÷ max as a share rounded to 4 decimals (null when mean is null or max is 0). */
  shareOfMax: number | null;
}

export interface CompetitionCriteria {
  competitionId: string;
  sheets: number;
  criteria: CriterionAverage[];
}

export function averageScoresByCriterion(
  competitions: { competitionId: string; criteria: CriterionDef[] }[],
  sheets: SignedSheet[],
): CompetitionCriteria[] {
  return competitions.map((c) => {
    const own = sheets.filter((s) => s.competitionId === c.competitionId && s.status === 'SIGNED');
    const criteria = c.criteria.map((def) => {
      let sum = 0;
      let n = 0;
      for (const s of own) {
        for (const v of s.values) {
          if (v.criterionId !== def.id) continue;
          sum += v.value;
          n += 1;
        }
      }
      const mean = n === 0 ? null : Math.round((sum / n) * 100) / 100;
      return {
        criterionId: def.id,
        names: def.names,
        max: def.max,
        sheets: n,
        mean,
        shareOfMax: mean === null || def.max === 0 ? null : Math.round((sum / n / def.max) * 10_000) / 10_000,
      };
    });
    return { competitionId: c.competitionId, sheets: own.length, criteria };
  });
}
