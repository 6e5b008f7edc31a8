import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import kk from '@/lib/i18n/messages/kk.json';
import ru from '@/lib/i18n/messages/ru.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
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

const catalogues = { kk: flatten(kk as Tree), ru: flatten(ru as Tree), en: flatten(en as Tree) };

describe('translations: every key in every language', () => {
  const allKeys = new Set(Object.values(catalogues).flatMap((m) => [...m.keys()]));
  for (const [locale, messages] of Object.entries(catalogues)) {
    it(`${locale} has every key that any language has`, () => {
      const missing = [...allKeys].filter((key) => !messages.has(key));
      expect(missing).toEqual([]);
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
