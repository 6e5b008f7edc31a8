/**
 * The protocol of the social-order commission's decision (stage 6, SO-1, SO-2, CM-2) on the
 * demo seed (real PostgreSQL): SO-ALA-<year>-013 at the commission meeting is ranked, the
 * members vote (a 2 : 2 tie the chair's casting vote breaks), and the protocol data holds
 * the winner at the lowest conditional price, the conditional prices and the tally; the
 * route handler app/api/competitions/[id]/social-order-protocol serves the PDF in kk and ru
 * to staff and to a commission member, 409 before the vote, the same 404 as a missing
 * competition to an NGO. The signed-in user (normally from the next-auth cookie) and
 * next-intl's request scope (rebuilt from the real message files) are the stand-ins for
 * what only Next provides.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFormatter, createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { computeSocialOrderResults } from '@/lib/services/social-order/compute-social-order-results';
import { recordSocialOrderVotes } from '@/lib/services/social-order/record-social-order-votes';
import { seed } from '../../prisma/seed/load';
import { disconnectTestDb, testContext, testDb } from './test-db';
import { pdfTitle } from '../support/pdf-title';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));
const messages = (locale: string) => JSON.parse(readFileSync(path.resolve(process.cwd(), `lib/i18n/messages/${locale}/socialOrder.json`), 'utf8')) as Record<string, unknown>;
vi.mock('next-intl/server', async () => {
  const intl = await import('next-intl');
  return {
    getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) => intl.createTranslator({ locale, messages: messages(locale), namespace } as never),
    getFormatter: async ({ locale }: { locale: string }) => intl.createFormatter({ locale, timeZone: 'Asia/Almaty' }),
  };
});

const { GET } = await import('@/app/api/competitions/[id]/social-order-protocol/route');
const { loadSocialOrderProtocol, socialOrderProtocolData } = await import('@/lib/services/social-order/decision-protocol-data');

let operator: Actor;
let chairExpert: Actor;
let ngo: Actor;
let competitionId = '';

const actorOf = async (email: string): Promise<Actor> => {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: true } });
  return {
    id: u.id,
    role: u.role,
    organizationIds: u.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: u.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: u.expert?.id ?? null,
  };
};

const format = (locale: 'kk' | 'ru') => {
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'socialOrder.protocol' } as never) as unknown as (k: string, v?: Record<string, unknown>) => string;
  const f = createFormatter({ locale, timeZone: 'Asia/Almaty' });
  return {
    locale,
    t: (key: string, values?: Record<string, string | number>) => t(key, values),
    money: (v: bigint | number | null) => (v == null ? '—' : f.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })),
    dateTime: (d: Date) => f.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }),
    day: (d: Date) => f.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' }),
  };
};

async function get(actor: Actor | null, locale?: string) {
  session.actor = actor;
  const url = `http://localhost/api/competitions/${competitionId}/social-order-protocol${locale ? `?locale=${locale}` : ''}`;
  return GET(new Request(url), { params: Promise.resolve({ id: competitionId }) });
}

beforeAll(async () => {
  await seed(testDb(), { log: () => {} });
  operator = await actorOf('operator@demeu.kz');
  chairExpert = await actorOf('expert@demeu.kz');
  ngo = await actorOf('ngo@demeu.kz');
  competitionId = (await testDb().competition.findFirstOrThrow({ where: { kind: 'SOCIAL_ORDER', status: 'COMMISSION_MEETING', code: { endsWith: '-013' } }, select: { id: true } })).id;
}, 120_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('the protocol of the social-order commission decision (SO-ALA-…-013)', () => {
  it('CM-2: 409 until the commission has voted (staff); an NGO gets 404, a bad locale 400', async () => {
    expect((await get(operator)).status).toBe(409);
    const computed = await computeSocialOrderResults(testDb(), operator, { competitionId }, testContext);
    expect(computed.ok).toBe(true);
    expect((await get(operator, 'ru')).status).toBe(409);
    expect((await get(ngo)).status).toBe(404);
    expect((await get(operator, 'en')).status).toBe(400);
    expect((await get(null)).status).toBe(401);
    expect((await loadSocialOrderProtocol(testDb(), competitionId))!.votesRecorded).toBe(false);
  });

  it('SO-1 / CM-2: winner at the lowest conditional price, the conditional prices, each vote and the chair’s casting vote', async () => {
    const db = testDb();
    const decision = await db.decision.findFirstOrThrow({ where: { competitionId }, select: { id: true } });
    const members = await db.commissionMember.findMany({ where: { commission: { competitionId }, votingRight: true }, orderBy: { appointedAt: 'asc' }, select: { id: true, role: true } });
    expect(members).toHaveLength(5);
    const chair = members.find((m) => m.role === 'CHAIR')!;
    const others = members.filter((m) => m !== chair);
    // 2 FOR (chair included), 2 AGAINST, 1 ABSTAIN: no majority of all 5, a tie the chair breaks.
    const votes = [
      { memberId: chair.id, vote: 'FOR' as const },
      { memberId: others[0]!.id, vote: 'FOR' as const },
      { memberId: others[1]!.id, vote: 'AGAINST' as const },
      { memberId: others[2]!.id, vote: 'AGAINST' as const },
      { memberId: others[3]!.id, vote: 'ABSTAIN' as const },
    ];
    expect(await recordSocialOrderVotes(db, operator, { decisionId: decision.id, votes }, testContext)).toMatchObject({ ok: true, tally: { adopted: true, castingVoteUsed: true } });

    const p = (await loadSocialOrderProtocol(db, competitionId))!;
    expect(p.votesRecorded).toBe(true);
    expect(p.competition).toMatchObject({ allocatedKzt: 36_000_000n, dumpingPercent: 20, prepaymentPercent: 50 });
    expect(p.commission?.orderNumber).toBe('№ 47-ӘТ');
    const lot = p.lots[0]!;
    expect(lot.minimumBidKzt).toBe(28_800_000); // SO-2: 36,000,000 − 20%
    expect(lot.bids.map((b) => [b.rank, b.score, b.discountPercent, b.conditionalPriceKzt, b.admitted, b.winner])).toEqual([
      [1, 23, 30, 22_400_000n, true, true],
      [2, 11, 10, 27_000_000n, true, false],
      [3, 16, 20, 27_200_000n, true, false],
    ]);
    const n4 = await db.organizationMembership.findFirstOrThrow({ where: { user: { email: 'ngo4@demeu.kz' }, role: 'HEAD' }, select: { organization: { select: { bin: true } } } });
    expect(lot.bids[0]!.organization.bin).toBe(n4.organization.bin);
    expect(lot.winner).toEqual({ applicationId: lot.bids[0]!.applicationId, basis: 'LOWEST_CONDITIONAL_PRICE', tiedWith: [] });
    expect(lot.tally).toEqual({ adopted: true, members: 5, for: 2, against: 2, abstain: 1, notVoted: 0, castingVoteUsed: true });
    expect(lot.votes.map((v) => v.vote)).toEqual(['FOR', 'FOR', 'AGAINST', 'AGAINST', 'ABSTAIN']);
    expect(lot.votes[0]!.role).toBe('CHAIR');

    // The same content in Kazakh and Russian.
    const kk = socialOrderProtocolData(p, format('kk'));
    expect(kk.heading).toBe('Конкурстық комиссияның шешімі туралы хаттама');
    expect(kk.lots[0]!.basis).toBe('Негіздеме: шартты бағасы ең төмен (SO-1).');
    expect(kk.lots[0]!.result).toContain('төрағаның дауысы шешуші болды');
    expect(kk.lots[0]!.tally).toBe('Дауыс беретін мүшелер: 5; жақтағаны 2, қарсысы 2, қалыс қалғаны 1, дауыс бермегені 0.');
    expect(kk.lots[0]!.bids[0]!.admission).toBe('Жіберілді — жеңімпаз');
    expect(kk.members.map((m) => m.role)).toContain('Хатшы (дауыс беру құқығынсыз)');
    const ru = socialOrderProtocolData(p, format('ru'));
    expect(ru.lots[0]!.result).toBe('Решение принято: голоса разделились поровну, решающим стал голос председателя (CM-2).');
    expect(ru.lots[0]!.winner).toMatch(/^Победитель: .+, ценовое предложение 32\s000\s000\s(₸|KZT), условная цена 22\s400\s000\s(₸|KZT)\.$/u);
    expect(ru.lots[0]!.votes.map((v) => v.vote)).toEqual(['За', 'За', 'Против', 'Против', 'Воздержался']);

    // SO-2 / SO-1: a bid that left the competition is shown with its reason (and the operator's comment).
    const excluded = { ...lot.bids[2]!, admitted: false, rank: null, conditionalPriceKzt: null, winner: false, exclusions: ['SO-2' as const], statusReason: 'SO-2: Демпинг' };
    const knocked = { ...lot.bids[1]!, admitted: false, rank: null, conditionalPriceKzt: null, winner: false, exclusions: ['SO-1' as const], statusReason: 'SO-1' };
    const withExcluded = socialOrderProtocolData({ ...p, lots: [{ ...lot, bids: [lot.bids[0]!, knocked, excluded] }] }, format('ru'));
    expect(withExcluded.lots[0]!.bids[2]).toMatchObject({ rank: '—', conditional: '—', admission: 'Не допущен: демпинг — цена слишком ниже выделенной суммы (SO-2); Демпинг' });
    expect(withExcluded.lots[0]!.bids[1]!.admission).toBe('Не допущен: 0 баллов по критерию 1 (SO-1)');
  });

  it('the PDF in kk and ru for staff and for a member of the commission; an NGO gets the 404 of a missing competition', async () => {
    for (const locale of ['kk', 'ru'] as const) {
      const res = await get(operator, locale);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfTitle(pdf)).toContain(locale === 'kk' ? 'Конкурстық комиссияның шешімі туралы хаттама' : 'Протокол решения конкурсной комиссии');
    }
    expect((await get(chairExpert, 'kk')).status).toBe(200);
    expect((await get(ngo, 'kk')).status).toBe(404);
    session.actor = operator;
    const missing = await GET(new Request('http://localhost/api/competitions/nope/social-order-protocol'), { params: Promise.resolve({ id: 'nope' }) });
    expect(missing.status).toBe(404);
  });
});
