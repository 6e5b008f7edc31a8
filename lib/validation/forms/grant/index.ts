import type { z } from 'zod';
import { annex1DraftSchema, annex1Requirements, type Annex1Draft } from './annex1';
import { annex2DraftSchema, annex2Requirements, type Annex2Draft } from './annex2';
import { annex3DraftSchema, annex3Requirements, type Annex3Draft } from './annex3';
import { annex4DraftSchema, annex4Requirements, type Annex4Draft } from './annex4';
import { annex5BudgetSummary, annex5DraftSchema, annex5Requirements, type Annex5Draft } from './annex5';
import {
  Requirements,
  issuePath,
  isObject,
  languageRuleOf,
  toErrorCode,
  type CompletenessContext,
  type FormErrorCode,
  type RequirementsFn,
} from '../common';

/**
 * The grant application package (§4.5, L1173–1230): the 5 forms approved by the Rules.
 *
 *  - `grantSectionDraftSchemas[key]` — lenient (everything optional, types/lengths/ranges
 *    checked): what autosave accepts. `grantSectionDraftSchemaFor(key, ctx)` adds the lot
 *    amount checks (requested amount and budget total ≤ lot amount) and MO-1/GF-3.
 *  - `grantSectionSchemas[key]` — strict: what "complete" means (default language rule:
 *    at least one of kk/ru); `grantSectionSchemaFor(key, ctx)` for a given competition.
 *  - `sectionCompleteness(key, data, ctx)` / `applicationCompleteness(sections, ctx)` —
 *    the missing field paths and the errors (codes under `applicationForm.errors`).
 */
export const GRANT_SECTION_KEYS = ['annex1', 'annex2', 'annex3', 'annex4', 'annex5'] as const;
export type GrantSectionKey = (typeof GRANT_SECTION_KEYS)[number];
export const isGrantSectionKey = (v: unknown): v is GrantSectionKey => typeof v === 'string' && (GRANT_SECTION_KEYS as readonly string[]).includes(v);

/** Version of these schemas written into Application.formVersion (same spelling as the demo seed). */
export const GRANT_FORM_VERSION = 'grant-2026.1';

export interface GrantSectionData {
  annex1: Annex1Draft;
  annex2: Annex2Draft;
  annex3: Annex3Draft;
  annex4: Annex4Draft;
  annex5: Annex5Draft;
}

export type { CompletenessContext, FormErrorCode, LanguageRule, LocalizedText, FormLanguage } from '../common';
export { FORM_ERROR_CODES, FORM_LANGUAGES } from '../common';
export type { Annex1Draft, Annex2Draft, Annex3Draft, Annex4Draft, Annex5Draft };
export { annex5BudgetSummary, type BudgetSummary } from './annex5';
export { BUDGET_CATEGORIES, type BudgetCategory } from './annex5';
export { INDICATOR_KINDS } from './annex4';

type DraftFactory = (ctx?: CompletenessContext) => z.ZodType;

const draftFactories = {
  annex1: annex1DraftSchema,
  annex2: annex2DraftSchema,
  annex3: annex3DraftSchema,
  annex4: annex4DraftSchema,
  annex5: annex5DraftSchema,
} satisfies Record<GrantSectionKey, DraftFactory>;

const requirements: Record<GrantSectionKey, RequirementsFn> = {
  annex1: annex1Requirements,
  annex2: annex2Requirements,
  annex3: annex3Requirements,
  annex4: annex4Requirements,
  annex5: annex5Requirements,
};

/** Lenient schemas for autosave (no lot context). */
export const grantSectionDraftSchemas = {
  annex1: annex1DraftSchema(),
  annex2: annex2DraftSchema(),
  annex3: annex3DraftSchema(),
  annex4: annex4DraftSchema(),
  annex5: annex5DraftSchema(),
};

/**
 * Built schemas by section and lot amount — the only part of the context a draft schema
 * reads. Building a zod schema (and zod's first-parse compilation) cost more than checking
 * an application: every completeness check, on every page view and at every submission,
 * used to build all five again. Bounded: lot amounts are few, but never trust "few".
 */
const builtDraftSchemas = new Map<string, z.ZodType>();
const MAX_BUILT_SCHEMAS = 1_000;

function draftSchemaOf(key: GrantSectionKey, ctx?: CompletenessContext): z.ZodType {
  const cacheKey = `${key}|${ctx?.lotAmountKzt ?? ''}`;
  let schema = builtDraftSchemas.get(cacheKey);
  if (!schema) {
    if (builtDraftSchemas.size >= MAX_BUILT_SCHEMAS) builtDraftSchemas.clear();
    schema = draftFactories[key](ctx);
    builtDraftSchemas.set(cacheKey, schema);
  }
  return schema;
}

