import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  awardCalendar,
  awardCooldownOk,
  awardCriteria,
  awardMinimumAmount,
  checkAwardAmount,
  kzCalendar,
  maxScore,
  RuleInputError,
  sheetTotal,
  splitAward,
} from '@/lib/rules';

describe('AW-S award split', () => {
  it.each<[number, number, number[]]>([
    [10_000_000, 1, [10_000_000]],
    [10_000_000, 2, [5_000_000, 5_000_000]],
    [10_000_000, 3, [3_333_334, 3_333_333, 3_333_333]],
    [10, 4, [4, 2, 2, 2]],
    [0, 3, [0, 0, 0]],
    [2, 5, [2, 0, 0, 0, 0]],
  ])('splitAward(%i, %i) = %j', (amount, n, shares) => {
    expect(splitAward(amount, n)).toEqual(shares);
  });
  it('sums to the amount, integers, equal apart from the remainder to the first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 50 }), (amount, n) => {
        const shares = splitAward(amount, n);
        expect(shares).toHaveLength(n);
        expect(shares.every(Number.isSafeInteger)).toBe(true);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(amount);
        const rest = shares.slice(1);
        expect(new Set(rest).size).toBeLessThanOrEqual(1);
        expect(Math.max(...shares) - Math.min(...shares)).toBe(amount % n);
        expect(amount % n).toBeLessThan(n);
        expect(shares[0]).toBe(Math.max(...shares));
      }),
    );
  });
  it.each<[number, number]>([
    [100.5, 2],
    [-100, 2],
    [100, 0],
    [100, 1.5],
    [Number.NaN, 2],
    [100, -1],
  ])('refuses splitAward(%d, %d)', (amount, n) => {
    expect(() => splitAward(amount, n)).toThrow(RuleInputError);
  });
});

describe('AW-12 award cooldown (EL-3)', () => {
  it.each<[number | null, number, number | undefined, boolean]>([
    [null, 2026, undefined, true],
    [2023, 2026, undefined, false], // 3 years: still barred
    [2022, 2026, undefined, true], // 4 years
    [2025, 2026, undefined, false],
    [2026, 2026, undefined, false],
    [2023, 2026, 2, true], // setting
    [2024, 2026, 0, true],
  ])('last %s, cycle %i, years %s → %s', (last, cycle, years, ok) => {
    expect(awardCooldownOk(last, cycle, years)).toBe(ok);
  });
  it('refuses bad years', () => {
    expect(() => awardCooldownOk(2027, 2026)).toThrow(RuleInputError);
    expect(() => awardCooldownOk(2020.5, 2026)).toThrow(RuleInputError);
    expect(() => awardCooldownOk(2020, Number.NaN)).toThrow(RuleInputError);
    expect(() => awardCooldownOk(2020, 2026, -1)).toThrow(RuleInputError);
  });
});

describe('AW-8 award criteria and AW-3 minimum', () => {
  it('scores 3 criteria 0–5, max 15', () => {
    expect(maxScore(awardCriteria())).toBe(15);
    expect(sheetTotal(awardCriteria(), { contribution: 5, experience: 0, innovation: 3 })).toEqual({ ok: true, total: 8 });
    expect(sheetTotal(awardCriteria(), { contribution: 6, experience: 0, innovation: 3 })).toEqual({ ok: false, code: 'OUT_OF_RANGE', criterionId: 'contribution' });
  });
  it('minimum is 2,000 MRP at the given MRP value', () => {
    expect(awardMinimumAmount(4325)).toBe(8_650_000);
    expect(awardMinimumAmount(2525)).toBe(5_050_000);
    expect(awardMinimumAmount(4325, 1000)).toBe(4_325_000);
    expect(checkAwardAmount(8_650_000, 4325)).toEqual({ ok: true });
    expect(checkAwardAmount(8_649_999, 4325)).toEqual({ ok: false, code: 'BELOW_MINIMUM', minimum: 8_650_000 });
  });
  it('refuses a missing or fractional MRP', () => {
    expect(() => awardMinimumAmount(0)).toThrow(RuleInputError);
    expect(() => awardMinimumAmount(4325.5)).toThrow(RuleInputError);
    expect(() => checkAwardAmount(-1, 4325)).toThrow(RuleInputError);
  });
});

describe('AW-5..AW-10 award calendar', () => {
  const cal = kzCalendar();
  it('gives the 2026 due dates', () => {
    const c = awardCalendar(2026, cal);
    expect(c).toMatchObject({ announceBy: '2026-07-01', applyBy: '2026-09-01', winnersBy: '2026-12-01', paymentBy: '2026-12-20' });
    // 1 Sep 2026 is a Tuesday: 2,3,4 (3) 7–11 (8) 14,15 (10)
    expect(c.candidateListBy).toBe('2026-09-15');
    expect(c.applyDeadline.toISOString()).toBe('2026-09-01T18:59:59.999Z');
  });
  it('dates and counts are settings', () => {
    const c = awardCalendar(2026, cal, { applyBy: '09-15', candidateListWorkingDays: 5, acceptanceClosedOn: '2026-09-18' });
    expect(c.applyBy).toBe('2026-09-15');
    expect(c.candidateListBy).toBe('2026-09-25');
  });
  it('refuses bad settings', () => {
    expect(() => awardCalendar(2026, cal, { winnersBy: '02-30' })).toThrow(RuleInputError);
    expect(() => awardCalendar(2026.5, cal)).toThrow(RuleInputError);
    expect(() => awardCalendar(2026, cal, { acceptanceClosedOn: '2026-9-1' })).toThrow(RuleInputError);
  });
});
