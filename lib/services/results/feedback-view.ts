/**
 * What an NGO sees about its application once — and only once — the decision on its lot is
 * published: the outcome (winner / not a winner / lot not held with its SC-4 reason), its
 * rank and score (SC-2), the per-criterion averages and every expert comment, WITHOUT the
 * experts' identities: the query never selects an expert or user column, and the sheets are
 * numbered in a fixed order that says nothing about who wrote them. Before publication it
 * returns `{ published: false }` and reads no score at all (sealed scoring).
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { applicationScore, type Aggregation } from '@/lib/rules';

export interface FeedbackCriterion {
  id: string;
  titleKk: string | null;
  titleRu: string | null;
  min: number | null;
  max: number | null;
  average: number;
  comments: string[];
}

export type FeedbackView =
  | { published: false; competitionId: string }
  | {
      published: true;
      competitionId: string;
      outcome: 'HELD' | 'NOT_HELD';
      notHeldReason: string | null;
      publishedAt: Date | null;
      applicationStatus: string;
      rank: number | null;
      ranked: number;
      winner: boolean;
      awardedKzt: bigint | null;
      score: number | null;
      aggregation: Aggregation;
      maxScore: number | null;
      experts: number;
      criteria: FeedbackCriterion[];
      /** Each sheet's general comment, as "Expert 1", "Expert 2"… in a fixed order. */
      sheetComments: { expert: number; comment: string }[];
    };

export async function loadFeedbackView(db: PrismaClient, applicationId: string): Promise<FeedbackView | null> {
  const app = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      lotId: true,
      competition: { select: { id: true, aggregation: true, criteria: true } },
    },
  });
  if (!app) return null;
  const decision = app.lotId
    ? await db.decision.findFirst({
        where: { competitionId: app.competition.id, lotId: app.lotId, status: 'PUBLISHED' },
        orderBy: { publishedAt: 'desc' },
        select: { outcome: true, notHeldReason: true, publishedAt: true, id: true, _count: { select: { rankingRows: true } } },
      })
    : null;
  if (!decision) return { published: false, competitionId: app.competition.id };

  const row = await db.rankingRow.findUnique({
    where: { decisionId_applicationId: { decisionId: decision.id, applicationId } },
    select: { rank: true, winner: true, awardedKzt: true },
  });
  // No expert, no user: only values and comments (sorted by the sheet id, not by a person).
  const sheets = await db.scoreSheet.findMany({
    where: { applicationId, status: 'SIGNED', total: { not: null } },
    orderBy: { id: 'asc' },
    select: { total: true, comment: true, scores: { select: { criterionId: true, value: true, comment: true } } },
  });
  const aggregation: Aggregation = app.competition.aggregation === 'SUM' ? 'sum' : 'mean';
  const definitions = Array.isArray(app.competition.criteria) ? (app.competition.criteria as Record<string, unknown>[]) : [];
  const byCriterion = new Map<string, { values: number[]; comments: string[] }>();
  for (const sheet of sheets) {
    for (const s of sheet.scores) {
      const entry = byCriterion.get(s.criterionId) ?? { values: [], comments: [] };
      entry.values.push(s.value);
      if (s.comment && s.comment.trim()) entry.comments.push(s.comment.trim());
      byCriterion.set(s.criterionId, entry);
    }
  }
  const order = [...definitions.map((d) => String(d.id)), ...[...byCriterion.keys()].filter((k) => !definitions.some((d) => d.id === k))];
  const criteria: FeedbackCriterion[] = order.flatMap((id) => {
    const entry = byCriterion.get(id);
    if (!entry) return [];
    const d = definitions.find((x) => x.id === id);
    return [
      {
        id,
        titleKk: typeof d?.titleKk === 'string' ? d.titleKk : null,
        titleRu: typeof d?.titleRu === 'string' ? d.titleRu : null,
        min: typeof d?.min === 'number' ? d.min : null,
        max: typeof d?.max === 'number' ? d.max : null,
        average: entry.values.reduce((a, b) => a + b, 0) / entry.values.length,
        comments: entry.comments,
      },
    ];
  });
  const maxima = criteria.map((c) => c.max);
  return {
    published: true,
    competitionId: app.competition.id,
    outcome: decision.outcome,
    notHeldReason: decision.notHeldReason,
    publishedAt: decision.publishedAt,
    applicationStatus: app.status,
    rank: row?.rank ?? null,
    ranked: decision._count.rankingRows,
    winner: row?.winner ?? false,
    awardedKzt: row?.awardedKzt ?? null,
    score: sheets.length > 0 ? applicationScore(sheets.map((s) => s.total ?? 0), aggregation) : null,
    aggregation,
    maxScore: maxima.length > 0 && maxima.every((m) => m !== null) ? maxima.reduce((a: number, b) => a + (b ?? 0), 0) : null,
    experts: sheets.length,
    criteria,
    sheetComments: sheets.flatMap((s, i) => (s.comment && s.comment.trim() ? [{ expert: i + 1, comment: s.comment.trim() }] : [])),
  };
}
