import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { binProblem } from '@/lib/validation/kz-identifiers';

/**
 * Building blocks of the application forms: the grant annexes 1–5 (§4.5) and the form specs
 * of the other mechanisms (lib/validation/forms/spec).
 *
 * Each annex has ONE draft schema (everything optional; types, lengths and ranges checked —
 * used by autosave and by the form's resolver) and a `requirements` function that lists
 * what is still missing for the section to be "complete" under the competition's language
 * rule. The strict schema is the draft schema refined with those requirements, so the two
 * can never drift apart.
 *
 * Error messages are codes under the `applicationForm.errors` i18n namespace.
 */

export const FORM_LANGUAGES = ['kk', 'ru'] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];

/** Every code a schema or requirement may produce (keys of `applicationForm.errors`). */
export const FORM_ERROR_CODES = [
  'required',
  'tooLong',
  'tooMany',
  'notNumber',
  'notInteger',
  'negative',
  'tooLarge',
  'invalidDate',
  'periodOrder',
  'invalidEmail',
  'invalidPhone',
  'invalidUrl',
  'invalidBin',
  'invalidIban',
  'invalidBic',
  'invalidChoice',
  'duplicateId',
  'institutionalShare',
  'exceedsLot',
  'emptyBudget',
  'requestedMismatch',
  'needQuantitative',
  'needQualitative',
  'contactRequired',
  'invalid',
] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];
const KNOWN_CODES = new Set<string>(FORM_ERROR_CODES);
export const toErrorCode = (message: string | undefined): FormErrorCode =>
  message && KNOWN_CODES.has(message) ? (message as FormErrorCode) : 'invalid';

// ─── field builders (draft: every field optional) ─────────────────────────────────────

/** Narrative text in the application's language(s): `{ kk?: string; ru?: string }`. */
export const localizedText = (max: number) =>
  z.object(
    {
      kk: z.string({ error: 'invalid' }).max(max, 'tooLong').optional(),
      ru: z.string({ error: 'invalid' }).max(max, 'tooLong').optional(),
    },
    { error: 'invalid' },
  );
export type LocalizedText = { kk?: string | undefined; ru?: string | undefined };

/** Plain (not translated) text: names, phones, units. */
export const plainText = (max: number) => z.string({ error: 'invalid' }).max(max, 'tooLong');

export const integer = (max: number) =>
  z.number({ error: 'notNumber' }).int('notInteger').min(0, 'negative').max(max, 'tooLarge');

/** Money: integer tenge (number in forms, BigInt in the database). */
export const MAX_TENGE = 100_000_000_000;
export const tenge = () => integer(MAX_TENGE);

export const decimal = (max: number) => z.number({ error: 'notNumber' }).min(0, 'negative').max(max, 'tooLarge');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = () =>
  z
    .string({ error: 'invalidDate' })
    .refine((v) => v === '' || (ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), 'invalidDate');

export const email = () =>
  z.string({ error: 'invalid' }).max(254, 'tooLong').refine((v) => v.trim() === '' || z.email().safeParse(v.trim()).success, 'invalidEmail');

export const phone = () =>
  z.string({ error: 'invalid' }).max(40, 'tooLong').refine((v) => v.trim() === '' || /^\+?[\d\s()-]{10,20}$/.test(v.trim()), 'invalidPhone');

export const url = () =>
  z.string({ error: 'invalid' }).max(500, 'tooLong').refine((v) => v.trim() === '' || /^https?:\/\/\S+\.\S+$/i.test(v.trim()), 'invalidUrl');

export const bin = () => z.string({ error: 'invalid' }).max(12, 'invalidBin').refine((v) => v.trim() === '' || binProblem(v) === null, 'invalidBin');

/** KZ IBAN (ЖСК/ИИК): KZ + 2 check digits + 16 alphanumerics, mod-97 checked. */
export function ibanOk(raw: string): boolean {
  const v = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^KZ\d{2}[0-9A-Z]{16}$/.test(v)) return false;
  const rearranged = v.slice(4) + v.slice(0, 4);
  const digits = [...rearranged].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rem = 0;
  for (const d of digits) rem = (rem * 10 + Number(d)) % 97;
  return rem === 1;
}
export const iban = () => z.string({ error: 'invalid' }).max(40, 'tooLong').refine((v) => v.trim() === '' || ibanOk(v), 'invalidIban');
export const bic = () =>
  z.string({ error: 'invalid' }).max(11, 'invalidBic').refine((v) => v.trim() === '' || /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v.trim().toUpperCase()), 'invalidBic');

