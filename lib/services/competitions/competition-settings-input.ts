import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { ALMATY_LOCAL_RE } from './almaty-input';
import { defaultGrantCriteria, GRANT_DEFAULTS, GRANT_DOCUMENT_CHOICES } from './grant-defaults';

/**
 * The settings of a grant competition as the form sends them and the server action parses
 * them (one schema for both). Instants are Almaty wall times 'YYYY-MM-DDTHH:MM' (DL-1);
 * the services turn them into instants. Error messages are keys under
 * `competitionSetup.errors.*`. DL-3 (window 20–30 calendar days) is NOT a form error: a
 * draft may be saved with any window, and publishing is refused while DL-3 fails.
 */
const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const isoDay = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date')]);
const almatyLocal = z.string().trim().min(1, 'required').regex(ALMATY_LOCAL_RE, 'dateTime');
const intIn = (min: number, max: number) => z.number({ message: 'number' }).int('integer').min(min, 'outOfRange').max(max, 'outOfRange');

export const criterionRangeSchema = z.object({ id: z.string().min(1), min: intIn(0, 100), max: intIn(0, 100) });
export const documentChoiceSchema = z.object({ kind: z.string().min(1), included: z.boolean(), required: z.boolean() });

export const competitionSettingsFields = {
  titleKk: required(500),
  titleRu: required(500),
  titleEn: text(500).default(''),
  descriptionKk: text(10_000).default(''),
  descriptionRu: text(10_000).default(''),
  opensAt: almatyLocal,
  deadlineAt: almatyLocal,
  /** Implementation period of the projects (announcement item 4, L962–967). */
  periodStart: isoDay.default(''),
  periodEnd: isoDay.default(''),
  /** SC-1: a local-budget grant adds criterion 6 (regional experience). */
  localBudget: z.boolean(),
  criteria: z.array(criterionRangeSchema),
  /** SC-2 */
  aggregation: z.enum(['MEAN', 'SUM']),
  /** SC-4: best score must be strictly above this percent of the maximum. */
  thresholdPercent: intIn(1, 100),
  documents: z.array(documentChoiceSchema),
  languages: z.array(z.enum(['kk', 'ru'])).min(1, 'languageRequired'),
  allLanguagesRequired: z.boolean(),
  /** Where operator staff advise applicants (L972–974). */
  contactEmail: z.union([z.literal(''), z.string().trim().email('email')]).default(''),
  contactPhone: text(50).default(''),
};

type SettingsShape = { [K in keyof typeof competitionSettingsFields]: z.output<(typeof competitionSettingsFields)[K]> };

function refineSettings(value: SettingsShape, ctx: z.RefinementCtx) {
  // SC-1: the criteria are the grant's (five, or six with the local-budget flag); only ranges change.
  const expected = defaultGrantCriteria(value.localBudget).map((c) => c.id);
  const ids = value.criteria.map((c) => c.id);
  if (ids.length !== expected.length || expected.some((id) => !ids.includes(id))) {
    ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'criteriaMismatch' });
  }
  value.criteria.forEach((c, i) => {
    if (c.min > c.max) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'max'], message: 'minAboveMax' });
  });
  const known = new Set<string>(GRANT_DOCUMENT_CHOICES.map((d) => d.kind));
  if (value.documents.some((d) => !known.has(d.kind))) ctx.addIssue({ code: 'custom', path: ['documents'], message: 'unknownDocument' });
  if (value.opensAt && value.deadlineAt && ALMATY_LOCAL_RE.test(value.opensAt) && ALMATY_LOCAL_RE.test(value.deadlineAt) && value.deadlineAt <= value.opensAt) {
    ctx.addIssue({ code: 'custom', path: ['deadlineAt'], message: 'deadlineBeforeOpens' });
  }
  if (value.periodStart && value.periodEnd && value.periodEnd < value.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'periodEndBeforeStart' });
  }
}

export const competitionSettingsSchema = z.object(competitionSettingsFields).superRefine(refineSettings);

export const updateCompetitionSettingsSchema = z
  .object({ competitionId: z.string().min(1), expectedVersion: z.number().int().min(0), ...competitionSettingsFields })
  .superRefine(refineSettings);

export const createCompetitionSchema = z
  .object({
    planId: z.string().min(1, 'required'),
    topicIds: z.array(z.string().min(1)).min(1, 'topicRequired'),
    ...competitionSettingsFields,
  })
  .superRefine(refineSettings);

export type CompetitionSettingsInput = z.output<typeof competitionSettingsSchema>;
export type CompetitionSettingsFormValues = z.input<typeof competitionSettingsSchema>;
export type UpdateCompetitionSettingsInput = z.output<typeof updateCompetitionSettingsSchema>;
export type UpdateCompetitionSettingsFormValues = z.input<typeof updateCompetitionSettingsSchema>;
export type CreateCompetitionInput = z.output<typeof createCompetitionSchema>;
export type CreateCompetitionFormValues = z.input<typeof createCompetitionSchema>;

/** First error per field path ("criteria.2.max"), as the forms show them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join('.') || 'form'] ??= issue.message;
  return out;
}

/** Empty form values for a new competition (defaults of SC-1, SC-2, SC-4, §4.5). */
export function defaultSettingsValues(): CompetitionSettingsFormValues {
  return {
    titleKk: '',
    titleRu: '',
    titleEn: '',
    descriptionKk: '',
    descriptionRu: '',
    opensAt: '',
    deadlineAt: '',
    periodStart: '',
    periodEnd: '',
    localBudget: false,
    criteria: defaultGrantCriteria(false).map((c) => ({ id: c.id, min: c.min, max: c.max })),
    aggregation: 'MEAN',
    thresholdPercent: GRANT_DEFAULTS.thresholdPercent,
    documents: GRANT_DOCUMENT_CHOICES.map((d) => ({ kind: d.kind, included: true, required: true })),
    languages: ['kk', 'ru'],
    allLanguagesRequired: false,
    contactEmail: '',
    contactPhone: '',
  };
}
