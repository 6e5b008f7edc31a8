/** The dashboard's filters, read from the URL query (?year=2026&kind=GRANT&competition=…). */
import { z } from 'zod';
import { COMPETITION_KINDS, type CompetitionKind } from '@/lib/rules';

export interface AnalyticsFilters {
  year: number | null;
  kind: CompetitionKind | null;
}

const yearSchema = z.coerce.number().int().min(2000).max(2100);
const kindSchema = z.enum(COMPETITION_KINDS);

/** Unknown or malformed values mean "no filter" (a hand-edited URL never breaks the page). */
export function parseAnalyticsFilters(query: { year?: string | null; kind?: string | null }): AnalyticsFilters {
  const year = query.year ? yearSchema.safeParse(query.year) : null;
  const kind = query.kind ? kindSchema.safeParse(query.kind) : null;
  return { year: year?.success ? year.data : null, kind: kind?.success ? kind.data : null };
}

export const ANALYTICS_DATASETS = ['money-direction', 'money-region', 'submissions', 'rates', 'scores', 'overdue'] as const;
export type AnalyticsDataset = (typeof ANALYTICS_DATASETS)[number];

export function isAnalyticsDataset(value: unknown): value is AnalyticsDataset {
  return typeof value === 'string' && (ANALYTICS_DATASETS as readonly string[]).includes(value);
}

/** The query string of the filters (for links and the export). */
export function filtersQuery(f: AnalyticsFilters, extra: Record<string, string | null | undefined> = {}): string {
  const p = new URLSearchParams();
  if (f.year !== null) p.set('year', String(f.year));
  if (f.kind !== null) p.set('kind', f.kind);
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  return p.toString();
}
