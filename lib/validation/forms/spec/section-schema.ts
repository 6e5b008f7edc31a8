import { z } from 'zod';
import '@/lib/validation/zod-errors';
import {
  bic,
  bin,
  email,
  iban,
  integer,
  isObject,
  isoDate,
  issuePath,
  phone,
  plainText,
  rows,
  toErrorCode,
  type CompletenessContext,
  type FormErrorCode,
} from '../common';
import type { FieldSpec, ScalarFieldSpec, SectionSpec } from './form-spec';

const textSchema = (f: Extract<ScalarFieldSpec, { type: 'text' }>) => {
  switch (f.format) {
    case 'email':
      return email();
    case 'phone':
      return phone();
    case 'bin':
      return bin();
    case 'iban':
      return iban();
    case 'bic':
      return bic();
    default:
      return plainText(f.max);
  }
};

function scalarSchema(f: ScalarFieldSpec, ctx: CompletenessContext | undefined): z.ZodType {
  switch (f.type) {
    case 'text':
      return textSchema(f);
    case 'integer': {
      const lot = ctx?.lotAmountKzt;
      const base = integer(f.max);
      return f.withinLot && lot !== undefined ? base.max(lot, 'exceedsLot') : base;
    }
    case 'date':
      return isoDate();
    case 'select':
      return z.union([z.enum(f.options as [string, ...string[]], { error: 'invalidChoice' }), z.literal('')], { error: 'invalidChoice' });
  }
}

function fieldSchema(f: FieldSpec, ctx: CompletenessContext | undefined): z.ZodType {
  switch (f.type) {
    case 'group':
      return z.object(Object.fromEntries(f.fields.map((c) => [c.name, scalarSchema(c, ctx).optional()])), { error: 'invalid' });
    case 'list':
      return rows(plainText(f.itemMax), f.max);
    case 'table':
      return rows(z.object(Object.fromEntries(f.columns.map((c) => [c.name, scalarSchema(c, ctx).optional()])), { error: 'invalid' }), f.maxRows);
    default:
      return scalarSchema(f, ctx);
  }
}

/** The lenient schema autosave accepts: every field optional; types, lengths, formats and ranges checked. */
export function sectionDraftSchema(section: SectionSpec, ctx?: CompletenessContext) {
  return z.object(Object.fromEntries(section.fields.map((f) => [f.name, fieldSchema(f, ctx).optional()])), { error: 'invalid' });
}

const filled = (v: unknown): boolean =>
  v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(typeof v === 'number' && Number.isNaN(v));

/** What is still missing (paths) and the row-level errors, for a section to be complete. */
export function sectionRequirements(section: SectionSpec, data: unknown): { missing: string[]; errors: { path: string; code: FormErrorCode }[] } {
  const missing: string[] = [];
  const errors: { path: string; code: FormErrorCode }[] = [];
  const obj = isObject(data) ? data : {};
  const scalars = (fields: readonly ScalarFieldSpec[], value: unknown, prefix: string) => {
    const o = isObject(value) ? value : {};
    for (const c of fields) if (!c.optional && !filled(o[c.name])) missing.push(`${prefix}.${c.name}`);
  };
  for (const f of section.fields) {
    const v = obj[f.name];
    switch (f.type) {
      case 'group':
        if (!f.optional) scalars(f.fields, v, f.name);
        break;
      case 'list': {
        const items = Array.isArray(v) ? v.filter(filled) : [];
        if (!f.optional && items.length < f.min) missing.push(f.name);
        break;
      }
      case 'table': {
        const list = Array.isArray(v) ? v : [];
        if (!f.optional && list.length < f.minRows) missing.push(f.name);
        list.forEach((row, i) => {
          scalars(f.columns, row, `${f.name}.${i}`);
          const r = isObject(row) ? row : {};
          if (f.oneOf && !f.oneOf.some((c) => filled(r[c]))) errors.push({ path: `${f.name}.${i}.${f.oneOf[0]}`, code: 'contactRequired' });
        });
        break;
      }
      default:
        if (!f.optional && !filled(v)) missing.push(f.name);
    }
  }
  return { missing, errors };
}

export interface SpecSectionCompleteness {
  complete: boolean;
  missing: string[];
  errors: { path: string; code: FormErrorCode }[];
}

/** Never throws on malformed data: it is reported in `errors`. */
export function specSectionCompleteness(section: SectionSpec, data: unknown, ctx?: CompletenessContext): SpecSectionCompleteness {
  const parsed = sectionDraftSchema(section, ctx).safeParse(isObject(data) ? data : {});
  const errors = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: issuePath(i.path), code: toErrorCode(i.message) }));
  const req = sectionRequirements(section, parsed.success ? parsed.data : data);
  errors.push(...req.errors);
  const missing = [...new Set(req.missing)];
  return { complete: missing.length === 0 && errors.length === 0, missing, errors };
}
