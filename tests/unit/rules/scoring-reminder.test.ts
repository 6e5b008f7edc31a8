import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays, RuleInputError, scoringReminderDue } from '@/lib/rules';

const due = '2026-12-10';

describe('DL-5 scoring reminders: 3 and 1 calendar days before the scoring due date', () => {
  it.each([
    ['2026-12-01', null], // 9 days left: too early
    ['2026-12-06', null], // 4 days left
    ['2026-12-07', { daysBefore: 3, daysLeft: 3 }],
    ['2026-12-08', { daysBefore: 3, daysLeft: 2 }], // a late job still sends the 3-day reminder
    ['2026-12-09', { daysBefore: 1, daysLeft: 1 }],
    ['2026-12-10', { daysBefore: 1, daysLeft: 0 }], // due today: last call
    ['2026-12-11', null], // over
  ])('on %s → %j', (today, expected) => {
    expect(scoringReminderDue(today, due)).toEqual(expected);
  });

  it('the bands are a setting: [5] reminds only within 5 days', () => {
    expect(scoringReminderDue('2026-12-05', due, [5])).toEqual({ daysBefore: 5, daysLeft: 5 });
    expect(scoringReminderDue('2026-12-04', due, [5])).toBeNull();
  });

  it('the order of the bands does not matter', () => {
    expect(scoringReminderDue('2026-12-09', due, [1, 3])).toEqual(scoringReminderDue('2026-12-09', due, [3, 1]));
  });

  it('refuses fractional or negative bands and invalid dates', () => {
    expect(() => scoringReminderDue('2026-12-09', due, [1.5])).toThrow(RuleInputError);
    expect(() => scoringReminderDue('2026-12-09', due, [-1])).toThrow(RuleInputError);
    expect(() => scoringReminderDue('2026-13-01', due)).toThrow(RuleInputError);
  });

  it('property: a reminder is due exactly in the last 4 days of the window, and its band contains the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), (offset) => {
        const today = addCalendarDays(due, -offset);
        const r = scoringReminderDue(today, due);
        if (offset < 0 || offset > 3) return r === null;
        return r !== null && r.daysLeft === offset && offset <= r.daysBefore;
      }),
    );
  });
});
