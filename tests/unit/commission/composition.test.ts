import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '@/lib/rules';
import { checkExpertTransition, expertActions, expertMachine } from '@/lib/rules/status/expert-status';
import { commissionOptionsOf, compositionViolations, notSelectableReasons, sideOf, toRuleMembers, yearsInDirections, type CompositionExpert } from '@/lib/services/commission/composition';
import { inviteExpertSchema, updateExpertSchema } from '@/lib/services/experts/expert-input';
import { parseRegisterFilters } from '@/lib/services/experts/register-query';

const ngo = (id: string, years = 5): CompositionExpert => ({ id, role: 'MEMBER', nominationSource: 'NGO', operatorEmployee: false, yearsInDirection: years });
const op = (id: string, x: Partial<CompositionExpert> = {}): CompositionExpert => ({ id, role: 'MEMBER', nominationSource: 'OPERATOR', operatorEmployee: false, yearsInDirection: 5, ...x });
const opts = commissionOptionsOf({});

describe('CM-1 / GC-2: the quota side of a nomination', () => {
  it('NGO nominations count for the NGO share; operator and self-nominations (GC-6) do not', () => {
    expect(sideOf('NGO')).toBe('NGO');
    expect(sideOf('OPERATOR')).toBe('OPERATOR');
    expect(sideOf('SELF')).toBe('OPERATOR');
  });
});

describe('GC-7: years in the competition\'s direction', () => {
  const dirs = [
    { directionId: 'd15', years: 8 },
    { directionId: 'd12', years: 3 },
  ];
  it.each([
    [['d15'], 8],
    [['d12'], 3],
    [['d12', 'd15'], 8],
    [['d4'], 0],
    [[], 8],
  ] as const)('directions %j → %i years', (competitionDirections, years) => {
    expect(yearsInDirections(dirs, [...competitionDirections])).toBe(years);
  });

  it('GC-7: selectable = active entry with at least the minimum years', () => {
    expect(notSelectableReasons({ status: 'APPROVED', yearsInDirection: 2 }, 2)).toEqual([]);
    expect(notSelectableReasons({ status: 'APPROVED', yearsInDirection: 1 }, 2)).toEqual(['EXPERIENCE']);
    expect(notSelectableReasons({ status: 'PENDING', yearsInDirection: 5 }, 2)).toEqual(['NOT_ACTIVE']);
    expect(notSelectableReasons({ status: 'SUSPENDED', yearsInDirection: 0 }, 2)).toEqual(['NOT_ACTIVE', 'EXPERIENCE']);
  });
});

describe('CM-1 settings of a competition', () => {
  it('reads percent settings, falls back to the rulebook defaults', () => {
    expect(commissionOptionsOf({})).toEqual({
      grantMaxMembers: DEFAULT_RULE_SETTINGS.commission.grantMaxMembers,
      grantMinNgoShare: DEFAULT_RULE_SETTINGS.commission.grantMinNgoShare,
      grantMinYearsInDirection: DEFAULT_RULE_SETTINGS.commission.grantMinYearsInDirection,
    });
    expect(commissionOptionsOf({ maxCommissionSize: 9, ngoSharePercentMin: 60, minExpertYears: 3 })).toEqual({ grantMaxMembers: 9, grantMinNgoShare: 0.6, grantMinYearsInDirection: 3 });
    expect(commissionOptionsOf({ maxCommissionSize: -1, ngoSharePercentMin: 170, minExpertYears: 'x' })).toEqual(commissionOptionsOf(null));
  });
});

