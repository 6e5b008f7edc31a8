import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { DEFAULT_RULE_SETTINGS, type CommissionOptions } from '@/lib/rules';
import { refuse } from '../result';

type Db = PrismaClient | Prisma.TransactionClient;

export interface SpServiceOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

/** CM-3 settings of a competition (Competition.settings JSON) as rule options; defaults from lib/rules. */
export function spCommissionOptions(settings: unknown): Required<Pick<CommissionOptions, 'strategicMinState' | 'strategicMinCivil'>> {
  const s = (settings && typeof settings === 'object' ? settings : {}) as Record<string, unknown>;
  const d = DEFAULT_RULE_SETTINGS.commission;
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null);
  return { strategicMinState: int(s.minStateMembers) ?? d.strategicMinState, strategicMinCivil: int(s.minCivilMembers) ?? d.strategicMinCivil };
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
