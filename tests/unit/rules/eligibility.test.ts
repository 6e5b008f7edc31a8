import { describe, expect, it } from 'vitest';
import {
  ADMISSION_REASONS,
  almatyEndOfDay,
  checkEligibility,
  decideAdmission,
  isIneligibleLegalForm,
  LEGAL_FORMS,
  NON_NGO_LEGAL_FORMS,
  ngoDatabaseReportDeadline,
  ngoDatabaseReportStatus,
  ngoDatabaseScore,
  requiredNgoDatabaseReportYear,
  RuleInputError,
  type EligibilityInput,
} from '@/lib/rules';

const goodOrg = { legalForm: 'PUBLIC_ASSOCIATION' as const, inLiquidation: false, bankrupt: false, propertyArrested: false, activitySuspended: false };
const grant = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  kind: 'GRANT',
  organization: goodOrg,
  ngoDatabaseReport: 'ON_TIME',
  lotId: 'lot-1',
  otherApplicationLotIds: [],
  ...over,
});

describe('EL-1 eligible legal form and not excluded', () => {
  it('an ordinary NGO is eligible', () => {
    expect(checkEligibility(grant())).toEqual({ eligible: true, reasons: [] });
  });
  it.each(['POLITICAL_PARTY', 'TRADE_UNION', 'RELIGIOUS_ASSOCIATION', 'STATE_INSTITUTION'] as const)('%s is not an NGO (DB-8)', (legalForm) => {
    expect(isIneligibleLegalForm(legalForm)).toBe(true);
    expect(checkEligibility(grant({ organization: { ...goodOrg, legalForm } }))).toEqual({ eligible: false, reasons: ['INELIGIBLE_LEGAL_FORM'] });
    expect(checkEligibility({ ...grant({ organization: { ...goodOrg, legalForm } }), kind: 'CREATIVE_ORDER' }).reasons).toContain('INELIGIBLE_LEGAL_FORM');
  });
  it.each([
    ['inLiquidation', 'IN_LIQUIDATION'],
    ['bankrupt', 'BANKRUPT'],
    ['propertyArrested', 'PROPERTY_ARRESTED'],
    ['activitySuspended', 'ACTIVITY_SUSPENDED'],
  ])('%s → %s', (flag, code) => {
    expect(checkEligibility(grant({ organization: { ...goodOrg, [flag]: true } })).reasons).toEqual([code]);
  });
  it.each(LEGAL_FORMS.filter((f) => !NON_NGO_LEGAL_FORMS.includes(f)))('%s is an eligible form', (legalForm) => {
    expect(isIneligibleLegalForm(legalForm)).toBe(false);
    expect(checkEligibility(grant({ organization: { ...goodOrg, legalForm } })).eligible).toBe(true);
  });
  it('the ineligible list is a setting', () => {
    expect(isIneligibleLegalForm('STATE_INSTITUTION', ['POLITICAL_PARTY'])).toBe(false);
    expect(checkEligibility(grant({ organization: { ...goodOrg, legalForm: 'FOUNDATION' } }), { ineligibleLegalForms: ['FOUNDATION'] }).reasons).toEqual(['INELIGIBLE_LEGAL_FORM']);
  });
  it('refuses an unknown legal form or a missing flag', () => {
    expect(() => isIneligibleLegalForm('LLP')).toThrow(RuleInputError);
    expect(() => checkEligibility(grant({ organization: { ...goodOrg, legalForm: 'LLP' as 'FOUNDATION' } }))).toThrow(RuleInputError);
    expect(() => checkEligibility(grant({ organization: { ...goodOrg, bankrupt: undefined as unknown as boolean } }))).toThrow(RuleInputError);
    expect(() => checkEligibility({ ...grant(), kind: 'LOTTERY' as 'GRANT' })).toThrow(RuleInputError);
  });
});

