import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { refuse } from '../result';
import { loadCommission, loadCompetitionForCommission, type CommissionCompetition } from './commission-data';

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

/**
 * `guardCompetition`, then the selection commission during the COI round (GC-10..GC-13), at
 * the version the operator's form was built on: for the changes made while experts declare.
 */
export async function guardCoiRound(db: PrismaClient | Prisma.TransactionClient, actor: Actor, competitionId: string, expectedVersion: number) {
  const guard = await guardCompetition(db, actor, competitionId);
  if (!guard.ok) return guard;
  const { competition } = guard;
  const commission = await loadCommission(db, competition.id);
  if (!commission) return refuse('noCommission');
  if (commission.status !== 'COI_DECLARATION' || competition.status !== 'COI') return refuse('notInCoiRound', { params: { status: commission.status } });
  if (commission.version !== expectedVersion) return refuse('staleCommission');
  return { ok: true as const, competition, commission };
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
