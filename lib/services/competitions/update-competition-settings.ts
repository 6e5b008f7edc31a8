import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import type { ServiceResult } from '../result';
import { fieldErrorsOf, updateCompetitionSettingsSchema, type UpdateCompetitionSettingsFormValues } from './competition-settings-input';
import { formRefusal, type FormRefusal } from './create-competition';
import { lotPeriod, settingsColumns } from './settings-data';
import { loadWorkCalendar } from './work-calendar';

/**
 * Staff edit the settings of a competition while it is a DRAFT (once announced, the
 * announcement is what NGOs rely on). Optimistic lock on Competition.version: of two
 * people saving at once, the later one is told `staleCompetition` and reloads. Audited
 * with the values before and after.
 */
export async function updateCompetitionSettings(
  db: PrismaClient,
  actor: Actor,
  rawInput: UpdateCompetitionSettingsFormValues,
  context: RequestContext,
): Promise<ServiceResult<{ version: number }> | FormRefusal> {
  const parsed = updateCompetitionSettingsSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;

  return db.$transaction(
    async (tx) => {
      const c = await tx.competition.findUnique({ where: { id: input.competitionId } });
      if (!c) return formRefusal('competitionNotFound');
      if (!can(actor, 'manage', { type: 'competition', status: c.status })) return formRefusal('forbidden');
      if (c.status !== 'DRAFT') return formRefusal('notDraft');
      if (c.version !== input.expectedVersion) return formRefusal('staleCompetition');

      const cal = await loadWorkCalendar(tx);
      const columns = settingsColumns(input, c.settings, cal, c.coiWorkingDays);
      const updated = await tx.competition.updateMany({
        where: { id: c.id, status: 'DRAFT', version: input.expectedVersion },
        data: { ...columns, version: { increment: 1 } },
      });
      if (updated.count !== 1) return formRefusal('staleCompetition');
      const period = lotPeriod(input);
      await tx.lot.updateMany({ where: { competitionId: c.id }, data: period });

      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'competition.settings_updated',
          object: { type: 'Competition', id: c.id },
          before: {
            version: c.version,
            titleKk: c.titleKk,
            titleRu: c.titleRu,
            opensAt: c.opensAt,
            deadlineAt: c.deadlineAt,
            localBudget: c.localBudget,
            criteria: c.criteria,
            aggregation: c.aggregation,
            thresholdPercent: c.thresholdPercent,
            requiredDocuments: c.requiredDocuments,
            languages: c.languages,
            allLanguagesRequired: c.allLanguagesRequired,
            settings: c.settings,
          },
          after: { version: c.version + 1, ...columns, ...period },
        },
        context,
      );
      return { ok: true as const, version: c.version + 1 };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
