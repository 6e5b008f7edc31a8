import { describe, expect, it } from 'vitest';
import { commissionViolations, RuleInputError, type CommissionMember } from '@/lib/rules';

let n = 0;
const m = (role: CommissionMember['role'], side: CommissionMember['side'], extra: Partial<CommissionMember> = {}): CommissionMember => ({
  id: `m${++n}`,
  role,
  side,
  operatorEmployee: false,
  yearsInDirection: 5,
  ...extra,
});
const many = (count: number, side: CommissionMember['side'], extra: Partial<CommissionMember> = {}) => Array.from({ length: count }, () => m('MEMBER', side, extra));

/** chair + deputy + members + secretary: 7 NGO of 10 voting = exactly 70%. */
const validGrant = () => [m('CHAIR', 'NGO'), m('DEPUTY', 'NGO'), ...many(5, 'NGO'), ...many(3, 'OPERATOR'), m('SECRETARY', 'OPERATOR', { operatorEmployee: true, yearsInDirection: 0 })];

describe('CM-1 grant commission', () => {
  it('accepts exactly 70% NGO-nominated with an operator-employed secretary', () => {
    expect(commissionViolations('GRANT', validGrant())).toEqual([]);
  });
  it('15 incl. secretary is allowed, 16 is TOO_MANY', () => {
    const fifteen = [m('CHAIR', 'NGO'), ...many(10, 'NGO'), ...many(3, 'OPERATOR'), m('SECRETARY', 'OPERATOR')];
    expect(fifteen).toHaveLength(15);
    expect(commissionViolations('GRANT', fifteen)).toEqual([]);
    expect(commissionViolations('GRANT', [...fifteen, m('MEMBER', 'NGO')])).toEqual(['TOO_MANY']);
  });
  it('below 70% NGO is NGO_SHARE (6 of 9 = 66.7%)', () => {
    expect(commissionViolations('GRANT', [m('CHAIR', 'NGO'), ...many(5, 'NGO'), ...many(3, 'OPERATOR')])).toEqual(['NGO_SHARE']);
  });
  it('an operator employee among the members is refused', () => {
    const c = validGrant();
    c[3] = m('MEMBER', 'NGO', { operatorEmployee: true });
    expect(commissionViolations('GRANT', c)).toEqual(['OPERATOR_EMPLOYEE']);
  });
  it('under 2 years in the direction is EXPERIENCE; exactly 2 is fine', () => {
    const c = validGrant();
    c[4] = m('MEMBER', 'NGO', { yearsInDirection: 1.9 });
    expect(commissionViolations('GRANT', c)).toEqual(['EXPERIENCE']);
    c[4] = m('MEMBER', 'NGO', { yearsInDirection: 2 });
    expect(commissionViolations('GRANT', c)).toEqual([]);
  });
  it('no chair is NO_CHAIR; codes come in order', () => {
    expect(commissionViolations('GRANT', [...many(2, 'OPERATOR', { operatorEmployee: true, yearsInDirection: 0 })])).toEqual(['NGO_SHARE', 'OPERATOR_EMPLOYEE', 'EXPERIENCE', 'NO_CHAIR']);
    expect(commissionViolations('GRANT', [m('CHAIR', 'NGO'), m('CHAIR', 'NGO')])).toEqual(['MORE_THAN_ONE_CHAIR']);
  });
  it('numbers are settings', () => {
    expect(commissionViolations('GRANT', validGrant(), { grantMaxMembers: 10 })).toEqual(['TOO_MANY']);
    expect(commissionViolations('GRANT', validGrant(), { grantMinNgoShare: 0.8 })).toEqual(['NGO_SHARE']);
    expect(commissionViolations('GRANT', validGrant(), { grantMinYearsInDirection: 6 })).toEqual(['EXPERIENCE']);
  });
});

