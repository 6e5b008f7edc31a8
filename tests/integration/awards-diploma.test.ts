/**
 * The award laureate's diploma (AW-9, AW-10) as a PDF in kk and ru through the real route
 * handler app/api/laureates/[id]/diploma: staff and members of the laureate organisation
 * get the bytes; a member of another organisation gets the same 404 as a missing laureate
 * (no IDOR); before the laureates are published only staff. Real PostgreSQL, an empty
 * database; the signed-in user (normally from the next-auth cookie) and next-intl's request
 * scope (rebuilt from the real message files) are the stand-ins for what only Next provides.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyInstant } from '@/lib/rules';
import { withControlDigit } from '@/lib/validation/kz-identifiers';
import { disconnectTestDb, testDb } from './test-db';
import { pdfTitle } from '../support/pdf-title';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));
// next-intl's request scope exists only inside Next: the same translator and formatter,
// built from the real message files.
vi.mock('next-intl/server', async () => {
  const { createFormatter, createTranslator } = await import('next-intl');
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const messages = (locale: string) => JSON.parse(readFileSync(path.resolve(process.cwd(), `lib/i18n/messages/${locale}/awards.json`), 'utf8')) as Record<string, unknown>;
  return {
    getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) => createTranslator({ locale, messages: messages(locale), namespace } as never),
    getFormatter: async ({ locale }: { locale: string }) => createFormatter({ locale, timeZone: 'Asia/Almaty' }),
  };
});

const { GET } = await import('@/app/api/laureates/[id]/diploma/route');
const { loadAwardDiploma } = await import('@/lib/services/awards/diploma-data');


let laureateId = '';
let competitionId = '';
let operator: Actor;
let laureateNgo: Actor;
let otherNgo: Actor;

async function ngo(n: number): Promise<Actor & { orgId: string }> {
  const db = testDb();
  const org = await db.organization.create({
    data: { kind: 'NGO', bin: withControlDigit(`99064${String(n).padStart(6, '0')}`)!, legalForm: 'PUBLIC_ASSOCIATION', nameKk: `Дипломды ҮЕҰ ${n}`, nameRu: `НПО с дипломом ${n}` },
  });
  const user = await db.user.create({ data: { email: `diploma-ngo${n}@example.kz`, name: `Басшы ${n}`, role: 'NGO', locale: 'kk' } });
  await db.organizationMembership.create({ data: { organizationId: org.id, userId: user.id, role: 'HEAD' } });
  return { id: user.id, role: 'NGO', organizationIds: [org.id], headOfOrganizationIds: [org.id], expertId: null, orgId: org.id };
}

const call = (as: Actor | null, id: string, locale?: string) => {
  session.actor = as;
  const url = `http://localhost/api/laureates/${id}/diploma${locale ? `?locale=${locale}` : ''}`;
  return GET(new Request(url), { params: Promise.resolve({ id }) });
};

beforeAll(async () => {
  const db = testDb();
  const ministry = await db.organization.create({
    data: { kind: 'STATE_BODY', bin: withControlDigit('99064099999')!, legalForm: 'STATE_INSTITUTION', nameKk: 'Министрлік', nameRu: 'Министерство' },
  });
  const op = await db.user.create({ data: { email: 'diploma-operator@example.kz', name: 'Оператор', role: 'OPERATOR', locale: 'kk' } });
  operator = { id: op.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
  const winner = await ngo(1);
  laureateNgo = winner;
  otherNgo = await ngo(2);
  const dir = await db.direction.create({ data: { number: 7, nameKk: 'Жетім балаларға көмек', nameRu: 'Помощь детям-сиротам', nameEn: 'Orphans', kinds: ['AWARD'] } });
  const comp = await db.competition.create({
    data: { kind: 'AWARD', code: 'AW-2030', organizerId: ministry.id, titleKk: '2030 сыйлықақы', titleRu: 'Премия 2030', year: 2030, status: 'RESULTS_PUBLISHED', resultsPublishedAt: almatyInstant('2030-11-28', '12:00') },
  });
  competitionId = comp.id;
  const lot = await db.lot.create({ data: { competitionId, number: 7, directionId: dir.id, titleKk: dir.nameKk, titleRu: dir.nameRu, budgetKzt: 8_000_000n } });
  const app = await db.application.create({ data: { competitionId, lotId: lot.id, organizationId: winner.orgId, formVersion: 'award-v1', createdById: winner.id, status: 'WINNER' } });
  laureateId = (
    await db.laureate.create({ data: { competitionId, applicationId: app.id, organizationId: winner.orgId, directionId: dir.id, year: 2030, rank: 1, amountKzt: 8_000_000n, diplomaNumber: '№ 2030/7-1' } })
  ).id;
});

afterAll(disconnectTestDb);

describe('award diploma PDF (AW-9, AW-10)', () => {
  it('renders for staff and for the laureate NGO in kk and ru: bytes start with %PDF-', async () => {
    for (const [who, locale] of [
      [operator, 'kk'],
      [operator, 'ru'],
      [laureateNgo, 'kk'],
      [laureateNgo, 'ru'],
    ] as const) {
      const res = await call(who, laureateId, locale);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('application/pdf');
      expect(res.headers.get('Content-Disposition')).toContain(`-${locale}.pdf`);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0).toBe(1);
      // The document title names the diploma and the organisation in the requested language.
      expect(pdfTitle(bytes)).toBe(locale === 'kk' ? 'Диплом № 2030/7-1 — Дипломды ҮЕҰ 1' : 'Диплом № 2030/7-1 — НПО с дипломом 1');
    }
  });

  it('IDOR: an NGO of another organisation gets 404, like a missing laureate; no session is 401; a bad locale is 400', async () => {
    expect((await call(otherNgo, laureateId)).status).toBe(404);
    expect((await call(operator, 'no-such-laureate')).status).toBe(404);
    expect((await call(null, laureateId)).status).toBe(401);
    expect((await call(operator, laureateId, 'en')).status).toBe(400);
  });

  it('AW-9: before the laureates are published the laureate NGO gets 404, staff still see it', async () => {
    const db = testDb();
    await db.competition.update({ where: { id: competitionId }, data: { status: 'COMMISSION_MEETING', resultsPublishedAt: null } });
    try {
      expect((await call(laureateNgo, laureateId)).status).toBe(404);
      expect(await loadAwardDiploma(db, operator, laureateId)).toMatchObject({ diplomaNumber: '№ 2030/7-1', amountKzt: 8_000_000n });
      expect((await call(operator, laureateId, 'ru')).status).toBe(200);
    } finally {
      await db.competition.update({ where: { id: competitionId }, data: { status: 'RESULTS_PUBLISHED', resultsPublishedAt: almatyInstant('2030-11-28', '12:00') } });
    }
  });
});
