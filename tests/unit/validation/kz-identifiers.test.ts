import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binProblem, controlDigit, iinProblem, isValidBin, isValidIin, withControlDigit } from '@/lib/validation/kz-identifiers';

// Control digits worked by hand: first pass weights 1..11, mod 11; when that gives 10,
// second pass weights 3..11,1,2; when that also gives 10 the number is never issued.
describe('BIN/IIN control digit', () => {
  it.each([
    ['10014000000', 3], // 1·1 + 1·4 + 4·5 = 25 ≡ 3
    ['10014000040', 8], // first pass 65 ≡ 10 → second pass 3 + 6 + 28 + 4 = 41 ≡ 8
    ['90010130000', 7],
  ])('%s → %i', (first11, expected) => {
    expect(controlDigit(first11)).toBe(expected);
  });

  it('has no control digit when both passes give 10 (such numbers are not issued)', () => {
    expect(controlDigit('90010130080')).toBeNull();
    expect(withControlDigit('90010130080')).toBeNull();
  });

  it('accepts exactly the completed number and no other last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), fc.integer({ min: 0, max: 9 }), (first11, last) => {
        const control = controlDigit(first11);
        const candidate = `${first11}${last}`;
        const checksumOk = control === last;
        // Whatever else is wrong with the layout, a wrong control digit never passes.
        if (!checksumOk) expect(isValidBin(candidate) || isValidIin(candidate)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('BIN (БСН) of a legal entity', () => {
  it.each([
    ['100140000003', null],
    ['100140000408', null],
    [' 100140000003 ', null], // surrounding spaces from a paste are forgiven
    ['100140000004', 'CHECKSUM'],
    ['10014000000', 'FORMAT'],
    ['1001400000031', 'FORMAT'],
    ['10014000000A', 'FORMAT'],
    ['', 'FORMAT'],
    ['101340000003', 'DATE'], // month 13
    ['100070000003', 'DATE'], // month 00
    ['100110000003', 'ENTITY_TYPE'], // 5th digit 1: not a legal-entity type
    ['100149000003', 'ENTITY_TYPE'], // 6th digit 9: unknown unit attribute
  ])('%j → %s', (bin, problem) => {
    expect(binProblem(bin)).toBe(problem);
  });
});

describe('IIN (ЖСН) of a person', () => {
  it.each([
    ['900101300007', null], // born 1 Jan 1990, man
    ['850315400124', null], // born 15 Mar 1985, woman
    ['900101300008', 'CHECKSUM'],
    ['900230300007', 'DATE'], // 30 February
    ['900101700007', 'DATE'], // century digit 7 does not exist
    ['9001013000', 'FORMAT'],
  ])('%j → %s', (iin, problem) => {
    expect(iinProblem(iin)).toBe(problem);
  });
});
