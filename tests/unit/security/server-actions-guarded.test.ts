// Issue 9, R1 — every server action is a public POST endpoint. This test reads every
// 'use server' file under app/** with the TypeScript parser and checks that each exported
// async function authenticates (requireUser / requirePermission / getActor, directly or
// through a local helper that does) BEFORE it touches the database (`db`, or a local helper
// that uses it). A new action without a guard fails here; the few actions that must work
// for strangers are listed below, each with its reason.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const GUARDS = new Set(['requireUser', 'requirePermission', 'getActor']);

/** Actions anyone may call, with the reason. Key: `<file relative to app/>#<export>`. */
const PUBLIC_ACTIONS: Record<string, string> = {
  '(public)/register/actions.ts#registerNgoAction': 'registration: it is how an account comes to exist; input re-validated, throttled by the service',
  '(public)/invitations/[token]/actions.ts#createAccountFromInvitationAction':
    'accepting a staff invitation by creating an account: the secret single-use token is the credential (checked by acceptInvitation)',
  '(public)/expert-invitations/[token]/actions.ts#acceptExpertInvitationAction':
    'accepting an expert invitation by creating an account: the secret single-use token is the credential (checked by acceptExpertInvitation)',
};

function filesWithUseServer(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesWithUseServer(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && /^\s*['"]use server['"]/m.test(readFileSync(full, 'utf8'))) out.push(full);
  }
  return out;
}

type Fn = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;
type Event = { pos: number; kind: 'guard' | 'db'; what: string };

/** Top-level functions of a module by name (function declarations and `const x = async (…) => …`). */
function topLevelFunctions(source: ts.SourceFile): Map<string, { fn: Fn; exported: boolean }> {
  const map = new Map<string, { fn: Fn; exported: boolean }>();
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(statement) && statement.name) map.set(statement.name.text, { fn: statement, exported });
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
          map.set(d.name.text, { fn: d.initializer, exported });
        }
      }
    }
  }
  return map;
}

const isAsync = (fn: Fn) => (ts.getModifiers(fn) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);

/**
 * The guard and database events of a function in source order: a call to a guard (or to a
 * local function whose first event is a guard) is a guard; a reference to `db` (or a call to
 * a local function that reaches the database unguarded) is a database access.
 */
function events(name: string, functions: Map<string, { fn: Fn }>, memo: Map<string, Event[]>, stack: string[] = []): Event[] {
  const cached = memo.get(name);
  if (cached) return cached;
  const entry = functions.get(name);
  if (!entry?.fn.body || stack.includes(name)) return [];
  const found: Event[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const callee = node.expression.text;
      if (GUARDS.has(callee)) found.push({ pos: node.getStart(), kind: 'guard', what: callee });
      else if (functions.has(callee) && callee !== name) {
        const first = events(callee, functions, memo, [...stack, name])[0];
        if (first) found.push({ pos: node.getStart(), kind: first.kind, what: `${callee}() → ${first.what}` });
      }
    }
    if (ts.isIdentifier(node) && node.text === 'db') {
      const parent = node.parent;
      const isPropertyName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isPropertyName && !ts.isImportSpecifier(parent)) found.push({ pos: node.getStart(), kind: 'db', what: 'db' });
    }
    ts.forEachChild(node, visit);
  };
  visit(entry.fn.body);
  found.sort((a, b) => a.pos - b.pos);
  memo.set(name, found);
  return found;
}

interface ActionReport {
  key: string;
  guarded: boolean;
  first: string;
}

function analyse(file: string): ActionReport[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const functions = topLevelFunctions(source);
  const memo = new Map<string, Event[]>();
  const rel = path.relative(path.join(root, 'app'), file).split(path.sep).join('/');
  const reports: ActionReport[] = [];
  for (const [name, { fn, exported }] of functions) {
    if (!exported || !isAsync(fn)) continue;
    const first = events(name, functions, memo)[0];
    reports.push({ key: `${rel}#${name}`, guarded: first?.kind === 'guard', first: first ? `${first.kind}: ${first.what}` : 'nothing' });
  }
  return reports;
}

const files = filesWithUseServer(path.join(root, 'app'));
const actions = files.flatMap(analyse);

describe('server actions are guarded (R1)', () => {
  it('finds the server actions of the portal', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(actions.length).toBeGreaterThan(60);
  });

  it('every exported async action authenticates before it touches the database', () => {
    const unguarded = actions.filter((a) => !a.guarded && !(a.key in PUBLIC_ACTIONS)).map((a) => `${a.key} (first: ${a.first})`);
    expect(unguarded).toEqual([]);
  });

  it('the public exceptions exist, are really unguarded, and each has a reason', () => {
    for (const [key, reason] of Object.entries(PUBLIC_ACTIONS)) {
      const action = actions.find((a) => a.key === key);
      expect(action, `${key} is listed as a public action but was not found`).toBeDefined();
      expect(action?.guarded, `${key} is guarded now: remove it from the exceptions`).toBe(false);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it('the analysis itself: an unguarded db access and a guard behind a helper are told apart', () => {
    const sample = (body: string) => {
      const source = ts.createSourceFile('x.ts', body, ts.ScriptTarget.Latest, true);
      const functions = topLevelFunctions(source);
      return events('action', functions, new Map())[0]?.kind;
    };
    expect(sample(`export async function action(id: string) { const x = await db.application.findUnique({ where: { id } }); await requireUser(); }`)).toBe('db');
    expect(sample(`async function staff() { return requirePermission('enter', { type: 'area', area: 'operator' }); }
      export async function action(id: string) { await staff(); return db.application.findUnique({ where: { id } }); }`)).toBe('guard');
    expect(sample(`async function load(id: string) { return db.application.findUnique({ where: { id } }); }
      export async function action(id: string) { const a = await load(id); await requireUser(); return a; }`)).toBe('db');
    expect(sample(`export async function action(input: unknown) { return register(db, input); }`)).toBe('db');
  });
});
