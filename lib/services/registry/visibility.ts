/**
 * What the public registry may show (issue 8 item 4). Only published data:
 * - competitions: everything but the operator's DRAFT working copy;
 * - results, winners, not-held topics: only once the competition is RESULTS_PUBLISHED or
 *   NOT_HELD (SC-4) — never a draft decision, a sealed score or an expert's name;
 * - agreements: only once signed by both sides (never DRAFT / SENT_TO_NGO / SIGNED_BY_NGO /
 *   DECLINED).
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RegistrySearch } from './search-params';

export const RESULTS_STATUSES = ['RESULTS_PUBLISHED', 'NOT_HELD'];
/** Application statuses of a selected winner (grant winner, supplier, laureate — PAID after AW-10). */
export const WINNER_STATUSES = ['WINNER', 'PAID'];
export const PUBLIC_AGREEMENT_STATUSES = ['SIGNED', 'IN_PROGRESS', 'COMPLETED', 'UNDER_EVALUATION', 'CLOSED', 'TERMINATED'];

export const publicCompetition: Prisma.CompetitionWhereInput = { status: { not: 'DRAFT' } };

/** Prisma's `contains` is a LIKE pattern: the user's % and _ (and the escape \\) are literal text. */
export const likeSafe = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
export const insensitive = (q: string) => ({ contains: likeSafe(q), mode: 'insensitive' as const });

/** An organisation matching the free-text search: any of its names, or its BIN. */
export function organizationMatches(q: string): Prisma.OrganizationWhereInput {
  return {
    OR: [
      { nameKk: insensitive(q) },
      { nameRu: insensitive(q) },
      { nameEn: insensitive(q) },
      { shortNameKk: insensitive(q) },
      { shortNameRu: insensitive(q) },
      { bin: { contains: likeSafe(q.replace(/\s/g, '')) } },
    ],
  };
}

export function competitionTextMatches(q: string): Prisma.CompetitionWhereInput {
  return {
    OR: [
      { titleKk: insensitive(q) },
      { titleRu: insensitive(q) },
      { titleEn: insensitive(q) },
      { code: insensitive(q) },
      { organizer: organizationMatches(q) },
    ],
  };
}

export function lotTextMatches(q: string): Prisma.LotWhereInput {
  return { OR: [{ titleKk: insensitive(q) }, { titleRu: insensitive(q) }, { titleEn: insensitive(q) }] };
}

/** A published winner application (its competition's results are public). */
export function publishedWinner(extra: Prisma.ApplicationWhereInput = {}): Prisma.ApplicationWhereInput {
  return { status: { in: WINNER_STATUSES }, competition: { status: { in: RESULTS_STATUSES } }, ...extra };
}

/** Filters shared by every list: year and kind of the competition. */
export function competitionFilters(s: RegistrySearch): Prisma.CompetitionWhereInput[] {
  const and: Prisma.CompetitionWhereInput[] = [publicCompetition];
  if (s.year !== undefined) and.push({ year: s.year });
  if (s.kind !== undefined) and.push({ kind: s.kind });
  return and;
}

export function pageOf(s: RegistrySearch, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(s.page ?? 1, pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize };
}

export const nameSelect = { nameKk: true, nameRu: true, nameEn: true } as const;
export const titleSelect = { titleKk: true, titleRu: true, titleEn: true } as const;