/** The draft schema with the lot amount checks of the application's lot. */
export function grantSectionDraftSchemaFor<K extends GrantSectionKey>(key: K, ctx?: CompletenessContext): ReturnType<(typeof draftFactories)[K]> {
  return draftSchemaOf(key, ctx) as ReturnType<(typeof draftFactories)[K]>;
}

/** Strict schema: the draft schema + "every required field is filled" under the language rule. */
export function grantSectionSchemaFor(key: GrantSectionKey, ctx?: CompletenessContext) {
  return draftFactories[key](ctx).superRefine((data, zctx) => {
    const req = new Requirements(languageRuleOf(ctx));
    requirements[key](data, req, ctx);
    for (const path of req.missing) zctx.addIssue({ code: 'custom', message: 'required', path: path.split('.') });
    for (const e of req.errors) zctx.addIssue({ code: 'custom', message: e.code, path: e.path.split('.') });
  });
}

/** Strict schemas with the default language rule (kk and/or ru). */
export const grantSectionSchemas = {
  annex1: grantSectionSchemaFor('annex1'),
  annex2: grantSectionSchemaFor('annex2'),
  annex3: grantSectionSchemaFor('annex3'),
  annex4: grantSectionSchemaFor('annex4'),
  annex5: grantSectionSchemaFor('annex5'),
};

export interface SectionCompleteness {
  complete: boolean;
  /** Paths ('projectTitle.kk', 'lines.0.unit') of required fields that are still empty. */
  missing: string[];
  /** Invalid values: path + code under `applicationForm.errors`. */
  errors: { path: string; code: FormErrorCode }[];
}

/**
 * Is this section complete? `ctx.languages` are the competition's languages and
 * `ctx.allLanguagesRequired` its rule (default: any one of them); `ctx.lotAmountKzt`
 * enables the lot checks. Never throws on malformed data: it is reported in `errors`.
 */
export function sectionCompleteness(key: GrantSectionKey, data: unknown, ctx?: CompletenessContext): SectionCompleteness {
  const parsed = draftSchemaOf(key, ctx).safeParse(isObject(data) ? data : {});
  const errors = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: issuePath(i.path), code: toErrorCode(i.message) }));
  const req = new Requirements(languageRuleOf(ctx));
  requirements[key](parsed.success ? parsed.data : data, req, ctx);
  errors.push(...req.errors);
  const missing = [...new Set(req.missing)];
  return { complete: missing.length === 0 && errors.length === 0, missing, errors };
}

export interface ApplicationCompleteness {
  complete: boolean;
  sections: Record<GrantSectionKey, SectionCompleteness>;
  /** Keys of the complete sections, in order. */
  completeKeys: GrantSectionKey[];
  /** Cross-section problems (e.g. annex 1 requested amount ≠ annex 5 total). */
  errors: { section: GrantSectionKey; path: string; code: FormErrorCode }[];
}

/**
 * The whole package: every one of the 5 sections complete (a missing section counts as
 * empty) and consistent with each other (annex 1 requested amount = annex 5 total).
 */
export function applicationCompleteness(
  sections: Partial<Record<GrantSectionKey, unknown>> | { key: string; data: unknown }[],
  ctx?: CompletenessContext,
): ApplicationCompleteness {
  const byKey: Partial<Record<GrantSectionKey, unknown>> = Array.isArray(sections)
    ? Object.fromEntries(sections.filter((s) => isGrantSectionKey(s.key)).map((s) => [s.key, s.data]))
    : sections;
  const result = Object.fromEntries(GRANT_SECTION_KEYS.map((k) => [k, sectionCompleteness(k, byKey[k] ?? {}, ctx)])) as Record<
    GrantSectionKey,
    SectionCompleteness
  >;
  const errors: ApplicationCompleteness['errors'] = [];
  const a1 = byKey.annex1;
  const requested = isObject(a1) && typeof a1.requestedKzt === 'number' ? a1.requestedKzt : null;
  const budget = annex5BudgetSummary(byKey.annex5);
  if (requested !== null && budget.total > 0 && requested !== budget.total) {
    errors.push({ section: 'annex1', path: 'requestedKzt', code: 'requestedMismatch' });
  }
  const completeKeys = GRANT_SECTION_KEYS.filter((k) => result[k].complete);
  return { complete: completeKeys.length === GRANT_SECTION_KEYS.length && errors.length === 0, sections: result, completeKeys, errors };
}
