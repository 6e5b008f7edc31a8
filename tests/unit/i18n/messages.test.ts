import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_FILES } from '@/lib/i18n/load-messages';
import { locales } from '@/lib/i18n/locales';

type Tree = { [key: string]: string | Tree };
const dir = path.resolve(import.meta.dirname, '../../../lib/i18n/messages');

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(p, value);
    else for (const [k, v] of flatten(value, p)) out.set(k, v);
  }
  return out;
}

// The top-level names of ICU arguments ({name}, {count, plural, …}) a message uses.
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i += 1) {
    if (message[i] === '{') {
      if (depth === 0) names.add(/^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i))?.[1] ?? '');
      depth += 1;
    } else if (message[i] === '}') depth -= 1;
  }
  names.delete('');
  return [...names].sort();
}

const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join(dir, locale, `${file}.json`), 'utf8')) as Tree;

const catalogues = Object.fromEntries(
  locales.map((locale) => {
    const merged = new Map<string, string>();
    for (const file of MESSAGE_FILES) for (const [k, v] of flatten(read(locale, file))) merged.set(k, v);
    return [locale, merged];
  }),
) as Record<(typeof locales)[number], Map<string, string>>;

describe('translations: every key in every language', () => {
  it('every message file on disk is loaded, in every language', () => {
    for (const locale of locales) {
      const files = readdirSync(path.join(dir, locale)).map((f) => f.replace(/\.json$/, '')).sort();
      expect(files).toEqual([...MESSAGE_FILES].sort());
    }
  });

  it('no namespace is defined by two files (they would overwrite each other)', () => {
    for (const locale of locales) {
      const seen = new Map<string, string>();
      for (const file of MESSAGE_FILES) {
        for (const namespace of Object.keys(read(locale, file))) {
          expect(seen.get(namespace), `${locale}/${file}.json redefines ${namespace}`).toBeUndefined();
          seen.set(namespace, file);
        }
      }
    }
  });

  const allKeys = new Set(Object.values(catalogues).flatMap((m) => [...m.keys()]));
  for (const [locale, messages] of Object.entries(catalogues)) {
    it(`${locale} has every key that any language has`, () => {
      expect([...allKeys].filter((key) => !messages.has(key))).toEqual([]);
    });
    it(`${locale} has no empty message`, () => {
      expect([...messages].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
    });
  }

  it('the same message takes the same arguments in kk, ru and en', () => {
    const mismatches: string[] = [];
    for (const [key, english] of catalogues.en) {
      const expected = argumentsOf(english).join(',');
      for (const locale of ['kk', 'ru'] as const) {
        const actual = argumentsOf(catalogues[locale].get(key) ?? '').join(',');
        if (actual !== expected) mismatches.push(`${locale}:${key} has {${actual}} but en has {${expected}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('Kazakh is really Kazakh: the state-language letters appear in the catalogue', () => {
    const text = [...catalogues.kk.values()].join(' ');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter);
  });
});
