// Every client component gets its translations (issue 9: page weight; the messages used to
// be sent whole with every page). Each area's client provider (a layout rendering
// <ClientMessages area>) must hold every namespace the client components of its pages ask
// for — walked from each route file through its imports (./client-namespace-scan.ts) — and
// nothing that does not exist. A page belongs to the innermost area folder above it: an
// inner provider replaces the outer one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, pickMessages, type ClientArea } from '@/lib/i18n/client-messages';
import { MESSAGE_FILES } from '@/lib/i18n/load-messages';
import { clientNamespacesFrom, covers, ROOT, routeFilesUnder } from './client-namespace-scan';

/** The folders whose layout provides each area (root: app/layout.tsx itself). */
const AREA_FOLDERS: Record<ClientArea, string[]> = {
  root: ['app'],
  signIn: ['app/(public)/sign-in'],
  register: ['app/(public)/register'],
  orgInvitation: ['app/(public)/invitations'],
  expertInvitation: ['app/(public)/expert-invitations'],
  creativeClubs: ['app/(public)/creative-clubs'],
  socialOrderDiscussion: ['app/(public)/social-order'],
  evaluationDiscussion: ['app/(public)/evaluations'],
  ngo: ['app/ngo'],
  ngoApplication: ['app/ngo/applications/[id]'],
  applicationSections: ['app/ngo/applications/[id]/sections'],
  ngoAgreements: ['app/ngo/agreements'],
  reports: ['app/ngo/agreements/[id]/reports', 'app/operator/agreements/[id]/reports'],
  ngoCreativeOrder: ['app/ngo/creative-order'],
  ngoDatabaseReport: ['app/ngo/database-report'],
  ngoTopicProposals: ['app/ngo/topic-proposals'],
  operator: ['app/operator'],
  expert: ['app/expert'],
  admin: ['app/admin'],
  me: ['app/me'],
};

const routeFiles = routeFilesUnder(path.join(ROOT, 'app')).filter((f) => !path.relative(ROOT, f).startsWith('app/api/'));

/** The innermost area folder above a route file. */
function areaOf(file: string): ClientArea {
  const rel = path.relative(ROOT, file);
  let best: { area: ClientArea; depth: number } = { area: 'root', depth: 0 };
  for (const [area, folders] of Object.entries(AREA_FOLDERS) as [ClientArea, string[]][]) {
    for (const folder of folders) {
      // A folder's own layout is rendered inside its provider's parent: it belongs to the area above.
      const inside = rel.startsWith(`${folder}/`) && rel !== `${folder}/layout.tsx`;
      if (inside && folder.length > best.depth) best = { area, depth: folder.length };
    }
  }
  return best.area;
}

const kkMessages = Object.assign(
  {},
  ...MESSAGE_FILES.map((f) => JSON.parse(readFileSync(path.join(ROOT, 'lib', 'i18n', 'messages', 'kk', `${f}.json`), 'utf8')) as Record<string, unknown>),
) as Record<string, unknown>;

describe('the browser gets the translations its components use, per area', () => {
  it('every cabinet of app/ is an area (a new one must choose its namespaces); the public site is the root area', () => {
    const top = readdirSync(path.join(ROOT, 'app'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'api' && d.name !== '(public)')
      .map((d) => `app/${d.name}`);
    const declared = Object.values(AREA_FOLDERS).flat();
    for (const folder of top) expect(declared, folder).toContain(folder);
  });

  for (const [area, folders] of Object.entries(AREA_FOLDERS) as [ClientArea, string[]][]) {
    it(`${area}: its layouts provide it`, () => {
      if (area === 'root') {
        // No provider at the root: its pages and the header must translate on the server.
        expect(CLIENT_NAMESPACES.root).toEqual([]);
        expect(readFileSync(path.join(ROOT, 'app', 'layout.tsx'), 'utf8')).not.toMatch(/ClientMessages|NextIntlClientProvider/);
        return;
      }
      for (const folder of folders) {
        const layout = readFileSync(path.join(ROOT, folder, 'layout.tsx'), 'utf8');
        expect(layout, folder).toContain(`<ClientMessages area="${area}"`);
      }
    });

    it(`${area}: every namespace a client component of its pages asks for is handed to the browser`, () => {
      const files = routeFiles.filter((f) => areaOf(f) === area);
      const { uses, problems } = clientNamespacesFrom(files);
      expect(problems).toEqual([]);
      const missing = uses.filter((u) => !covers(CLIENT_NAMESPACES[area], u.namespace)).map((u) => `${u.namespace} (${u.file})`);
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

  it('a page belongs to the innermost area above it; an area layout to the area around it', () => {
    expect(areaOf(path.join(ROOT, 'app/ngo/applications/page.tsx'))).toBe('ngo');
    expect(areaOf(path.join(ROOT, 'app/ngo/applications/[id]/page.tsx'))).toBe('ngoApplication');
    expect(areaOf(path.join(ROOT, 'app/(public)/competitions/[id]/page.tsx'))).toBe('root');
    expect(areaOf(path.join(ROOT, 'app/ngo/applications/[id]/sections/[key]/page.tsx'))).toBe('applicationSections');
    expect(areaOf(path.join(ROOT, 'app/ngo/applications/[id]/sections/layout.tsx'))).toBe('ngoApplication');
    expect(areaOf(path.join(ROOT, 'app/layout.tsx'))).toBe('root');
  });

  it('pickMessages keeps dotted namespaces nested and leaves the rest out', () => {
    const messages = { a: { b: { x: '1' }, c: { y: '2' } }, d: { z: '3' }, e: { w: '4' } };
    expect(pickMessages(messages, ['a.b', 'a.c', 'd'])).toEqual({ a: { b: { x: '1' }, c: { y: '2' } }, d: { z: '3' } });
    expect(pickMessages(messages, ['missing', 'a.nothing'])).toEqual({});
  });

  it('the pages everyone opens at once send a small part of the messages (they used to send them all)', () => {
    const all = JSON.stringify(kkMessages).length;
    // The public competition page: none at all (the root area has no provider).
    expect(CLIENT_NAMESPACES.root).toEqual([]);
    // The NGO's application page at the deadline.
    expect(JSON.stringify(pickMessages(kkMessages, CLIENT_NAMESPACES.ngoApplication)).length / all).toBeLessThan(0.1);
  });
});
