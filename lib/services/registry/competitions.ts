/**
 * The registry of competitions of every mechanism (grant, social order, award, creative
 * order, strategic partnership): a filtered, paginated list and one competition's registry
 * card with its lots, its published results (winners with amounts, not-held topics with the
 * SC-4 reason) and its agreements. Reads only.
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { REGISTRY_PAGE_SIZE, type RegistrySearch } from './search-params';
import { loadLotResults } from './results';
import {
  PUBLIC_AGREEMENT_STATUSES,
  RESULTS_STATUSES,
  competitionFilters,
  competitionTextMatches,
  nameSelect,
  organizationMatches,
  pageOf,
  publicCompetition,
  publishedWinner,
  titleSelect,
} from './visibility';

export function registryCompetitionWhere(s: RegistrySearch): Prisma.CompetitionWhereInput {
  const and = competitionFilters(s);
  if (s.direction !== undefined) and.push({ lots: { some: { direction: { number: s.direction } } } });
  // Region: a lot in the region, or a published winner registered there (republic-wide lots).
  if (s.region !== undefined) {
    const code = s.region;
    and.push({
      OR: [{ lots: { some: { region: { code } } } }, { applications: { some: publishedWinner({ organization: { region: { code } } }) } }],
    });
  }
  if (s.q !== undefined) {
    const q = s.q;
    and.push({ OR: [competitionTextMatches(q), { applications: { some: publishedWinner({ organization: organizationMatches(q) }) } }] });
  }
  return { AND: and };
}

export async function listRegistryCompetitions(db: PrismaClient, s: RegistrySearch, pageSize = REGISTRY_PAGE_SIZE) {
  const where = registryCompetitionWhere(s);
  const total = await db.competition.count({ where });
  const { page, pageCount, skip } = pageOf(s, total, pageSize);
  const rows = await db.competition.findMany({
    where,
    orderBy: [{ year: 'desc' }, { deadlineAt: 'desc' }, { code: 'asc' }, { id: 'asc' }],
    skip,
    take: pageSize,
    select: {
      id: true,
      code: true,
      kind: true,
      status: true,
      year: true,
      ...titleSelect,
      deadlineAt: true,
      resultsPublishedAt: true,
      budgetKzt: true,
      allocatedKzt: true,
      organizer: { select: { bin: true, ...nameSelect } },
      _count: { select: { lots: true } },
    },
  });
  const published = rows.filter((r) => RESULTS_STATUSES.includes(r.status)).map((r) => r.id);
  const winners = published.length
    ? await db.application.groupBy({ by: ['competitionId'], where: publishedWinner({ competitionId: { in: published } }), _count: { _all: true } })
    : [];
  const winnersBy = new Map(winners.map((w) => [w.competitionId, w._count._all]));
  return {
    total,
    page,
    pageCount,
    rows: rows.map((r) => ({
      ...r,
      resultsPublished: RESULTS_STATUSES.includes(r.status),
      winnersCount: RESULTS_STATUSES.includes(r.status) ? (winnersBy.get(r.id) ?? 0) : null,
    })),
  };
}

/** The stable registry key of a competition: its public code, or its id when it has none. */
export function competitionKey(c: { code: string | null; id: string }): string {
  return c.code ?? c.id;
}

/** One competition's registry card, by code or id; null for a draft or an unknown key. */
export async function registryCompetition(db: PrismaClient, key: string) {
  const competition = await db.competition.findFirst({
    where: { AND: [publicCompetition, { OR: [{ code: key }, { id: key }] }] },
    select: {
      id: true,
      code: true,
      kind: true,
      status: true,
      year: true,
      ...titleSelect,
      announcedAt: true,
      deadlineAt: true,
      resultsPublishedAt: true,
      budgetKzt: true,
      allocatedKzt: true,
      cancellationReason: true,
      organizer: { select: { bin: true, ...nameSelect } },
      lots: {
        orderBy: { number: 'asc' },
        select: {
          id: true,
          number: true,
          ...titleSelect,
          budgetKzt: true,
          region: { select: { code: true, ...nameSelect } },
          direction: { select: { number: true, ...nameSelect } },
        },
      },
    },
  });
  if (!competition) return null;
  const resultsPublished = RESULTS_STATUSES.includes(competition.status);
  const results = resultsPublished ? (await loadLotResults(db, { competitionId: competition.id }, { take: 1000 })).rows : [];
  const agreements = await db.agreement.findMany({
    where: { competitionId: competition.id, status: { in: PUBLIC_AGREEMENT_STATUSES } },
    orderBy: { number: 'asc' },
    select: { number: true, status: true, amountKzt: true, periodStart: true, periodEnd: true, organization: { select: { bin: true, ...nameSelect } } },
  });
  return { ...competition, resultsPublished, results, agreements };
}

export type RegistryCompetition = NonNullable<Awaited<ReturnType<typeof registryCompetition>>>;
