import { grantSectionDraftSchemaFor, type GrantSectionKey } from './index';
import { isObject, type FormLanguage } from '../common';

type Json = Record<string, unknown>;

function getAt(obj: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (Array.isArray(cur) && typeof k === 'number') cur = cur[k];
    else if (isObject(cur)) cur = cur[String(k)];
    else return undefined;
  }
  return cur;
}

function setAt(obj: Json, path: PropertyKey[], value: unknown): void {
  let cur: unknown = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    cur = Array.isArray(cur) ? cur[k as number] : isObject(cur) ? cur[String(k)] : undefined;
    if (cur === undefined) return;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(cur) && typeof last === 'number') {
    if (value === undefined) cur.splice(last, 1);
    else cur[last] = value;
  } else if (isObject(cur)) {
    if (value === undefined) delete cur[String(last)];
    else cur[String(last)] = value;
  }
}

/**
 * Makes stored section data loadable by the current draft schema without losing what can
 * be kept: a plain string where a `{ kk, ru }` text is expected (older drafts, seed data)
 * becomes the text in the application's language; values of the wrong type are dropped.
 * Range rules (budget 10%, lot amount) are not applied here, so nothing typed is lost.
 */
export function repairSectionData(key: GrantSectionKey, raw: unknown, lang: FormLanguage): Json {
  const data: Json = isObject(raw) ? (JSON.parse(JSON.stringify(raw)) as Json) : {};
  const schema = grantSectionDraftSchemaFor(key);
  for (let round = 0; round < 50; round++) {
    const parsed = schema.safeParse(data);
    if (parsed.success) return data;
    let changed = false;
    for (const issue of parsed.error.issues) {
      // Only structural problems are repaired; a value that is merely out of range stays.
      if (issue.code !== 'invalid_type' && issue.message !== 'invalid' && issue.message !== 'invalidDate' && issue.message !== 'notNumber') continue;
      const path = issue.path;
      if (path.length === 0) return {};
      const value = getAt(data, path);
      if (key === 'annex4' && path[0] === 'tasks' && path.length === 2 && typeof value === 'string') setAt(data, path, { text: { [lang]: value } });
      else if (typeof value === 'string' && issue.code === 'invalid_type' && issue.expected === 'object') setAt(data, path, value.trim() ? { [lang]: value } : undefined);
      else if (typeof value === 'string' && issue.message === 'notNumber' && value.trim() !== '' && Number.isFinite(Number(value))) setAt(data, path, Number(value));
      else setAt(data, path, undefined);
      changed = true;
      break; // paths shift when array items are removed: re-parse
    }
    if (!changed) return data;
  }
  return data;
}
