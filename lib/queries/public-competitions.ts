import 'server-only';
import { db } from '@/lib/db';

// What a visitor may see of competitions: everything but drafts (ST-*: a draft is the
// operator's working copy). Reads only; writes go through lib/services.
const publicStatuses = { not: 'DRAFT' };

const summarySelect = {
  id: true,
  kind: true,
  status: true,
  titleKk: true,
  titleRu: true,
  titleEn: true,
  deadlineAt: true,
  budgetKzt: true,
  allocatedKzt: true,
  organizer: { select: { nameKk: true, nameRu: true, nameEn: true } },
  _count: { select: { lots: true } },
} as const;

/** Competitions accepting applications now: status OPEN and the deadline not yet passed. */
export function openCompetitions(now: Date) {
  return db.competition.findMany({
    where: { status: 'OPEN', deadlineAt: { gt: now } },
    orderBy: { deadlineAt: 'asc' },
    select: summarySelect,
  });
}

/** Other public competitions, newest first (announced, in review, decided). */
export function recentCompetitions(limit = 10) {
  return db.competition.findMany({
    where: { status: { notIn: ['DRAFT', 'OPEN'] } },
    orderBy: [{ deadlineAt: 'desc' }, { createdAt: 'desc' }],
    take: limit,
    select: summarySelect,
  });
}

export type CompetitionSummary = Awaited<ReturnType<typeof openCompetitions>>[number];

export function publicCompetition(id: string) {
  return db.competition.findFirst({
    where: { id, status: publicStatuses },
    include: {
      // Every announcement field (L962–967): organiser and its contacts, the approved plan,
      // the topics/lots with budgets, directions, regions and implementation periods.
      organizer: { select: { nameKk: true, nameRu: true, nameEn: true, email: true, phone: true, actualAddress: true } },
      plan: { select: { year: true, titleKk: true, titleRu: true, titleEn: true } },
      repeatOf: { select: { id: true, titleKk: true, titleRu: true, titleEn: true } },
      lots: {
        orderBy: { number: 'asc' },
        include: {
          region: { select: { nameKk: true, nameRu: true, nameEn: true } },
          direction: { select: { nameKk: true, nameRu: true, nameEn: true } },
        },
      },
    },
  });
}
