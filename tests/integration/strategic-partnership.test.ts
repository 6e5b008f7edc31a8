import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { declareConflict } from '@/lib/services/coi/declare-conflict';
import { signScoreSheet } from '@/lib/services/scoring/sign-score-sheet';
import { createStrategicPartnership } from '@/lib/services/strategic-partnership/create-strategic-partnership';
import type { CreateStrategicPartnershipFormValues } from '@/lib/services/strategic-partnership/input';
import { openDirectScoring } from '@/lib/services/commission/open-direct-scoring';
import { saveDirectCommission } from '@/lib/services/commission/save-direct-commission';
import { selectStrategicPartner } from '@/lib/services/strategic-partnership/select-partner';
import { publishResults } from '@/lib/services/results/publish-results';
import { recordMeeting } from '@/lib/services/results/record-meeting';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testContext, testDb } from './test-db';

// Strategic partnership (seed 000): central bodies only (L86), CM-3 commission of ≥ 3 state
// and ≥ 4 civil-society members (L97–100), criteria per competition, the highest score wins
// (L102–106). The demo data gives the ministry (a central body), the Almaty akimat (a local
// one) and the operator; the commission members and applicants are created here.
let operator: Actor;
let ministryId = '';
let akimatId = '';
let operatorOrgId = '';
const experts: Actor[] = [];
const ngos: { orgId: string; userId: string }[] = [];

const staff = (id: string): Actor => ({ id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null });

const CRITERIA = [
  { id: 'experience', titleKk: 'Саладағы тәжірибе', titleRu: 'Опыт в сфере', min: 0, max: 10 },
  { id: 'programme', titleKk: 'Бағдарламаның сапасы', titleRu: 'Качество программы', min: 0, max: 10 },
];

const form = (over: Partial<CreateStrategicPartnershipFormValues> = {}): CreateStrategicPartnershipFormValues => ({
  organizerId: ministryId,
  year: 2026,
  titleKk: 'Шығармашылық одақтармен стратегиялық әріптестік',
  titleRu: 'Стратегическое партнёрство с творческими союзами',
  budgetKzt: 50_000_000,
  criteria: CRITERIA,
  ...over,
});

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  operator = staff((await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } })).id);
  ministryId = (await db.organization.findFirstOrThrow({ where: { kind: 'STATE_BODY', isCentralBody: true } })).id;
  akimatId = (await db.organization.findFirstOrThrow({ where: { kind: 'STATE_BODY', isCentralBody: false } })).id;
  operatorOrgId = (await db.organization.findFirstOrThrow({ where: { kind: 'OPERATOR' } })).id;
  for (let i = 1; i <= 8; i += 1) {
    const u = await db.user.create({ data: { email: `sp.member${i}@example.kz`, name: `Комиссия мүшесі ${i}`, role: 'EXPERT' } });
    const e = await db.expert.create({ data: { userId: u.id, nominationSource: 'SELF', status: 'APPROVED' } });
    experts.push({ id: u.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: e.id });
  }
  const heads = await db.organizationMembership.findMany({
    where: { role: 'HEAD', endedAt: null, organization: { kind: 'NGO', propertyArrested: false, inLiquidation: false } },
    orderBy: { createdAt: 'asc' },
    take: 3,
  });
  for (const h of heads) ngos.push({ orgId: h.organizationId, userId: h.userId });
  expect(ngos).toHaveLength(3);
}, 60_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('creating a strategic-partnership competition (seed 000)', () => {
  it('L86: a local executive body (akimat) is refused as organiser; nothing is written', async () => {
    const before = await testDb().competition.count();
    const out = await createStrategicPartnership(testDb(), operator, form({ organizerId: akimatId }), testContext);
    expect(out).toMatchObject({ ok: false, error: { code: 'organizerNotCentralBody', field: 'organizerId' } });
    expect(await testDb().competition.count()).toBe(before);
  });

  it('L86: the operator is not a central executive body either', async () => {
    const out = await createStrategicPartnership(testDb(), operator, form({ organizerId: operatorOrgId }), testContext);
    expect(out).toMatchObject({ ok: false, error: { code: 'organizerNotCentralBody' } });
  });

  it('L102–106: criteria are defined per competition — none is refused, so is a bad range', async () => {
    expect(await createStrategicPartnership(testDb(), operator, form({ criteria: [] }), testContext)).toMatchObject({
      ok: false,
      error: { code: 'criteriaMissing', field: 'criteria' },
    });
    const bad = await createStrategicPartnership(testDb(), operator, form({ criteria: [{ ...CRITERIA[0]!, min: 5, max: 5 }] }), testContext);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { 'criteria.0.max': 'minAboveMax' } });
  });

  it('an NGO user may not create one', async () => {
    const ngo: Actor = { id: ngos[0]!.userId, role: 'NGO', organizationIds: [ngos[0]!.orgId], headOfOrganizationIds: [ngos[0]!.orgId], expertId: null };
    expect(await createStrategicPartnership(testDb(), ngo, form(), testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a central body: DRAFT competition with its criteria, CM-3 settings, one lot, audited', async () => {
    const out = await createStrategicPartnership(testDb(), operator, form(), testContext);
    // The demo data holds one SP competition of the seed year (prisma/seed/strategic-partnership-stages.ts): numbering continues.
    expect(out).toMatchObject({ ok: true, code: expect.stringMatching(/^SP-2026-\d{3}$/) });
    if (!out.ok) return;
    const c = await testDb().competition.findUniqueOrThrow({ where: { id: out.competitionId }, include: { lots: true } });
    expect(c).toMatchObject({ kind: 'STRATEGIC_PARTNERSHIP', status: 'DRAFT', organizerId: ministryId, settings: { minStateMembers: 3, minCivilMembers: 4 } });
    expect((c.criteria as { id: string }[]).map((x) => x.id)).toEqual(['experience', 'programme']);
    expect(c.lots).toHaveLength(1);
    expect(await testDb().auditEvent.count({ where: { objectType: 'Competition', objectId: c.id, action: 'competition.created' } })).toBe(1);
  });
});

