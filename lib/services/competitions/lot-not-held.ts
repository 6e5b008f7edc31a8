import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { DEFAULT_RULE_SETTINGS, maxScore, notHeldReason, type NotHeldReason } from '@/lib/rules';
import { parseCriteria } from '@/lib/validation/competition-settings';

type Reader = PrismaClient | Prisma.TransactionClient;

/** Application statuses that mean "admitted at the compliance check" (and everything after it). */
const ADMITTED = ['ADMITTED', 'UNDER_REVIEW', 'SCORED', 'WINNER', 'NOT_WINNER'];

export interface LotCounts {
  lotId: string;
  number: number;
  /** Received and not withdrawn. */
  submitted: number;
  admitted: number;
  /** Submitted, admission not decided yet. */
  pending: number;
}

/**
 * SC-4 before scoring (§4.7 grounds 1–4): the reason a lot is not held, or null when it
 * may still be held or when the answer depends on admission decisions not taken yet
 * (grounds 3–4 only once every submitted application is decided). Ground 5 (threshold)
 * needs scores and is the results' business.
 */
export function lotNotHeldBeforeScoring(counts: LotCounts, criteria: unknown, thresholdPercent: number | null): NotHeldReason | null {
  const list = parseCriteria(criteria);
  let max = 25;
  try {
    max = maxScore(list);
  } catch {
    // invalid or empty criteria: the count grounds do not depend on the maximum
  }
  const thresholdShare = thresholdPercent === null ? DEFAULT_RULE_SETTINGS.scoring.notHeldThresholdShare : thresholdPercent / 100;
  const reason = notHeldReason({ submitted: counts.submitted, admitted: counts.admitted + counts.pending, bestScore: null, maxScore: max, thresholdShare });
  if (counts.pending > 0 && (reason === 'NONE_ADMITTED' || reason === 'SINGLE_ADMITTED')) return null;
  return reason;
}

/** Per lot of a competition: submitted / admitted / pending counts. */
export async function lotCounts(db: Reader, competitionId: string): Promise<LotCounts[]> {
  // Sequential: inside a transaction one connection answers one query at a time.
  const lots = await db.lot.findMany({ where: { competitionId }, orderBy: { number: 'asc' }, select: { id: true, number: true } });
  const grouped = await db.application.groupBy({
    by: ['lotId', 'status'],
    where: { competitionId, submittedAt: { not: null }, withdrawnAt: null, status: { notIn: ['DRAFT', 'WITHDRAWN'] } },
    _count: { _all: true },
  });
  return lots.map((lot) => {
    const rows = grouped.filter((g) => g.lotId === lot.id);
    const count = (pred: (s: string) => boolean) => rows.filter((r) => pred(r.status)).reduce((s, r) => s + r._count._all, 0);
    return {
      lotId: lot.id,
      number: lot.number,
      submitted: count(() => true),
      admitted: count((s) => ADMITTED.includes(s)),
      pending: count((s) => s === 'SUBMITTED'),
    };
  });
}
