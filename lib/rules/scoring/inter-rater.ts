/**
 * Inter-rater agreement over a competition's signed sheets (supports SC-2 review at the
 * commission meeting, grants stage 5 L1034–1035 "scores are discussed"). Not a rule of
 * law: a quality signal. Per application: spread (max − min) of the expert totals; per
 * expert: mean signed deviation from the mean of the OTHER experts on the same
 * applications, flagged when its absolute value exceeds `outlierShare × maxScore` over at
 * least `minSharedApplications` applications. Thresholds are settings.
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertArray, assertFiniteNumber, assertNonEmptyString, assertNonNegativeNumber, assertPositiveInteger, assertShare } from '../validate';

export interface SheetResult {
  applicationId: string;
  expertId: string;
  total: number;
}

export interface ApplicationAgreement {
  applicationId: string;
  sheets: number;
  mean: number;
  min: number;
  max: number;
  /** max − min of the expert totals. */
  spread: number;
  /** Population standard deviation of the totals. */
  stdDev: number;
  /** spread > highSpreadShare × maxScore. */
  highSpread: boolean;
}

export interface ExpertAgreement {
  expertId: string;
  /** Applications this expert scored that at least one other expert scored too. */
  sharedApplications: number;
  /** Mean of (own total − mean of the others' totals); positive = more generous. */
  meanDeviation: number | null;
  outlier: boolean;
}

export interface InterRaterOptions {
  maxScore: number;
  outlierShare?: number;
  highSpreadShare?: number;
  minSharedApplications?: number;
}

export function interRaterAgreement(
  sheets: SheetResult[],
  opts: InterRaterOptions,
): { applications: ApplicationAgreement[]; experts: ExpertAgreement[] } {
  const d = DEFAULT_RULE_SETTINGS.interRater;
  const outlierShare = opts.outlierShare ?? d.outlierShare;
  const highSpreadShare = opts.highSpreadShare ?? d.highSpreadShare;
  const minShared = opts.minSharedApplications ?? d.minSharedApplications;
  assertFiniteNumber(opts.maxScore, 'opts.maxScore');
  if (opts.maxScore <= 0) throw new RuleInputError('OUT_OF_RANGE', 'opts.maxScore', 'must be positive');
  assertShare(outlierShare, 'opts.outlierShare');
  assertShare(highSpreadShare, 'opts.highSpreadShare');
  assertPositiveInteger(minShared, 'opts.minSharedApplications');
  assertArray(sheets, 'sheets');

  const byApp = new Map<string, Map<string, number>>();
  const expertOrder: string[] = [];
  const seenExperts = new Set<string>();
  sheets.forEach((s, i) => {
    assertNonEmptyString(s.applicationId, `sheets[${i}].applicationId`);
    assertNonEmptyString(s.expertId, `sheets[${i}].expertId`);
    assertNonNegativeNumber(s.total, `sheets[${i}].total`);
    if (s.total > opts.maxScore) throw new RuleInputError('OUT_OF_RANGE', `sheets[${i}].total`, `${s.total} exceeds maxScore ${opts.maxScore}`);
    const app = byApp.get(s.applicationId) ?? new Map<string, number>();
    if (app.has(s.expertId)) {
      throw new RuleInputError('DUPLICATE', `sheets[${i}]`, `expert '${s.expertId}' has two sheets for application '${s.applicationId}'`);
    }
    app.set(s.expertId, s.total);
    byApp.set(s.applicationId, app);
    if (!seenExperts.has(s.expertId)) {
      seenExperts.add(s.expertId);
      expertOrder.push(s.expertId);
    }
  });

  const applications: ApplicationAgreement[] = [];
  const deviations = new Map<string, number[]>();
  for (const [applicationId, totalsByExpert] of byApp) {
    const totals = [...totalsByExpert.values()];
    const n = totals.length;
    const sum = totals.reduce((a, b) => a + b, 0);
    const mean = sum / n;
    const min = Math.min(...totals);
    const max = Math.max(...totals);
    const variance = totals.reduce((a, t) => a + (t - mean) ** 2, 0) / n;
    applications.push({
      applicationId,
      sheets: n,
      mean,
      min,
      max,
      spread: max - min,
      stdDev: Math.sqrt(variance),
      highSpread: max - min > highSpreadShare * opts.maxScore,
    });
    if (n < 2) continue;
    for (const [expertId, t] of totalsByExpert) {
      const othersMean = (sum - t) / (n - 1);
      const list = deviations.get(expertId) ?? [];
      list.push(t - othersMean);
      deviations.set(expertId, list);
    }
  }

  const experts = expertOrder.map((expertId): ExpertAgreement => {
    const list = deviations.get(expertId) ?? [];
    const meanDeviation = list.length === 0 ? null : list.reduce((a, b) => a + b, 0) / list.length;
    return {
      expertId,
      sharedApplications: list.length,
      meanDeviation,
      outlier: meanDeviation !== null && list.length >= minShared && Math.abs(meanDeviation) > outlierShare * opts.maxScore,
    };
  });
  return { applications, experts };
}