describe('CM-2 social-order commission', () => {
  it.each<[string, CommissionMember[], string[]]>([
    ['3 members + secretary', [m('CHAIR', 'STATE'), ...many(2, 'STATE'), m('SECRETARY', 'STATE')], []],
    ['4 members', [m('CHAIR', 'STATE'), ...many(3, 'STATE')], ['EVEN_SIZE']],
    ['1 member', [m('CHAIR', 'STATE')], ['TOO_FEW']],
    ['2 members', [m('CHAIR', 'STATE'), m('MEMBER', 'NGO')], ['EVEN_SIZE', 'TOO_FEW']],
    ['3 members, single organiser', [m('CHAIR', 'STATE', { singleOrganizer: true }), ...many(2, 'STATE')], ['TOO_FEW']],
    ['5 members, single organiser', [m('CHAIR', 'STATE', { singleOrganizer: true }), ...many(4, 'STATE')], []],
    ['3 members without chair', many(3, 'STATE'), ['NO_CHAIR']],
    ['empty', [], ['EVEN_SIZE', 'TOO_FEW', 'NO_CHAIR']],
  ])('%s', (_n, members, codes) => {
    expect(commissionViolations('SOCIAL_ORDER', members)).toEqual(codes);
  });
  it('single organiser can also come as an option', () => {
    expect(commissionViolations('SOCIAL_ORDER', [m('CHAIR', 'STATE'), ...many(2, 'STATE')], { singleOrganizer: true })).toEqual(['TOO_FEW']);
  });
});

describe('CM-3 strategic-partnership commission', () => {
  it.each<[string, CommissionMember[], string[]]>([
    ['3 state + 4 civil', [m('CHAIR', 'STATE'), ...many(2, 'STATE'), ...many(4, 'CIVIL')], []],
    ['2 state', [m('CHAIR', 'STATE'), m('MEMBER', 'STATE'), ...many(4, 'CIVIL')], ['STATE_MIN']],
    ['3 civil', [m('CHAIR', 'STATE'), ...many(2, 'STATE'), ...many(3, 'CIVIL')], ['CIVIL_MIN']],
    ['secretary does not count', [m('CHAIR', 'STATE'), ...many(2, 'STATE'), ...many(3, 'CIVIL'), m('SECRETARY', 'CIVIL')], ['CIVIL_MIN']],
  ])('%s', (_n, members, codes) => {
    expect(commissionViolations('STRATEGIC_PARTNERSHIP', members)).toEqual(codes);
  });
});

describe('award commission (no composition in the source, grants file §3.1): only the chair checks', () => {
  it.each<[string, CommissionMember[], string[]]>([
    ['a chair and two members of any side', [m('CHAIR', 'STATE'), ...many(2, 'CIVIL')], []],
    ['a single chair', [m('CHAIR', 'CIVIL')], []],
    ['no chair', many(5, 'CIVIL'), ['NO_CHAIR']],
    ['two chairs', [m('CHAIR', 'STATE'), m('CHAIR', 'CIVIL')], ['MORE_THAN_ONE_CHAIR']],
    ['an operator employee is not a grant rule here', [m('CHAIR', 'OPERATOR', { operatorEmployee: true, yearsInDirection: 0 })], []],
  ])('%s', (_n, members, codes) => {
    expect(commissionViolations('AWARD', members)).toEqual(codes);
  });
});

describe('CM-* bad input', () => {
  it.each<[string, unknown, unknown]>([
    ['unknown kind', 'CREATIVE_ORDER', []],
    ['duplicate ids', 'GRANT', [{ ...m('CHAIR', 'NGO'), id: 'x' }, { ...m('MEMBER', 'NGO'), id: 'x' }]],
    ['unknown role', 'GRANT', [{ ...m('CHAIR', 'NGO'), role: 'BOSS' }]],
    ['unknown side', 'GRANT', [{ ...m('CHAIR', 'NGO'), side: 'PRESS' }]],
    ['NaN years', 'GRANT', [m('CHAIR', 'NGO', { yearsInDirection: Number.NaN })]],
    ['negative years', 'GRANT', [m('CHAIR', 'NGO', { yearsInDirection: -1 })]],
    ['non-boolean employee flag', 'GRANT', [{ ...m('CHAIR', 'NGO'), operatorEmployee: 'no' }]],
  ])('refuses %s', (_n, kind, members) => {
    expect(() => commissionViolations(kind as 'GRANT', members as CommissionMember[])).toThrow(RuleInputError);
  });
});
