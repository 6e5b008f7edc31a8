import { almatyInputFromInstant, isoOfDbDate } from './almaty-input';
import type { CompetitionSettingsFormValues } from './competition-settings-input';
import { defaultGrantCriteria, GRANT_DOCUMENT_CHOICES } from './grant-defaults';

interface CompetitionRow {
  titleKk: string;
  titleRu: string;
  titleEn: string | null;
  descriptionKk: string | null;
  descriptionRu: string | null;
  opensAt: Date | null;
  deadlineAt: Date | null;
  localBudget: boolean;
  criteria: unknown;
  aggregation: 'MEAN' | 'SUM';
  thresholdPercent: number | null;
  requiredDocuments: unknown;
  languages: string[];
  allLanguagesRequired: boolean;
  settings: unknown;
  lots: { periodStart: Date | null; periodEnd: Date | null }[];
}

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The settings form prefilled from a stored competition. */
export function settingsFormValues(c: CompetitionRow): CompetitionSettingsFormValues {
  const stored = new Map((Array.isArray(c.criteria) ? c.criteria : []).map((x) => [String(rec(x).id), rec(x)]));
  const docs = new Map((Array.isArray(c.requiredDocuments) ? c.requiredDocuments : []).map((x) => [String(rec(x).kind), rec(x)]));
  const settings = rec(c.settings);
  const firstLot = c.lots[0];
  return {
    titleKk: c.titleKk,
    titleRu: c.titleRu,
    titleEn: c.titleEn ?? '',
    descriptionKk: c.descriptionKk ?? '',
    descriptionRu: c.descriptionRu ?? '',
    opensAt: almatyInputFromInstant(c.opensAt),
    deadlineAt: almatyInputFromInstant(c.deadlineAt),
    periodStart: isoOfDbDate(firstLot?.periodStart),
    periodEnd: isoOfDbDate(firstLot?.periodEnd),
    localBudget: c.localBudget,
    criteria: defaultGrantCriteria(c.localBudget).map((d) => {
      const s = stored.get(d.id);
      return { id: d.id, min: typeof s?.min === 'number' ? s.min : d.min, max: typeof s?.max === 'number' ? s.max : d.max };
    }),
    aggregation: c.aggregation,
    thresholdPercent: c.thresholdPercent ?? 50,
    documents: GRANT_DOCUMENT_CHOICES.map((d) => ({ kind: d.kind, included: docs.has(d.kind), required: docs.has(d.kind) ? docs.get(d.kind)?.required !== false : true })),
    languages: c.languages.filter((l): l is 'kk' | 'ru' => l === 'kk' || l === 'ru'),
    allLanguagesRequired: c.allLanguagesRequired,
    contactEmail: typeof settings.contactEmail === 'string' ? settings.contactEmail : '',
    contactPhone: typeof settings.contactPhone === 'string' ? settings.contactPhone : '',
  };
}
