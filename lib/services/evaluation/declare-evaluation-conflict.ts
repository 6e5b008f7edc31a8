import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { completeScoringIfDone } from './complete-scoring';
import { refused, TX, type EvalResult } from './common';
import { evaluationConflicts } from './conflicts';
import { councilMembership } from './council-access';
import { evaluationDeclarationSchema, fieldErrorsOf, type EvaluationDeclarationFormValues } from './evaluation-input';

/**
 * §3.4 L3367–3372: a council member's notice on the presence / absence of a conflict of
 * interest with the evaluated project, before any access to it. Only an active member, while
 * the council scores (PENDING); once (final); a conflict needs a reason; the engine's automatic
 * conflicts (CI-1 `conflictsOf`) are binding — "no conflict" against one is refused. Audited.
 */
export async function declareEvaluationConflict(
  db: PrismaClient,
  actor: Actor,
  rawInput: EvaluationDeclarationFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<EvalResult<{ declarationId: string; hasConflict: boolean }>> {
  const parsed = evaluationDeclarationSchema.safeParse(rawInput);
  if (!parsed.success) return refused('fixErrors', fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const member = await councilMembership(tx, actor, input.evaluationId);
    if (!member) return refused('evaluationNotFound');
    const evaluation = await tx.projectEvaluation.findUniqueOrThrow({ where: { id: input.evaluationId }, select: { status: true, agreementId: true } });
    if (evaluation.status !== 'PENDING') return refused('scoringClosed');
    if (member.declaration) return refused('alreadyDeclared');
    const automatic = (await evaluationConflicts(tx, evaluation.agreementId, [member.expertId], now)).get(member.expertId) ?? [];
    if (!input.hasConflict && automatic.length > 0) return refused('automaticConflict', { hasConflict: 'evaluation.errors.automaticConflict' }, { codes: automatic.join(', ') });

    const created = await tx.evaluationDeclaration.createMany({
      data: [{ evaluationId: input.evaluationId, expertId: member.expertId, hasConflict: input.hasConflict, reason: input.reason || null, automaticConflicts: automatic, declaredAt: now }],
      skipDuplicates: true,
    });
    if (created.count !== 1) return refused('alreadyDeclared');
    const row = await tx.evaluationDeclaration.findUniqueOrThrow({ where: { evaluationId_expertId: { evaluationId: input.evaluationId, expertId: member.expertId } }, select: { id: true } });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'evaluation.coi_declared',
        object: { type: 'EvaluationDeclaration', id: row.id },
        after: { evaluationId: input.evaluationId, hasConflict: input.hasConflict, automatic },
        ...(input.reason ? { reason: input.reason } : {}),
      },
      context,
    );
    // A declared conflict may be what the council was waiting for (the others have scored).
    await completeScoringIfDone(tx, input.evaluationId, now, context);
    return { ok: true as const, declarationId: row.id, hasConflict: input.hasConflict };
  }, TX);
}
