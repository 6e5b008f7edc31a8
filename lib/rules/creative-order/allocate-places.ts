/**
 * Creative order (other-mechanisms.md, seed 002): places in children's clubs are
 * allocated automatically every day at 18:00 (L111–112) from the legal representatives'
 * electronic requests to a chosen provider, following the priority order of the rules'
 * paragraphs 11–12 (L56–61) — that order is not in the seed, so priority is an input:
 * a non-negative integer rank, 0 first (the operator maps its categories to ranks).
 *
 * Deterministic daily run:
 *  1. only requests received at or before the run instant take part (DL-1); later ones
 *     wait for the next run (`deferred`);
 *  2. order: priority rank ascending, then earlier request, then request id;
 *  3. each request gets a place if its club still has one and the same child has not
 *     already been given a place in that club in this run (a duplicate request waits);
 *  4. requests left without a place are `waiting` (they stay in the queue).
 */
import { RuleInputError } from '../errors';
import { compareIds } from '../compare';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertArray, assertInstant, assertNonEmptyString, assertNonNegativeInteger, assertUniqueIds } from '../validate';
import { almatyInstant } from '../calendar/almaty-time';

export interface PlaceRequest {
  id: string;
  childId: string;
  clubId: string;
  submittedAt: Date;
  /** Priority rank, 0 = highest. */
  priority: number;
}

export interface AllocationResult {
  allocated: { requestId: string; childId: string; clubId: string }[];
  /** Took part, no place left (or a duplicate for the same child and club). */
  waiting: string[];
  /** Received after the run instant: next run. */
  deferred: string[];
  remainingPlaces: Record<string, number>;
}

/** The instant of the daily run on an Almaty day (default 18:00). */
export function creativeOrderRunInstant(date: string, time: string = DEFAULT_RULE_SETTINGS.creativeOrder.dailyRunTime): Date {
  return almatyInstant(date, time);
}

export function allocatePlaces(requests: PlaceRequest[], freePlaces: Record<string, number>, runAt: Date): AllocationResult {
  assertArray(requests, 'requests');
  assertInstant(runAt, 'runAt');
  assertUniqueIds(requests.map((r) => r.id), 'requests');
  const remaining: Record<string, number> = {};
  for (const [clubId, n] of Object.entries(freePlaces)) {
    assertNonNegativeInteger(n, `freePlaces.${clubId}`);
    remaining[clubId] = n;
  }
  const rows = requests.map((r, i) => {
    assertNonEmptyString(r.childId, `requests[${i}].childId`);
    assertNonEmptyString(r.clubId, `requests[${i}].clubId`);
    assertInstant(r.submittedAt, `requests[${i}].submittedAt`);
    assertNonNegativeInteger(r.priority, `requests[${i}].priority`);
    if (!Object.prototype.hasOwnProperty.call(remaining, r.clubId)) {
      // A club missing from freePlaces is a data error (pass 0 for a full club), not "no places".
      throw new RuleInputError('UNKNOWN', `requests[${i}].clubId`, `club '${r.clubId}' is not in freePlaces`);
    }
    return { ...r, at: r.submittedAt.getTime() };
  });
  const cutoff = runAt.getTime();
  const deferred = rows.filter((r) => r.at > cutoff).map((r) => r.id);
  const taking = rows
    .filter((r) => r.at <= cutoff)
    .sort((a, b) => a.priority - b.priority || a.at - b.at || compareIds(a.id, b.id));

  const placed = new Set<string>();
  const allocated: AllocationResult['allocated'] = [];
  const waiting: string[] = [];
  for (const r of taking) {
    const key = `${r.childId}\u0000${r.clubId}`;
    const left = remaining[r.clubId] ?? 0;
    if (left > 0 && !placed.has(key)) {
      remaining[r.clubId] = left - 1;
      placed.add(key);
      allocated.push({ requestId: r.id, childId: r.childId, clubId: r.clubId });
    } else {
      waiting.push(r.id);
    }
  }
  return { allocated, waiting, deferred, remainingPlaces: remaining };
}
