import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_FILES } from '@/lib/i18n/load-messages';
import { locales } from '@/lib/i18n/locales';
import { scanFiles, scanSource, sourceFiles, type KeyUse } from './code-keys';

// Every key the code asks for exists in kk, ru and en (issue 9, item 6). The parity test
// (messages.test.ts) keeps the three catalogues identical in keys; this one ties them to
// the code: a `t('typo')` or a key deleted from the JSON fails here, not in front of a user.

const root = path.resolve(import.meta.dirname, '../../..');
type Tree = { [key: string]: string | Tree };

/** Leaves (messages) and groups (objects) of one language's merged catalogue. */
function catalogue(locale: string): { leaves: Set<string>; groups: Set<string> } {
  const leaves = new Set<string>();
  const groups = new Set<string>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const p = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') leaves.add(p);
      else {
        groups.add(p);
        walk(value, p);
      }
    }
  };
  for (const file of MESSAGE_FILES) walk(JSON.parse(readFileSync(path.join(root, 'lib/i18n/messages', locale, `${file}.json`), 'utf8')) as Tree, '');
  return { leaves, groups };
}

/**
 * Translators whose NAMESPACE is computed at run time (the application-form sections:
 * `useTranslations(sectionKey)` over annex1…annex5, and the report sections), so none of
 * their keys can be checked statically. Their namespaces are the form specs' section keys,
 * which tests/unit/application-forms and the section editors' e2e specs render. Keep short:
 * a new file here needs a reason.
 */
const COMPUTED_NAMESPACE_FILES = [
  'app/ngo/applications/[id]/sections/[key]/page.tsx',
  'components/application-form/missing-list.tsx',
  'components/application-form/spec-section-fields.tsx',
  'components/reports/section-status.tsx',
];

/** Literal keys the scan flags but which are fine, with the reason (none today; an entry that is no longer needed fails). */
const ALLOWED_MISSING: { file: string; key: string; why: string }[] = [];

describe('static scan of t(…) calls (the scanner itself)', () => {
  const scan = (code: string) => scanSource('x.tsx', code);
  const keys = (uses: KeyUse[]) => uses.filter((u) => u.kind !== 'dynamic').map((u) => `${u.kind}:${u.key}`);

  it('resolves the namespace of useTranslations, getTranslations(ns), getTranslations({ namespace }) and Promise.all destructuring', () => {
    const uses = scan(`
      export function A() { const t = useTranslations('ngo'); return t('title'); }
      export async function B() { const t = await getTranslations('admin.users'); return t.rich('hint', {}); }
      export async function C() { const t = await getTranslations({ locale, namespace: 'mail' }); return t('subject'); }
      export async function D() {
        const [t, tk, format] = await Promise.all([getTranslations('plans'), getTranslations('kinds'), getFormatter()]);
        return t('a') + tk(ok ? 'GRANT' : 'AWARD') + format.number(1);
      }
      export function E() { const tr = useTranslations(); return tr('common.save'); }
    `);
    expect(keys(uses)).toEqual(['key:ngo.title', 'key:admin.users.hint', 'key:mail.subject', 'key:plans.a', 'key:kinds.GRANT', 'key:kinds.AWARD', 'key:common.save']);
  });

  it('follows scopes: an inner translator shadows the outer one; parameters and non-translators are not followed', () => {
    const uses = scan(`
      const t = useTranslations('outer');
      function Inner() { const t = useTranslations('inner'); return t('x'); }
      function Param({ t }: { t: (k: string) => string }) { return t('notChecked'); }
      function Other() { const t = (k: string) => k; return t('alsoNotChecked'); }
      t('y');
    `);
    expect(keys(uses)).toEqual(['key:inner.x', 'key:outer.y']);
  });

  it('a template with a static prefix checks the group; other computed keys are counted as dynamic; t.has is a probe, not a use', () => {
    const uses = scan(`
      function A() {
        const t = useTranslations('agreements');
        const ts = useTranslations(sectionKey);
        return [t(\`status.\${s}\`), t(code as never), t(\`\${a}.\${b}\`), ts('title'), t.has('maybe')];
      }
    `);
    expect(keys(uses)).toEqual(['group:agreements.status']);
    expect(uses.filter((u) => u.kind === 'dynamic').map((u) => (u.kind === 'dynamic' ? u.namespace : ''))).toEqual(['agreements', 'agreements', null]);
  });
});

describe('every message key used in app/**, components/** and lib/** exists in kk, ru and en', () => {
  const files = ['app', 'components', 'lib'].flatMap((dir) => sourceFiles(root, dir));
  const uses = scanFiles(root, files);
  const catalogues = Object.fromEntries(locales.map((l) => [l, catalogue(l)]));
  const allowed = (u: KeyUse) => u.kind === 'key' && ALLOWED_MISSING.some((a) => a.file === u.file && a.key === u.key);

  it('the scan really sees the code (thousands of literal keys)', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(uses.filter((u) => u.kind === 'key').length).toBeGreaterThan(2000);
  });

  for (const locale of locales) {
    it(`${locale}: every literal key t('…') / t.rich / t.markup / t.raw names a message`, () => {
      const { leaves, groups } = catalogues[locale]!;
      const missing = uses
        .filter((u): u is Extract<KeyUse, { kind: 'key' }> => u.kind === 'key' && !allowed(u))
        .filter((u) => !(leaves.has(u.key) || (u.method === 'raw' && groups.has(u.key))))
        .map((u) => `${u.file}:${u.line} ${u.key}`);
      expect(missing).toEqual([]);
    });

    it(`${locale}: every key built from a prefix (t(\`status.\${s}\`)) names an existing group, and every dynamic key's namespace exists`, () => {
      const { groups } = catalogues[locale]!;
      const missing = uses.flatMap((u) => {
        if (u.kind === 'group' && !groups.has(u.key)) return [`${u.file}:${u.line} ${u.key}.*`];
        if (u.kind === 'dynamic' && u.namespace && !groups.has(u.namespace)) return [`${u.file}:${u.line} ${u.namespace} (${u.text})`];
        return [];
      });
      expect(missing).toEqual([]);
    });
  }

  it('translators with a computed namespace appear only in the allow-listed files', () => {
    const files = [...new Set(uses.filter((u) => u.kind === 'dynamic' && u.namespace === null).map((u) => u.file))].sort();
    expect(files).toEqual([...COMPUTED_NAMESPACE_FILES].sort());
  });

  it('no allow-listed missing key is stale', () => {
    for (const entry of ALLOWED_MISSING) {
      expect(uses.some((u) => u.kind === 'key' && u.file === entry.file && u.key === entry.key), `${entry.file} ${entry.key}`).toBe(true);
      expect(catalogues.kk!.leaves.has(entry.key), `${entry.key} exists now: drop it from ALLOWED_MISSING`).toBe(false);
    }
  });
});
