/**
 * State social order, the operator's path on the demo data and on hand-made rows (real
 * PostgreSQL): SO-2 dumping refused at admission, CM-2 even-sized commission refused, SO-1
 * criterion 1 = 0 knocks a bid out, the lowest conditional price wins with the
 * market-experience tie-break, the CM-2 vote adopts it and the publication moves the bids
 * to WINNER / NOT_WINNER and notifies the NGOs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyInstant } from '@/lib/rules';
import { approveSocialOrderCommission } from '@/lib/services/social-order/approve-social-order-commission';
import { computeSocialOrderResults } from '@/lib/services/social-order/compute-social-order-results';
import { decideSocialOrderAdmission } from '@/lib/services/social-order/decide-social-order-admission';
import { publishSocialOrderResults } from '@/lib/services/social-order/publish-social-order-results';
import { recordSocialOrderVotes } from '@/lib/services/social-order/record-social-order-votes';
import { seed } from '../../prisma/seed/load';
import { disconnectTestDb, testContext, testDb } from './test-db';

let operator: Actor;
let seq = 0;

beforeAll(async () => {
  await seed(testDb(), { log: () => {} });
  const op = await testDb().user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  operator = { id: op.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
}, 120_000);

afterAll(async () => {
  await disconnectTestDb();
});

const orgOf = (email: string) => testDb().organizationMembership.findFirstOrThrow({ where: { user: { email }, role: 'HEAD' }, select: { organizationId: true } });

describe('the seeded social-order stages (prisma/seed/social-order-stages.ts)', () => {
  it('SO-2: the dumping bid of «Мейірім» cannot be admitted and is not admitted with SO-2; the others are admitted', async () => {
    const db = testDb();
    const comp = await db.competition.findFirstOrThrow({ where: { kind: 'SOCIAL_ORDER', status: 'ADMISSION', code: { endsWith: '-012' } }, select: { id: true } });
    const apps = await db.application.findMany({ where: { competitionId: comp.id }, select: { id: true, version: true, organizationId: true, status: true, receiptNumber: true } });
    expect(apps).toHaveLength(3);
    expect(apps.every((a) => a.status === 'SUBMITTED' && a.receiptNumber !== null)).toBe(true);
    const n2 = (await orgOf('ngo2@demeu.kz')).organizationId;
    const dumping = apps.find((a) => a.organizationId === n2)!;
    expect(dumping).toBeDefined();
    expect(await decideSocialOrderAdmission(db, operator, { applicationId: dumping.id, expectedVersion: dumping.version, admitted: true }, testContext)).toMatchObject({
      ok: false,
      error: { code: 'dumpingBid', params: { bid: 18_500_000, minimum: 19_200_000, allocated: 24_000_000 } },
    });
    expect(await decideSocialOrderAdmission(db, operator, { applicationId: dumping.id, expectedVersion: dumping.version, admitted: false, comment: 'Демпинг' }, testContext)).toMatchObject({ ok: true, status: 'NOT_ADMITTED', reasons: ['SO-2'] });
    for (const a of apps.filter((x) => x.id !== dumping.id)) {
      expect(await decideSocialOrderAdmission(db, operator, { applicationId: a.id, expectedVersion: a.version, admitted: true }, testContext)).toMatchObject({ ok: true, status: 'ADMITTED' });
    }
  });

  it('SO-1 / CM-2: the ranking of the scored bids, the vote and the publication — ngo4@ wins at the lowest conditional price', async () => {
    const db = testDb();
    const comp = await db.competition.findFirstOrThrow({ where: { kind: 'SOCIAL_ORDER', status: 'COMMISSION_MEETING', code: { endsWith: '-013' } }, select: { id: true, version: true } });
    const computed = await computeSocialOrderResults(db, operator, { competitionId: comp.id }, testContext);
    expect(computed.ok).toBe(true);
    if (!computed.ok) return;
    const lot = computed.lots[0]!;
    const n4 = (await orgOf('ngo4@demeu.kz')).organizationId;
    const winner = await db.application.findUniqueOrThrow({ where: { id: lot.ranking.winner! }, select: { organizationId: true } });
    expect(winner.organizationId).toBe(n4);
    expect(lot.ranking.rows.map((r) => [r.totalScore, r.discountPercent, r.conditionalPrice])).toEqual([
      [23, 30, 22_400_000],
      [11, 10, 27_000_000],
      [16, 20, 27_200_000],
    ]);

    // Not before the commission has voted.
    expect(await publishSocialOrderResults(db, operator, { competitionId: comp.id, expectedVersion: comp.version }, testContext)).toMatchObject({ ok: false, error: { code: 'votesMissing' } });
    const members = await db.commissionMember.findMany({ where: { commission: { competitionId: comp.id }, votingRight: true }, orderBy: { appointedAt: 'asc' }, select: { id: true, role: true } });
    expect(members).toHaveLength(5);
    const vote = await recordSocialOrderVotes(db, operator, { decisionId: lot.decisionId, votes: members.map((m, i) => ({ memberId: m.id, vote: i < 3 ? 'FOR' : 'AGAINST' })) }, testContext);
    expect(vote).toMatchObject({ ok: true, tally: { adopted: true, for: 3, against: 2 } });

    const published = await publishSocialOrderResults(db, operator, { competitionId: comp.id, expectedVersion: comp.version }, testContext);
    expect(published).toMatchObject({ ok: true, status: 'RESULTS_PUBLISHED', winners: 1 });
    const apps = await db.application.findMany({ where: { competitionId: comp.id }, select: { id: true, status: true, organizationId: true } });
    expect(apps.filter((a) => a.status === 'WINNER').map((a) => a.organizationId)).toEqual([n4]);
    expect(apps.filter((a) => a.status === 'NOT_WINNER')).toHaveLength(2);
    expect(await db.notification.count({ where: { templateKey: 'results.published', objectId: { in: apps.map((a) => a.id) } } })).toBeGreaterThanOrEqual(3);
    expect(await db.decision.findUniqueOrThrow({ where: { id: lot.decisionId } })).toMatchObject({ status: 'PUBLISHED' });
    expect(await db.competition.findUniqueOrThrow({ where: { id: comp.id } })).toMatchObject({ status: 'RESULTS_PUBLISHED' });
    expect(await publishSocialOrderResults(db, operator, { competitionId: comp.id, expectedVersion: comp.version + 1 }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyPublished' } });
  });
});

describe('hand-made competitions', () => {
  async function competition() {
    const db = testDb();
    const n = ++seq;
    const akimat = await db.organization.findFirstOrThrow({ where: { kind: 'STATE_BODY' } });
    return db.competition.create({
      data: {
        kind: 'SOCIAL_ORDER', organizerId: akimat.id, titleKk: `Тест ӘТ ${n}`, titleRu: `Тест ГСЗ ${n}`, year: 2027, status: 'COMMISSION_MEETING', dumpingPercent: 20, allocatedKzt: 36_000_000n,
        settings: { discountBands: [{ min: 10, max: 15, percent: 10 }, { min: 16, max: 20, percent: 20 }, { min: 21, max: 23, percent: 30 }] },
        deadlineAt: almatyInstant('2027-03-01', '18:00'),
        lots: { create: [{ number: 1, titleKk: 'Лот', titleRu: 'Лот', budgetKzt: 36_000_000n }] },
      },
      select: { id: true, version: true, lots: { select: { id: true } } },
    });
  }
  async function commission(competitionId: string, experts: string[]) {
    const db = testDb();
    const c = await db.commission.create({ data: { competitionId, purpose: 'SELECTION' }, select: { id: true, version: true } });
    const ids: string[] = [];
    for (const [i, expertId] of experts.entries()) {
      ids.push((await db.commissionMember.create({ data: { commissionId: c.id, expertId, role: i === 0 ? 'CHAIR' : 'MEMBER', side: 'STATE' } })).id);
    }
    return { ...c, memberIds: ids };
  }

  it('CM-2: an even number of voting members (4) is refused; 3 (not a single organiser) is approved', async () => {
    const db = testDb();
    const comp = await competition();
    const experts = (await db.expert.findMany({ take: 4, orderBy: { id: 'asc' }, select: { id: true } })).map((e) => e.id);
    const even = await commission(comp.id, experts);
    const r = await approveSocialOrderCommission(db, operator, { commissionId: even.id, expectedVersion: even.version }, testContext);
    expect(r).toMatchObject({ ok: false, error: { code: 'commissionInvalid' } });
    expect('violations' in r ? r.violations : []).toEqual(['EVEN_SIZE']);
    const odd = await commission(comp.id, experts.slice(0, 3));
    expect(await approveSocialOrderCommission(db, operator, { commissionId: odd.id, expectedVersion: odd.version }, testContext)).toMatchObject({ ok: true });
  });

  it('SO-1: criterion 1 = 0 excludes the best total; equal conditional prices go to more market experience; publication follows the ranking', async () => {
    const db = testDb();
    const comp = await competition();
    const experts = (await db.expert.findMany({ take: 3, orderBy: { id: 'desc' }, select: { id: true } })).map((e) => e.id);
    const c = await commission(comp.id, experts);
    expect(await approveSocialOrderCommission(db, operator, { commissionId: c.id, expectedVersion: c.version }, testContext)).toMatchObject({ ok: true });
    const ngos = await db.organization.findMany({ where: { kind: 'NGO' }, take: 3, orderBy: { bin: 'asc' }, select: { id: true } });
    const creator = await db.user.findFirstOrThrow({ where: { role: 'NGO' } });
    const mk = async (orgId: string, bid: number, years: number, scores: Record<string, number>) => {
      const app = await db.application.create({
        data: { competitionId: comp.id, lotId: comp.lots[0]!.id, organizationId: orgId, formVersion: 'social-order-2026.1', status: 'SCORED', bidPriceKzt: BigInt(bid), marketExperienceYears: years, submittedAt: almatyInstant('2027-02-25', '12:00'), createdById: creator.id },
        select: { id: true },
      });
      const total = Object.values(scores).reduce((a, b) => a + b, 0);
      for (const expertId of experts) {
        await db.scoreSheet.create({ data: { expertId, applicationId: app.id, commissionId: c.id, status: 'SIGNED', signedAt: new Date(), total, scores: { create: Object.entries(scores).map(([criterionId, value]) => ({ criterionId, value })) } } });
      }
      return app.id;
    };
    // 22 points → 30% of 32,000,000 = 22,400,000, 3 years.
    const b = await mk(ngos[0]!.id, 32_000_000, 3, { conformity: 2, charter_goals: 1, activity_plan: 6, ngo_database: 2, experience: 5, indicators: 6 });
    // 21 points → 30% of 32,000,000 = 22,400,000 too, 7 years → wins the tie.
    const e = await mk(ngos[1]!.id, 32_000_000, 7, { conformity: 2, charter_goals: 1, activity_plan: 6, ngo_database: 2, experience: 4, indicators: 6 });
    // Criterion 1 = 0 → excluded despite the lowest bid.
    const k = await mk(ngos[2]!.id, 29_000_000, 10, { conformity: 0, charter_goals: 1, activity_plan: 6, ngo_database: 2, experience: 6, indicators: 6 });

    const r = await computeSocialOrderResults(db, operator, { competitionId: comp.id }, testContext);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lot = r.lots[0]!;
    expect(lot.ranking.winner).toBe(e);
    expect(lot.ranking.rows.find((x) => x.applicationId === k)).toMatchObject({ rank: null, excludedFor: ['NOT_CONFORMING'] });
    expect((await db.application.findUniqueOrThrow({ where: { id: k } })).status).toBe('NOT_ADMITTED');

    // CM-2: chair FOR, 1 AGAINST, 1 not voted — a tie the chair's casting vote breaks: adopted.
    const [chair, m1] = c.memberIds;
    expect(await recordSocialOrderVotes(db, operator, { decisionId: lot.decisionId, votes: [{ memberId: chair!, vote: 'FOR' }, { memberId: m1!, vote: 'AGAINST' }] }, testContext)).toMatchObject({
      ok: true,
      tally: { adopted: true, castingVoteUsed: true },
    });
    const published = await publishSocialOrderResults(db, operator, { competitionId: comp.id, expectedVersion: comp.version }, testContext);
    expect(published).toMatchObject({ ok: true, status: 'RESULTS_PUBLISHED', winners: 1 });
    expect((await db.application.findUniqueOrThrow({ where: { id: e } })).status).toBe('WINNER');
    expect((await db.application.findUniqueOrThrow({ where: { id: b } })).status).toBe('NOT_WINNER');
    expect((await db.application.findUniqueOrThrow({ where: { id: k } })).status).toBe('NOT_ADMITTED');
  });

  it('CM-2: a decision the commission did not adopt is not published', async () => {
    const db = testDb();
    const comp = await competition();
    const experts = (await db.expert.findMany({ take: 3, orderBy: { id: 'asc' }, select: { id: true } })).map((e) => e.id);
    const c = await commission(comp.id, experts);
    await approveSocialOrderCommission(db, operator, { commissionId: c.id, expectedVersion: c.version }, testContext);
    const d = await db.decision.create({ data: { competitionId: comp.id, lotId: comp.lots[0]!.id, commissionId: c.id, outcome: 'HELD', recordedById: operator.id }, select: { id: true } });
    const [chair, m1, m2] = c.memberIds;
    expect(await recordSocialOrderVotes(db, operator, { decisionId: d.id, votes: [{ memberId: chair!, vote: 'AGAINST' }, { memberId: m1!, vote: 'FOR' }, { memberId: m2!, vote: 'ABSTAIN' }] }, testContext)).toMatchObject({ ok: true, tally: { adopted: false } });
    expect(await publishSocialOrderResults(db, operator, { competitionId: comp.id, expectedVersion: comp.version }, testContext)).toMatchObject({ ok: false, error: { code: 'decisionNotAdopted' } });
    expect((await db.competition.findUniqueOrThrow({ where: { id: comp.id } })).status).toBe('COMMISSION_MEETING');
  });
});
