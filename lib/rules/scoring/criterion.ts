/**
 * A scoring criterion as data (SC-1, SO-1, AW-8). Ranges are settings (grants §9 item 3:
 * "make the per-criterion min/max configurable"); `allowed` narrows a range to a few
 * values, e.g. regional experience 0 or 3, social-order activity plan 0/3/6.
 */
import { RuleInputError } from '../errors';
import { assertArray, assertInteger, assertNonEmptyString } from '../validate';

export interface Criterion {
  id: string;
  min: number;
  max: number;
  allowed?: number[];
}

/** Throws when a criteria list is malformed (operators edit these, so check them). */
export function assertValidCriteria(criteria: unknown, field = 'criteria'): asserts criteria is Criterion[] {
  assertArray(criteria, field);
  if (criteria.length === 0) throw new RuleInputError('EMPTY', field, 'at least one criterion is required');
  const ids = new Set<string>();
  criteria.forEach((raw, i) => {
    const c = raw as Criterion;
    const f = `${field}[${i}]`;
    assertNonEmptyString(c?.id, `${f}.id`);
    if (ids.has(c.id)) throw new RuleInputError('DUPLICATE', `${f}.id`, `criterion '${c.id}' is defined twice`);
    ids.add(c.id);
    assertInteger(c.min, `${f}.min`);
    assertInteger(c.max, `${f}.max`);
    if (c.min > c.max) throw new RuleInputError('CONFLICT', f, `min ${c.min} is above max ${c.max}`);
    if (c.allowed !== undefined) {
      assertArray(c.allowed, `${f}.allowed`);
      if (c.allowed.length === 0) throw new RuleInputError('EMPTY', `${f}.allowed`, 'allowed values must not be empty');
      c.allowed.forEach((v, j) => {
        assertInteger(v, `${f}.allowed[${j}]`);
        if (v < c.min || v > c.max) throw new RuleInputError('OUT_OF_RANGE', `${f}.allowed[${j}]`, `${v} is outside ${c.min}–${c.max}`);
      });
    }
  });
}

/** The highest score a criterion can give. */
export function criterionMax(c: Criterion): number {
  return c.allowed ? Math.max(...c.allowed) : c.max;
}

/** SC-1: the maximum total of a sheet — 25 for a republican grant, 28 with local budget. */
export function maxScore(criteria: Criterion[]): number {
  assertValidCriteria(criteria);
  return criteria.reduce((sum, c) => sum + criterionMax(c), 0);
}
