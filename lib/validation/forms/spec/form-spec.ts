/**
 * A form described as data: the sections of an application form of one mechanism (social
 * order F-TS, award F-A1..F-A3, strategic partnership) and their fields. One description
 * drives the draft schema (autosave), what "complete" means, and the rendered inputs, so
 * the three cannot drift apart. The grant annexes predate this and stay hand-written.
 *
 * Field labels are i18n keys `<sectionKey>.<field path with '_'>` (MissingList convention).
 */

/** How a text value is checked beyond its length. */
export type TextFormat = 'email' | 'phone' | 'bin' | 'iban' | 'bic';

interface Base {
  name: string;
  /** Not needed for the section to be complete. */
  optional?: boolean;
}

export type ScalarFieldSpec =
  | (Base & { type: 'text'; max: number; multiline?: boolean; format?: TextFormat })
  | (Base & { type: 'integer'; max: number; /** Money: tenge, shown with a unit. */ money?: boolean; /** May not exceed the lot's amount (the allocated sum). */ withinLot?: boolean })
  | (Base & { type: 'date' })
  | (Base & { type: 'select'; options: readonly string[] });

export type FieldSpec =
  | ScalarFieldSpec
  /** A nested object of scalar fields (e.g. the head's contacts). */
  | (Base & { type: 'group'; fields: readonly ScalarFieldSpec[] })
  /** A list of short texts (goals, tasks), at least `min` when required. */
  | (Base & { type: 'list'; min: number; max: number; itemMax: number })
  /** A table: rows of scalar columns, at least `minRows` when required. */
  | (Base & { type: 'table'; minRows: number; maxRows: number; columns: readonly ScalarFieldSpec[]; /** Row-level rule: at least one of these columns filled. */ oneOf?: readonly string[] });

export interface SectionSpec {
  key: string;
  fields: readonly FieldSpec[];
}

export interface FormSpec {
  /** Written into Application.formVersion. */
  version: string;
  sections: readonly SectionSpec[];
}
