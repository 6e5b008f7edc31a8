import type { PrismaClient } from '@/lib/generated/prisma/client';
import { almatyEndOfDay } from '@/lib/rules';
import { advanceCompetitionsByClock } from '@/lib/services/competitions/advance-competitions-by-clock';
import { closeScoring } from '@/lib/services/results/close-scoring';

const SYSTEM_CONTEXT = { requestId: null, ip: null };

/**
 * The server clock's part of the competition lifecycle, run every minute by the job worker:
 * announced competitions open and open ones close at their deadline instant (DL-1), and a
 * scoring window closes after the end of its due day in Almaty (DL-5) — then the scores are
 * unsealed and the ranking computed (closeScoring). Each step is its own audited service
 * call and is idempotent, so a late or repeated run only does what is still due.
 */
export async function runCompetitionClock(db: PrismaClient, now: Date): Promise<{ advanced: unknown; scoringClosed: string[] }> {
  const advanced = await advanceCompetitionsByClock(db, now);
  const due = await db.competition.findMany({ where: { status: 'SCORING', scoringDueOn: { not: null } }, select: { id: true, scoringDueOn: true } });
  const scoringClosed: string[] = [];
  for (const competition of due) {
    if (now <= almatyEndOfDay(competition.scoringDueOn!.toISOString().slice(0, 10))) continue;
    const result = await closeScoring(db, null, { competitionId: competition.id }, SYSTEM_CONTEXT, { now: () => now });
    if (result.ok) scoringClosed.push(competition.id);
  }
  return { advanced, scoringClosed };
}