describe('CM-1 on a composition (the live check and the server check share it)', () => {
  it('the secretary counts in the 15 but not in the NGO share or the employee bar (GC-1)', () => {
    const members = toRuleMembers([ngo('a')], 'sec');
    expect(members).toEqual([
      { id: 'expert:a', role: 'MEMBER', side: 'NGO', operatorEmployee: false, yearsInDirection: 5 },
      { id: 'user:sec', role: 'SECRETARY', side: 'OPERATOR', operatorEmployee: true, yearsInDirection: 0 },
    ]);
    expect(compositionViolations([ngo('a')], 'sec', opts, 'initial')).toEqual([]);
    const fifteen = Array.from({ length: 15 }, (_, i) => ngo(`e${i}`));
    expect(compositionViolations(fifteen, null, opts, 'initial')).toEqual([]);
    expect(compositionViolations(fifteen, 'sec', opts, 'initial')).toEqual(['TOO_MANY']);
  });

  it.each([
    ['NGO_SHARE', [ngo('a'), ngo('b'), op('c')], ['NGO_SHARE']],
    ['70% exactly is enough', [ngo('a'), ngo('b'), ngo('c'), ngo('d'), ngo('e'), ngo('f'), ngo('g'), op('h'), op('i'), op('j')], []],
    ['OPERATOR_EMPLOYEE', [ngo('a'), ngo('b'), ngo('c'), ngo('d'), op('e', { operatorEmployee: true })], ['OPERATOR_EMPLOYEE']],
    ['EXPERIENCE', [ngo('a'), ngo('b', 1)], ['EXPERIENCE']],
  ] as const)('%s', (_name, experts, expected) => {
    expect(compositionViolations([...experts], 'sec', opts, 'initial')).toEqual(expected);
  });

  it('GC-4: no chair is a fault of the final composition only', () => {
    expect(compositionViolations([ngo('a')], null, opts, 'initial')).toEqual([]);
    expect(compositionViolations([ngo('a')], null, opts, 'final')).toEqual(['NO_CHAIR']);
    expect(compositionViolations([{ ...ngo('a'), role: 'CHAIR' }], null, opts, 'final')).toEqual([]);
    expect(compositionViolations([{ ...ngo('a'), role: 'CHAIR' }, { ...ngo('b'), role: 'CHAIR' }], null, opts, 'initial')).toEqual(['MORE_THAN_ONE_CHAIR']);
  });
});

describe('ST-*: the expert register entry machine (GC-5)', () => {
  it('the invited expert activates their entry; staff suspend and reinstate', () => {
    expect(expertMachine.initial).toBe('PENDING');
    expect(checkExpertTransition('PENDING', 'APPROVED', 'EXPERT').ok).toBe(true);
    expect(checkExpertTransition('PENDING', 'APPROVED', 'OPERATOR')).toEqual({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(checkExpertTransition('APPROVED', 'PENDING', 'OPERATOR')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
    expect(checkExpertTransition('SUSPENDED', 'APPROVED', 'OPERATOR').ok).toBe(true);
    expect(expertActions('APPROVED', 'OPERATOR').map((t) => t.action)).toEqual(['SUSPEND']);
    expect(() => checkExpertTransition('ACTIVE', 'APPROVED', 'EXPERT')).toThrow();
  });
});

describe('expert register forms', () => {
  const base = { fullName: 'Айгерім Сәрсенова', email: ' Aigerim@Example.KZ ', nominationSource: 'NGO', nominatedByOrganizationId: 'org1', employerName: '', position: '', operatorEmployee: false, directions: [{ directionId: 'd15', years: 3 }] };
  it('normalises the e-mail and empty optional texts; an NGO nomination needs the NGO', () => {
    const ok = inviteExpertSchema.parse(base);
    expect(ok.email).toBe('aigerim@example.kz');
    expect(ok.employerName).toBeNull();
    expect(ok.locale).toBe('kk');
    const missing = inviteExpertSchema.safeParse({ ...base, nominatedByOrganizationId: '' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.message)).toContain('nominatorRequired');
    expect(inviteExpertSchema.safeParse({ ...base, nominationSource: 'SELF', nominatedByOrganizationId: '' }).success).toBe(true);
  });
  it('years are whole numbers 0–70, a direction once', () => {
    const years = updateExpertSchema.safeParse({ ...base, expertId: 'e', expectedVersion: 0, directions: [{ directionId: 'd15', years: Number.NaN }] });
    expect(years.error?.issues[0]?.message).toBe('yearsRequired');
    expect(updateExpertSchema.safeParse({ ...base, expertId: 'e', expectedVersion: 0, directions: [{ directionId: 'd15', years: 71 }] }).error?.issues[0]?.message).toBe('yearsRange');
    const twice = updateExpertSchema.safeParse({ ...base, expertId: 'e', expectedVersion: 0, directions: [{ directionId: 'd15', years: 3 }, { directionId: 'd15', years: 4 }] });
    expect(twice.error?.issues[0]).toMatchObject({ path: ['directions', 1, 'directionId'], message: 'duplicateDirection' });
  });
  it('register filters from the query string ignore anything unknown', () => {
    expect(parseRegisterFilters({ direction: 'd15', minYears: '3', source: 'NGO', selectable: '1' })).toEqual({ directionId: 'd15', minYears: 3, source: 'NGO', selectable: true });
    expect(parseRegisterFilters({ minYears: '-4', source: 'ADMIN', selectable: 'yes' })).toEqual({ directionId: null, minYears: null, source: null, selectable: false });
  });
});
