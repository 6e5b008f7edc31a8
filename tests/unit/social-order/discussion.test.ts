import { describe, expect, it } from 'vitest';
import { kzCalendar } from '@/lib/rules';
import { checkDiscussionWindow, discussionPhase } from '@/lib/services/social-order/discussion';

const cal = kzCalendar();

describe('stage 3 public discussion (L2335–2336)', () => {
  it('counts both ends: Mon 5 – Thu 15 April 2027 is 9 working days (refused), to Fri 16 April is 10', () => {
    expect(checkDiscussionWindow({ opensOn: '2027-04-05', closesOn: '2027-04-15' }, cal)).toEqual({ ok: false, workingDays: 9, earliestCloseOn: '2027-04-16', minWorkingDays: 10 });
    expect(checkDiscussionWindow({ opensOn: '2027-04-05', closesOn: '2027-04-16' }, cal)).toMatchObject({ ok: true, workingDays: 10 });
  });

  it('skips the holidays of the Kazakhstan calendar: Mon 1 – Fri 12 March 2027 loses 8 March (Women\'s Day)', () => {
    expect(checkDiscussionWindow({ opensOn: '2027-03-01', closesOn: '2027-03-12' }, cal)).toMatchObject({ ok: false, workingDays: 9, earliestCloseOn: '2027-03-15' });
  });

  it('a closing day before the opening day is never a valid window', () => {
    expect(checkDiscussionWindow({ opensOn: '2027-04-16', closesOn: '2027-04-05' }, cal).ok).toBe(false);
  });

  it('phase by the server clock: the closing instant itself is still open', () => {
    const plan = { discussionOpensAt: new Date('2027-04-04T19:00:00.000Z'), discussionClosesAt: new Date('2027-04-16T18:59:59.999Z') };
    expect(discussionPhase({ discussionOpensAt: null, discussionClosesAt: null }, new Date())).toBe('NOT_SCHEDULED');
    expect(discussionPhase(plan, new Date('2027-04-04T18:59:59.999Z'))).toBe('SCHEDULED');
    expect(discussionPhase(plan, new Date('2027-04-16T18:59:59.999Z'))).toBe('OPEN');
    expect(discussionPhase(plan, new Date('2027-04-16T19:00:00.000Z'))).toBe('CLOSED');
  });
});