describe('the CM-3 commission and "the highest score wins"', () => {
  let competitionId = '';
  const apps: string[] = [];
  const member = (i: number, side: 'STATE' | 'CIVIL', role: 'CHAIR' | 'MEMBER' = 'MEMBER') => ({ expertId: experts[i]!.expertId!, side, role });

  beforeAll(async () => {
    const out = await createStrategicPartnership(testDb(), operator, form({ titleRu: 'Второй конкурс', titleKk: 'Екінші конкурс' }), testContext);
    if (!out.ok) throw new Error('setup');
    competitionId = out.competitionId;
  });

  it('CM-3: 3 state + 3 civil members is refused with CIVIL_MIN; no commission is written', async () => {
    const out = await saveDirectCommission(
      testDb(),
      operator,
      { competitionId, expectedVersion: null, members: [member(0, 'STATE', 'CHAIR'), member(1, 'STATE'), member(2, 'STATE'), member(3, 'CIVIL'), member(4, 'CIVIL'), member(5, 'CIVIL')] },
      testContext,
    );
    expect(out).toMatchObject({ ok: false, error: { code: 'commissionViolations', params: { violations: 'CIVIL_MIN' } } });
    expect(await testDb().commission.count({ where: { competitionId } })).toBe(0);
  });

  it('CM-3: 2 state + 4 civil is refused with STATE_MIN; a missing chair with NO_CHAIR', async () => {
    const twoState = await saveDirectCommission(
      testDb(),
      operator,
      { competitionId, expectedVersion: null, members: [member(0, 'STATE', 'CHAIR'), member(1, 'STATE'), member(3, 'CIVIL'), member(4, 'CIVIL'), member(5, 'CIVIL'), member(6, 'CIVIL')] },
      testContext,
    );
    expect(twoState).toMatchObject({ ok: false, error: { params: { violations: 'STATE_MIN' } } });
    const noChair = await saveDirectCommission(
      testDb(),
      operator,
      { competitionId, expectedVersion: null, members: [0, 1, 2].map((i) => member(i, 'STATE')).concat([3, 4, 5, 6].map((i) => member(i, 'CIVIL'))) },
      testContext,
    );
    expect(noChair).toMatchObject({ ok: false, error: { params: { violations: 'NO_CHAIR' } } });
  });

  it('CM-3 setting: a competition asking for 5 civil members refuses 4', async () => {
    await testDb().competition.update({ where: { id: competitionId }, data: { settings: { minStateMembers: 3, minCivilMembers: 5 } } });
    const members = [member(0, 'STATE', 'CHAIR'), member(1, 'STATE'), member(2, 'STATE'), member(3, 'CIVIL'), member(4, 'CIVIL'), member(5, 'CIVIL'), member(6, 'CIVIL')];
    expect(await saveDirectCommission(testDb(), operator, { competitionId, expectedVersion: null, members }, testContext)).toMatchObject({
      ok: false,
      error: { params: { violations: 'CIVIL_MIN' } },
    });
    await testDb().competition.update({ where: { id: competitionId }, data: { settings: { minStateMembers: 3, minCivilMembers: 4 } } });
  });

  it('CM-3: 3 state + 4 civil with a chair is approved at once (no grant COI round), audited', async () => {
    const members = [member(0, 'STATE', 'CHAIR'), member(1, 'STATE'), member(2, 'STATE'), member(3, 'CIVIL'), member(4, 'CIVIL'), member(5, 'CIVIL'), member(6, 'CIVIL')];
    const out = await saveDirectCommission(testDb(), operator, { competitionId, expectedVersion: null, members, orderNumber: '№ 12-СӘ' }, testContext);
    expect(out).toMatchObject({ ok: true, version: 1 });
    const c = await testDb().commission.findFirstOrThrow({ where: { competitionId }, include: { members: true } });
    expect(c.status).toBe('APPROVED');
    expect(c.members.filter((m) => m.side === 'STATE')).toHaveLength(3);
    expect(c.members.filter((m) => m.side === 'CIVIL')).toHaveLength(4);
    // A second save at a stale version is refused.
    expect(await saveDirectCommission(testDb(), operator, { competitionId, expectedVersion: 0, members }, testContext)).toMatchObject({ ok: false, error: { code: 'staleCommission' } });
  });

  it('scoring cannot open before the admission stage, nor without criteria', async () => {
    const c = await testDb().competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(await openDirectScoring(testDb(), operator, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: false, error: { code: 'notInAdmission' } });
    await testDb().competition.update({ where: { id: competitionId }, data: { status: 'ADMISSION', criteria: [] } });
    expect(await openDirectScoring(testDb(), operator, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: false, error: { code: 'criteriaMissing' } });
    await testDb().competition.update({ where: { id: competitionId }, data: { criteria: CRITERIA } });
  });

  it('the members score, and the highest score is the strategic partner (seed 000 L102–106)', async () => {
    const db = testDb();
    const lot = await db.lot.findFirstOrThrow({ where: { competitionId } });
    // Three admitted applications (the NGO forms of this kind are not built yet: rows are created directly).
    for (const [i, n] of ngos.entries()) {
      const a = await db.application.create({
        data: { competitionId, lotId: lot.id, organizationId: n.orgId, status: 'ADMITTED', formVersion: 'sp-2026.1', submittedAt: new Date(Date.UTC(2026, 5, 1, i)), createdById: n.userId },
      });
      apps.push(a.id);
    }
    const c = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(await openDirectScoring(db, operator, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: true, applications: 3 });
    expect(await db.application.count({ where: { id: { in: apps }, status: 'UNDER_REVIEW' } })).toBe(3);

    // Per member: totals on apps 0, 1, 2 — app 1 has the highest mean.
    const values: Record<number, [number, number][]> = {
      0: [[5, 5], [9, 8], [6, 6]],
      1: [[6, 4], [8, 9], [7, 6]],
      2: [[5, 6], [9, 9], [6, 7]],
      3: [[4, 5], [7, 8], [8, 8]],
      4: [[6, 6], [8, 8], [6, 5]],
      5: [[5, 5], [9, 7], [7, 7]],
      6: [[6, 5], [8, 8], [6, 6]],
    };
    // Not everyone has scored yet: refused.
    const fresh = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(await selectStrategicPartner(db, operator, { competitionId, expectedVersion: fresh.version }, testContext)).toMatchObject({ ok: false, error: { code: 'scoringIncomplete' } });

    for (let m = 0; m < 7; m += 1) {
      for (const [i, applicationId] of apps.entries()) {
        expect(await declareConflict(db, experts[m]!, { applicationId, hasConflict: false, note: '' }, testContext)).toMatchObject({ ok: true });
        const [a, b] = values[m]![i]!;
        const signed = await signScoreSheet(
          db,
          experts[m]!,
          { applicationId, expectedVersion: 0, scores: [{ criterionId: 'experience', value: a, comment: 'Негізделген' }, { criterionId: 'programme', value: b, comment: 'Негізделген' }] },
          testContext,
        );
        expect(signed).toMatchObject({ ok: true, status: 'SIGNED', total: a + b });
      }
    }
    // A member outside the commission may not score.
    expect(await signScoreSheet(db, experts[7]!, { applicationId: apps[0]!, expectedVersion: 0, scores: [] }, testContext)).toMatchObject({ ok: false });

    const out = await selectStrategicPartner(db, operator, { competitionId, expectedVersion: fresh.version }, testContext);
    expect(out).toMatchObject({ ok: true, partnerApplicationId: apps[1] });
    if (!out.ok) return;
    expect(out.ranking.map((r) => r.applicationId)).toEqual([apps[1], apps[2], apps[0]]);
    const rows = await db.rankingRow.findMany({ where: { decisionId: out.decisionId }, orderBy: { rank: 'asc' } });
    expect(rows.map((r) => [r.applicationId, r.winner, r.pointsSum, r.expertsCount])).toEqual([
      [apps[1], true, 115, 7],
      [apps[2], false, 91, 7],
      [apps[0], false, 73, 7],
    ]);
    expect(rows.filter((r) => r.winner)).toHaveLength(1);
    expect((await db.competition.findUniqueOrThrow({ where: { id: competitionId } })).status).toBe('COMMISSION_MEETING');
    expect(await db.application.count({ where: { id: { in: apps }, status: 'SCORED' } })).toBe(3);
    expect(await db.auditEvent.count({ where: { objectId: competitionId, action: 'strategic-partnership.partner-selected' } })).toBe(1);
    // Once selected, the step is not repeated.
    expect(await selectStrategicPartner(db, operator, { competitionId, expectedVersion: fresh.version }, testContext)).toMatchObject({ ok: false, error: { code: 'notScoring' } });
  });

  it('the issue 5 meeting record and publication take it from there: the partner is the WINNER', async () => {
    const db = testDb();
    const commission = await db.commission.findFirstOrThrow({ where: { competitionId }, include: { members: true } });
    const decision = await db.decision.findFirstOrThrow({ where: { competitionId } });
    const voting = commission.members.filter((m) => m.votingRight);
    const meeting = await recordMeeting(
      db,
      operator,
      {
        competitionId,
        expectedVersion: -1,
        heldAt: '2026-06-20T11:00',
        place: 'Астана, Министрліктер үйі',
        protocolNumber: 'СӘ-1',
        protocolDate: '2026-06-20',
        notes: '',
        attendance: voting.map((m) => ({ memberId: m.id, present: true })),
        decisions: [{ decisionId: decision.id, comment: '', votes: voting.map((m) => ({ memberId: m.id, vote: 'FOR' as const })) }],
      },
      testContext,
      { now: () => new Date('2026-06-21T00:00:00Z') },
    );
    expect(meeting).toMatchObject({ ok: true });
    expect(await publishResults(db, operator, { competitionId }, testContext, { now: () => new Date('2026-06-22T00:00:00Z') })).toMatchObject({ ok: true });
    expect((await db.competition.findUniqueOrThrow({ where: { id: competitionId } })).status).toBe('RESULTS_PUBLISHED');
    const statuses = await db.application.findMany({ where: { id: { in: apps } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((a) => [a.id, a.status]))).toEqual({ [apps[0]!]: 'NOT_WINNER', [apps[1]!]: 'WINNER', [apps[2]!]: 'NOT_WINNER' });
  });

  it('SC-3: a tie in score goes to the earlier submission', async () => {
    const { rankPartners } = await import('@/lib/services/strategic-partnership/select-partner');
    const rows = rankPartners(
      [
        { id: 'late', submittedAt: new Date('2026-06-02T00:00:00Z') },
        { id: 'early', submittedAt: new Date('2026-06-01T00:00:00Z') },
      ],
      [
        { applicationId: 'late', total: 15 },
        { applicationId: 'early', total: 15 },
      ],
      'mean',
    );
    expect(rows.map((r) => [r.applicationId, r.partner])).toEqual([
      ['early', true],
      ['late', false],
    ]);
  });
});