export const rows = <T extends z.ZodType>(row: T, max: number) => z.array(row, { error: 'invalid' }).max(max, 'tooMany');

/** Adds a 'periodOrder' issue at `endKey` when both dates are set and end < start. */
export function checkPeriod(v: Record<string, unknown>, startKey: string, endKey: string, ctx: z.RefinementCtx, prefix: (string | number)[] = []) {
  const s = v[startKey];
  const e = v[endKey];
  if (typeof s === 'string' && typeof e === 'string' && ISO_DATE.test(s) && ISO_DATE.test(e) && e < s) {
    ctx.addIssue({ code: 'custom', message: 'periodOrder', path: [...prefix, endKey] });
  }
}

// ─── requirements (what "complete" means) ─────────────────────────────────────────────

export interface LanguageRule {
  /** The competition's languages (Competition.languages). */
  languages: FormLanguage[];
  /** true: every language is required; false: at least one of them (§4.5 "Kazakh and/or Russian"). */
  allLanguagesRequired: boolean;
}

export interface CompletenessContext extends Partial<LanguageRule> {
  /** The lot amount (SC-5 / lot): the requested amount and the budget total may not exceed it. */
  lotAmountKzt?: number;
}

export const DEFAULT_LANGUAGE_RULE: LanguageRule = { languages: ['kk', 'ru'], allLanguagesRequired: false };

export function languageRuleOf(ctx: CompletenessContext | undefined): LanguageRule {
  const languages = (ctx?.languages ?? DEFAULT_LANGUAGE_RULE.languages).filter((l): l is FormLanguage =>
    (FORM_LANGUAGES as readonly string[]).includes(l),
  );
  return { languages: languages.length ? languages : [...FORM_LANGUAGES], allLanguagesRequired: ctx?.allLanguagesRequired ?? false };
}

const filled = (v: unknown): boolean =>
  v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(typeof v === 'number' && Number.isNaN(v));

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects the paths of required fields that are still empty. */
export class Requirements {
  readonly missing: string[] = [];
  readonly errors: { path: string; code: FormErrorCode }[] = [];
  constructor(readonly rule: LanguageRule) {}

  private at(obj: unknown, key: string): unknown {
    return isObject(obj) ? obj[key] : undefined;
  }

  /** A plain required value (text, number, date, boolean choice). */
  value(obj: unknown, key: string, path = key): void {
    if (!filled(this.at(obj, key))) this.missing.push(path);
  }

  /** A localized text under the language rule. */
  text(obj: unknown, key: string, path = key): void {
    const v = this.at(obj, key);
    const has = (lang: FormLanguage) => isObject(v) && filled(v[lang]);
    if (this.rule.allLanguagesRequired) {
      for (const lang of this.rule.languages) if (!has(lang)) this.missing.push(`${path}.${lang}`);
    } else if (!this.rule.languages.some(has)) {
      this.missing.push(path);
    }
  }

  /** A nested object of requirements. */
  group(obj: unknown, key: string, check: (inner: unknown, prefix: string) => void, path = key): void {
    check(this.at(obj, key), path);
  }

  /** A table: at least `min` rows, each row checked. */
  list(obj: unknown, key: string, min: number, eachRow: (row: unknown, prefix: string) => void, path = key): void {
    const v = this.at(obj, key);
    const list = Array.isArray(v) ? v : [];
    if (list.length < min) this.missing.push(path);
    list.forEach((row, i) => eachRow(row, `${path}.${i}`));
  }

  error(path: string, code: FormErrorCode): void {
    this.errors.push({ path, code });
  }
}

export type RequirementsFn = (data: unknown, req: Requirements, ctx: CompletenessContext | undefined) => void;

/** Path of a zod issue as 'a.0.b'. */
export const issuePath = (path: readonly PropertyKey[]): string => path.map(String).join('.');
