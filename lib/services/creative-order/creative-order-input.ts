import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { STAFF_CERTIFICATE_KINDS } from '@/lib/rules';

/**
 * Creative order (seed 002, other-mechanisms.md): the forms of the provider, the operator
 * and the parent, as the pages send them and the services re-parse them (one schema for
 * both). Error messages are keys under `creativeOrder.errors.*`.
 */
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'invalidDate');
const text = (max = 4000) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const iin = z.string().trim().regex(/^\d{12}$/, 'invalidIin');

/** Provider's curriculum programme, seed 002 L78–97. */
export const creativeProgrammeSchema = z
  .object({
    goals: text(),
    tasks: text(),
    expectedResults: text(),
    /** Lesson content by level: topics for one calendar year with the number of lessons per topic. */
    levels: z
      .array(
        z.object({
          level: text(200),
          topics: z.array(z.object({ title: text(500), lessons: z.number().int('invalidLessons').min(1, 'invalidLessons').max(400, 'invalidLessons') })).min(1, 'topicsRequired'),
        }),
      )
      .min(1, 'levelsRequired'),
    equipment: text(),
    schedule: text(),
    /** Internal events for parents: competitions, reporting events, open lessons. */
    parentEvents: text(),
    /** Children's personal inventory and clothing. */
    childInventory: text(),
    attendanceRules: text(),
    remoteLessonsAllowed: z.boolean(),
    remoteLessonRules: z.string().trim().max(4000, 'tooLong').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.remoteLessonsAllowed && v.remoteLessonRules.length === 0) ctx.addIssue({ code: 'custom', path: ['remoteLessonRules'], message: 'required' });
  });

/** Staff member with the certificates of the narcology, psychiatry and TB centres (L98–110). */
export const staffCertificateSchema = z.object({
  fullName: text(300),
  position: text(300),
  narcologyIssuedOn: isoDate,
  psychiatryIssuedOn: isoDate,
  phthisiologyIssuedOn: isoDate,
});
/** CO-1: the three certificates per staff member (the rule engine owns the list). */
export const STAFF_CERTIFICATE_FIELDS = STAFF_CERTIFICATE_KINDS;

export const applyCreativeProviderInputSchema = z.object({
  providerId: z.string().min(1),
  nameKk: text(300),
  nameRu: text(300),
  nameEn: z.string().trim().max(300, 'tooLong').default(''),
  fieldKk: z.string().trim().max(300, 'tooLong').default(''),
  fieldRu: z.string().trim().max(300, 'tooLong').default(''),
  regionId: z.string().min(1, 'required'),
  address: text(500),
  ageMin: z.number().int().min(3, 'invalidAge').max(18, 'invalidAge'),
  ageMax: z.number().int().min(3, 'invalidAge').max(18, 'invalidAge'),
  programme: creativeProgrammeSchema,
  staff: z.array(staffCertificateSchema).min(1, 'staffRequired'),
}).refine((v) => v.ageMin <= v.ageMax, { path: ['ageMax'], message: 'invalidAge' });
export type ApplyCreativeProviderInput = z.output<typeof applyCreativeProviderInputSchema>;
export type ApplyCreativeProviderFormValues = z.input<typeof applyCreativeProviderInputSchema>;

/**
 * The provider's application form as typed (CO-3 DRAFT): every field may still be empty, so
 * a half-written application is saved as is. The same schema runs in the browser
 * (react-hook-form) and in the server action. Lessons per topic are one editable table
 * (level, topic, lessons) — grouped by level when the application is submitted.
 */
const draftText = (max: number) => z.string().trim().max(max, 'tooLong').default('');
const draftDigits = z.string().trim().regex(/^\d*$/, 'integer').max(4, 'tooLong').default('');
const draftDate = z.string().trim().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'invalidDate').default('');

export const creativeTopicRowSchema = z.object({ level: draftText(200), title: draftText(500), lessons: draftDigits });
export const creativeStaffRowSchema = z.object({
  fullName: draftText(300),
  position: draftText(300),
  narcologyIssuedOn: draftDate,
  psychiatryIssuedOn: draftDate,
  phthisiologyIssuedOn: draftDate,
});

export const creativeProviderDraftSchema = z.object({
  /** Empty for a new application. */
  clubId: z.string().default(''),
  /** Optimistic lock: the draft's updatedAt when the form was opened / last saved. */
  expectedUpdatedAt: z.string().default(''),
  nameKk: draftText(300),
  nameRu: draftText(300),
  nameEn: draftText(300),
  fieldKk: draftText(300),
  fieldRu: draftText(300),
  regionId: z.string().default(''),
  address: draftText(500),
  ageMin: draftDigits,
  ageMax: draftDigits,
  programme: z.object({
    goals: draftText(4000),
    tasks: draftText(4000),
    expectedResults: draftText(4000),
    topics: z.array(creativeTopicRowSchema).max(200, 'tooMany').default([]),
    equipment: draftText(4000),
    schedule: draftText(4000),
    parentEvents: draftText(4000),
    childInventory: draftText(4000),
    attendanceRules: draftText(4000),
    remoteLessonsAllowed: z.boolean().default(false),
    remoteLessonRules: draftText(4000),
  }).prefault({}),
  staff: z.array(creativeStaffRowSchema).max(100, 'tooMany').default([]),
});
export type CreativeProviderDraft = z.output<typeof creativeProviderDraftSchema>;
export type CreativeProviderDraftFormValues = z.input<typeof creativeProviderDraftSchema>;