describe('EL-2 NGO database report', () => {
  it.each([
    ['ON_TIME', []],
    ['LATE', ['NGO_DATABASE_REPORT_LATE']],
    ['MISSING', ['NGO_DATABASE_REPORT_MISSING']],
  ] as const)('grant: %s → %j', (status, reasons) => {
    expect(checkEligibility(grant({ ngoDatabaseReport: status })).reasons).toEqual(reasons);
  });
  it.each([
    ['ON_TIME', 2],
    ['LATE', 1],
    ['MISSING', 0],
  ] as const)('social order: %s is not a bar but scores %i', (status, score) => {
    expect(checkEligibility({ ...grant({ ngoDatabaseReport: status }), kind: 'SOCIAL_ORDER' })).toEqual({ eligible: true, reasons: [], ngoDatabaseScore: score });
  });
  it('awards do not check it by default; the requirement is a setting', () => {
    const award = { ...grant({ ngoDatabaseReport: undefined }), kind: 'AWARD' as const, award: { cycleYear: 2026, lastAwardYear: null, recommendations: 2 } };
    expect(checkEligibility(award).eligible).toBe(true);
    expect(checkEligibility({ ...award, ngoDatabaseReport: 'MISSING' }, { requireNgoDatabaseReport: true }).reasons).toEqual(['NGO_DATABASE_REPORT_MISSING']);
    expect(checkEligibility(grant({ ngoDatabaseReport: 'MISSING' }), { requireNgoDatabaseReport: false }).eligible).toBe(true);
  });
  it('refuses a missing status or a year not yet due', () => {
    expect(() => checkEligibility(grant({ ngoDatabaseReport: undefined }))).toThrow(RuleInputError);
    expect(() => checkEligibility(grant({ ngoDatabaseReport: 'DUE' }))).toThrow(RuleInputError);
  });
});

describe('EL-3 one application per lot, award direction and cooldown', () => {
  it('a second application in the same lot is refused; another lot is fine', () => {
    expect(checkEligibility(grant({ otherApplicationLotIds: ['lot-1'] })).reasons).toEqual(['ALREADY_APPLIED_IN_LOT']);
    expect(checkEligibility(grant({ otherApplicationLotIds: ['lot-2'] })).reasons).toEqual([]);
  });
  const award = (over: Partial<EligibilityInput> = {}, a: Partial<NonNullable<EligibilityInput['award']>> = {}): EligibilityInput => ({
    kind: 'AWARD',
    organization: goodOrg,
    lotId: 'direction-3',
    otherApplicationLotIds: [],
    award: { cycleYear: 2026, lastAwardYear: null, recommendations: 2, ...a },
    ...over,
  });
  it.each<[string, EligibilityInput, string[]]>([
    ['eligible nominee', award(), []],
    ['another direction in the cycle (AW-13)', award({ otherApplicationLotIds: ['direction-5'] }), ['AWARD_OTHER_DIRECTION']],
    ['same direction twice', award({ otherApplicationLotIds: ['direction-3'] }), ['ALREADY_APPLIED_IN_LOT']],
    ['won in 2023 (AW-12)', award({}, { lastAwardYear: 2023 }), ['AWARD_COOLDOWN']],
    ['won in 2022', award({}, { lastAwardYear: 2022 }), []],
    ['one recommendation (AW-14)', award({}, { recommendations: 1 }), ['AWARD_TOO_FEW_RECOMMENDATIONS']],
  ])('%s', (_n, input, reasons) => {
    expect(checkEligibility(input).reasons).toEqual(reasons);
  });
  it('settings change the award answers', () => {
    expect(checkEligibility(award({}, { lastAwardYear: 2023 }), { awardCooldownYears: 2 }).eligible).toBe(true);
    expect(checkEligibility(award({}, { recommendations: 2 }), { minRecommendations: 3 }).reasons).toEqual(['AWARD_TOO_FEW_RECOMMENDATIONS']);
  });
  it('refuses award input that is missing or malformed', () => {
    expect(() => checkEligibility({ ...award(), award: undefined })).toThrow(RuleInputError);
    expect(() => checkEligibility(award({}, { recommendations: -1 }))).toThrow(RuleInputError);
    expect(() => checkEligibility(award({ lotId: '' }))).toThrow(RuleInputError);
  });
});

