/**
 * Typed refusal for bad input to the rule engine.
 *
 * WHY a throw and not a result type: every rule below returns a *business* answer
 * (a reason code, a list of violations, a refusal union where the issue asks for one).
 * Bad *input* — NaN, a negative count, '2026-02-30' — is a programming or data error in
 * the caller; answering it with a plausible number would be a silent wrong answer.
 * Services catch `RuleInputError` and turn it into `{ ok: false, error: { code, message } }`.
 */
export const RULE_INPUT_ERROR_CODES = [
  'INVALID_DATE', // not a real calendar day in 'YYYY-MM-DD' form
  'INVALID_TIME', // not 'HH:MM' or 'HH:MM:SS'
  'INVALID_INSTANT', // not a Date, or an Invalid Date
  'NOT_A_NUMBER', // NaN, ±Infinity or not a number at all
  'NOT_INTEGER', // a fractional value where integers (counts, tenge, years) are required
  'NEGATIVE', // below zero where only ≥ 0 makes sense
  'OUT_OF_RANGE', // outside an allowed interval (e.g. a share above 1)
  'EMPTY', // an empty list where at least one item is required
  'DUPLICATE', // an id repeated where ids must be unique
  'UNKNOWN', // an unknown machine, status, club, criterion definition …
  'CONFLICT', // two inputs contradict each other (e.g. admitted > submitted)
  'INVALID_TYPE', // wrong primitive type (e.g. a string where a boolean is required)
] as const;

export type RuleInputErrorCode = (typeof RULE_INPUT_ERROR_CODES)[number];

export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';
  readonly code: RuleInputErrorCode;
  /** Path of the offending argument or field, e.g. `apps[3].requested`. */
  readonly field: string;

  constructor(code: RuleInputErrorCode, field: string, message: string) {
    super(`${field}: ${message}`);
    this.code = code;
    this.field = field;
  }
}

export function isRuleInputError(e: unknown): e is RuleInputError {
  return e instanceof RuleInputError;
}
