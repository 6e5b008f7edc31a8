import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  addWorkingDays,
  almatyDateOf,
  almatyEndOfDay,
  almatyInstant,
  almatyStartOfDay,
  daysOffInYear,
  grantTimeline,
  grantWindowIssue,
  isOnTime,
  isWorkingDay,
  kzCalendar,
  nextWorkingDayOnOrAfter,
  RuleInputError,
  weekday,
  workCalendar,
  workingDaysBetween,
} from '@/lib/rules';

const cal = kzCalendar();
/** Weekday from the JS engine (an independent method) to cross-check the pure arithmetic. */
const jsWeekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

describe('DL-1 deadlines are Almaty instants', () => {
  it('almatyEndOfDay is 23:59:59.999 at UTC+5', () => {
    expect(almatyEndOfDay('2026-03-31').toISOString()).toBe('2026-03-31T18:59:59.999Z');
    expect(almatyEndOfDay('2026-12-31').toISOString()).toBe('2026-12-31T18:59:59.999Z');
    expect(almatyEndOfDay('2028-02-29').toISOString()).toBe('2028-02-29T18:59:59.999Z');
  });
  it('almatyStartOfDay is 00:00 Almaty = 19:00 UTC the day before', () => {
    expect(almatyStartOfDay('2026-01-01').toISOString()).toBe('2025-12-31T19:00:00.000Z');
  });
  it('almatyInstant builds wall-clock times', () => {
    expect(almatyInstant('2026-06-01', '18:00').toISOString()).toBe('2026-06-01T13:00:00.000Z');
    expect(almatyInstant('2026-06-01', '00:00:01').toISOString()).toBe('2026-05-31T19:00:01.000Z');
  });
  it.each([
    ['2026-03-31T18:59:59.999Z', '2026-03-31'],
    ['2026-03-31T19:00:00.000Z', '2026-04-01'],
    ['2026-03-31T00:00:00.000Z', '2026-03-31'],
    ['2025-12-31T19:00:00.000Z', '2026-01-01'],
  ])('almatyDateOf(%s) = %s', (iso, day) => {
    expect(almatyDateOf(new Date(iso))).toBe(day);
  });
  it('isOnTime: exactly at the deadline is on time, +1 ms is late', () => {
    const deadline = almatyEndOfDay('2026-03-31');
    expect(isOnTime(new Date(deadline.getTime()), deadline)).toBe(true);
    expect(isOnTime(new Date(deadline.getTime() + 1), deadline)).toBe(false);
    expect(isOnTime(new Date(deadline.getTime() - 1), deadline)).toBe(true);
  });
  it('round-trips any day through start/end of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
        const d = addCalendarDays('2000-01-01', n);
        expect(almatyDateOf(almatyStartOfDay(d))).toBe(d);
        expect(almatyDateOf(almatyEndOfDay(d))).toBe(d);
        expect(almatyEndOfDay(d).getTime() - almatyStartOfDay(d).getTime()).toBe(86_399_999);
      }),
    );
  });
  it('refuses bad input', () => {
    expect(() => isOnTime(new Date('nope'), new Date())).toThrow(RuleInputError);
    expect(() => isOnTime(new Date(0), 'x' as unknown as Date)).toThrow(RuleInputError);
    expect(() => almatyEndOfDay('2026-02-30')).toThrow(RuleInputError);
    expect(() => almatyInstant('2026-01-01', '24:00')).toThrow(RuleInputError);
    expect(() => almatyInstant('2026-01-01', '9:00')).toThrow(RuleInputError);
    expect(() => almatyDateOf(new Date(Number.NaN))).toThrow(RuleInputError);
  });
});

