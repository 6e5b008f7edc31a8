/**
 * Published results per topic (lot): winners with the amounts awarded, or the SC-4 reason
 * the topic was declared not held. Only lots of competitions whose results are public
 * (RESULTS_PUBLISHED / NOT_HELD); the ranking's scores and the experts stay on the
 * competition's own page (never sealed per-expert values here).
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { NOT_HELD_REASONS, type NotHeldReason } from '@/lib/rules';
import { REGISTRY_PAGE_SIZE, type RegistrySearch } from './search-params';
import {
  PUBLIC_AGREEMENT_STATUSES,
  RESULTS_STATUSES,
  WINNER_STATUSES,
  competitionFilters,
  competitionTextMatches,
  lotTextMatches,
  nameSelect,
  organizationMatches,
  pageOf,
  titleSelect,
} from './visibility';

const lotResultSelect = {
  id: true,
  number: true,
  ...titleSelect,
  budgetKzt: true,
  status: true,
  region: { select: { code: true, ...nameSelect } },
  direction: { select: { number: true, ...nameSelect } },
  competition: { select: { id: true, code: true, kind: true, status: true, year: true, ...titleSelect, resultsPublishedAt: true } },
  decisions: {
    where: { status: 'PUBLISHED' },
    orderBy: { publishedAt: 'desc' },
    take: 1,
    select: { outcome: true, notHeldReason: true, publishedAt: true, rankingRows: { where: { winner: true }, select: { applicationId: true, rank: true, awardedKzt: true } } },
  },
  applications: {
    where: { status: { in: WINNER_STATUSES } },
    select: {
      id: true,
      bidPriceKzt: true,
      requestedKzt: true,
      organization: { select: { bin: true, ...nameSelect, region: { select: { code: true, ...nameSelect } } } },
      laureate: { select: { rank: true, amountKzt: true } },
      agreement: { select: { number: true, status: true, amountKzt: true } },
    },
  },
} satisfies Prisma.LotSelect;

type LotRow = Prisma.LotGetPayload<{ select: typeof lotResultSelect }>;

export type LotOutcome = 'HELD' | 'NOT_HELD';

function reasonOf(code: string | null | undefined): NotHeldReason | 'UNKNOWN' {
  return (NOT_HELD_REASONS as readonly string[]).includes(code ?? '') ? (code as NotHeldReason) : 'UNKNOWN';
}

/** One lot's public result: outcome, SC-4 reason, winners in rank order with their amounts. */
function toResult(lot: LotRow) {
  const decision = lot.decisions[0] ?? null;
  const rows = new Map((decision?.rankingRows ?? []).map((r) => [r.applicationId, r]));
  const winners = lot.applications
    .map((a) => {
      const ranked = rows.get(a.id);
      const agreement = a.agreement && PUBLIC_AGREEMENT_STATUSES.includes(a.agreement.status) ? a.agreement : null;
      // The amount awarded: SC-5 ranking amount, the award share (AW-S), the signed agreement,
      // then the bid (social order) or the requested amount.
      const amountKzt = ranked?.awardedKzt ?? a.laureate?.amountKzt ?? agreement?.amountKzt ?? a.bidPriceKzt ?? a.requestedKzt ?? null;
      return {
        applicationId: a.id,
        rank: ranked?.rank ?? a.laureate?.rank ?? null,
        amountKzt,
        organization: a.organization,
        agreementNumber: agreement?.number ?? null,
      };
    })
    .sort((x, y) => (x.rank ?? Number.MAX_SAFE_INTEGER) - (y.rank ?? Number.MAX_SAFE_INTEGER));
  const notHeld = decision ? decision.outcome === 'NOT_HELD' : winners.length === 0 && (lot.status === 'NOT_HELD' || lot.competition.status === 'NOT_HELD');
  const outcome: LotOutcome | null = notHeld ? 'NOT_HELD' : winners.length > 0 || decision ? 'HELD' : null;
  return {
    lotId: lot.id,
    number: lot.number,
    titleKk: lot.titleKk,
    titleRu: lot.titleRu,
    titleEn: lot.titleEn,
    budgetKzt: lot.budgetKzt,
    region: lot.region,
    direction: lot.direction,
    competition: lot.competition,
    outcome,
    // SC-4: the reason a topic was declared not held (codes owned by lib/rules).
    notHeldReason: notHeld ? reasonOf(decision?.notHeldReason) : null,
    winners: notHeld ? [] : winners,
  };
}

export type LotResult = ReturnType<typeof toResult>;

/** Lots with public results matching `where` (always restricted to published competitions). */
export async function loadLotResults(db: PrismaClient, where: Prisma.LotWhereInput, page: { skip?: number; take: number }) {
  const full: Prisma.LotWhereInput = { AND: [where, { competition: { status: { in: RESULTS_STATUSES } } }] };
  const [total, lots] = await Promise.all([
    db.lot.count({ where: full }),
    db.lot.findMany({
      where: full,
      orderBy: [{ competition: { year: 'desc' } }, { competition: { code: 'asc' } }, { competitionId: 'asc' }, { number: 'asc' }],
      skip: page.skip ?? 0,
      take: page.take,
      select: lotResultSelect,
    }),
  ]);
  return { total, rows: lots.map(toResult) };
}

export function registryResultWhere(s: RegistrySearch): Prisma.LotWhereInput {
  const and: Prisma.LotWhereInput[] = [{ competition: { AND: competitionFilters(s) } }];
  const winnerIn = (org: Prisma.OrganizationWhereInput): Prisma.LotWhereInput => ({ applications: { some: { status: { in: WINNER_STATUSES }, organization: org } } });
  if (s.direction !== undefined) and.push({ direction: { number: s.direction } });
  if (s.region !== undefined) and.push({ OR: [{ region: { code: s.region } }, winnerIn({ region: { code: s.region } })] });
  if (s.q !== undefined) and.push({ OR: [lotTextMatches(s.q), { competition: competitionTextMatches(s.q) }, winnerIn(organizationMatches(s.q))] });
  return { AND: and };
}

/** The registry of results: one row per published topic (lot), filtered and paginated. */
export async function listRegistryResults(db: PrismaClient, s: RegistrySearch, pageSize = REGISTRY_PAGE_SIZE) {
  const where = registryResultWhere(s);
  const total = await db.lot.count({ where: { AND: [where, { competition: { status: { in: RESULTS_STATUSES } } }] } });
  const { page, pageCount, skip } = pageOf(s, total, pageSize);
  const { rows } = await loadLotResults(db, where, { skip, take: pageSize });
  return { total, page, pageCount, rows };
}
