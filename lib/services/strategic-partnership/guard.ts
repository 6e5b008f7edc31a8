import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { refuse } from '../result';

type Db = PrismaClient | Prisma.TransactionClient;

export interface SpServiceOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

export async function loadSpCompetition(db: Db, competitionId: string) {
  return db.competition.findUnique({
    where: { id: competitionId },
    select: { id: true, kind: true, status: true, version: true, organizerId: true, settings: true, criteria: true, aggregation: true, titleKk: true, titleRu: true },
  });
}
export type SpCompetition = NonNullable<Awaited<ReturnType<typeof loadSpCompetition>>>;

/** Re-checked by every strategic-partnership service: operator staff managing a STRATEGIC_PARTNERSHIP competition. */
export async function guardSpCompetition(db: Db, actor: Actor, competitionId: string): Promise<{ ok: true; competition: SpCompetition } | ReturnType<typeof refuse>> {
  const competition = await loadSpCompetition(db, competitionId);
  if (!competition) return refuse('competitionNotFound');
  if (!can(actor, 'manage', { type: 'competition', status: competition.status })) return refuse('forbidden');
  if (competition.kind !== 'STRATEGIC_PARTNERSHIP') return refuse('notStrategicPartnership');
  return { ok: true, competition };
}