describe('DL-2 calendar days and date strings', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-01', 0, '2026-03-01'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('addCalendarDays(%s, %i) = %s', (d, n, out) => {
    expect(addCalendarDays(d, n)).toBe(out);
  });
  it('pure weekday arithmetic agrees with the JS engine', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const d = addCalendarDays('2000-01-01', n);
        expect(weekday(d)).toBe(jsWeekday(d));
        expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
      }),
    );
  });
  it.each(['2026-02-30', '26-1-1', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-1', '2025-02-29', '', 'tomorrow', '2026-01-01T00:00'])(
    'refuses malformed date %j',
    (bad) => {
      expect(() => addCalendarDays(bad, 1)).toThrow(RuleInputError);
      try {
        addCalendarDays(bad, 1);
      } catch (e) {
        expect((e as RuleInputError).code).toBe('INVALID_DATE');
        expect((e as RuleInputError).field).toBe('date');
      }
    },
  );
  it('refuses non-integer day counts', () => {
    expect(() => addCalendarDays('2026-01-01', 1.5)).toThrow(RuleInputError);
    expect(() => addCalendarDays('2026-01-01', Number.NaN)).toThrow(RuleInputError);
    expect(() => addCalendarDays(20260101 as unknown as string, 1)).toThrow(RuleInputError);
  });
});

