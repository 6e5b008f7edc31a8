/**
 * State social order (SOCIAL_ORDER), stage 6 on a real PostgreSQL: announcement dates
 * (L2581–2584), the bid and SO-2 dumping at admission, CM-2 commission composition, SO-1
 * ranking (criterion 1 = 0 knock-out, 10/20/30% conditional discount, lowest conditional
 * price, market-experience tie-break) and the commission's vote with the chair's casting vote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyInstant } from '@/lib/rules';
import { setSocialOrderSchedule } from '@/lib/services/social-order/set-social-order-schedule';
import { saveBid } from '@/lib/services/social-order/save-bid';
import { decideSocialOrderAdmission } from '@/lib/services/social-order/decide-social-order-admission';
import { approveSocialOrderCommission } from '@/lib/services/social-order/approve-social-order-commission';
import { computeSocialOrderResults } from '@/lib/services/social-order/compute-social-order-results';
import { recordSocialOrderVotes } from '@/lib/services/social-order/record-social-order-votes';
import { disconnectTestDb, testContext, testDb } from './test-db';

const ALLOCATED = 36_000_000;
const AFTER_DEADLINE = () => new Date('2027-03-10T06:00:00Z');
let seq = 0;
let customerId = '';
let operator: Actor;

const staff = (id: string): Actor => ({ id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null });

async function newCompetition(opts: { status?: string; singleOrganizer?: boolean } = {}) {
  const db = testDb();
  const n = ++seq;
  return db.competition.create({
    data: {
      kind: 'SOCIAL_ORDER',
      organizerId: customerId,
      titleKk: `ӘТ конкурсы ${n}`,
      titleRu: `Конкурс ГСЗ ${n}`,
      year: 2027,
      status: opts.status ?? 'SCORING',
      dumpingPercent: 20,
      allocatedKzt: BigInt(ALLOCATED),
      tieBreak: 'MARKET_EXPERIENCE',
      settings: {
        singleOrganizer: opts.singleOrganizer ?? false,
        discountBands: [
          { min: 10, max: 15, percent: 10 },
          { min: 16, max: 20, percent: 20 },
          { min: 21, max: 23, percent: 30 },
        ],
      },
      deadlineAt: almatyInstant('2027-03-01', '18:00'),
      lots: { create: [{ number: 1, titleKk: 'Лот', titleRu: 'Лот', budgetKzt: BigInt(ALLOCATED) }] },
    },
    select: { id: true, version: true, lots: { select: { id: true } } },
  });
}

async function newNgo() {
  const db = testDb();
  const n = ++seq;
  const org = await db.organization.create({ data: { kind: 'NGO', bin: `9906400${String(n).padStart(5, '0')}`, legalForm: 'PUBLIC_ASSOCIATION', nameKk: `ҮЕҰ ${n}`, nameRu: `НПО ${n}` } });
  const head = await db.user.create({ data: { email: `so-head${n}@example.kz`, name: `Басшы ${n}`, role: 'NGO' } });
  await db.organizationMembership.create({ data: { organizationId: org.id, userId: head.id, role: 'HEAD' } });
  const actor: Actor = { id: head.id, role: 'NGO', organizationIds: [org.id], headOfOrganizationIds: [org.id], expertId: null };
  return { org, head, actor };
}

async function newApplication(comp: { id: string; lots: { id: string }[] }, data: { status: string; bid?: number; experience?: number }) {
  const { org, head } = await newNgo();
  return testDb().application.create({
    data: {
      competitionId: comp.id,
      lotId: comp.lots[0]!.id,
      organizationId: org.id,
      formVersion: 'social-order-2026.1',
      status: data.status,
      bidPriceKzt: data.bid === undefined ? null : BigInt(data.bid),
      marketExperienceYears: data.experience ?? null,
      submittedAt: data.status === 'DRAFT' ? null : almatyInstant('2027-02-25', '12:00'),
      submittedById: data.status === 'DRAFT' ? null : head.id,
      createdById: head.id,
    },
    select: { id: true, version: true, organizationId: true },
  });
}

/** A commission with `voting` voting members (the first is the chair) and a secretary without a vote. */
async function newCommission(competitionId: string, voting: number) {
  const db = testDb();
  const commission = await db.commission.create({ data: { competitionId, purpose: 'SELECTION' }, select: { id: true, version: true } });
  const members: { id: string; expertId: string }[] = [];
  for (let i = 0; i < voting; i++) {
    const n = ++seq;
    const u = await db.user.create({ data: { email: `so-member${n}@example.kz`, name: `Мүше ${n}`, role: 'EXPERT' } });
    const e = await db.expert.create({ data: { userId: u.id, nominationSource: 'OPERATOR', status: 'APPROVED' } });
    const m = await db.commissionMember.create({ data: { commissionId: commission.id, expertId: e.id, role: i === 0 ? 'CHAIR' : 'MEMBER', side: 'STATE' } });
    members.push({ id: m.id, expertId: e.id });
  }
  const sec = await db.user.create({ data: { email: `so-secretary${++seq}@example.kz`, name: 'Хатшы', role: 'OPERATOR' } });
  await db.commissionMember.create({ data: { commissionId: commission.id, userId: sec.id, role: 'SECRETARY', side: 'STATE', votingRight: false } });
  return { ...commission, members };
}

