// Kazakhstan's 12-digit identifiers: ИИН/ЖСН (IIN, individuals) and БИН/БСН (BIN, legal
// entities). Both end in a control digit computed with the state's two-pass mod-11 rule.

export type IdentifierProblem = 'FORMAT' | 'CHECKSUM' | 'DATE' | 'ENTITY_TYPE';

const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The control digit for the first 11 digits, or null when none exists (such a number is never issued). */
export function controlDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11;
  let control = weighted(FIRST_PASS);
  if (control === 10) control = weighted(SECOND_PASS);
  return control === 10 ? null : control;
}

function checksumOk(value: string): boolean {
  return controlDigit(value.slice(0, 11)) === Number(value[11]);
}

/**
 * BIN layout: YYMM of registration, entity type (4 resident legal entity, 5 non-resident,
 * 6 individual entrepreneur in joint form), unit attribute (0 head office, 1 branch,
 * 2 representative office, 3 peasant farm), 5-digit serial, control digit.
 */
export function binProblem(raw: string): IdentifierProblem | null {
  const value = raw.trim();
  if (!/^\d{12}$/.test(value)) return 'FORMAT';
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return 'DATE';
  if (!'456'.includes(value[4]!) || !'0123'.includes(value[5]!)) return 'ENTITY_TYPE';
  return checksumOk(value) ? null : 'CHECKSUM';
}

/** IIN layout: YYMMDD of birth, century-and-sex digit (1–6), 4-digit serial, control digit. */
export function iinProblem(raw: string): IdentifierProblem | null {
  const value = raw.trim();
  if (!/^\d{12}$/.test(value)) return 'FORMAT';
  const centuryDigit = Number(value[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return 'DATE';
  const century = 1800 + Math.ceil(centuryDigit / 2) * 100;
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'DATE';
  return checksumOk(value) ? null : 'CHECKSUM';
}

export const isValidBin = (value: string) => binProblem(value) === null;
export const isValidIin = (value: string) => iinProblem(value) === null;

/** Completes 11 digits with their control digit (used by the demo data and tests). */
export function withControlDigit(first11: string): string | null {
  const control = controlDigit(first11);
  return control === null ? null : `${first11}${control}`;
}
