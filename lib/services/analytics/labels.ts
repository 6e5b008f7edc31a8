/** A name in the portal's languages (English optional), localised by the page / export. */
export interface Names {
  kk: string;
  ru: string;
  en?: string | null;
}

/** A rate with its inputs: `rate` is null when nothing was decided (zero denominator), never NaN. */
export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator / denominator rounded to 4 decimals (0.1234 = 12.34 %), or null when denominator is 0. */
  rate: number | null;
}

export function rate(numerator: number, denominator: number): Rate {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0 || numerator > denominator) {
    throw new RangeError(`rate: expected integers 0 ≤ numerator ≤ denominator, got ${numerator}/${denominator}`);
  }
  return { numerator, denominator, rate: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000 };
}
