import { readFileSync } from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };
const dir = path.resolve(import.meta.dirname, '../../../lib/i18n/messages/kk');

function flatten(tree: Tree, prefix = '', out: string[] = []): string[] {
  for (const [key, value] of Object.entries(tree)) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.push(p);
    else flatten(value, p, out);
  }
  return out;
}

const keysOf = (file: string) => flatten(JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8')) as Tree);
const commonErrors = new Set(keysOf('common').filter((k) => k.startsWith('errors.')).map((k) => k.slice('errors.'.length)));

/**
 * Whether `code` is a translated message for a form of `areas`: a key `errors.<code>` of
 * the common namespace, or a message in the kk file(s) of that area whose key ends in
 * `.<code>` (forms render `t(`<namespace>.errors.${code}`)`, `refusals.*`, … there).
 * A zod default message ("Invalid input: expected string, received number") never is.
 */
export function isKnownCode(code: string, areas: string[]): boolean {
  if (commonErrors.has(code)) return true;
  if (!/^[A-Za-z0-9_.-]+$/.test(code)) return false;
  if (areas.some((area) => keysOf(area).includes(code))) return true;
  return areas.some((area) => keysOf(area).some((key) => key.endsWith(`.${code}`)));
}
