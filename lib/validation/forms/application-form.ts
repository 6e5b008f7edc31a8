import type { z } from 'zod';
import type { CompletenessContext, FormErrorCode } from './common';
import type { FormSpec } from './spec/form-spec';
import { sectionDraftSchema, specSectionCompleteness } from './spec/section-schema';

export interface SectionCompleteness {
  complete: boolean;
  /** Paths ('goals', 'previousProjects.0.name') of required fields that are still empty. */
  missing: string[];
  /** Invalid values: path + code under `applicationForm.errors`. */
  errors: { path: string; code: FormErrorCode }[];
}

export interface FormCompleteness {
  complete: boolean;
  sections: Record<string, SectionCompleteness>;
  /** Keys of the complete sections, in form order. */
  completeKeys: string[];
  /** Cross-section problems (e.g. the grant's requested amount ≠ budget total). */
  errors: { section: string; path: string; code: FormErrorCode }[];
}

/**
 * The application form of one mechanism, as the services and pages use it: which sections
 * a draft has, what autosave accepts, and what "complete" means. Pure (no I/O): used on the
 * server and in the browser alike.
 */
export interface ApplicationForm {
  /** Written into Application.formVersion. */
  version: string;
  sectionKeys: readonly string[];
  isSectionKey(value: unknown): value is string;
  draftSchemaFor(key: string, ctx?: CompletenessContext): z.ZodType;
  sectionCompleteness(key: string, data: unknown, ctx?: CompletenessContext): SectionCompleteness;
  completeness(sections: { key: string; data: unknown }[], ctx?: CompletenessContext): FormCompleteness;
  /** Present for forms described as data (rendered by the generic field renderer). */
  spec?: FormSpec;
}

export function sectionsByKey(sections: { key: string; data: unknown }[]): Record<string, unknown> {
  return Object.fromEntries(sections.map((s) => [s.key, s.data]));
}

/** A form described as data (see spec/form-spec.ts). */
export function formFromSpec(spec: FormSpec): ApplicationForm {
  const byKey = new Map(spec.sections.map((s) => [s.key, s]));
  const sectionOf = (key: string) => {
    const section = byKey.get(key);
    if (!section) throw new Error(`unknown section '${key}' of form ${spec.version}`);
    return section;
  };
  const sectionKeys = spec.sections.map((s) => s.key);
  const sectionCompleteness = (key: string, data: unknown, ctx?: CompletenessContext) => specSectionCompleteness(sectionOf(key), data, ctx);
  return {
    version: spec.version,
    sectionKeys,
    spec,
    isSectionKey: (value: unknown): value is string => typeof value === 'string' && byKey.has(value),
    draftSchemaFor: (key, ctx) => sectionDraftSchema(sectionOf(key), ctx),
    sectionCompleteness,
    completeness(sections, ctx) {
      const data = sectionsByKey(sections);
      const result = Object.fromEntries(sectionKeys.map((k) => [k, sectionCompleteness(k, data[k] ?? {}, ctx)]));
      const completeKeys = sectionKeys.filter((k) => result[k]!.complete);
      return { complete: completeKeys.length === sectionKeys.length, sections: result, completeKeys, errors: [] };
    },
  };
}
