/**
 * Input guards shared by every rule. Each throws a `RuleInputError` naming the field,
 * so that no rule ever computes on NaN, a fraction of a tenge or a negative count.
 */
import { RuleInputError } from './errors';

export function assertFiniteNumber(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RuleInputError('NOT_A_NUMBER', field, `expected a finite number, got ${describe(value)}`);
  }
}

export function assertNonNegativeNumber(value: unknown, field: string): asserts value is number {
  assertFiniteNumber(value, field);
  if (value < 0) throw new RuleInputError('NEGATIVE', field, `must not be negative, got ${value}`);
}

export function assertInteger(value: unknown, field: string): asserts value is number {
  assertFiniteNumber(value, field);
  if (!Number.isSafeInteger(value)) {
    throw new RuleInputError('NOT_INTEGER', field, `expected a (safe) integer, got ${value}`);
  }
}

/** Counts, integer tenge, years of experience in whole years … */
export function assertNonNegativeInteger(value: unknown, field: string): asserts value is number {
  assertInteger(value, field);
  if (value < 0) throw new RuleInputError('NEGATIVE', field, `must not be negative, got ${value}`);
}

export function assertPositiveInteger(value: unknown, field: string): asserts value is number {
  assertInteger(value, field);
  if (value <= 0) throw new RuleInputError('OUT_OF_RANGE', field, `must be at least 1, got ${value}`);
}

/** A share such as 0.2 (20%) or 0.7 (70%): finite and within [0, 1]. */
export function assertShare(value: unknown, field: string): asserts value is number {
  assertFiniteNumber(value, field);
  if (value < 0 || value > 1) {
    throw new RuleInputError('OUT_OF_RANGE', field, `a share must lie within [0, 1], got ${value}`);
  }
}

export function assertBoolean(value: unknown, field: string): asserts value is boolean {
  if (typeof value !== 'boolean') {
    throw new RuleInputError('INVALID_TYPE', field, `expected true or false, got ${describe(value)}`);
  }
}

export function assertNonEmptyString(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new RuleInputError('INVALID_TYPE', field, `expected a non-empty string, got ${describe(value)}`);
  }
}

export function assertInstant(value: unknown, field: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RuleInputError('INVALID_INSTANT', field, `expected a valid Date instant, got ${describe(value)}`);
  }
}

export function assertArray(value: unknown, field: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new RuleInputError('INVALID_TYPE', field, `expected an array, got ${describe(value)}`);
  }
}

/** Ids must be unique where the rule keys anything by id (ranking, allocation …). */
export function assertUniqueIds(ids: readonly string[], field: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    assertNonEmptyString(id, `${field}[${i}].id`);
    if (seen.has(id)) throw new RuleInputError('DUPLICATE', `${field}[${i}].id`, `id '${id}' appears more than once`);
    seen.add(id);
  });
}

/**
 * Converts a share to an exact integer number of basis points (1 bp = 0.01%) so money
 * comparisons stay in integer arithmetic. Shares finer than 0.01% are refused rather
 * than rounded (rounding could flip a boundary decision such as SO-2 dumping).
 */
export function shareToBasisPoints(share: number, field: string): number {
  assertShare(share, field);
  const bp = Math.round(share * 10_000);
  if (Math.abs(bp - share * 10_000) > 1e-6) {
    throw new RuleInputError('OUT_OF_RANGE', field, `a share must be a multiple of 0.0001 (0.01%), got ${share}`);
  }
  return bp;
}

function describe(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  return typeof value;
}