type Scores = { conformity: number; charter_goals: number; activity_plan: number; ngo_database: number; experience: number; indicators: number };
async function signSheets(commissionId: string, expertIds: string[], applicationId: string, scores: Scores) {
  const total = Object.values(scores).reduce((a, b) => a + b, 0);
  for (const expertId of expertIds) {
    await testDb().scoreSheet.create({
      data: {
        expertId, applicationId, commissionId, status: 'SIGNED', signedAt: new Date(), total,
        scores: { create: Object.entries(scores).map(([criterionId, value]) => ({ criterionId, value })) },
      },
    });
  }
}

beforeAll(async () => {
  const db = testDb();
  const customer = await db.organization.create({ data: { kind: 'STATE_BODY', bin: '990640099999', legalForm: 'INSTITUTION', nameKk: 'Әкімдік', nameRu: 'Акимат' } });
  customerId = customer.id;
  const op = await db.user.create({ data: { email: 'so-operator@example.kz', name: 'Оператор', role: 'OPERATOR' } });
  operator = staff(op.id);
});

afterAll(async () => {
  await disconnectTestDb();
});

describe('announcement dates (L2581–2584)', () => {
  it('refuses an announcement more than 3 working days after the documentation approval and a deadline < 20 calendar days away', async () => {
    const comp = await newCompetition({ status: 'DRAFT' });
    const r = await setSocialOrderSchedule(
      testDb(),
      operator,
      { competitionId: comp.id, expectedVersion: comp.version, documentationApprovedOn: '2027-02-01', announcedAt: almatyInstant('2027-02-05', '10:00'), deadlineAt: almatyInstant('2027-02-24', '18:00') },
      testContext,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect('issues' in r ? r.issues : []).toEqual(['announcedTooLateAfterApproval', 'deadlineTooSoon']);
    expect(r.error.params).toMatchObject({ latestAnnouncementOn: '2027-02-04', earliestDeadlineOn: '2027-02-25' });
    const unchanged = await testDb().competition.findUniqueOrThrow({ where: { id: comp.id } });
    expect(unchanged.announcedAt).toBeNull();
  });

  it('stores dates that respect both limits (approval Mon, announce Wed, deadline 20 days later)', async () => {
    const comp = await newCompetition({ status: 'DRAFT' });
    const r = await setSocialOrderSchedule(
      testDb(),
      operator,
      { competitionId: comp.id, expectedVersion: comp.version, documentationApprovedOn: '2027-02-01', announcedAt: almatyInstant('2027-02-03', '10:00'), deadlineAt: almatyInstant('2027-02-23', '18:00') },
      testContext,
    );
    expect(r).toMatchObject({ ok: true, version: comp.version + 1 });
    const saved = await testDb().competition.findUniqueOrThrow({ where: { id: comp.id } });
    expect((saved.settings as Record<string, unknown>).documentationApprovedOn).toBe('2027-02-01');
    expect(saved.deadlineAt?.toISOString()).toBe(almatyInstant('2027-02-23', '18:00').toISOString());
    expect(await testDb().auditEvent.count({ where: { action: 'competition.social_order_schedule_set', objectId: comp.id } })).toBe(1);
  });
});

describe('bid price and SO-2 dumping at admission', () => {
  it('saves a bid on the draft (a dumping bid is flagged with the lowest admissible price); a bid above the allocated amount is refused', async () => {
    const comp = await newCompetition({ status: 'OPEN' });
    const app = await newApplication(comp, { status: 'DRAFT' });
    const org = await testDb().organizationMembership.findFirstOrThrow({ where: { organizationId: app.organizationId } });
    const ngo: Actor = { id: org.userId, role: 'NGO', organizationIds: [app.organizationId], headOfOrganizationIds: [app.organizationId], expertId: null };
    const above = await saveBid(testDb(), ngo, { applicationId: app.id, expectedVersion: app.version, bidPriceKzt: ALLOCATED + 1, marketExperienceYears: 3 }, testContext);
    expect(above).toMatchObject({ ok: false, error: { code: 'bidAboveAllocated', field: 'bidPriceKzt' } });
    const dumping = await saveBid(testDb(), ngo, { applicationId: app.id, expectedVersion: app.version, bidPriceKzt: 28_799_999, marketExperienceYears: 3 }, testContext);
    expect(dumping).toMatchObject({ ok: true, dumping: true, minimumPriceKzt: 28_800_000 });
    // Another NGO may not touch it (IDOR).
    const other = await newNgo();
    expect(await saveBid(testDb(), other.actor, { applicationId: app.id, expectedVersion: app.version + 1, bidPriceKzt: 30_000_000, marketExperienceYears: 1 }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('SO-2: a bid more than 20% below the allocated amount cannot be admitted; not admitting it records SO-2', async () => {
    const comp = await newCompetition({ status: 'SCORING' });
    const app = await newApplication(comp, { status: 'SUBMITTED', bid: 28_799_999, experience: 2 });
    const admit = await decideSocialOrderAdmission(testDb(), operator, { applicationId: app.id, expectedVersion: app.version, admitted: true }, testContext, { now: AFTER_DEADLINE });
    expect(admit).toMatchObject({ ok: false, error: { code: 'dumpingBid', params: { minimum: 28_800_000, allocated: ALLOCATED } } });
    const refuseIt = await decideSocialOrderAdmission(testDb(), operator, { applicationId: app.id, expectedVersion: app.version, admitted: false, comment: 'Демпинг' }, testContext, { now: AFTER_DEADLINE });
    expect(refuseIt).toMatchObject({ ok: true, status: 'NOT_ADMITTED', reasons: ['SO-2'] });
    const decision = await testDb().admissionDecision.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(decision).toMatchObject({ admitted: false, reasons: ['SO-2'] });
    expect(await testDb().notification.count({ where: { objectId: app.id, templateKey: 'application.admission' } })).toBeGreaterThan(0);
  });

  it('SO-2: exactly 20% below is not dumping and is admitted; before the deadline nothing is decided (DL-1)', async () => {
    const comp = await newCompetition({ status: 'SCORING' });
    const app = await newApplication(comp, { status: 'SUBMITTED', bid: 28_800_000, experience: 2 });
    const early = await decideSocialOrderAdmission(testDb(), operator, { applicationId: app.id, expectedVersion: app.version, admitted: true }, testContext, { now: () => new Date('2027-02-26T06:00:00Z') });
    expect(early).toMatchObject({ ok: false, error: { code: 'deadlineNotPassed' } });
    const r = await decideSocialOrderAdmission(testDb(), operator, { applicationId: app.id, expectedVersion: app.version, admitted: true }, testContext, { now: AFTER_DEADLINE });
    expect(r).toMatchObject({ ok: true, status: 'ADMITTED', reasons: [] });
  });
});

describe('CM-2 commission composition', () => {
  it('refuses an even-sized commission (4 voting members; the secretary has no vote)', async () => {
    const comp = await newCompetition();
    const c = await newCommission(comp.id, 4);
    const r = await approveSocialOrderCommission(testDb(), operator, { commissionId: c.id, expectedVersion: c.version }, testContext);
    expect(r).toMatchObject({ ok: false, error: { code: 'commissionInvalid' } });
    expect('violations' in r ? r.violations : []).toEqual(['EVEN_SIZE']);
    expect((await testDb().commission.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('DRAFT');
  });

  it('a single organiser needs at least 5: 3 members are refused, 5 are approved', async () => {
    const comp = await newCompetition({ singleOrganizer: true });
    const three = await newCommission(comp.id, 3);
    const r3 = await approveSocialOrderCommission(testDb(), operator, { commissionId: three.id, expectedVersion: three.version }, testContext);
    expect('violations' in r3 ? r3.violations : []).toEqual(['TOO_FEW']);
    const five = await newCommission(comp.id, 5);
    const r5 = await approveSocialOrderCommission(testDb(), operator, { commissionId: five.id, expectedVersion: five.version }, testContext);
    expect(r5).toMatchObject({ ok: true, version: five.version + 1 });
    expect((await testDb().commission.findUniqueOrThrow({ where: { id: five.id } })).status).toBe('APPROVED');
  });
});

describe('SO-1 ranking and the CM-2 vote', () => {
  it('knocks out criterion 1 = 0, ranks by the lowest conditional price with the market-experience tie-break, and the majority adopts it', async () => {
    const db = testDb();
    const comp = await newCompetition();
    const c = await newCommission(comp.id, 5);
    expect(await approveSocialOrderCommission(db, operator, { commissionId: c.id, expectedVersion: c.version }, testContext)).toMatchObject({ ok: true });
    const experts = c.members.map((m) => m.expertId);
    // A: the lowest bid, but 12 points → 10% → 27,000,000.
    const a = await newApplication(comp, { status: 'SCORED', bid: 30_000_000, experience: 9 });
    await signSheets(c.id, experts, a.id, { conformity: 1, charter_goals: 1, activity_plan: 3, ngo_database: 2, experience: 3, indicators: 2 });
    // B: 22 points → 30% → 22,400,000, 3 years in the market.
    const b = await newApplication(comp, { status: 'SCORED', bid: 32_000_000, experience: 3 });
    await signSheets(c.id, experts, b.id, { conformity: 2, charter_goals: 1, activity_plan: 6, ngo_database: 2, experience: 5, indicators: 6 });
    // E: 21 points → 30% → 22,400,000 too, 7 years in the market → wins the tie.
    const e = await newApplication(comp, { status: 'SCORED', bid: 32_000_000, experience: 7 });
    await signSheets(c.id, experts, e.id, { conformity: 2, charter_goals: 1, activity_plan: 6, ngo_database: 2, experience: 4, indicators: 6 });
    // K: the best total otherwise, but criterion 1 = 0 → knocked out.
    const k = await newApplication(comp, { status: 'SCORED', bid: 29_000_000, experience: 10 });
    await signSheets(c.id, experts, k.id, { conformity: 0, charter_goals: 1, activity_plan: 6, ngo_database: 2, experience: 6, indicators: 6 });

    const r = await computeSocialOrderResults(db, operator, { competitionId: comp.id }, testContext, { now: AFTER_DEADLINE });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lot = r.lots[0]!;
    expect(lot.ranking.winner).toBe(e.id);
    expect(lot.ranking.rows.map((x) => [x.applicationId, x.rank, x.discountPercent, x.conditionalPrice])).toEqual([
      [e.id, 1, 30, 22_400_000],
      [b.id, 2, 30, 22_400_000],
      [a.id, 3, 10, 27_000_000],
      [k.id, null, 30, null],
    ]);
    expect(lot.ranking.rows.find((x) => x.applicationId === k.id)?.excludedFor).toEqual(['NOT_CONFORMING']);
    expect(await db.application.findUniqueOrThrow({ where: { id: k.id } })).toMatchObject({ status: 'NOT_ADMITTED', statusReason: 'SO-1' });
    const rows = await db.rankingRow.findMany({ where: { decisionId: lot.decisionId }, orderBy: { rank: 'asc' } });
    expect(rows.map((x) => [x.applicationId, x.winner, x.conditionalPriceKzt])).toEqual([
      [e.id, true, 22_400_000n],
      [b.id, false, 22_400_000n],
      [a.id, false, 27_000_000n],
    ]);
    // Computing twice is refused.
    expect(await computeSocialOrderResults(db, operator, { competitionId: comp.id }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyComputed' } });

    // CM-2: 3 of 5 FOR is a majority of all members → adopted.
    const [m0, m1, m2, m3, m4] = c.members;
    const v = await recordSocialOrderVotes(
      db,
      operator,
      { decisionId: lot.decisionId, votes: [{ memberId: m0!.id, vote: 'FOR' }, { memberId: m1!.id, vote: 'FOR' }, { memberId: m2!.id, vote: 'FOR' }, { memberId: m3!.id, vote: 'AGAINST' }, { memberId: m4!.id, vote: 'ABSTAIN' }] },
      testContext,
    );
    expect(v).toMatchObject({ ok: true, tally: { adopted: true, for: 3, against: 1, abstain: 1, castingVoteUsed: false } });
    expect(await db.decisionVote.count({ where: { decisionId: lot.decisionId } })).toBe(5);
    // The statuses stay sealed until the results are published (social-order-publication.test.ts).
    expect((await db.application.findUniqueOrThrow({ where: { id: e.id } })).status).toBe('SCORED');
    expect((await db.application.findUniqueOrThrow({ where: { id: b.id } })).status).toBe('SCORED');
    expect(await recordSocialOrderVotes(db, operator, { decisionId: lot.decisionId, votes: [{ memberId: m0!.id, vote: 'FOR' }] }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyVoted' } });
  });

  it("the chair's casting vote breaks a 2 : 2 tie, recorded per member; without a majority the decision is not adopted", async () => {
    const db = testDb();
    const comp = await newCompetition();
    const c = await newCommission(comp.id, 5);
    await approveSocialOrderCommission(db, operator, { commissionId: c.id, expectedVersion: c.version }, testContext);
    const [chair, m1, m2, m3, m4] = c.members;
    const draft = () => db.decision.create({ data: { competitionId: comp.id, lotId: comp.lots[0]!.id, commissionId: c.id, outcome: 'HELD', recordedById: operator.id }, select: { id: true } });

    const d1 = await draft();
    const tieChairFor = await recordSocialOrderVotes(
      db,
      operator,
      { decisionId: d1.id, votes: [{ memberId: chair!.id, vote: 'FOR' }, { memberId: m1!.id, vote: 'FOR' }, { memberId: m2!.id, vote: 'AGAINST' }, { memberId: m3!.id, vote: 'AGAINST' }, { memberId: m4!.id, vote: 'ABSTAIN' }] },
      testContext,
    );
    expect(tieChairFor).toMatchObject({ ok: true, tally: { adopted: true, for: 2, against: 2, castingVoteUsed: true } });
    const stored = await db.decisionVote.findMany({ where: { decisionId: d1.id }, select: { memberId: true, vote: true } });
    expect(stored).toHaveLength(5);
    expect(stored.find((s) => s.memberId === chair!.id)?.vote).toBe('FOR');

    const d2 = await draft();
    const tieChairAgainst = await recordSocialOrderVotes(
      db,
      operator,
      { decisionId: d2.id, votes: [{ memberId: chair!.id, vote: 'AGAINST' }, { memberId: m1!.id, vote: 'FOR' }, { memberId: m2!.id, vote: 'FOR' }, { memberId: m3!.id, vote: 'AGAINST' }] },
      testContext,
    );
    expect(tieChairAgainst).toMatchObject({ ok: true, tally: { adopted: false, castingVoteUsed: true, notVoted: 1 } });
    expect((await db.decision.findUniqueOrThrow({ where: { id: d2.id } })).comment).toBe('NOT_ADOPTED');

    // No delegation: the secretary (no vote) and duplicate votes are refused.
    const d3 = await draft();
    const secretary = await db.commissionMember.findFirstOrThrow({ where: { commissionId: c.id, role: 'SECRETARY' } });
    expect(await recordSocialOrderVotes(db, operator, { decisionId: d3.id, votes: [{ memberId: secretary.id, vote: 'FOR' }] }, testContext)).toMatchObject({ ok: false, error: { code: 'notAVotingMember' } });
    expect(await recordSocialOrderVotes(db, operator, { decisionId: d3.id, votes: [{ memberId: m1!.id, vote: 'FOR' }, { memberId: m1!.id, vote: 'FOR' }] }, testContext)).toMatchObject({ ok: false, error: { code: 'duplicateVote' } });
  });
});
