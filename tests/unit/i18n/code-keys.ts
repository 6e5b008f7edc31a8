// A static scan of the message keys the code asks for: every `t('…')` (and `t.rich`,
// `t.markup`, `t.raw`) whose translator comes from `useTranslations(ns)` /
// `getTranslations(ns | { namespace })` — also through `const [t, tc] = await Promise.all([…])`
// — resolved to its full key `ns.key`. Translators are resolved by scope (a nested
// component's `const t = useTranslations('b')` shadows the file's `t`); parameters named
// like a translator are not followed. Keys built at run time are not checkable: a template
// with a static prefix (`status.${s}`) is checked for its message group, anything else is
// counted as dynamic and skipped.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type KeyUse =
  | { kind: 'key'; file: string; line: number; key: string; method: string }
  | { kind: 'group'; file: string; line: number; key: string; method: string }
  | { kind: 'dynamic'; file: string; line: number; text: string; namespace: string | null };

const TRANSLATOR_FACTORIES = new Set(['useTranslations', 'getTranslations']);
/** Translator methods that read a message; `has` only probes and is not a use. */
const READING_METHODS = new Set(['rich', 'markup', 'raw']);

/** null: a translator whose namespace is computed at run time. */
type Binding = { translator: true; namespace: string | null } | { translator: false };

function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  for (;;) {
    if (ts.isAwaitExpression(n) || ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression(n)) n = n.expression;
    else return n;
  }
}

function stringValue(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : undefined;
}

/** The keys of a literal or of a (nested) conditional choosing between literals: `cond ? 'a' : 'b'`. */
function literalKeys(node: ts.Expression): string[] | undefined {
  const literal = stringValue(node);
  if (literal !== undefined) return [literal];
  const n = unwrap(node);
  if (!ts.isConditionalExpression(n)) return undefined;
  const yes = literalKeys(n.whenTrue);
  const no = literalKeys(n.whenFalse);
  return yes && no ? [...yes, ...no] : undefined;
}

/** The translator a `useTranslations(…)` / `getTranslations(…)` call makes, or undefined if `expr` is no such call. */
function translatorOf(expr: ts.Expression): Binding | undefined {
  const call = unwrap(expr);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !TRANSLATOR_FACTORIES.has(call.expression.text)) return undefined;
  const arg = call.arguments[0];
  if (!arg) return { translator: true, namespace: '' };
  const literal = stringValue(arg);
  if (literal !== undefined) return { translator: true, namespace: literal };
  const a = unwrap(arg);
  if (ts.isObjectLiteralExpression(a)) {
    const ns = a.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'namespace');
    if (!ns) return { translator: true, namespace: '' };
    const value = stringValue(ns.initializer);
    return { translator: true, namespace: value ?? null };
  }
  return { translator: true, namespace: null };
}

function isScope(node: ts.Node): boolean {
  return ts.isSourceFile(node) || ts.isBlock(node) || ts.isFunctionLike(node) || ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isCatchClause(node) || ts.isCaseBlock(node) || ts.isModuleBlock(node);
}

function enclosingScope(node: ts.Node): ts.Node {
  let n = node.parent;
  while (!isScope(n)) n = n.parent;
  return n;
}

/** Every use of a message key in one source file. */
export function scanSource(file: string, text: string): KeyUse[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const scopes = new Map<ts.Node, Map<string, Binding>>();
  const declare = (scope: ts.Node, name: string, binding: Binding) => {
    let names = scopes.get(scope);
    if (!names) scopes.set(scope, (names = new Map()));
    names.set(name, binding);
  };
  const declareNames = (scope: ts.Node, name: ts.BindingName) => {
    if (ts.isIdentifier(name)) declare(scope, name.text, { translator: false });
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) declareNames(scope, element.name);
  };

  // Pass 1: declarations, by the scope they live in.
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node)) {
      const scope = enclosingScope(node);
      const init = node.initializer;
      if (ts.isIdentifier(node.name)) {
        declare(scope, node.name.text, (init && translatorOf(init)) ?? { translator: false });
      } else if (ts.isArrayBindingPattern(node.name) && init) {
        // const [t, tc, format] = await Promise.all([getTranslations('a'), getTranslations('b'), getFormatter()])
        const call = unwrap(init);
        const list = ts.isCallExpression(call) && call.expression.getText(source) === 'Promise.all' ? call.arguments[0] : undefined;
        const items = list && ts.isArrayLiteralExpression(unwrap(list)) ? (unwrap(list) as ts.ArrayLiteralExpression).elements : undefined;
        node.name.elements.forEach((element, i) => {
          if (ts.isOmittedExpression(element)) return;
          const item = items?.[i];
          if (ts.isIdentifier(element.name)) declare(scope, element.name.text, (item && translatorOf(item)) ?? { translator: false });
          else declareNames(scope, element.name);
        });
      } else {
        declareNames(scope, node.name);
      }
    } else if (ts.isParameter(node)) {
      declareNames(node.parent, node.name);
    } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      declare(enclosingScope(node), node.name.text, { translator: false });
    }
    ts.forEachChild(node, collect);
  };
  collect(source);

  const resolve = (id: ts.Identifier): Binding | undefined => {
    for (let n: ts.Node | undefined = id.parent; n; n = n.parent) {
      const found = scopes.get(n)?.get(id.text);
      if (found) return found;
    }
    return undefined;
  };

  // Pass 2: calls of translators.
  const uses: KeyUse[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      let callee: ts.Identifier | undefined;
      let method = 't';
      if (ts.isIdentifier(node.expression)) callee = node.expression;
      else if (ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) && READING_METHODS.has(node.expression.name.text)) {
        callee = node.expression.expression;
        method = node.expression.name.text;
      }
      const binding = callee && resolve(callee);
      const arg = node.arguments[0];
      if (binding?.translator && arg) {
        const line = lineOf(node);
        if (binding.namespace === null) {
          uses.push({ kind: 'dynamic', file, line, text: node.getText(source).slice(0, 80), namespace: null });
        } else {
          const full = (key: string) => (binding.namespace ? `${binding.namespace}.${key}` : key);
          const a = unwrap(arg);
          const literals = literalKeys(a);
          if (literals) {
            for (const key of literals) uses.push({ kind: 'key', file, line, key: full(key), method });
          } else if (ts.isTemplateExpression(a) && a.head.text.endsWith('.') && a.head.text.length > 1) {
            // `status.${s}`: the group `status` must exist even though the leaf is chosen at run time.
            uses.push({ kind: 'group', file, line, key: full(a.head.text.slice(0, -1)), method });
          } else {
            uses.push({ kind: 'dynamic', file, line, text: node.getText(source).slice(0, 80), namespace: binding.namespace });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** Every .ts/.tsx file under `dir` (recursively), relative to `root`. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(path.join(root, d), { withFileTypes: true })) {
      const rel = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'generated') walk(rel);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

export function scanFiles(root: string, files: string[]): KeyUse[] {
  return files.flatMap((file) => scanSource(file, readFileSync(path.join(root, file), 'utf8')));
}
