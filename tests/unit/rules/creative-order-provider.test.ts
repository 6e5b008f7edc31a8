import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  CERTIFICATE_MAX_AGE_DAYS,
  certificateIssue,
  checkCreativeProviderTransition,
  creativePlanDeadlines,
  creativePlanWarnings,
  creativeProviderActions,
  creativeProviderMachine,
  CREATIVE_PROVIDER_STATUSES,
  isCreativeProviderStatus,
  kzCalendar,
  MACHINE_NAMES,
  RuleInputError,
  staffCertificateIssues,
  STAFF_CERTIFICATE_KINDS,
  type IsoDate,
} from '@/lib/rules';

const D: IsoDate = '2026-11-24';

describe('CO-1 staff certificates issued no earlier than 10 calendar days before the application (seed 002 L98–110)', () => {
  it('CO-1: the default window is 10 calendar days', () => {
    expect(CERTIFICATE_MAX_AGE_DAYS).toBe(10);
    expect(STAFF_CERTIFICATE_KINDS).toEqual(['narcologyIssuedOn', 'psychiatryIssuedOn', 'phthisiologyIssuedOn']);
  });

  it('CO-1: issued on the application day or 10 days before is fresh; 11 days before is too old', () => {
    expect(certificateIssue(D, D)).toBeNull();
    expect(certificateIssue('2026-11-14', D)).toBeNull(); // exactly 10 calendar days
    expect(certificateIssue('2026-11-13', D)).toEqual({ code: 'certificateTooOld', earliest: '2026-11-14', applicationDate: D });
  });

  it('CO-1: calendar days, not working days — weekends and holidays count (DL-2)', () => {
    // 16 December is a holiday; the window still counts it.
    expect(certificateIssue('2026-12-10', '2026-12-20')).toBeNull();
    expect(certificateIssue('2026-12-09', '2026-12-20')?.code).toBe('certificateTooOld');
  });

  it('CO-1: across a month and a leap-year boundary', () => {
    expect(certificateIssue('2028-02-20', '2028-03-01')).toBeNull(); // 2028 is a leap year: 29 Feb counts
    expect(certificateIssue('2028-02-19', '2028-03-01')).toEqual({ code: 'certificateTooOld', earliest: '2028-02-20', applicationDate: '2028-03-01' });
    expect(certificateIssue('2026-12-25', '2027-01-04')).toBeNull();
  });

  it('CO-1: a certificate dated after the application is refused', () => {
    expect(certificateIssue('2026-11-25', D)).toEqual({ code: 'certificateInFuture', earliest: '2026-11-14', applicationDate: D });
  });

  it('CO-1: the window is a setting', () => {
    expect(certificateIssue('2026-11-13', D, 11)).toBeNull();
    expect(certificateIssue('2026-11-23', D, 0)?.code).toBe('certificateTooOld');
    expect(certificateIssue(D, D, 0)).toBeNull();
  });

  it('CO-1: bad input throws instead of answering', () => {
    expect(() => certificateIssue('2026-02-30', D)).toThrow(RuleInputError);
    expect(() => certificateIssue(D, '24.11.2026')).toThrow(RuleInputError);
    expect(() => certificateIssue(D, D, -1)).toThrow(RuleInputError);
    expect(() => certificateIssue(D, D, 1.5)).toThrow(RuleInputError);
  });

  it('CO-1 (property): fresh exactly when 0 ≤ age ≤ window', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 60 }), fc.integer({ min: 0, max: 30 }), (age, window) => {
        const issue = certificateIssue(addCalendarDays(D, -age), D, window);
        if (age < 0) return issue?.code === 'certificateInFuture';
        if (age > window) return issue?.code === 'certificateTooOld' && issue.earliest === addCalendarDays(D, -window);
        return issue === null;
      }),
    );
  });

  it('CO-1: every stale certificate of every staff member, in list order', () => {
    const fresh = { narcologyIssuedOn: D, psychiatryIssuedOn: '2026-11-20', phthisiologyIssuedOn: '2026-11-14' };
    expect(staffCertificateIssues([fresh, fresh], D)).toEqual([]);
    const issues = staffCertificateIssues([fresh, { ...fresh, psychiatryIssuedOn: '2026-10-01', phthisiologyIssuedOn: '2026-11-30' }], D);
    expect(issues.map((i) => [i.staffIndex, i.kind, i.code, i.issuedOn])).toEqual([
      [1, 'psychiatryIssuedOn', 'certificateTooOld', '2026-10-01'],
      [1, 'phthisiologyIssuedOn', 'certificateInFuture', '2026-11-30'],
    ]);
    expect(staffCertificateIssues([], D)).toEqual([]);
  });
});

