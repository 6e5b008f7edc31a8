/**
 * What the operator sees to choose the laureates of an award cycle (AW-8, AW-9, AW-11): per
 * direction (lot) with admitted nominations, the nominations with their commission score
 * when the cycle has signed score sheets (SC-2 through the grant results engine —
 * lib/services/results resultsOf: the MEAN of the sheet totals of the 3 criteria 0–5), the
 * direction amount against the AW-3 minimum (2,000 MRP of the cycle year) and whether its
 * laureates are already chosen. Read-only.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { awardMinimumAmount, checkAwardAmount } from '@/lib/rules';
import { ADMITTED_STATUSES } from '@/lib/services/results/compute-results';
import { loadScoringData, resultsOf, resultsSettings } from '@/lib/services/results/scoring-results';
import { LAUREATE_SELECTION_STATUSES, mrpForYear } from './select-award-laureates';

export interface SelectionNomination {
  applicationId: string;
  status: string;
  organization: { nameKk: string; nameRu: string; bin: string };
  /** SC-2 score (mean of the signed sheet totals), null without signed sheets. */
  score: number | null;
  expertsCount: number;
}

export interface SelectionDirection {
  lotId: string;
  number: number;
  titleKk: string;
  titleRu: string;
  titleEn: string | null;
  amountKzt: number;
  /** AW-3: the amount reaches 2,000 MRP (or the cycle's configured minimum). */
  amountOk: boolean;
  /** Already has laureates (one selection per direction). */
  selected: boolean;
  nominations: SelectionNomination[];
}

export interface LaureateSelectionView {
  competitionId: string;
  version: number;
  /** The cycle is in SCORING or COMMISSION_MEETING. */
  open: boolean;
  /** The cycle has score sheets at all (otherwise nominations are shown without scores). */
  hasScores: boolean;
  maxScore: number;
  mrpKzt: number | null;
  minimumMrp: number;
  minimumKzt: number | null;
  directions: SelectionDirection[];
}

function intSetting(settings: unknown, key: string): number | undefined {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return undefined;
  const v = (settings as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export async function loadLaureateSelection(db: PrismaClient, competitionId: string): Promise<LaureateSelectionView | null> {
  const competition = await db.competition.findUnique({
    where: { id: competitionId },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      year: true,
      mrpKzt: true,
      settings: true,
      lots: { orderBy: { number: 'asc' }, select: { id: true, number: true, titleKk: true, titleRu: true, titleEn: true, budgetKzt: true, directionId: true } },
      laureates: { select: { directionId: true } },
    },
  });
  if (!competition || competition.kind !== 'AWARD') return null;
  const data = await loadScoringData(db, competitionId);
  if (!data) return null;
  const settings = resultsSettings(data.competition);
  const signed = data.sheets.some((s) => s.status === 'SIGNED' && s.total !== null);
  // SC-2: the same engine as the grant results, over the signed sheets only.
  const scores = new Map<string, { score: number; expertsCount: number }>();
  if (signed) for (const lot of resultsOf(data)) for (const r of lot.rows) scores.set(r.applicationId, { score: r.score, expertsCount: r.expertsCount });

  const applications = await db.application.findMany({
    where: { competitionId, withdrawnAt: null, status: { in: [...ADMITTED_STATUSES] } },
    orderBy: [{ submittedAt: 'asc' }],
    select: { id: true, lotId: true, status: true, organization: { select: { nameKk: true, nameRu: true, bin: true } } },
  });

  const mrp = await mrpForYear(db, competition.year, competition.mrpKzt);
  const minimumMrp = intSetting(competition.settings, 'minAwardMrp') ?? 2000;
  const selectedDirections = new Set(competition.laureates.map((l) => l.directionId));
  const directions: SelectionDirection[] = [];
  for (const lot of competition.lots) {
    const mine = applications.filter((a) => a.lotId === lot.id);
    if (mine.length === 0) continue;
    const amount = Number(lot.budgetKzt);
    const nominations = mine
      .map((a) => ({ applicationId: a.id, status: a.status, organization: a.organization, score: scores.get(a.id)?.score ?? null, expertsCount: scores.get(a.id)?.expertsCount ?? 0 }))
      // Highest score first; unscored keep the submission order.
      .sort((x, y) => (y.score ?? -1) - (x.score ?? -1));
    directions.push({
      lotId: lot.id,
      number: lot.number,
      titleKk: lot.titleKk,
      titleRu: lot.titleRu,
      titleEn: lot.titleEn,
      amountKzt: amount,
      amountOk: mrp !== null && checkAwardAmount(amount, mrp, minimumMrp).ok, // AW-3
      selected: lot.directionId !== null && selectedDirections.has(lot.directionId),
      nominations,
    });
  }
  return {
    competitionId,
    version: competition.version,
    open: LAUREATE_SELECTION_STATUSES.includes(competition.status),
    hasScores: data.sheets.length > 0,
    maxScore: settings.maxScore,
    mrpKzt: mrp,
    minimumMrp,
    minimumKzt: mrp === null ? null : awardMinimumAmount(mrp, minimumMrp), // AW-3
    directions,
  };
}
