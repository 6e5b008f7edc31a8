/**
 * MN-5: a project in progress is "at risk" when its indicator progress lags the elapsed share
 * of its period by more than 25 percentage points, or when a monitoring measure is overdue
 * (MN-3). Progress of an indicator = latest actual / target (capped at 100%); the project's
 * progress is the mean over indicators with a reported value (none reported = 0%).
 */
import { RuleInputError } from '../errors';
import { assertIsoDate, calendarDaysBetween, type IsoDate } from '../calendar/civil-date';

export const AT_RISK_LAG_POINTS = 25;

/** Share (0..1) of the period [start, end] elapsed on `today`. */
export function elapsedShare(start: IsoDate, end: IsoDate, today: IsoDate): number {
  assertIsoDate(start, 'start');
  assertIsoDate(end, 'end');
  assertIsoDate(today, 'today');
  const total = calendarDaysBetween(start, end);
  if (total < 0) throw new RuleInputError('OUT_OF_RANGE', 'end', 'period end before start');
  if (total === 0) return calendarDaysBetween(start, today) >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, calendarDaysBetween(start, today) / total));
}

export interface IndicatorProgressInput {
  target: number;
  /** Latest reported actual value; null when never reported. */
  actual: number | null;
}

/** Mean progress (0..1) over the indicators; an indicator with target ≤ 0 counts as done when reported. */
export function indicatorProgress(indicators: IndicatorProgressInput[]): number {
  if (!Array.isArray(indicators)) throw new RuleInputError('INVALID_TYPE', 'indicators', 'indicators must be an array');
  if (indicators.length === 0) return 0;
  const shares = indicators.map((i) => {
    if (i.actual === null) return 0;
    if (!Number.isFinite(i.actual) || !Number.isFinite(i.target)) throw new RuleInputError('NOT_A_NUMBER', 'indicators', 'values must be finite numbers');
    if (i.target <= 0) return 1;
    return Math.min(1, Math.max(0, i.actual / i.target));
  });
  return shares.reduce((a, b) => a + b, 0) / shares.length;
}

export type AtRiskReason = 'INDICATOR_LAG' | 'OVERDUE_MEASURES';

export interface AtRiskAssessment {
  elapsedPercent: number;
  progressPercent: number;
  lagPoints: number;
  reasons: AtRiskReason[];
}

/** MN-5 */
export function assessProjectRisk(x: { start: IsoDate; end: IsoDate; today: IsoDate; indicators: IndicatorProgressInput[]; overdueMeasures: number }): AtRiskAssessment {
  const elapsedPercent = Math.round(elapsedShare(x.start, x.end, x.today) * 1000) / 10;
  const progressPercent = Math.round(indicatorProgress(x.indicators) * 1000) / 10;
  const lagPoints = Math.round((elapsedPercent - progressPercent) * 10) / 10;
  const reasons: AtRiskReason[] = [];
  if (x.indicators.length > 0 && lagPoints > AT_RISK_LAG_POINTS) reasons.push('INDICATOR_LAG');
  if (x.overdueMeasures > 0) reasons.push('OVERDUE_MEASURES');
  return { elapsedPercent, progressPercent, lagPoints, reasons };
}
