import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { evaluationSummary, evaluationTransitionAllowed, type EvaluationScores } from '@/lib/rules/evaluation';

/**
 * EV-2 / EV-8: the council's scoring is over when every active member has declared and every
 * member free of conflict has signed a sheet (at least one sheet). Then, in the caller's
 * transaction, PENDING → SCORED (role SYSTEM): the summary (means) is stored and `scoredAt` starts
 * the 3 working days of the preliminary report (EV-3, L3404–3406). Returns true when it closed.
 */
export async function completeScoringIfDone(tx: Prisma.TransactionClient, evaluationId: string, now: Date, context: RequestContext): Promise<boolean> {
  const evaluation = await tx.projectEvaluation.findUniqueOrThrow({
    where: { id: evaluationId },
    select: { id: true, status: true, commissionId: true, declarations: true, scoreSheets: true },
  });
  if (evaluation.status !== 'PENDING' || !evaluation.commissionId) return false;
  const members = await tx.commissionMember.findMany({ where: { commissionId: evaluation.commissionId, removedAt: null, expertId: { not: null } }, select: { expertId: true } });
  const ids = members.map((m) => m.expertId!);
  const declared = new Map(evaluation.declarations.map((d) => [d.expertId, d]));
  if (ids.some((id) => !declared.has(id))) return false;
  const clean = ids.filter((id) => {
    const d = declared.get(id)!;
    return !d.hasConflict && d.automaticConflicts.length === 0;
  });
  const sheets = evaluation.scoreSheets.filter((s) => clean.includes(s.expertId));
  if (sheets.length === 0 || clean.some((id) => !sheets.some((s) => s.expertId === id))) return false;
  if (!evaluationTransitionAllowed('PENDING', 'SCORED', 'SYSTEM')) return false;

  const summary = evaluationSummary(sheets.map((s) => s.scores as EvaluationScores));
  const updated = await tx.projectEvaluation.updateMany({
    where: { id: evaluationId, status: 'PENDING' },
    data: { status: 'SCORED', scoredAt: now, scores: { ...summary }, version: { increment: 1 } },
  });
  if (updated.count !== 1) return false;
  await recordAuditEvent(
    tx,
    { actor: null, action: 'evaluation.scored', object: { type: 'ProjectEvaluation', id: evaluationId }, before: { status: 'PENDING' }, after: { status: 'SCORED', summary } },
    context,
  );
  return true;
}
