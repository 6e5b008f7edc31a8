/**
 * Last-resort tie-break of every ranking in the engine: plain code-unit order of ids, so
 * equal inputs always give the same order whatever order they arrived in (no locale, no
 * input-order dependence).
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
