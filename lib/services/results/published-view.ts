/**
 * The public results of a competition (L1035–1036): per lot with a PUBLISHED decision, the
 * ranked list (NGO, score, winner, amount awarded) or the SC-4 reason the lot was not held.
 * Nothing before publication; never an expert or a per-expert value.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';

export async function loadPublishedResults(db: PrismaClient, competitionId: string) {
  const decisions = await db.decision.findMany({
    where: { competitionId, status: 'PUBLISHED', lotId: { not: null } },
    select: {
      id: true,
      outcome: true,
      notHeldReason: true,
      publishedAt: true,
      lot: { select: { id: true, number: true, titleKk: true, titleRu: true, titleEn: true, budgetKzt: true } },
      rankingRows: {
        orderBy: { rank: 'asc' },
        select: {
          rank: true,
          score: true,
          winner: true,
          awardedKzt: true,
          application: { select: { id: true, organization: { select: { nameKk: true, nameRu: true, nameEn: true } } } },
        },
      },
    },
  });
  return decisions
    .flatMap((d) => (d.lot ? [{ ...d, lot: d.lot }] : []))
    .sort((a, b) => a.lot.number - b.lot.number)
    .map((d) => ({
      id: d.id,
      outcome: d.outcome,
      notHeldReason: d.notHeldReason,
      publishedAt: d.publishedAt,
      lot: d.lot,
      rows: d.rankingRows.map((r) => ({
        applicationId: r.application.id,
        rank: r.rank,
        score: Number(r.score),
        winner: r.winner,
        awardedKzt: r.awardedKzt,
        organization: r.application.organization,
      })),
    }));
}

export type PublishedResultsView = Awaited<ReturnType<typeof loadPublishedResults>>;
