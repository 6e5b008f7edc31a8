/** Dates and money as the open-data standards want them. */

/** A calendar date column (@db.Date, stored at UTC midnight) as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The first instant of a calendar day in Kazakhstan (UTC+5), as an OCDS date-time. */
export function dayStart(d: Date): string {
  return `${isoDay(d)}T00:00:00+05:00`;
}

/** The last second of a calendar day in Kazakhstan (UTC+5), as an OCDS date-time. */
export function dayEnd(d: Date): string {
  return `${isoDay(d)}T23:59:59+05:00`;
}

/** Integer tenge as a JSON number (amounts stay far below 2^53). */
export function tenge(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < 0n) throw new RangeError(`amount out of range: ${v}`);
  return Number(v);
}

export function latest(dates: (Date | null | undefined)[]): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}
