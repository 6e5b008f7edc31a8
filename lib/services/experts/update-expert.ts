import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { checkExpertReferences } from './check-references';
import { fieldErrorsOf, updateExpertSchema, type UpdateExpertFormValues } from './expert-input';

export type UpdateExpertResult = { ok: true; version: number } | { ok: false; error: { code: string; field?: string }; fieldErrors: Record<string, string> };

/**
 * Staff edit a register entry: name, directions with years (GC-7), nomination (GC-6, GC-8),
 * employer and the operator-employee flag (GC-9), declared affiliations and relatives'
 * organisations (CI-1). Optimistic lock on Expert.version: of two staff saving at once,
 * the later one is told `staleExpert`. Before/after go to the audit trail.
 */
export async function updateExpert(db: PrismaClient, actor: Actor, rawInput: UpdateExpertFormValues, context: RequestContext): Promise<UpdateExpertResult> {
  const refused = (code: string, field?: string) => ({ ok: false as const, error: { code, ...(field ? { field } : {}) }, fieldErrors: field ? { [field]: code } : {} });
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return refused('forbidden');
  const parsed = updateExpertSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  const current = await db.expert.findUnique({
    where: { id: input.expertId },
    include: { user: { select: { id: true, name: true } }, directions: { select: { directionId: true, yearsOfExperience: true } } },
  });
  if (!current) return refused('expertNotFound');
  if (current.version !== input.expectedVersion) return refused('staleExpert');
  const problem = await checkExpertReferences(db, {
    nominatedByOrganizationId: input.nominatedByOrganizationId,
    directionIds: input.directions.map((d) => d.directionId),
    organizationIds: [...input.affiliatedOrganizationIds, ...input.relativesOrganizationIds],
  });
  if (problem) return refused(problem.code, problem.field);

  const data = {
    nominationSource: input.nominationSource,
    nominatedByOrganizationId: input.nominatedByOrganizationId,
    employerName: input.employerName,
    position: input.position,
    operatorEmployee: input.operatorEmployee,
    affiliatedOrganizationIds: [...new Set(input.affiliatedOrganizationIds)],
    relativesOrganizationIds: [...new Set(input.relativesOrganizationIds)],
  };
  return db.$transaction(async (tx) => {
    const updated = await tx.expert.updateMany({ where: { id: current.id, version: input.expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) return refused('staleExpert');
    await tx.expertDirection.deleteMany({ where: { expertId: current.id } });
    await tx.expertDirection.createMany({ data: input.directions.map((d) => ({ expertId: current.id, directionId: d.directionId, yearsOfExperience: d.years })) });
    if (input.fullName !== current.user.name) await tx.user.update({ where: { id: current.user.id }, data: { name: input.fullName } });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'expert.updated',
        object: { type: 'Expert', id: current.id },
        before: {
          name: current.user.name,
          nominationSource: current.nominationSource,
          nominatedByOrganizationId: current.nominatedByOrganizationId,
          employerName: current.employerName,
          position: current.position,
          operatorEmployee: current.operatorEmployee,
          affiliatedOrganizationIds: current.affiliatedOrganizationIds,
          relativesOrganizationIds: current.relativesOrganizationIds,
          directions: current.directions.map((d) => ({ directionId: d.directionId, years: d.yearsOfExperience })),
          version: current.version,
        },
        after: { name: input.fullName, ...data, directions: input.directions, version: current.version + 1 },
      },
      context,
    );
    return { ok: true as const, version: current.version + 1 };
  });
}
