import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';
import { LIVE_COMPETITION_STATUSES, nextCompetitionCode } from './create-competition';

/**
 * SC-4 consequence (§4.7 L1169–1171): a topic declared not held is re-announced as an
 * ADDITIONAL competition under the same rules, in one step: a DRAFT competition with
 * `repeatOfId`, the same settings (criteria, documents, languages, thresholds, window
 * rules) and one lot copied from the not-held one (topic, budget, direction, region,
 * implementation period). Dates are left empty: staff set the new window in the settings
 * and publish. Refused unless the lot's latest decision is NOT_HELD, or when a live
 * additional competition for the same lot already exists. Audited.
 */
export async function reannounceLot(
  db: PrismaClient,
  actor: Actor,
  input: { competitionId: string; lotId: string },
  context: RequestContext,
): Promise<ServiceResult<{ competitionId: string }>> {
  return db.$transaction(
    async (tx) => {
      const lot = await tx.lot.findUnique({
        where: { id: input.lotId },
        include: {
          competition: true,
          decisions: { orderBy: { createdAt: 'desc' }, take: 1, select: { id: true, outcome: true, notHeldReason: true } },
        },
      });
      if (!lot || lot.competitionId !== input.competitionId) return refuse('lotNotFound');
      const c = lot.competition;
      if (!can(actor, 'manage', { type: 'competition', status: c.status })) return refuse('forbidden');
      const decision = lot.decisions[0];
      if (!decision || decision.outcome !== 'NOT_HELD') return refuse('lotNotNotHeld');

      const existing = await tx.competition.findFirst({
        where: {
          repeatOfId: c.id,
          status: { in: LIVE_COMPETITION_STATUSES },
          lots: { some: lot.planTopicId ? { planTopicId: lot.planTopicId } : { titleKk: lot.titleKk } },
        },
        select: { id: true },
      });
      if (existing) return refuse('alreadyReannounced', { params: { competitionId: existing.id } });

      const code = await nextCompetitionCode(tx, c.year);
      const created = await tx.competition.create({
        data: {
          kind: c.kind,
          code,
          planId: c.planId,
          organizerId: c.organizerId,
          repeatOfId: c.id,
          titleKk: `Қосымша конкурс: ${lot.titleKk}`,
          titleRu: `Дополнительный конкурс: ${lot.titleRu}`,
          titleEn: lot.titleEn ? `Additional competition: ${lot.titleEn}` : null,
          descriptionKk: c.descriptionKk,
          descriptionRu: c.descriptionRu,
          descriptionEn: c.descriptionEn,
          year: c.year,
          status: 'DRAFT',
          windowMinDays: c.windowMinDays,
          windowMaxDays: c.windowMaxDays,
          coiWorkingDays: c.coiWorkingDays,
          scoringWorkingDays: c.scoringWorkingDays,
          thresholdPercent: c.thresholdPercent,
          aggregation: c.aggregation,
          tieBreak: c.tieBreak,
          localBudget: c.localBudget,
          criteria: c.criteria as Prisma.InputJsonValue,
          requiredDocuments: c.requiredDocuments as Prisma.InputJsonValue,
          languages: c.languages,
          allLanguagesRequired: c.allLanguagesRequired,
          prepaymentMaxPercent: c.prepaymentMaxPercent,
          settings: c.settings as Prisma.InputJsonValue,
          budgetKzt: lot.budgetKzt,
          createdById: actor.id,
          lots: {
            create: {
              number: 1,
              planTopicId: lot.planTopicId,
              directionId: lot.directionId,
              regionId: lot.regionId,
              titleKk: lot.titleKk,
              titleRu: lot.titleRu,
              titleEn: lot.titleEn,
              descriptionKk: lot.descriptionKk,
              descriptionRu: lot.descriptionRu,
              budgetKzt: lot.budgetKzt,
              periodStart: lot.periodStart,
              periodEnd: lot.periodEnd,
              status: 'OPEN',
            },
          },
        },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'competition.reannounced',
          object: { type: 'Competition', id: created.id },
          after: { status: 'DRAFT', code, repeatOfId: c.id, fromLotId: lot.id, planTopicId: lot.planTopicId, notHeldReason: decision.notHeldReason, decisionId: decision.id },
        },
        context,
      );
      return { ok: true as const, competitionId: created.id };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
