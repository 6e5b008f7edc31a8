import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetTotals, budgetViolations, checkPrepayment, floorShareOf, prepaymentCap, RuleInputError, type BudgetLine } from '@/lib/rules';

describe('MO-1 prepayment caps', () => {
  it.each<['GRANT' | 'SOCIAL_ORDER', number, number]>([
    ['GRANT', 10_000_000, 4_000_000],
    ['GRANT', 999, 399], // floor(399.6)
    ['GRANT', 0, 0],
    ['SOCIAL_ORDER', 10_000_000, 5_000_000],
    ['SOCIAL_ORDER', 999, 499],
    ['GRANT', Number.MAX_SAFE_INTEGER, 3_602_879_701_896_396],
  ])('%s of %i → %i', (kind, amount, cap) => {
    expect(prepaymentCap(kind, amount)).toBe(cap);
  });
  it('never exceeds the share and is within 1 tenge of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (amount) => {
        const cap = prepaymentCap('GRANT', amount);
        expect(cap * 10).toBeLessThanOrEqual(amount * 4);
        expect((cap + 1) * 10).toBeGreaterThan(amount * 4);
      }),
    );
  });
  it('the share is a setting', () => {
    expect(prepaymentCap('GRANT', 1000, 0.3)).toBe(300);
    expect(checkPrepayment('GRANT', 1000, 400)).toEqual({ ok: true });
    expect(checkPrepayment('GRANT', 1000, 401)).toEqual({ ok: false, code: 'PREPAYMENT_ABOVE_CAP', cap: 400 });
  });
  it('refuses bad input', () => {
    expect(() => prepaymentCap('GRANT', 100.5)).toThrow(RuleInputError);
    expect(() => prepaymentCap('GRANT', -1)).toThrow(RuleInputError);
    expect(() => prepaymentCap('AWARD' as 'GRANT', 100)).toThrow(RuleInputError);
    expect(() => prepaymentCap('GRANT', 100, 1.1)).toThrow(RuleInputError);
    expect(() => checkPrepayment('GRANT', 100, 1.5)).toThrow(RuleInputError);
    expect(() => floorShareOf(100, Number.NaN)).toThrow(RuleInputError);
  });
});

describe('MO-1 / GF-3 budget lines: institutional support ≤ 10% and requested ≤ lot', () => {
  const lines: BudgetLine[] = [
    { id: 'trainer', quantity: 10, unitCost: 50_000, institutionalSupport: false }, // 500,000
    { id: 'hall', quantity: 4, unitCost: 100_000, institutionalSupport: false }, // 400,000
    { id: 'laptop', quantity: 1, unitCost: 100_000, institutionalSupport: true }, // 100,000 = 10% of 1,000,000
  ];
  it('computes totals', () => {
    expect(budgetTotals(lines)).toEqual({
      total: 1_000_000,
      institutionalSupport: 100_000,
      lines: [
        { id: 'trainer', amount: 500_000 },
        { id: 'hall', amount: 400_000 },
        { id: 'laptop', amount: 100_000 },
      ],
    });
  });
  it.each<[string, BudgetLine[], number, string[]]>([
    ['exactly 10% and exactly the lot', lines, 1_000_000, []],
    ['10% + 1 tenge', [...lines.slice(0, 2), { id: 'laptop', quantity: 1, unitCost: 100_001, institutionalSupport: true }], 2_000_000, ['INSTITUTIONAL_SUPPORT_SHARE']],
    ['1 tenge over the lot', lines, 999_999, ['EXCEEDS_LOT_AMOUNT']],
    ['empty budget', [], 1_000_000, ['EMPTY_BUDGET']],
    ['only institutional support', [{ id: 'x', quantity: 1, unitCost: 10, institutionalSupport: true }], 100, ['INSTITUTIONAL_SUPPORT_SHARE']],
  ])('%s', (_n, ls, lot, violations) => {
    expect(budgetViolations(ls, { lotAmount: lot }).violations).toEqual(violations);
  });
  it('the institutional share is a setting', () => {
    expect(budgetViolations(lines, { lotAmount: 1_000_000, institutionalSupportMaxShare: 0.05 }).violations).toEqual(['INSTITUTIONAL_SUPPORT_SHARE']);
  });
  it.each<[string, unknown]>([
    ['fractional quantity', [{ id: 'a', quantity: 1.5, unitCost: 100, institutionalSupport: false }]],
    ['fractional unit cost', [{ id: 'a', quantity: 1, unitCost: 99.99, institutionalSupport: false }]],
    ['negative cost', [{ id: 'a', quantity: 1, unitCost: -1, institutionalSupport: false }]],
    ['duplicate line ids', [{ id: 'a', quantity: 1, unitCost: 1, institutionalSupport: false }, { id: 'a', quantity: 1, unitCost: 1, institutionalSupport: false }]],
    ['missing flag', [{ id: 'a', quantity: 1, unitCost: 1 }]],
    ['overflowing amount', [{ id: 'a', quantity: 2 ** 30, unitCost: 2 ** 30, institutionalSupport: false }]],
  ])('refuses %s', (_n, ls) => {
    expect(() => budgetTotals(ls as BudgetLine[])).toThrow(RuleInputError);
  });
  it('refuses a bad lot amount', () => {
    expect(() => budgetViolations(lines, { lotAmount: -5 })).toThrow(RuleInputError);
  });
});