describe('R1–R4 operator admission', () => {
  const ok = { formCompliant: true, matchesPlan: true, ngoDatabaseOnTime: true, charterMatches: true };
  it('lists the four grounds in order', () => {
    expect(ADMISSION_REASONS.map((r) => r.code)).toEqual(['R1', 'R2', 'R3', 'R4']);
  });
  it.each<[string, Partial<typeof ok>, unknown]>([
    ['all checks pass', {}, { admitted: true, reasons: [] }],
    ['form not compliant', { formCompliant: false }, { admitted: false, reasons: ['R1'] }],
    ['not in the plan', { matchesPlan: false }, { admitted: false, reasons: ['R2'] }],
    ['NGO database late', { ngoDatabaseOnTime: false }, { admitted: false, reasons: ['R3'] }],
    ['charter mismatch', { charterMatches: false }, { admitted: false, reasons: ['R4'] }],
    ['all fail', { formCompliant: false, matchesPlan: false, ngoDatabaseOnTime: false, charterMatches: false }, { admitted: false, reasons: ['R1', 'R2', 'R3', 'R4'] }],
  ])('%s', (_n, over, decision) => {
    expect(decideAdmission({ ...ok, ...over })).toEqual(decision);
  });
  it('refuses an unanswered checklist item', () => {
    expect(() => decideAdmission({ ...ok, charterMatches: undefined as unknown as boolean })).toThrow(RuleInputError);
  });
});

describe('DB-1 NGO database report due by 31 March', () => {
  const deadline = almatyEndOfDay('2026-03-31');
  it('deadline of the 2025 report is the end of 31 March 2026 in Almaty', () => {
    expect(ngoDatabaseReportDeadline(2025).toISOString()).toBe('2026-03-31T18:59:59.999Z');
  });
  it.each<[string, Date | null, Date, string]>([
    ['submitted at the deadline instant', deadline, new Date('2026-06-01T00:00:00Z'), 'ON_TIME'],
    ['submitted 1 ms late', new Date(deadline.getTime() + 1), new Date('2026-06-01T00:00:00Z'), 'LATE'],
    ['not submitted, deadline not passed', null, new Date('2026-03-15T00:00:00Z'), 'DUE'],
    ['not submitted, exactly at the deadline', null, deadline, 'DUE'],
    ['not submitted, deadline passed', null, new Date(deadline.getTime() + 1), 'MISSING'],
    ['year not over yet', null, new Date('2025-12-31T18:59:59.999Z'), 'NOT_DUE'],
    ['first instant of 2026 in Almaty', null, new Date('2025-12-31T19:00:00.000Z'), 'DUE'],
  ])('%s → %s', (_n, submittedAt, asOf, status) => {
    expect(ngoDatabaseReportStatus({ reportYear: 2025, submittedAt, asOf })).toBe(status);
  });
  it('the due day is a setting', () => {
    expect(ngoDatabaseReportStatus({ reportYear: 2025, submittedAt: new Date('2026-04-10T00:00:00Z'), asOf: new Date('2026-05-01T00:00:00Z') }, '04-30')).toBe('ON_TIME');
  });
  it('a competition checks the latest year whose deadline has passed', () => {
    expect(requiredNgoDatabaseReportYear(new Date('2026-02-10T00:00:00Z'))).toBe(2024);
    expect(requiredNgoDatabaseReportYear(deadline)).toBe(2024);
    expect(requiredNgoDatabaseReportYear(new Date(deadline.getTime() + 1))).toBe(2025);
  });
  it('scores for the social order', () => {
    expect([ngoDatabaseScore('ON_TIME'), ngoDatabaseScore('LATE'), ngoDatabaseScore('MISSING')]).toEqual([2, 1, 0]);
  });
  it('refuses bad input', () => {
    expect(() => ngoDatabaseReportStatus({ reportYear: 2025, submittedAt: new Date('2026-05-01T00:00:00Z'), asOf: new Date('2026-04-01T00:00:00Z') })).toThrow(RuleInputError);
    expect(() => ngoDatabaseReportStatus({ reportYear: 2025.5, submittedAt: null, asOf: new Date() })).toThrow(RuleInputError);
    expect(() => ngoDatabaseReportStatus({ reportYear: 2025, submittedAt: null, asOf: new Date('x') })).toThrow(RuleInputError);
    expect(() => ngoDatabaseReportDeadline(2025, '02-30')).toThrow(RuleInputError);
    expect(() => ngoDatabaseScore('APPROVED' as 'ON_TIME')).toThrow(RuleInputError);
  });
});
