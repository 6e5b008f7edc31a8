/**
 * MN-3 (§3.2 portal model: measures_required, deadline_for_measures): a measure required by a
 * monitoring record is OPEN until done; an OPEN measure whose deadline day has passed is OVERDUE.
 */
import { RuleInputError } from '../errors';
import { assertIsoDate, compareIsoDates, type IsoDate } from '../calendar/civil-date';

export const MEASURE_STATUSES = ['OPEN', 'DONE'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type MeasureState = 'OPEN' | 'OVERDUE' | 'DONE';

/** MN-3: the displayed state on `today` (the deadline day itself is still on time). */
export function measureState(status: string, deadlineOn: IsoDate, today: IsoDate): MeasureState {
  if (!(MEASURE_STATUSES as readonly string[]).includes(status)) throw new RuleInputError('UNKNOWN', 'status', `unknown measure status '${status}'`);
  assertIsoDate(deadlineOn, 'deadlineOn');
  assertIsoDate(today, 'today');
  if (status === 'DONE') return 'DONE';
  return compareIsoDates(deadlineOn, today) < 0 ? 'OVERDUE' : 'OPEN';
}

/** MN-3: OPEN → DONE is the only move; a done measure stays done. */
export function canCompleteMeasure(status: string): boolean {
  return status === 'OPEN';
}
