import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { refuse } from '../result';
import { loadCompetitionForCommission, type CommissionCompetition } from './commission-data';

export interface CommissionServiceOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

/** Re-checked by every commission service, whoever calls it: operator staff managing a GRANT competition. */
export async function guardCompetition(
  db: PrismaClient | Prisma.TransactionClient,
  actor: Actor,
  competitionId: string,
): Promise<{ ok: true; competition: CommissionCompetition } | ReturnType<typeof refuse>> {
  const competition = await loadCompetitionForCommission(db, competitionId);
  if (!competition) return refuse('competitionNotFound');
  if (!can(actor, 'manage', { type: 'competition', status: competition.status })) return refuse('forbidden');
  // CM-1 is the grant commission's rule; other kinds have their own (CM-2, CM-3).
  if (competition.kind !== 'GRANT') return refuse('notGrant');
  return { ok: true, competition };
}

/** The lock of a commission write: the row changes only if nobody saved in between. */
export async function bumpCommission(tx: Prisma.TransactionClient, commissionId: string, expectedVersion: number, data: Prisma.CommissionUncheckedUpdateManyInput = {}): Promise<boolean> {
  const updated = await tx.commission.updateMany({ where: { id: commissionId, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  return updated.count === 1;
}

/** Rolled back by the transaction: a refusal found after a write (e.g. a lost optimistic lock). */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
  }
}

export async function withRefusals<T>(run: () => Promise<T>): Promise<T | ReturnType<typeof refuse>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.code, error.params ? { params: error.params } : {});
    throw error;
  }
}