const PROGRAMME_REQUIRED = ['goals', 'tasks', 'expectedResults', 'equipment', 'schedule', 'parentEvents', 'childInventory', 'attendanceRules'] as const;

/** What submitting requires of the draft (field paths are the form's, so errors land on its inputs). */
export const creativeProviderSubmitSchema = creativeProviderDraftSchema.superRefine((v, ctx) => {
  const need = (ok: boolean, path: (string | number)[], message = 'required') => {
    if (!ok) ctx.addIssue({ code: 'custom', path, message });
  };
  for (const key of ['nameKk', 'nameRu', 'regionId', 'address', 'ageMin', 'ageMax'] as const) need(v[key].length > 0, [key]);
  const age = (s: string) => (s === '' ? null : Number(s));
  const min = age(v.ageMin);
  const max = age(v.ageMax);
  if (min !== null) need(min >= 3 && min <= 18, ['ageMin'], 'invalidAge');
  if (max !== null) need(max >= 3 && max <= 18 && (min === null || min <= max), ['ageMax'], 'invalidAge');
  for (const key of PROGRAMME_REQUIRED) need(v.programme[key].length > 0, ['programme', key]);
  if (v.programme.remoteLessonsAllowed) need(v.programme.remoteLessonRules.length > 0, ['programme', 'remoteLessonRules']);
  need(v.programme.topics.length > 0, ['programme', 'topics'], 'topicsRequired');
  v.programme.topics.forEach((row, i) => {
    need(row.level.length > 0, ['programme', 'topics', i, 'level']);
    need(row.title.length > 0, ['programme', 'topics', i, 'title']);
    const n = row.lessons === '' ? 0 : Number(row.lessons);
    need(n >= 1 && n <= 400, ['programme', 'topics', i, 'lessons'], 'invalidLessons');
  });
  need(v.staff.length > 0, ['staff'], 'staffRequired');
  v.staff.forEach((person, i) => {
    need(person.fullName.length > 0, ['staff', i, 'fullName']);
    need(person.position.length > 0, ['staff', i, 'position']);
    for (const kind of STAFF_CERTIFICATE_KINDS) {
      const value = person[kind];
      if (value === '') need(false, ['staff', i, kind]);
      else need(isoDate.safeParse(value).success, ['staff', i, kind], 'invalidDate');
    }
  });
});

/** The submitted draft as the frozen application (`applyCreativeProviderInputSchema` input): topics grouped by level, in table order. */
export function draftToApplication(draft: CreativeProviderDraft, providerId: string): ApplyCreativeProviderFormValues {
  const levels: { level: string; topics: { title: string; lessons: number }[] }[] = [];
  for (const row of draft.programme.topics) {
    let level = levels.find((l) => l.level === row.level);
    if (!level) levels.push((level = { level: row.level, topics: [] }));
    level.topics.push({ title: row.title, lessons: Number(row.lessons) });
  }
  const p = draft.programme;
  const rest = {
    goals: p.goals,
    tasks: p.tasks,
    expectedResults: p.expectedResults,
    equipment: p.equipment,
    schedule: p.schedule,
    parentEvents: p.parentEvents,
    childInventory: p.childInventory,
    attendanceRules: p.attendanceRules,
    remoteLessonsAllowed: p.remoteLessonsAllowed,
    remoteLessonRules: p.remoteLessonRules,
  };
  return {
    providerId,
    nameKk: draft.nameKk,
    nameRu: draft.nameRu,
    nameEn: draft.nameEn,
    fieldKk: draft.fieldKk,
    fieldRu: draft.fieldRu,
    regionId: draft.regionId,
    address: draft.address,
    ageMin: Number(draft.ageMin),
    ageMax: Number(draft.ageMax),
    programme: { ...rest, levels },
    staff: draft.staff,
  };
}

