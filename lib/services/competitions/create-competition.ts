import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import type { ServiceError, ServiceResult } from '../result';
import { createCompetitionSchema, fieldErrorsOf, type CreateCompetitionFormValues } from './competition-settings-input';
import { defaultGrantSettings, GRANT_DEFAULTS } from './grant-defaults';
import { lotPeriod, settingsColumns } from './settings-data';
import { loadWorkCalendar } from './work-calendar';

export type FormRefusal = { ok: false; error: ServiceError; fieldErrors: Record<string, string> };
export const formRefusal = (code: string, extra: Omit<ServiceError, 'code'> = {}): FormRefusal => ({
  ok: false,
  error: { code, ...extra },
  fieldErrors: extra.field ? { [extra.field]: code } : {},
});

/** Competitions whose lots still hold their topic (a topic is announced in one live competition at a time). */
export const LIVE_COMPETITION_STATUSES = ['DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED', 'ADMISSION', 'COI', 'SCORING', 'COMMISSION_MEETING'];

/** The operator organisation that runs the competition: the actor's own, else the portal's operator. */
export async function organizerFor(tx: Prisma.TransactionClient, actor: Actor): Promise<string | null> {
  const own = await tx.organization.findFirst({
    where: { id: { in: actor.organizationIds }, kind: { in: ['OPERATOR', 'STATE_BODY'] } },
    select: { id: true },
  });
  if (own) return own.id;
  const operator = await tx.organization.findFirst({ where: { kind: 'OPERATOR' }, orderBy: { createdAt: 'asc' }, select: { id: true } });
  return operator?.id ?? null;
}

/** Next public registry number "G-<year>-NNN". */
export async function nextCompetitionCode(tx: Prisma.TransactionClient, year: number): Promise<string> {
  const prefix = `G-${year}-`;
  const rows = await tx.competition.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } });
  const max = rows.reduce((m, r) => Math.max(m, Number(r.code?.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

/**
 * Operator staff create a grant competition (DRAFT) from topics of a grant plan (§4.4
 * stages 1–2): every chosen topic becomes a lot with the topic's budget, direction and
 * region; the settings are copied from the form (defaults SC-1, SC-2, SC-4, DL-3..DL-5).
 * A topic must be PLANNED and not held by another live competition. Audited.
 */
export async function createCompetition(
  db: PrismaClient,
  actor: Actor,
  rawInput: CreateCompetitionFormValues,
  context: RequestContext,
): Promise<ServiceResult<{ competitionId: string }> | FormRefusal> {
  const parsed = createCompetitionSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  if (!can(actor, 'manage', { type: 'competition', status: 'DRAFT' })) return formRefusal('forbidden');

  return db.$transaction(
    async (tx) => {
      const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: { id: true, kind: true, year: true } });
      if (!plan || plan.kind !== 'GRANT') return formRefusal('planNotFound', { field: 'planId' });
      const ids = [...new Set(input.topicIds)];
      const topics = await tx.planTopic.findMany({ where: { id: { in: ids }, planId: plan.id }, orderBy: { number: 'asc' } });
      if (topics.length !== ids.length) return formRefusal('topicNotFound', { field: 'topicIds' });
      const unavailable = topics.find((t) => t.status !== 'PLANNED');
      if (unavailable) return formRefusal('topicNotAvailable', { field: 'topicIds', params: { number: unavailable.number } });
      const held = await tx.lot.findFirst({
        where: { planTopicId: { in: ids }, competition: { status: { in: LIVE_COMPETITION_STATUSES } } },
        select: { planTopic: { select: { number: true } } },
      });
      if (held) return formRefusal('topicNotAvailable', { field: 'topicIds', params: { number: held.planTopic?.number ?? 0 } });

      const organizerId = await organizerFor(tx, actor);
      if (!organizerId) return formRefusal('noOrganizer');
      const cal = await loadWorkCalendar(tx);
      const columns = settingsColumns(input, defaultGrantSettings(), cal, GRANT_DEFAULTS.coiWorkingDays);
      const period = lotPeriod(input);
      const budgetKzt = topics.reduce((s, t) => s + t.budgetKzt, 0n);
      const code = await nextCompetitionCode(tx, plan.year);

      const competition = await tx.competition.create({
        data: {
          ...columns,
          kind: 'GRANT',
          code,
          planId: plan.id,
          organizerId,
          year: plan.year,
          status: 'DRAFT',
          windowMinDays: GRANT_DEFAULTS.windowMinDays,
          windowMaxDays: GRANT_DEFAULTS.windowMaxDays,
          coiWorkingDays: GRANT_DEFAULTS.coiWorkingDays,
          scoringWorkingDays: GRANT_DEFAULTS.scoringWorkingDays,
          tieBreak: GRANT_DEFAULTS.tieBreak,
          prepaymentMaxPercent: GRANT_DEFAULTS.prepaymentMaxPercent,
          budgetKzt,
          createdById: actor.id,
          lots: {
            create: topics.map((t, i) => ({
              number: i + 1,
              planTopicId: t.id,
              directionId: t.directionId,
              regionId: t.regionId,
              titleKk: t.titleKk,
              titleRu: t.titleRu,
              titleEn: t.titleEn,
              descriptionKk: t.goalKk,
              descriptionRu: t.goalRu,
              budgetKzt: t.budgetKzt,
              periodStart: period.periodStart ?? t.periodStart,
              periodEnd: period.periodEnd ?? t.periodEnd,
              status: 'OPEN',
            })),
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
          after: { status: 'DRAFT', code, planId: plan.id, topicIds: topics.map((t) => t.id), budgetKzt, ...columns },
        },
        context,
      );
      return { ok: true as const, competitionId: competition.id };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
