/**
 * Money awarded, summed by direction and by region (pure, no I/O).
 *
 * Source of the amounts (see analytics-queries.ts): winners' `RankingRow.awardedKzt` of HELD
 * decisions (SC-5) and award laureates' `Laureate.amountKzt + remainderKzt` (AW-11 / AW-S), of
 * competitions whose results are published. Integer tenge, summed exactly as bigint.
 */
import type { Names } from './labels';

export interface AwardedAmount {
  amountKzt: bigint;
  /** null = no direction recorded on the lot. */
  direction: { id: string; number: number; names: Names } | null;
  /** null = republic-wide (lot without a region). */
  region: { id: string; sortOrder: number; names: Names } | null;
}

export interface MoneyBucket {
  /** Direction / region id, or null for the "none / republic-wide" bucket. */
  key: string | null;
  names: Names | null;
  /** Direction number (1..17) for directions; the region's sort order for regions. */
  order: number;
  totalKzt: number;
  /** How many awards (winners / laureates) make up the total. */
  awards: number;
}

function group(rows: AwardedAmount[], pick: (r: AwardedAmount) => { id: string; order: number; names: Names } | null): MoneyBucket[] {
  const buckets = new Map<string | null, { names: Names | null; order: number; total: bigint; awards: number }>();
  for (const r of rows) {
    if (r.amountKzt < 0n) throw new RangeError('aggregate-money: negative amount');
    const k = pick(r);
    const key = k?.id ?? null;
    const b = buckets.get(key) ?? { names: k?.names ?? null, order: k?.order ?? Number.MAX_SAFE_INTEGER, total: 0n, awards: 0 };
    b.total += r.amountKzt;
    b.awards += 1;
    buckets.set(key, b);
  }
  return [...buckets.entries()]
    .map(([key, b]) => ({ key, names: b.names, order: b.order, totalKzt: Number(b.total), awards: b.awards }))
    .sort((a, b) => a.order - b.order || (a.key ?? '').localeCompare(b.key ?? ''));
}

/** Totals per direction, ordered by the direction's number; the "no direction" bucket last. */
export function moneyByDirection(rows: AwardedAmount[]): MoneyBucket[] {
  return group(rows, (r) => (r.direction ? { id: r.direction.id, order: r.direction.number, names: r.direction.names } : null));
}

/** Totals per region, ordered by the region's sort order; the republic-wide bucket last. */
export function moneyByRegion(rows: AwardedAmount[]): MoneyBucket[] {
  return group(rows, (r) => (r.region ? { id: r.region.id, order: r.region.sortOrder, names: r.region.names } : null));
}

export function moneyTotal(buckets: MoneyBucket[]): number {
  return buckets.reduce((s, b) => s + b.totalKzt, 0);
}