/** A stored club back as form values: the saved draft as typed, or the frozen application flattened to the table. */
export function clubToDraftValues(club: {
  id: string;
  updatedAt: Date;
  nameKk: string;
  nameRu: string;
  nameEn: string | null;
  fieldKk: string | null;
  fieldRu: string | null;
  regionId: string;
  address: string;
  ageMin: number | null;
  ageMax: number | null;
  programme: unknown;
}): CreativeProviderDraft {
  const stored = (club.programme ?? {}) as Record<string, unknown>;
  const base = {
    clubId: club.id,
    expectedUpdatedAt: club.updatedAt.toISOString(),
    nameKk: club.nameKk,
    nameRu: club.nameRu,
    nameEn: club.nameEn ?? '',
    fieldKk: club.fieldKk ?? '',
    fieldRu: club.fieldRu ?? '',
    regionId: club.regionId,
    address: club.address,
    ageMin: club.ageMin == null ? '' : String(club.ageMin),
    ageMax: club.ageMax == null ? '' : String(club.ageMax),
  };
  const draft = stored.draft === undefined ? null : creativeProviderDraftSchema.shape.programme.safeParse(stored.draft);
  const staff = z.array(creativeStaffRowSchema).safeParse(stored.staff);
  if (draft?.success) return { ...base, programme: draft.data, staff: staff.success ? staff.data : [] };
  // The frozen application: the levels flattened back to the table (zod drops the unknown keys).
  const frozen = creativeProgrammeSchema.safeParse(stored);
  const programme = creativeProviderDraftSchema.shape.programme.parse(
    frozen.success ? { ...frozen.data, topics: frozen.data.levels.flatMap((l) => l.topics.map((t) => ({ level: l.level, title: t.title, lessons: String(t.lessons) }))) } : {},
  );
  return { ...base, programme, staff: staff.success ? staff.data : [] };
}

export const decideCreativeProviderInputSchema = z
  .object({ clubId: z.string().min(1), admitted: z.boolean(), comment: z.string().trim().max(4000, 'tooLong').default('') })
  .refine((v) => v.admitted || v.comment.length > 0, { path: ['comment'], message: 'commentRequired' });
export type DecideCreativeProviderFormValues = z.input<typeof decideCreativeProviderInputSchema>;

const optionalDate = z.union([z.literal(''), isoDate]).default('');

/** Priority categories (rules' paragraphs 11–12 are not in the seed: a setting of the plan). */
export const priorityCategorySchema = z.object({
  code: z.string().trim().regex(/^[A-Z0-9_]{1,40}$/, 'invalidCategoryCode'),
  labelKk: text(300),
  labelRu: text(300),
  /** 0 = served first. */
  rank: z.number({ error: 'invalidRank' }).int('invalidRank').min(0, 'invalidRank').max(99, 'invalidRank'),
});

export const saveCreativePlanInputSchema = z
  .object({
    year: z.number({ error: 'invalidYear' }).int('invalidYear').min(2024, 'invalidYear').max(2100, 'invalidYear'),
    titleKk: text(300),
    titleRu: text(300),
    budgetKzt: z.number({ error: 'invalidAmount' }).int('invalidAmount').min(0, 'invalidAmount').max(Number.MAX_SAFE_INTEGER, 'invalidAmount'),
    priorityCategories: z.array(priorityCategorySchema).default([]),
    publish: z.boolean().default(false),
    /** CO-2 dates the operator records ('' = not yet). */
    draftPublishedOn: optionalDate,
    approvedOn: optionalDate,
    approvedPublishedOn: optionalDate,
    volumePlacedOn: optionalDate,
    /** Additional funds (seed 002 L53–55): added to the budget once placed. */
    extraFunds: z
      .array(
        z.object({
          amountKzt: z.number({ error: 'invalidAmount' }).int('invalidAmount').min(1, 'invalidAmount').max(Number.MAX_SAFE_INTEGER, 'invalidAmount'),
          approvedOn: isoDate,
          placedOn: optionalDate,
        }),
      )
      .max(50, 'tooMany')
      .default([]),
  })
  .refine((v) => new Set(v.priorityCategories.map((c) => c.code)).size === v.priorityCategories.length, {
    path: ['priorityCategories'],
    message: 'duplicateCategory',
  });
export type SaveCreativePlanFormValues = z.input<typeof saveCreativePlanInputSchema>;

export const setCreativePlacesInputSchema = z.object({
  planId: z.string().min(1),
  clubId: z.string().min(1),
  places: z.number({ error: 'invalidPlaces' }).int('invalidPlaces').min(0, 'invalidPlaces').max(100_000, 'invalidPlaces'),
  pricePerPlaceKzt: z.number({ error: 'invalidAmount' }).int('invalidAmount').min(1, 'invalidAmount').max(Number.MAX_SAFE_INTEGER, 'invalidAmount'),
});
export type SetCreativePlacesFormValues = z.input<typeof setCreativePlacesInputSchema>;

export const requestCreativePlaceInputSchema = z.object({
  clubId: z.string().min(1),
  representativeIin: iin,
  representativeName: text(300),
  representativePhone: z.string().trim().max(40, 'tooLong').default(''),
  childIin: iin,
  childName: text(300),
  childBirthDate: isoDate,
  priorityCategory: z.string().trim().max(40).default(''),
});
export type RequestCreativePlaceFormValues = z.input<typeof requestCreativePlaceInputSchema>;

/** First zod issue → a refusal with its field (dot path) and i18n code. */
export function firstIssue(error: z.ZodError): { code: string; field: string } {
  const issue = error.issues[0];
  return { code: issue?.message ?? 'invalidInput', field: issue ? issue.path.map(String).join('.') || 'form' : 'form' };
}
