import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, kzCalendar } from '@/lib/rules';
import { tallyVotes } from '@/lib/services/social-order/vote-tally';
import { rankSocialOrderLot } from '@/lib/services/social-order/rank-applications';
import { socialOrderSettingsOf } from '@/lib/services/social-order/settings';
import { socialOrderCommissionViolations } from '@/lib/services/social-order/commission-check';
import { checkAnnouncementDates } from '@/lib/services/social-order/announcement-check';
import { almatyInstant } from '@/lib/rules';

const members = ['chair', 'm1', 'm2', 'm3', 'm4'];

describe('CM-2 vote tally (majority of all members, chair casts the tie)', () => {
  it('3 of 5 FOR is adopted', () => {
    expect(tallyVotes(members, 'chair', ['chair', 'm1', 'm2'].map((memberId) => ({ memberId, vote: 'FOR' as const })))).toMatchObject({ adopted: true, for: 3, notVoted: 2 });
  });
  it('2 FOR of 5 present is not a majority of all members, even with 3 absent', () => {
    expect(tallyVotes(members, 'chair', [{ memberId: 'm1', vote: 'FOR' }, { memberId: 'm2', vote: 'FOR' }, { memberId: 'm3', vote: 'AGAINST' }])).toMatchObject({ adopted: false, castingVoteUsed: false });
  });
  it('2 : 2 — the chair decides', () => {
    const votes = (chair: 'FOR' | 'AGAINST') => [
      { memberId: 'chair', vote: chair },
      { memberId: 'm1', vote: chair === 'FOR' ? ('FOR' as const) : ('AGAINST' as const) },
      { memberId: 'm2', vote: chair === 'FOR' ? ('AGAINST' as const) : ('FOR' as const) },
      { memberId: 'm3', vote: chair === 'FOR' ? ('AGAINST' as const) : ('FOR' as const) },
    ];
    expect(tallyVotes(members, 'chair', votes('FOR'))).toMatchObject({ adopted: true, castingVoteUsed: true });
    expect(tallyVotes(members, 'chair', votes('AGAINST'))).toMatchObject({ adopted: false, castingVoteUsed: true });
  });
  it('refuses a vote of a non-member and a second vote (no delegation)', () => {
    expect(() => tallyVotes(members, 'chair', [{ memberId: 'x', vote: 'FOR' }])).toThrow();
    expect(() => tallyVotes(members, 'chair', [{ memberId: 'm1', vote: 'FOR' }, { memberId: 'm1', vote: 'FOR' }])).toThrow();
  });
});

describe('SO-1 aggregation of the members’ sheets', () => {
  const opts = { dumpingShare: 0.2, discountBands: [...DEFAULT_RULE_SETTINGS.socialOrder.discountBands] };
  it('takes the rounded mean (15.5 → 16 → 20% band) and knocks out a rounded criterion 1 of 0', () => {
    const r = rankSocialOrderLot(
      [{ id: 'a', bidPriceKzt: 30_000_000, marketExperienceYears: 1 }, { id: 'k', bidPriceKzt: 30_000_000, marketExperienceYears: 1 }],
      [
        { applicationId: 'a', total: 15, scores: { conformity: 1 } },
        { applicationId: 'a', total: 16, scores: { conformity: 1 } },
        { applicationId: 'k', total: 20, scores: { conformity: 0 } },
        { applicationId: 'k', total: 20, scores: { conformity: 0 } },
        { applicationId: 'k', total: 21, scores: { conformity: 1 } },
      ],
      36_000_000,
      opts,
    );
    expect(r.rows.find((x) => x.applicationId === 'a')).toMatchObject({ totalScore: 16, pointsSum: 31, discountPercent: 20, conditionalPrice: 24_000_000, winner: true });
    expect(r.rows.find((x) => x.applicationId === 'k')).toMatchObject({ conformityScore: 0, excludedFor: ['NOT_CONFORMING'], rank: null });
  });
  it('SO-2: a dumping bid is excluded even with the best score', () => {
    const r = rankSocialOrderLot([{ id: 'd', bidPriceKzt: 28_799_999, marketExperienceYears: 9 }], [{ applicationId: 'd', total: 23, scores: { conformity: 2 } }], 36_000_000, opts);
    expect(r.winner).toBeNull();
    expect(r.rows[0]?.excludedFor).toEqual(['DUMPING']);
  });
});

describe('settings and CM-2 on stored members', () => {
  it('reads { min, percent } bands, the dumping percent and the single organiser flag', () => {
    const s = socialOrderSettingsOf({ settings: { singleOrganizer: true, discountBands: [{ min: 16, percent: 20 }, { min: 10, percent: 10 }] }, dumpingPercent: 25 });
    expect(s).toMatchObject({ singleOrganizer: true, dumpingShare: 0.25, discountBands: [{ from: 10, rate: 0.1 }, { from: 16, rate: 0.2 }] });
  });
  it('a secretary without a vote is not counted: chair + 2 members + secretary is odd and enough', () => {
    const m = (id: string, role: 'CHAIR' | 'MEMBER' | 'SECRETARY', votingRight = true) => ({ id, role, side: 'STATE' as const, votingRight, operatorEmployee: false });
    expect(socialOrderCommissionViolations([m('c', 'CHAIR'), m('a', 'MEMBER'), m('b', 'MEMBER'), m('s', 'SECRETARY', false)], false)).toEqual([]);
    expect(socialOrderCommissionViolations([m('c', 'CHAIR'), m('a', 'MEMBER'), m('b', 'MEMBER')], true)).toEqual(['TOO_FEW']);
  });
  it('announcement: the Almaty day of the instant counts (an announcement at 01:00 Almaty is that day)', () => {
    const r = checkAnnouncementDates(
      { documentationApprovedOn: '2027-02-01', announcedAt: almatyInstant('2027-02-04', '01:00'), deadlineAt: almatyInstant('2027-02-24', '18:00') },
      { announceAfterDocsMaxWorkingDays: 3, minAnnouncementCalendarDays: 20 },
      kzCalendar(),
    );
    expect(r).toEqual({ issues: [], latestAnnouncementOn: '2027-02-04', earliestDeadlineOn: '2027-02-24' });
  });
});
