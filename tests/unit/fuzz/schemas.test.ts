import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shaped, junk } from './arbitraries';
import { ACTION_SCHEMAS, applicationSectionSchemas } from './catalog';
import { isKnownCode } from './known-codes';

// R2 (issue 9): every input schema a server action parses is fuzzed with >= 1,000 generated
// inputs — wrong types, 100k-character strings, Kazakh letters / RTL / zero-width /
// combining marks / lone surrogates, negative / enormous / NaN / Infinity numbers, instants
// across Asia/Almaty midnight, nested junk objects. safeParse must never throw, and every
// refusal it produces must be an i18n code the kk messages of that form know.
const RUNS = 1000;
const SEED = 20260315;

for (const entry of [...ACTION_SCHEMAS, ...applicationSectionSchemas()]) {
  describe(`fuzz: ${entry.name} (${entry.action})`, () => {
    it(`safeParse never throws and every issue is a translated code (${RUNS} inputs)`, () => {
      const codes = new Set<string>();
      const arbitrary = fc.oneof({ weight: 4, arbitrary: shaped(entry.schema) }, { weight: 1, arbitrary: junk });
      fc.assert(
        fc.property(arbitrary, (input) => {
          const result = entry.schema.safeParse(input);
          if (!result.success) for (const issue of result.error.issues) codes.add(issue.message);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      const shown = entry.collapsesTo ? new Set([entry.collapsesTo]) : codes;
      const unknown = [...shown].filter((code) => !isKnownCode(code, entry.areas));
      expect(unknown, `untranslated refusals of ${entry.name} (kk ${entry.areas.join(', ')} / common errors)`).toEqual([]);
      expect(codes.size).toBeGreaterThan(0);
    });
  });
}

describe('fuzz catalogue covers every schema a server action imports from lib/**', () => {
  it('no server action parses a lib schema the catalogue does not fuzz', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(import.meta.dirname, '../../../app');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name)) files.push(full);
      }
    };
    walk(root);
    const known = new Set(ACTION_SCHEMAS.map((e) => e.name));
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      if (!/^['"]use server['"]/m.test(source)) continue;
      for (const match of source.matchAll(/import\s*{([^}]*)}\s*from\s*'@\/lib\/[^']*'/g)) {
        for (const name of (match[1] ?? '').split(',').map((n) => n.trim().replace(/^type\s+/, ''))) {
          if (/Schema$/.test(name) && new RegExp(`\\b${name}(\\.shape\\.\\w+)?\\.safeParse\\(`).test(source) && !known.has(name)) missing.push(`${path.relative(root, file)}: ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
