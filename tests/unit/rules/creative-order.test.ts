import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocatePlaces, creativeOrderRunInstant, RuleInputError, type PlaceRequest } from '@/lib/rules';

const runAt = creativeOrderRunInstant('2026-09-01');
const at = (iso: string) => new Date(iso);
const req = (id: string, childId: string, clubId: string, time: string, priority = 1): PlaceRequest => ({
  id,
  childId,
  clubId,
  submittedAt: at(`2026-09-01T${time}+05:00`),
  priority,
});

describe('Creative order daily allocation at 18:00', () => {
  it('runs at 18:00 Almaty', () => {
    expect(runAt.toISOString()).toBe('2026-09-01T13:00:00.000Z');
  });
  it('allocates by priority, then time, then id; later requests wait for tomorrow', () => {
    const r = allocatePlaces(
      [
        req('r1', 'c1', 'chess', '09:00:00'),
        req('r2', 'c2', 'chess', '08:00:00'),
        req('r3', 'c3', 'chess', '10:00:00', 0), // priority category first
        req('r4', 'c4', 'dance', '18:00:00'), // exactly at the run instant: takes part
        req('r5', 'c5', 'dance', '18:00:01'), // after: deferred
        req('r6', 'c2', 'chess', '07:00:00', 2), // same child, same club, lower priority: waits
      ],
      { chess: 2, dance: 1 },
      runAt,
    );
    expect(r.allocated).toEqual([
      { requestId: 'r3', childId: 'c3', clubId: 'chess' },
      { requestId: 'r2', childId: 'c2', clubId: 'chess' },
      { requestId: 'r4', childId: 'c4', clubId: 'dance' },
    ]);
    expect(r.waiting).toEqual(['r1', 'r6']);
    expect(r.deferred).toEqual(['r5']);
    expect(r.remainingPlaces).toEqual({ chess: 0, dance: 0 });
  });
  it('a duplicate request for the same child and club never takes two places', () => {
    const r = allocatePlaces([req('a', 'c1', 'art', '09:00:00'), req('b', 'c1', 'art', '09:30:00')], { art: 5 }, runAt);
    expect(r.allocated.map((x) => x.requestId)).toEqual(['a']);
    expect(r.waiting).toEqual(['b']);
    expect(r.remainingPlaces.art).toBe(4);
  });
  it('is deterministic, never over-allocates and accounts for every request', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ child: fc.integer({ min: 1, max: 8 }), club: fc.constantFrom('a', 'b', 'c'), minute: fc.integer({ min: 0, max: 1439 }), priority: fc.integer({ min: 0, max: 3 }) }), { maxLength: 40 }),
        fc.record({ a: fc.integer({ min: 0, max: 5 }), b: fc.integer({ min: 0, max: 5 }), c: fc.integer({ min: 0, max: 5 }) }),
        (rows, places) => {
          const requests = rows.map((r, i) => ({ id: `r${i}`, childId: `c${r.child}`, clubId: r.club, submittedAt: new Date(Date.UTC(2026, 7, 31, 19) + r.minute * 60_000), priority: r.priority }));
          const r1 = allocatePlaces(requests, places, runAt);
          const r2 = allocatePlaces([...requests].reverse(), places, runAt);
          expect(r2.allocated).toEqual(r1.allocated);
          for (const club of ['a', 'b', 'c'] as const) {
            const n = r1.allocated.filter((x) => x.clubId === club).length;
            expect(n).toBeLessThanOrEqual(places[club]);
            expect(r1.remainingPlaces[club]).toBe(places[club] - n);
          }
          expect(r1.allocated.length + r1.waiting.length + r1.deferred.length).toBe(requests.length);
        },
      ),
    );
  });
  it('refuses bad input', () => {
    expect(() => allocatePlaces([req('a', 'c1', 'unknown', '09:00:00')], { art: 1 }, runAt)).toThrow(RuleInputError);
    expect(() => allocatePlaces([req('a', 'c1', 'art', '09:00:00', -1)], { art: 1 }, runAt)).toThrow(RuleInputError);
    expect(() => allocatePlaces([req('a', 'c1', 'art', '09:00:00'), req('a', 'c2', 'art', '09:00:00')], { art: 1 }, runAt)).toThrow(RuleInputError);
    expect(() => allocatePlaces([], { art: 1.5 }, runAt)).toThrow(RuleInputError);
    expect(() => allocatePlaces([], { art: 1 }, new Date('x'))).toThrow(RuleInputError);
    expect(() => creativeOrderRunInstant('2026-09-01', '25:00')).toThrow(RuleInputError);
  });
});
