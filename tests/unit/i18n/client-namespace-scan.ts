// Which message namespaces the browser needs, per area of the app: a static walk of the
// import graph from each area's route files (page, layout, error… under app/<area>/). A
// module that starts with 'use client' — and everything it imports — runs in the browser;
// every `useTranslations('ns.sub')` in such a module needs `ns.sub` in the client provider
// of that area (lib/i18n/client-messages.ts). The server's getTranslations needs nothing
// sent to the browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Client modules with a root translator (`useTranslations()`): they translate the field
 * error keys their services return, which are full paths inside these namespaces.
 */
export const ROOT_TRANSLATOR_NAMESPACES: Record<string, string[]> = {
  'components/evaluation/evaluation-forms.tsx': ['evaluation'],
  'components/monitoring/monitoring-forms.tsx': ['monitoring'],
};

/**
 * Client modules that translate by a section key (form sections, report sections): the
 * namespaces they may ask for are every namespace of these message files.
 */
export const COMPUTED_NAMESPACE_FILES: Record<string, string[]> = {
  'components/application-form/spec-section-fields.tsx': ['application', 'applicationForms'],
  'components/application-form/missing-list.tsx': ['application', 'applicationForms'],
  'components/reports/section-status.tsx': ['reports'],
};

const namespacesOfMessageFile = (file: string) =>
  Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'lib', 'i18n', 'messages', 'kk', `${file}.json`), 'utf8')) as Record<string, unknown>);

const EXTENSIONS = ['.tsx', '.ts', '/index.tsx', '/index.ts'];

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: its translations are not ours
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

const isClientModule = (text: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(text);

export interface NamespaceUse {
  namespace: string;
  file: string;
}

/** Every namespace the client modules reachable from `entries` ask for. */
export function clientNamespacesFrom(entries: string[]): { uses: NamespaceUse[]; problems: string[] } {
  const uses: NamespaceUse[] = [];
  const problems: string[] = [];
  const seen = new Map<string, boolean>(); // file → visited as client?
  const visit = (file: string, inClient: boolean) => {
    const previous = seen.get(file);
    if (previous === true || (previous === false && !inClient)) return;
    seen.set(file, inClient);
    const text = readFileSync(file, 'utf8');
    const client = inClient || isClientModule(text);
    const rel = path.relative(ROOT, file);
    if (client) {
      // Hooks that need a provider even without a namespace (the locale, the formatter…).
      for (const m of text.matchAll(/\b(useLocale|useFormatter|useNow|useTimeZone|useMessages)\(/g)) uses.push({ namespace: `(provider: ${m[1]})`, file: rel });
      for (const m of text.matchAll(/useTranslations\(\s*([^)]*?)\s*\)/g)) {
        const arg = m[1]!;
        const literal = /^['"]([^'"]+)['"]$/.exec(arg);
        if (literal) uses.push({ namespace: literal[1]!, file: rel });
        else if (arg === '') {
          const declared = ROOT_TRANSLATOR_NAMESPACES[rel];
          if (declared) for (const namespace of declared) uses.push({ namespace, file: rel });
          else problems.push(`${rel}: useTranslations() without a namespace (declare its namespaces in ROOT_TRANSLATOR_NAMESPACES)`);
        } else {
          const files = COMPUTED_NAMESPACE_FILES[rel];
          if (files) for (const f of files) for (const namespace of namespacesOfMessageFile(f)) uses.push({ namespace, file: rel });
          else problems.push(`${rel}: useTranslations(${arg}) with a computed namespace (declare its message files in COMPUTED_NAMESPACE_FILES)`);
        }
      }
    }
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      const target = resolveImport(file, imported.fileName);
      if (target && /\.tsx?$/.test(target)) visit(target, client);
    }
  };
  for (const entry of entries) visit(entry, false);
  return { uses, problems };
}

/** The route files (page, layout, error, not-found, forbidden, template, loading) under a folder. */
export function routeFilesUnder(dir: string, { recursive = true } = {}): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) out.push(...routeFilesUnder(full));
    } else if (/^(page|layout|error|not-found|forbidden|unauthorized|template|loading|global-error)\.tsx$/.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * `a.b` is covered by `a` or by `a.b` itself; a provider-only hook ('(provider: …)') by any
 * provider — an area with namespaces renders one, the root area (none listed) does not.
 */
export const covers = (provided: readonly string[], needed: string) =>
  needed.startsWith('(provider') ? provided.length > 0 : provided.some((p) => needed === p || needed.startsWith(`${p}.`));