describe('CO-3 provider application statuses (own table, not in STATUS_MACHINES)', () => {
  it('CO-3: DRAFT → SUBMITTED by the provider; SUBMITTED → ADMITTED / NOT_ADMITTED by staff', () => {
    expect(CREATIVE_PROVIDER_STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'ADMITTED', 'NOT_ADMITTED']);
    expect(creativeProviderMachine.initial).toBe('DRAFT');
    expect(checkCreativeProviderTransition('DRAFT', 'SUBMITTED', 'NGO')).toMatchObject({ ok: true, transition: { action: 'SUBMIT' } });
    expect(checkCreativeProviderTransition('SUBMITTED', 'ADMITTED', 'OPERATOR')).toMatchObject({ ok: true, transition: { action: 'ADMIT' } });
    expect(checkCreativeProviderTransition('SUBMITTED', 'NOT_ADMITTED', 'ADMIN')).toMatchObject({ ok: true, transition: { action: 'REFUSE' } });
  });

  it('CO-3: wrong role or undeclared transition is refused', () => {
    expect(checkCreativeProviderTransition('SUBMITTED', 'ADMITTED', 'NGO')).toEqual({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(checkCreativeProviderTransition('DRAFT', 'SUBMITTED', 'OPERATOR')).toEqual({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(checkCreativeProviderTransition('DRAFT', 'ADMITTED', 'OPERATOR')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
    expect(checkCreativeProviderTransition('SUBMITTED', 'DRAFT', 'NGO')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
    expect(checkCreativeProviderTransition('ADMITTED', 'NOT_ADMITTED', 'OPERATOR')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
  });

  it('CO-3: admitted and refused are final; the buttons per role', () => {
    expect(creativeProviderMachine.states.ADMITTED.terminal).toBe(true);
    expect(creativeProviderMachine.states.NOT_ADMITTED.terminal).toBe(true);
    expect(creativeProviderMachine.states.DRAFT.terminal).toBe(false);
    expect(creativeProviderActions('SUBMITTED', 'OPERATOR').map((t) => t.action)).toEqual(['ADMIT', 'REFUSE']);
    expect(creativeProviderActions('SUBMITTED', 'NGO')).toEqual([]);
    expect(creativeProviderActions('DRAFT', 'NGO').map((t) => t.action)).toEqual(['SUBMIT']);
  });

  it('CO-3: unknown statuses or roles throw; the seven lifecycle machines stay as they are', () => {
    expect(() => checkCreativeProviderTransition('PENDING', 'SUBMITTED', 'NGO')).toThrow(RuleInputError);
    expect(() => checkCreativeProviderTransition('DRAFT', 'DONE', 'NGO')).toThrow(RuleInputError);
    expect(() => checkCreativeProviderTransition('DRAFT', 'SUBMITTED', 'PARENT' as never)).toThrow(RuleInputError);
    expect(isCreativeProviderStatus('ADMITTED')).toBe(true);
    expect(isCreativeProviderStatus('admitted')).toBe(false);
    expect(MACHINE_NAMES).not.toContain('creativeProvider');
    expect(MACHINE_NAMES).toHaveLength(7);
  });
});

describe('CO-2 financing-plan dates (seed 002 L40–55)', () => {
  const cal = kzCalendar();

  it('CO-2: the deadlines of a plan year', () => {
    expect(creativePlanDeadlines({ year: 2027, approvedOn: '2026-12-01', extraFunds: [{ approvedOn: '2027-03-05' }] }, cal)).toEqual({
      draftDueOn: '2026-10-31',
      approvedPublicationDueOn: '2026-12-08', // 5 working days after Tue 1 December
      volumePlacementOn: '2027-01-05', // 1–2 January holidays, 4 January moved day off
      extraFundsDueOn: ['2027-03-11'], // 8 March is a holiday
    });
    expect(creativePlanDeadlines({ year: 2027 }, cal).approvedPublicationDueOn).toBeNull();
  });

  it('CO-2: dates on time give no warning; unset dates give none either', () => {
    expect(creativePlanWarnings({ year: 2027 }, cal)).toEqual([]);
    expect(
      creativePlanWarnings(
        {
          year: 2027,
          draftPublishedOn: '2026-10-31',
          approvedOn: '2026-12-01',
          approvedPublishedOn: '2026-12-08',
          volumePlacedOn: '2027-01-05',
          extraFunds: [{ approvedOn: '2026-12-11', placedOn: '2026-12-17' }, { approvedOn: '2027-03-05', placedOn: null }],
        },
        cal,
      ),
    ).toEqual([]);
  });

  it('CO-2: a draft after 31 October of the previous year', () => {
    expect(creativePlanWarnings({ year: 2027, draftPublishedOn: '2026-11-01' }, cal)).toEqual([
      { code: 'draftAfter31October', field: 'draftPublishedOn', due: '2026-10-31', actual: '2026-11-01' },
    ]);
  });

  it('CO-2: the approved plan published later than 5 working days, or before the approval', () => {
    expect(creativePlanWarnings({ year: 2027, approvedOn: '2026-12-01', approvedPublishedOn: '2026-12-09' }, cal)).toEqual([
      { code: 'approvedPublicationLate', field: 'approvedPublishedOn', due: '2026-12-08', actual: '2026-12-09' },
    ]);
    expect(creativePlanWarnings({ year: 2027, approvedOn: '2026-12-01', approvedPublishedOn: '2026-11-30' }, cal)).toEqual([
      { code: 'approvedPublishedBeforeApproval', field: 'approvedPublishedOn', due: '2026-12-01', actual: '2026-11-30' },
    ]);
    // Without an approval date there is nothing to measure against.
    expect(creativePlanWarnings({ year: 2027, approvedPublishedOn: '2026-12-30' }, cal)).toEqual([]);
  });

  it('CO-2: the volume not placed on the first working day of the financial year', () => {
    expect(creativePlanWarnings({ year: 2027, volumePlacedOn: '2027-01-06' }, cal)).toEqual([
      { code: 'volumeNotOnFirstWorkingDay', field: 'volumePlacedOn', due: '2027-01-05', actual: '2027-01-06' },
    ]);
  });

  it('CO-2: additional funds later than 3 working days (holidays skipped) or before their approval', () => {
    expect(
      creativePlanWarnings(
        { year: 2027, extraFunds: [{ approvedOn: '2026-12-11', placedOn: '2026-12-18' }, { approvedOn: '2027-03-05', placedOn: '2027-03-04' }, { approvedOn: '2027-03-05', placedOn: '2027-03-11' }] },
        cal,
      ),
    ).toEqual([
      { code: 'extraFundsLate', field: 'extraFunds.0.placedOn', due: '2026-12-17', actual: '2026-12-18' },
      { code: 'extraFundsPlacedBeforeApproval', field: 'extraFunds.1.placedOn', due: '2027-03-05', actual: '2027-03-04' },
    ]);
  });

  it('CO-2: bad dates and years throw', () => {
    expect(() => creativePlanWarnings({ year: 2027, draftPublishedOn: '2026-13-01' }, cal)).toThrow(RuleInputError);
    expect(() => creativePlanWarnings({ year: 2027, extraFunds: [{ approvedOn: 'yesterday' }] }, cal)).toThrow(RuleInputError);
    expect(() => creativePlanDeadlines({ year: 2027.5 }, cal)).toThrow(RuleInputError);
  });
});