describe('DL-2 working days', () => {
  it('checks the weekdays the holiday tests rely on', () => {
    expect([jsWeekday('2026-03-21'), jsWeekday('2026-03-22'), jsWeekday('2026-03-23')]).toEqual([6, 0, 1]);
    expect(jsWeekday('2026-01-01')).toBe(4);
    expect(jsWeekday('2026-12-16')).toBe(3);
    expect(jsWeekday('2026-03-08')).toBe(0);
    expect(jsWeekday('2027-01-02')).toBe(6);
  });

  it.each([
    // [date, working?, why]
    ['2026-01-01', false, 'New Year, Thursday'],
    ['2026-01-02', false, 'New Year, Friday'],
    ['2026-01-05', true, 'first Monday of 2026 (no shift: 1–2 Jan on Thu/Fri)'],
    ['2026-01-07', false, 'Orthodox Christmas, Wednesday'],
    ['2026-03-08', false, "Women's Day on Sunday"],
    ['2026-03-09', false, "moved day off for Women's Day (Sunday → Monday)"],
    ['2026-03-20', true, 'Friday before Nauryz'],
    ['2026-03-21', false, 'Nauryz, Saturday'],
    ['2026-03-22', false, 'Nauryz, Sunday'],
    ['2026-03-23', false, 'Nauryz, Monday'],
    ['2026-03-24', false, 'moved from Saturday 21 March'],
    ['2026-03-25', false, 'moved from Sunday 22 March (24th already taken)'],
    ['2026-03-26', true, 'first working day after Nauryz'],
    ['2026-05-09', false, 'Victory Day, Saturday'],
    ['2026-05-11', false, 'moved day off for Victory Day'],
    ['2026-05-27', false, 'Kurban Ait 2026 (movable, Wednesday)'],
    ['2026-08-31', false, 'moved from Constitution Day on Sunday'],
    ['2026-10-26', false, 'moved from Republic Day on Sunday'],
    ['2026-12-16', false, 'Independence Day, Wednesday'],
    ['2026-12-17', true, 'Thursday after Independence Day (no shift)'],
    ['2026-12-19', false, 'plain Saturday'],
    ['2027-01-04', false, 'moved from Saturday 2 January 2027'],
    ['2027-01-05', true, 'Tuesday 5 January 2027'],
    ['2027-03-24', false, 'Nauryz 2027 starts on Sunday 21 → Wednesday 24 off'],
    ['2028-12-18', false, 'Independence Day 2028 on Saturday → Monday 18'],
    ['2025-03-10', false, "2025: Women's Day on Saturday → Monday 10"],
    ['2025-06-06', false, '2025: Kurban Ait, Friday'],
  ])('%s working=%s (%s)', (d, working) => {
    expect(isWorkingDay(d, cal)).toBe(working);
  });

  it('religious holidays on a weekend are not moved', () => {
    const source = { fixed: [], movable: [{ date: '2026-06-06', name_kk: 'x', name_ru: 'x', shift_if_weekend: false }] };
    const c = workCalendar(source);
    expect(isWorkingDay('2026-06-06', c)).toBe(false); // Saturday anyway
    expect(isWorkingDay('2026-06-08', c)).toBe(true);
    const c2 = workCalendar({ fixed: [], movable: [{ date: '2026-06-06', name_kk: 'x', name_ru: 'x', shift_if_weekend: true }] });
    expect(isWorkingDay('2026-06-08', c2)).toBe(false);
  });

  it('lists 2026 days off with reasons', () => {
    const off = daysOffInYear(2026, cal);
    const moved = off.filter((d) => d.reason === 'MOVED_DAY_OFF').map((d) => d.date);
    expect(moved).toEqual(['2026-03-09', '2026-03-24', '2026-03-25', '2026-05-11', '2026-08-31', '2026-10-26']);
    expect(off.find((d) => d.date === '2026-03-25')?.holiday?.date).toBe('2026-03-22');
  });

  it.each([
    ['2026-12-31', 1, '2027-01-05'], // Fri 1 Jan, Sat 2, Sun 3, Mon 4 moved → Tue 5
    ['2025-12-31', 1, '2026-01-05'], // Thu 1, Fri 2 Jan 2026, weekend → Mon 5
    ['2025-12-30', 2, '2026-01-05'],
    ['2026-03-20', 1, '2026-03-26'], // over Nauryz 21–25
    ['2026-03-19', 3, '2026-03-27'],
    ['2026-03-27', 3, '2026-04-01'], // DL-4 example: Friday close → Wednesday
    ['2026-04-03', 15, '2026-04-24'], // DL-5 example
    ['2026-05-08', 1, '2026-05-12'], // Sat 9, Sun 10, Mon 11 moved
    ['2026-12-15', 1, '2026-12-17'],
    ['2026-06-05', 0, '2026-06-05'],
  ])('addWorkingDays(%s, %i) = %s', (d, n, out) => {
    expect(addWorkingDays(d, n, cal)).toBe(out);
  });

  it('starting on a day off counts from the next working day', () => {
    expect(addWorkingDays('2026-03-21', 1, cal)).toBe('2026-03-26');
    expect(nextWorkingDayOnOrAfter('2026-03-21', cal)).toBe('2026-03-26');
    expect(nextWorkingDayOnOrAfter('2026-03-26', cal)).toBe('2026-03-26');
  });

  it('decree overrides win over everything', () => {
    const c = kzCalendar({ extraDaysOff: ['2026-01-05'], extraWorkingDays: ['2026-03-25', '2026-03-21'] });
    expect(isWorkingDay('2026-01-05', c)).toBe(false);
    expect(isWorkingDay('2026-03-25', c)).toBe(true); // moved day off made working
    expect(isWorkingDay('2026-03-21', c)).toBe(true); // a holiday on Saturday made working
    expect(addWorkingDays('2025-12-31', 1, c)).toBe('2026-01-06');
    expect(daysOffInYear(2026, c).some((d) => d.date === '2026-01-05' && d.reason === 'DECREE_DAY_OFF')).toBe(true);
    expect(daysOffInYear(2026, c).some((d) => d.date === '2026-03-25')).toBe(false);
  });

  it('workingDaysBetween is the inverse of addWorkingDays', () => {
    expect(workingDaysBetween('2026-03-20', '2026-03-26', cal)).toBe(1);
    expect(workingDaysBetween('2026-03-26', '2026-03-20', cal)).toBe(-1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 60 }), (offset, n) => {
        const d = addCalendarDays('2024-03-01', offset);
        expect(workingDaysBetween(d, addWorkingDays(d, n, cal), cal)).toBe(n);
      }),
    );
  });

  it('addWorkingDays is monotonic in n and always lands on a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (offset, a, b) => {
        const d = addCalendarDays('2024-01-01', offset);
        const r1 = addWorkingDays(d, a, cal);
        const r2 = addWorkingDays(d, a + b, cal);
        expect(r2 > r1).toBe(true);
        expect(r1 > d).toBe(true);
        expect(isWorkingDay(r1, cal)).toBe(true);
        expect(isWorkingDay(r2, cal)).toBe(true);
        expect(addWorkingDays(r1, b, cal)).toBe(r2);
      }),
    );
  });

  it('refuses bad input', () => {
    expect(() => addWorkingDays('2026-01-01', -1, cal)).toThrow(RuleInputError);
    expect(() => addWorkingDays('2026-01-01', 1.5, cal)).toThrow(RuleInputError);
    expect(() => addWorkingDays('2026-02-30', 1, cal)).toThrow(RuleInputError);
    expect(() => isWorkingDay('26-1-1', cal)).toThrow(RuleInputError);
    expect(() => kzCalendar({ extraDaysOff: ['2026-02-30'] })).toThrow(RuleInputError);
    expect(() => kzCalendar({ extraDaysOff: ['2026-01-05'], extraWorkingDays: ['2026-01-05'] })).toThrow(RuleInputError);
    expect(() => daysOffInYear(2026.5, cal)).toThrow(RuleInputError);
  });
});

