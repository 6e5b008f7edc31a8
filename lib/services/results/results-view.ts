/**
 * What the results page (operator staff, the commission chair), the protocol PDF and the
 * ranking export show: per lot the stored decision (SC-4 reason when not held) and its
 * ranking rows (precomputed by closeScoring — SC-2/3/5), the inter-rater spread per
 * application and the flagged outlier experts (`interRaterAgreement`), the commission and
 * its meeting record. Score values exist only once scoring is closed (sealed before: while
 * SCORING only the sheet counts are given). The caller has authorised the actor.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { interRaterAgreement, type ApplicationAgreement, type ExpertAgreement } from '@/lib/rules';
import { scoresSealed } from '@/lib/services/scoring/sealing';
import { resultsSettings } from './scoring-results';

export const RANKING_PAGE_SIZE = 50;

export interface ViewOptions {
  /** Only this lot's rows are paged (others show their first page). */
  lotNumber?: number;
  page?: number;
  pageSize?: number;
  /** Every row of every lot (protocol, export). */
  allRows?: boolean;
}

export interface RankingViewRow {
  applicationId: string;
  rank: number;
  score: number;
  pointsSum: number;
  expertsCount: number;
  winner: boolean;
  awardedKzt: bigint | null;
  requestedKzt: bigint | null;
  organization: { nameKk: string; nameRu: string; nameEn: string | null; bin: string };
  projectTitleKk: string | null;
  projectTitleRu: string | null;
  agreement: ApplicationAgreement | null;
}

