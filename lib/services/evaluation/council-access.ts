/**
 * Who on the council may do what (§3.4 L3367–3372): an active member of the evaluation's
 * council; scoring needs the member's own "no conflict" notice AND no automatic conflict
 * (CI-1). Experts not on the council get nothing (the same answer as a missing evaluation).
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { isExpert } from './common';

type Db = PrismaClient | Prisma.TransactionClient;

export async function councilMembership(db: Db, actor: Actor | null, evaluationId: string) {
  if (!isExpert(actor)) return null;
  const evaluation = await db.projectEvaluation.findUnique({ where: { id: evaluationId }, select: { id: true, commissionId: true } });
  if (!evaluation?.commissionId) return null;
  const member = await db.commissionMember.findFirst({
    where: { commissionId: evaluation.commissionId, expertId: actor.expertId, removedAt: null },
    select: { id: true, role: true },
  });
  if (!member) return null;
  const declaration = await db.evaluationDeclaration.findUnique({ where: { evaluationId_expertId: { evaluationId, expertId: actor.expertId } } });
  return { expertId: actor.expertId, memberId: member.id, role: member.role, declaration };
}

/** May score: declared "no conflict" and the engine found none (CI-1 binding). */
export const mayScore = (m: Awaited<ReturnType<typeof councilMembership>>): boolean =>
  m !== null && m.declaration !== null && !m.declaration.hasConflict && m.declaration.automaticConflicts.length === 0;