describe('DL-3 grant submission window', () => {
  it.each([
    ['2026-03-02', '2026-03-21', 'WINDOW_TOO_SHORT'], // 19 days
    ['2026-03-02', '2026-03-22', null], // 20 days
    ['2026-03-02', '2026-04-01', null], // 30 days
    ['2026-03-02', '2026-04-02', 'WINDOW_TOO_LONG'], // 31 days
    ['2026-03-02', '2026-03-01', 'CLOSES_BEFORE_ANNOUNCED'],
  ])('%s → %s: %s', (a, c, issue) => {
    expect(grantWindowIssue(a, c)).toBe(issue);
  });
  it('window bounds are settings', () => {
    expect(grantWindowIssue('2026-03-02', '2026-03-12', { windowMinCalendarDays: 10 })).toBeNull();
    expect(() => grantWindowIssue('2026-03-02', '2026-03-12', { windowMinCalendarDays: 40 })).toThrow(RuleInputError);
  });
});

describe('DL-4 COI due and DL-5 scoring due', () => {
  it('computes the grant timeline', () => {
    const t = grantTimeline({ announcedOn: '2026-03-02', closesOn: '2026-03-27', finalCommissionApprovedOn: '2026-04-03' }, cal);
    expect(t.windowCalendarDays).toBe(25);
    expect(t.windowIssue).toBeNull();
    expect(t.coiDueOn).toBe('2026-04-01');
    expect(t.coiDueAt.toISOString()).toBe('2026-04-01T18:59:59.999Z');
    expect(t.scoringDueOn).toBe('2026-04-24');
  });
  it('DL-4 across New Year', () => {
    const t = grantTimeline({ announcedOn: '2026-12-01', closesOn: '2026-12-30' }, cal);
    expect(t.coiDueOn).toBe('2027-01-06'); // Thu 31, Tue 5, Wed 6
    expect(t.scoringDueOn).toBeNull();
    expect(t.scoringDueAt).toBeNull();
  });
  it('working-day counts are settings', () => {
    const t = grantTimeline({ announcedOn: '2026-03-02', closesOn: '2026-03-27', finalCommissionApprovedOn: '2026-04-03' }, cal, {
      coiDueWorkingDays: 5,
      scoringWorkingDays: 10,
    });
    expect(t.coiDueOn).toBe('2026-04-03');
    expect(t.scoringDueOn).toBe('2026-04-17');
  });
  it('refuses an approval before the close and bad dates', () => {
    expect(() => grantTimeline({ announcedOn: '2026-03-02', closesOn: '2026-03-27', finalCommissionApprovedOn: '2026-03-01' }, cal)).toThrow(RuleInputError);
    expect(() => grantTimeline({ announcedOn: '2026-02-30', closesOn: '2026-03-27' }, cal)).toThrow(RuleInputError);
    expect(() => grantTimeline({ announcedOn: '2026-03-02', closesOn: '2026-03-27' }, cal, { coiDueWorkingDays: -1 })).toThrow(RuleInputError);
  });
});
