/**
 * AW-S / AW-11 (L845–846): a direction's award may go to several laureates at once, split
 * "in equal parts". Money is integer tenge, so each gets floor(amount / n) and the
 * remainder (< n tenge) goes to the first laureate by rank — recorded by the caller. The
 * shares always sum to the amount.
 */
import { assertNonNegativeInteger, assertPositiveInteger } from '../validate';

export function splitAward(amount: number, laureates: number): number[] {
  assertNonNegativeInteger(amount, 'amount');
  assertPositiveInteger(laureates, 'laureates');
  const base = Math.floor(amount / laureates);
  const remainder = amount - base * laureates;
  const shares = new Array<number>(laureates).fill(base);
  shares[0] = base + remainder;
  return shares;
}
