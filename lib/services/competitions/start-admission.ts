import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isCompetitionKind } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';

/** Start the compliance check (stage 4, L1019–1028): CLOSED → ADMISSION by operator staff. Optimistic lock, audited. */
export async function startAdmission(
  db: PrismaClient,
  actor: Actor,
  input: { competitionId: string; expectedVersion: number },
  context: RequestContext,
): Promise<ServiceResult<{ version: number }>> {
  return db.$transaction(async (tx) => {
    const c = await tx.competition.findUnique({ where: { id: input.competitionId }, select: { id: true, status: true, kind: true, version: true } });
    if (!c) return refuse('competitionNotFound');
    if (!can(actor, 'manage', { type: 'competition', status: c.status })) return refuse('forbidden');
    const kind = isCompetitionKind(c.kind) ? c.kind : undefined;
    if (!checkTransition('competition', c.status, 'ADMISSION', actor.role, { kind }).ok) return refuse('transitionNotAllowed', { params: { status: c.status } });
    const updated = await tx.competition.updateMany({
      where: { id: c.id, status: c.status, version: input.expectedVersion },
      data: { status: 'ADMISSION', version: { increment: 1 } },
    });
    if (updated.count !== 1) return refuse('staleCompetition');
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'competition.admission_started', object: { type: 'Competition', id: c.id }, before: { status: c.status }, after: { status: 'ADMISSION' } },
      context,
    );
    return { ok: true as const, version: c.version + 1 };
  });
}
