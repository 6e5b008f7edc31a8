import { z } from 'zod';

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
export const STAFF_CERTIFICATE_FIELDS = ['narcologyIssuedOn', 'psychiatryIssuedOn', 'phthisiologyIssuedOn'] as const;

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

export const decideCreativeProviderInputSchema = z
  .object({ clubId: z.string().min(1), admitted: z.boolean(), comment: z.string().trim().max(4000, 'tooLong').default('') })
  .refine((v) => v.admitted || v.comment.length > 0, { path: ['comment'], message: 'commentRequired' });
export type DecideCreativeProviderFormValues = z.input<typeof decideCreativeProviderInputSchema>;

/** Priority categories (rules' paragraphs 11–12 are not in the seed: a setting of the plan). */
export const priorityCategorySchema = z.object({
  code: z.string().trim().regex(/^[A-Z0-9_]{1,40}$/, 'invalidCategoryCode'),
  labelKk: text(300),
  labelRu: text(300),
  /** 0 = served first. */
  rank: z.number().int().min(0, 'invalidRank').max(99, 'invalidRank'),
});

export const saveCreativePlanInputSchema = z
  .object({
    year: z.number().int().min(2024, 'invalidYear').max(2100, 'invalidYear'),
    titleKk: text(300),
    titleRu: text(300),
    budgetKzt: z.number().int('invalidAmount').min(0, 'invalidAmount').max(Number.MAX_SAFE_INTEGER, 'invalidAmount'),
    priorityCategories: z.array(priorityCategorySchema).default([]),
    publish: z.boolean().default(false),
  })
  .refine((v) => new Set(v.priorityCategories.map((c) => c.code)).size === v.priorityCategories.length, {
    path: ['priorityCategories'],
    message: 'duplicateCategory',
  });
export type SaveCreativePlanFormValues = z.input<typeof saveCreativePlanInputSchema>;

export const setCreativePlacesInputSchema = z.object({
  planId: z.string().min(1),
  clubId: z.string().min(1),
  places: z.number().int('invalidPlaces').min(0, 'invalidPlaces').max(100_000, 'invalidPlaces'),
  pricePerPlaceKzt: z.number().int('invalidAmount').min(1, 'invalidAmount').max(Number.MAX_SAFE_INTEGER, 'invalidAmount'),
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