export async function loadResultsView(db: PrismaClient, competitionId: string, options: ViewOptions = {}) {
  const competition = await db.competition.findUnique({
    where: { id: competitionId },
    select: {
      id: true,
      code: true,
      kind: true,
      status: true,
      version: true,
      titleKk: true,
      titleRu: true,
      titleEn: true,
      criteria: true,
      aggregation: true,
      thresholdPercent: true,
      scoringDueOn: true,
      resultsPublishedAt: true,
      organizer: { select: { nameKk: true, nameRu: true, nameEn: true } },
      lots: { orderBy: { number: 'asc' }, select: { id: true, number: true, titleKk: true, titleRu: true, titleEn: true, budgetKzt: true, status: true } },
      commissions: {
        where: { purpose: 'SELECTION', status: 'APPROVED' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          id: true,
          orderNumber: true,
          orderDate: true,
          scoresOpenedAt: true,
          members: {
            where: { removedAt: null },
            orderBy: [{ role: 'asc' }, { appointedAt: 'asc' }],
            select: {
              id: true,
              role: true,
              side: true,
              votingRight: true,
              expertId: true,
              userId: true,
              removedAt: true,
              expert: { select: { user: { select: { name: true } } } },
              user: { select: { name: true } },
            },
          },
          meeting: {
            select: {
              id: true,
              version: true,
              heldAt: true,
              place: true,
              protocolNumber: true,
              protocolDate: true,
              notes: true,
              attendance: { select: { memberId: true, present: true } },
            },
          },
        },
      },
      decisions: {
        where: { lotId: { not: null } },
        select: {
          id: true,
          lotId: true,
          outcome: true,
          notHeldReason: true,
          status: true,
          comment: true,
          publishedAt: true,
          votes: { select: { memberId: true, vote: true } },
          _count: { select: { rankingRows: true } },
        },
      },
    },
  });
  if (!competition) return null;
  const commission = competition.commissions[0] ?? null;
  const members = (commission?.members ?? []).map((m) => ({
    id: m.id,
    role: m.role,
    side: m.side,
    votingRight: m.votingRight,
    expertId: m.expertId,
    userId: m.userId,
    removedAt: m.removedAt,
    name: m.expert?.user.name ?? m.user?.name ?? '—',
  }));
  const sealed = scoresSealed(competition);
  const settings = resultsSettings(competition);

  // Inter-rater agreement over every signed sheet (values only once unsealed).
  let agreementByApp = new Map<string, ApplicationAgreement>();
  let experts: (ExpertAgreement & { name: string })[] = [];
  if (!sealed && competition.decisions.length > 0) {
    const sheets = await db.scoreSheet.findMany({
      where: { application: { competitionId }, status: 'SIGNED', total: { not: null } },
      select: { applicationId: true, expertId: true, total: true },
    });
    const agreement = interRaterAgreement(
      sheets.map((s) => ({ applicationId: s.applicationId, expertId: s.expertId, total: s.total ?? 0 })),
      { maxScore: settings.maxScore },
    );
    agreementByApp = new Map(agreement.applications.map((a) => [a.applicationId, a]));
    const nameOf = new Map(members.flatMap((m) => (m.expertId ? [[m.expertId, m.name] as const] : [])));
    experts = agreement.experts.map((e) => ({ ...e, name: nameOf.get(e.expertId) ?? '—' }));
  }

  const pageSize = options.pageSize ?? RANKING_PAGE_SIZE;
  const lots = await Promise.all(
    competition.lots.map(async (lot) => {
      const decision = competition.decisions.find((d) => d.lotId === lot.id) ?? null;
      const total = decision?._count.rankingRows ?? 0;
      const pages = Math.max(1, Math.ceil(total / pageSize));
      const page = options.allRows ? 1 : options.lotNumber === lot.number ? Math.min(Math.max(1, options.page ?? 1), pages) : 1;
      const rows: RankingViewRow[] =
        decision && total > 0
          ? (
              await db.rankingRow.findMany({
                where: { decisionId: decision.id },
                orderBy: { rank: 'asc' },
                ...(options.allRows ? {} : { skip: (page - 1) * pageSize, take: pageSize }),
                select: {
                  applicationId: true,
                  rank: true,
                  score: true,
                  pointsSum: true,
                  expertsCount: true,
                  winner: true,
                  awardedKzt: true,
                  application: {
                    select: {
                      requestedKzt: true,
                      projectTitleKk: true,
                      projectTitleRu: true,
                      organization: { select: { nameKk: true, nameRu: true, nameEn: true, bin: true } },
                    },
                  },
                },
              })
            ).map((r) => ({
              applicationId: r.applicationId,
              rank: r.rank,
              score: Number(r.score),
              pointsSum: r.pointsSum,
              expertsCount: r.expertsCount,
              winner: r.winner,
              awardedKzt: r.awardedKzt,
              requestedKzt: r.application.requestedKzt,
              organization: r.application.organization,
              projectTitleKk: r.application.projectTitleKk,
              projectTitleRu: r.application.projectTitleRu,
              agreement: agreementByApp.get(r.applicationId) ?? null,
            }))
          : [];
      const awardedKzt = decision ? await sumAwarded(db, decision.id, rows, options.allRows === true || total <= pageSize) : 0n;
      return { ...lot, decision, total, page, pages, rows, awardedKzt };
    }),
  );

  return {
    competition,
    sealed,
    settings: { maxScore: settings.maxScore, aggregation: settings.aggregation, thresholdShare: settings.thresholdShare },
    commission: commission ? { id: commission.id, orderNumber: commission.orderNumber, orderDate: commission.orderDate, scoresOpenedAt: commission.scoresOpenedAt, meeting: commission.meeting } : null,
    members,
    lots,
    experts,
  };
}

/** SC-5: the amount awarded in a lot (from the page's rows when they are all there). */
async function sumAwarded(db: PrismaClient, decisionId: string, rows: RankingViewRow[], complete: boolean): Promise<bigint> {
  if (complete) return rows.reduce((s, r) => s + (r.awardedKzt ?? 0n), 0n);
  const agg = await db.rankingRow.aggregate({ where: { decisionId }, _sum: { awardedKzt: true } });
  return agg._sum.awardedKzt ?? 0n;
}

export type ResultsView = NonNullable<Awaited<ReturnType<typeof loadResultsView>>>;
