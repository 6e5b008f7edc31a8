import { z } from 'zod';

/**
 * The refusal code of an issue whose schema names no message of its own (R2, issue 9).
 * Every schema message in this project is an i18n key (`errors.*` of common or the
 * area's namespace); a value of the wrong type (a tampered request: a number where a
 * string goes, an object where an array goes, an unknown enum value) used to come back
 * as zod's English default ("Invalid input: expected string, received number"), which no
 * form can translate. This maps those to the common keys every form knows. Imported for
 * its side effect by the schema modules (lib/validation/**, lib/services/**\/*-input.ts),
 * so it is in place in the browser and on the server wherever a schema is.
 */
export function fallbackErrorCode(issue: { code?: string; origin?: string; format?: string }): string {
  if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set')) return 'tooLong';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'email';
  return 'required';
}

z.config({ customError: (issue) => fallbackErrorCode(issue as { code?: string; origin?: string; format?: string }) });
