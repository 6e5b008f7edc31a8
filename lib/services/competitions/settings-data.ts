import type { Prisma } from '@/lib/generated/prisma/client';
import { almatyDateOf, type WorkCalendar, addWorkingDays } from '@/lib/rules';
import { dbDate, instantFromAlmatyInput } from './almaty-input';
import type { CompetitionSettingsInput } from './competition-settings-input';
import { defaultGrantCriteria, GRANT_DEFAULTS, GRANT_DOCUMENT_CHOICES, withCriterionTitles } from './grant-defaults';

const orNull = (s: string | undefined) => (s && s.length > 0 ? s : null);

/**
 * The Competition columns a settings form writes. Criteria keep the engine's definition
 * (ids, `allowed` values such as criterion 6 = 0 or 3) with the ranges staff typed; the
 * document checklist keeps the included items; contacts go into `settings`. The COI due
 * day (DL-4) follows the deadline on the Kazakhstan calendar.
 */
export function settingsColumns(input: CompetitionSettingsInput, existingSettings: unknown, cal: WorkCalendar, coiWorkingDays: number | null) {
  const opensAt = instantFromAlmatyInput(input.opensAt);
  const deadlineAt = instantFromAlmatyInput(input.deadlineAt);
  const ranges = new Map(input.criteria.map((c) => [c.id, c]));
  const criteria = withCriterionTitles(
    defaultGrantCriteria(input.localBudget).map((c) => {
      const r = ranges.get(c.id);
      // A criterion with fixed values (criterion 6: 0 or 3) keeps its definition.
      return c.allowed || !r ? c : { ...c, min: r.min, max: r.max };
    }),
  );
  const chosen = new Map(input.documents.map((d) => [d.kind, d]));
  const requiredDocuments = GRANT_DOCUMENT_CHOICES.filter((d) => chosen.get(d.kind)?.included).map((d) => ({
    kind: d.kind,
    titleKk: d.titleKk,
    titleRu: d.titleRu,
    required: chosen.get(d.kind)?.required ?? true,
  }));
  const previous = existingSettings && typeof existingSettings === 'object' && !Array.isArray(existingSettings) ? (existingSettings as Record<string, unknown>) : {};
  const settings = { ...previous, contactEmail: input.contactEmail, contactPhone: input.contactPhone };
  const coiDueOn = deadlineAt ? dbDate(addWorkingDays(almatyDateOf(deadlineAt), coiWorkingDays ?? GRANT_DEFAULTS.coiWorkingDays, cal)) : null;
  return {
    titleKk: input.titleKk,
    titleRu: input.titleRu,
    titleEn: orNull(input.titleEn),
    descriptionKk: orNull(input.descriptionKk),
    descriptionRu: orNull(input.descriptionRu),
    opensAt,
    deadlineAt,
    coiDueOn,
    localBudget: input.localBudget,
    criteria: criteria as unknown as Prisma.InputJsonValue,
    aggregation: input.aggregation,
    thresholdPercent: input.thresholdPercent,
    requiredDocuments: requiredDocuments as unknown as Prisma.InputJsonValue,
    languages: input.languages,
    allLanguagesRequired: input.allLanguagesRequired,
    settings: settings as Prisma.InputJsonValue,
  } satisfies Prisma.CompetitionUpdateInput;
}

/** Implementation period of every lot (announcement item 4). */
export function lotPeriod(input: CompetitionSettingsInput) {
  return { periodStart: dbDate(orNull(input.periodStart)), periodEnd: dbDate(orNull(input.periodEnd)) };
}
