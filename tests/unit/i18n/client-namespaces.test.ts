// Every client component gets its translations (issue 9: page weight; the messages used to
// be sent whole with every page). Each area's client provider must hold every namespace
// its client components ask for — walked from the area's route files through their
// imports (tests/unit/i18n/client-namespace-scan.ts) — and nothing that does not exist.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, pickMessages, type ClientArea } from '@/lib/i18n/client-messages';
import { MESSAGE_FILES } from '@/lib/i18n/load-messages';
import { clientNamespacesFrom, covers, ROOT, routeFilesUnder } from './client-namespace-scan';

const app = (...p: string[]) => path.join(ROOT, 'app', ...p);
const AREAS: Record<ClientArea, string[]> = {
  root: ['layout.tsx', 'error.tsx', 'not-found.tsx', 'forbidden.tsx'].map((f) => app(f)),
  public: routeFilesUnder(app('(public)')),
  ngo: routeFilesUnder(app('ngo')),
  operator: routeFilesUnder(app('operator')),
  expert: routeFilesUnder(app('expert')),
  admin: routeFilesUnder(app('admin')),
  me: routeFilesUnder(app('me')),
};

const kkMessages = Object.assign(
  {},
  ...MESSAGE_FILES.map((f) => JSON.parse(readFileSync(path.join(ROOT, 'lib', 'i18n', 'messages', 'kk', `${f}.json`), 'utf8')) as Record<string, unknown>),
) as Record<string, unknown>;

describe('the browser gets the translations its components use, per area', () => {
  it('every area of app/ has an entry (a new top-level area must choose its namespaces)', () => {
    const areas = readdirSync(app(), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'api')
      .map((d) => (d.name === '(public)' ? 'public' : d.name));
    expect(areas.sort()).toEqual(Object.keys(AREAS).filter((a) => a !== 'root').sort());
  });

  for (const [area, entries] of Object.entries(AREAS) as [ClientArea, string[]][]) {
    it(`${area}: every namespace a client component asks for is handed to the browser`, () => {
      const { uses, problems } = clientNamespacesFrom(entries);
      expect(problems).toEqual([]);
      // Client components of the root layout (header, error page) are rendered in every area.
      const provided = area === 'root' ? CLIENT_NAMESPACES.root : [...CLIENT_NAMESPACES[area]];
      const missing = uses.filter((u) => !covers(provided, u.namespace)).map((u) => `${u.namespace} (${u.file})`);
      expect([...new Set(missing)]).toEqual([]);
    });

    it(`${area}: every listed namespace exists in the messages`, () => {
      const picked = pickMessages(kkMessages, CLIENT_NAMESPACES[area]);
      for (const ns of CLIENT_NAMESPACES[area]) {
        const value = ns.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], picked);
        expect(value, ns).toBeTypeOf('object');
      }
    });
  }

  it('pickMessages keeps dotted namespaces nested and leaves the rest out', () => {
    const messages = { a: { b: { x: '1' }, c: { y: '2' } }, d: { z: '3' }, e: { w: '4' } };
    expect(pickMessages(messages, ['a.b', 'a.c', 'd'])).toEqual({ a: { b: { x: '1' }, c: { y: '2' } }, d: { z: '3' } });
    expect(pickMessages(messages, ['missing', 'a.nothing'])).toEqual({});
  });

  it('the public site sends a small part of the messages (it used to send them all)', () => {
    const all = JSON.stringify(kkMessages).length;
    const publicSize = JSON.stringify(pickMessages(kkMessages, [...CLIENT_NAMESPACES.root, ...CLIENT_NAMESPACES.public])).length;
    expect(publicSize / all).toBeLessThan(0.2);
  });
});
