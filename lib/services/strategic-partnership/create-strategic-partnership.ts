import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { DEFAULT_RULE_SETTINGS } from '@/lib/rules';
import { formRefusal, type FormRefusal } from '@/lib/services/competitions/create-competition';
import { instantFromAlmatyInput } from '@/lib/services/competitions/almaty-input';
import type { ServiceResult } from '../result';
import { createStrategicPartnershipSchema, fieldErrorsOf, type CreateStrategicPartnershipFormValues } from './input';

/** Kind-specific settings of a strategic partnership (CM-3, seed 000 L97–100), copied into the competition. */
export function defaultStrategicPartnershipSettings(): { minStateMembers: number; minCivilMembers: number } {
  const c = DEFAULT_RULE_SETTINGS.commission;
  return { minStateMembers: c.strategicMinState, minCivilMembers: c.strategicMinCivil };
}

/** Next public registry number "SP-<year>-NNN". */
async function nextCode(tx: Prisma.TransactionClient, year: number): Promise<string> {
  const prefix = `SP-${year}-`;
  const rows = await tx.competition.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } });
  const max = rows.reduce((m, r) => Math.max(m, Number(r.code?.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

/**
 * Operator staff create a strategic-partnership competition (STRATEGIC_PARTNERSHIP, DRAFT):
 *  - the organiser must be a central executive body (seed 000 L86: "only at the level of
 *    central executive bodies") — `organizerNotCentralBody` otherwise, local bodies included;
 *  - the selection criteria are defined per competition (seed 000 L102–106) — at least
 *    one, each with titles and an integer range (`criteriaMissing`);
 *  - CM-3 minimums (3 state, 4 civil) are copied into `settings` as editable defaults.
 * One lot carries the subject of the partnership and its budget (the scoring and results
 * machinery works per lot). Audited in the same transaction.
 */
export async function createStrategicPartnership(
  db: PrismaClient,
  actor: Actor,
  rawInput: CreateStrategicPartnershipFormValues,
  context: RequestContext,
): Promise<ServiceResult<{ competitionId: string; code: string }> | FormRefusal> {
  if (!can(actor, 'manage', { type: 'competition', status: 'DRAFT' })) return formRefusal('forbidden');
  const parsed = createStrategicPartnershipSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;

  return db.$transaction(
    async (tx) => {
      const organizer = await tx.organization.findUnique({ where: { id: input.organizerId }, select: { id: true, kind: true, isCentralBody: true } });
      if (!organizer) return formRefusal('organizerNotFound', { field: 'organizerId' });
      // Seed 000 L86: central executive bodies only.
      if (organizer.kind !== 'STATE_BODY' || !organizer.isCentralBody) return formRefusal('organizerNotCentralBody', { field: 'organizerId' });

      const code = await nextCode(tx, input.year);
      const criteria = input.criteria.map((c) => ({ id: c.id, titleKk: c.titleKk, titleRu: c.titleRu, min: c.min, max: c.max }));
      const settings = defaultStrategicPartnershipSettings();
      const deadlineAt = instantFromAlmatyInput(input.deadlineAt);
      const competition = await tx.competition.create({
        data: {
          kind: 'STRATEGIC_PARTNERSHIP',
          code,
          organizerId: organizer.id,
          year: input.year,
          status: 'DRAFT',
          titleKk: input.titleKk,
          titleRu: input.titleRu,
          titleEn: input.titleEn || null,
          descriptionKk: input.descriptionKk || null,
          descriptionRu: input.descriptionRu || null,
          deadlineAt,
          aggregation: input.aggregation,
          // SC-3: the highest score wins; a tie goes to the earlier submission.
          tieBreak: 'EARLIER_SUBMISSION',
          criteria,
          settings,
          budgetKzt: BigInt(input.budgetKzt),
          createdById: actor.id,
          lots: {
            create: [{ number: 1, titleKk: input.titleKk, titleRu: input.titleRu, titleEn: input.titleEn || null, budgetKzt: BigInt(input.budgetKzt), status: 'OPEN' }],
          },
        },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'competition.created',
          object: { type: 'Competition', id: competition.id },
          after: { kind: 'STRATEGIC_PARTNERSHIP', status: 'DRAFT', code, organizerId: organizer.id, criteria, settings, budgetKzt: input.budgetKzt, deadlineAt: deadlineAt?.toISOString() ?? null },
          reason: 'seed 000 L86, L97–106',
        },
        context,
      );
      return { ok: true as const, competitionId: competition.id, code };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
