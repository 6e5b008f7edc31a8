import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import type { ServiceError } from '../result';
import { declarationInputSchema, type DeclarationFormValues } from './declaration-input';
import { loadCompetitionConflicts } from './expert-access';

export interface DeclareConflictOptions {
  /** The server clock; tests pin it. */
  now?: () => Date;
}

export type DeclareConflictResult =
  | { ok: true; declarationId: string; hasConflict: boolean }
  | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}, fieldErrors: Record<string, string> = {}): DeclareConflictResult => ({
  ok: false,
  error: { code, ...extra },
  fieldErrors,
});

/** Commission statuses in which a member declares: the COI round, or a replacement member joining an approved commission. */
const DECLARING_COMMISSION_STATUSES = ['COI_DECLARATION', 'APPROVED'];
/** Competition statuses in which declarations are taken (the round itself, and replacements during scoring). */
const DECLARING_COMPETITION_STATUSES = ['COI', 'SCORING'];

/**
 * An expert's conflict-of-interest declaration on one admitted application (GC-10..GC-12,
 * CI-1, CI-2). Only an active member of the competition's commission while it takes
 * declarations (COI_DECLARATION; APPROVED for a replacement member who has not declared);
 * only on an admitted application; a conflict needs a note; the engine's automatic
 * conflicts (`conflictsOf`) are binding — "no conflict" on such an application is refused
 * (`automaticConflict`). Final once made (a second declaration is `alreadyDeclared`);
 * audited in the same transaction.
 */
export async function declareConflict(
  db: PrismaClient,
  actor: Actor,
  rawInput: DeclarationFormValues,
  context: RequestContext,
  options: DeclareConflictOptions = {},
): Promise<DeclareConflictResult> {
  const parsed = declarationInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
    return refused('fixErrors', {}, fieldErrors);
  }
  const input = parsed.data;
  if (actor.role !== 'EXPERT' || !actor.expertId) return refused('forbidden');
  const expertId = actor.expertId;
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(
    async (tx) => {
      const app = await tx.application.findUnique({
        where: { id: input.applicationId },
        select: { id: true, competitionId: true, competition: { select: { status: true } } },
      });
      if (!app) return refused('applicationNotFound');
      const membership = await tx.commissionMember.findFirst({
        where: {
          expertId,
          removedAt: null,
          commission: { competitionId: app.competitionId, purpose: 'SELECTION', status: { in: DECLARING_COMMISSION_STATUSES } },
        },
        orderBy: { appointedAt: 'desc' },
        select: { commissionId: true },
      });
      // Not on this competition's commission: the application is not theirs to know about.
      if (!membership) return refused('applicationNotFound');
      if (!DECLARING_COMPETITION_STATUSES.includes(app.competition.status)) return refused('roundClosed');

      const conflicts = await loadCompetitionConflicts(tx, app.competitionId, { now, onlyApplicationIds: [app.id], onlyExpertIds: [expertId] });
      if (!conflicts.applications.some((a) => a.id === app.id)) return refused('notAdmitted');
      if (conflicts.declaration(expertId, app.id)) return refused('alreadyDeclared');
      const automatic = conflicts.automatic(expertId, app.id);
      // CI-1: the engine's conflicts are binding.
      if (!input.hasConflict && automatic.length > 0) return refused('automaticConflict', { params: { codes: automatic.join(', ') } }, { hasConflict: 'automaticConflict' });

      // Declarations are final: a concurrent duplicate is skipped by the unique (expert, application) index.
      const created = await tx.conflictDeclaration.createMany({
        data: [{ expertId, applicationId: app.id, commissionId: membership.commissionId, hasConflict: input.hasConflict, reason: input.note || null, declaredAt: now }],
        skipDuplicates: true,
      });
      if (created.count !== 1) return refused('alreadyDeclared');
      const row = await tx.conflictDeclaration.findUniqueOrThrow({ where: { expertId_applicationId: { expertId, applicationId: app.id } }, select: { id: true } });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'coi.declared',
          object: { type: 'ConflictDeclaration', id: row.id },
          after: { applicationId: app.id, commissionId: membership.commissionId, hasConflict: input.hasConflict, note: input.note || null, automatic },
          ...(input.note ? { reason: input.note } : {}),
        },
        context,
      );
      return { ok: true as const, declarationId: row.id, hasConflict: input.hasConflict };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
