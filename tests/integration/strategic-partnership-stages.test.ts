import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { decideAdmission } from '@/lib/services/admission/decide-admission';
import { loadAdmissionReview } from '@/lib/services/admission/admission-review';
import { declareConflict } from '@/lib/services/coi/declare-conflict';
import { loadCompetitionConflicts } from '@/lib/services/coi/expert-access';
import { startAdmission } from '@/lib/services/competitions/start-admission';
import { advanceCompetitionsByClock } from '@/lib/services/competitions/advance-competitions-by-clock';
import { publishResults } from '@/lib/services/results/publish-results';
import { recordMeeting } from '@/lib/services/results/record-meeting';
import { signScoreSheet } from '@/lib/services/scoring/sign-score-sheet';
import { createStrategicPartnership } from '@/lib/services/strategic-partnership/create-strategic-partnership';
import { openDirectScoring } from '@/lib/services/commission/open-direct-scoring';
import { publishStrategicPartnership } from '@/lib/services/strategic-partnership/publish-sp';
import { saveDirectCommission } from '@/lib/services/commission/save-direct-commission';
import { selectStrategicPartner } from '@/lib/services/strategic-partnership/select-partner';
import { seed } from '@/prisma/seed/load';
import { SP_STAGES_TITLE_KK } from '@/prisma/seed/strategic-partnership-stages';
import { disconnectTestDb, testContext, testDb } from './test-db';

// Strategic partnership (seed 000) from announcement to the published partner, on the demo
// data: publish (DRAFT → OPEN), the clock closes it (DL-1), the issue 5 admission check on the
// seeded SUBMITTED applications, the CM-3 commission (≥ 3 state, ≥ 4 civil society), COI
// declarations and scoring with the competition's own criteria, the highest score wins, the
// issue 5 meeting record and publication.
let operator: Actor;
const members: Actor[] = [];
const EXPERT_EMAILS = ['expert@demeu.kz', 'expert2@demeu.kz', 'expert3@demeu.kz', 'expert4@demeu.kz', 'expert5@demeu.kz', 'expert6@demeu.kz', 'expert7@demeu.kz'];

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  operator = { id: (await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } })).id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
  for (const email of EXPERT_EMAILS) {
    const u = await db.user.findUniqueOrThrow({ where: { email }, include: { expert: true } });
    members.push({ id: u.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: u.expert!.id });
  }
}, 60_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('publishing a strategic-partnership competition', () => {
  it('DRAFT → OPEN at once (announced + opened audited); refused once the deadline has passed (DL-1); the clock closes it', async () => {
    const db = testDb();
    const ministry = await db.organization.findFirstOrThrow({ where: { kind: 'STATE_BODY', isCentralBody: true } });
    const created = await createStrategicPartnership(
      db,
      operator,
      {
        organizerId: ministry.id,
        year: 2030,
        titleKk: 'Жариялау сынағы',
        titleRu: 'Проверка публикации',
        budgetKzt: 10_000_000,
        deadlineAt: '2030-03-01T18:00',
        criteria: [{ id: 'quality', titleKk: 'Сапа', titleRu: 'Качество', min: 0, max: 10 }],
      },
      testContext,
    );
    if (!created.ok) throw new Error('setup');
    const id = created.competitionId;
    // After the deadline: refused, nothing changes.
    expect(await publishStrategicPartnership(db, operator, { competitionId: id, expectedVersion: 0 }, testContext, { now: () => new Date('2030-03-02T00:00:00Z') })).toMatchObject({
      ok: false,
      error: { code: 'deadlinePassed' },
    });
    // NGO users may not publish.
    const ngoHead = await db.organizationMembership.findFirstOrThrow({ where: { role: 'HEAD', organization: { kind: 'NGO' } } });
    const ngo: Actor = { id: ngoHead.userId, role: 'NGO', organizationIds: [ngoHead.organizationId], headOfOrganizationIds: [ngoHead.organizationId], expertId: null };
    expect(await publishStrategicPartnership(db, ngo, { competitionId: id, expectedVersion: 0 }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const now = new Date('2030-02-01T05:00:00Z');
    expect(await publishStrategicPartnership(db, operator, { competitionId: id, expectedVersion: 0 }, testContext, { now: () => now })).toMatchObject({ ok: true, version: 1 });
    const c = await db.competition.findUniqueOrThrow({ where: { id } });
    expect(c).toMatchObject({ status: 'OPEN', announcedAt: now, opensAt: now, version: 1 });
    expect((await db.auditEvent.findMany({ where: { objectId: id } })).map((e) => e.action).sort()).toEqual(['competition.announced', 'competition.created', 'competition.opened']);
    // Stale or repeated: refused.
    expect(await publishStrategicPartnership(db, operator, { competitionId: id, expectedVersion: 1 }, testContext, { now: () => now })).toMatchObject({ ok: false, error: { code: 'notDraft' } });
    // DL-1: still OPEN at the deadline instant, CLOSED after it.
    const deadline = c.deadlineAt!;
    await advanceCompetitionsByClock(db, deadline);
    expect((await db.competition.findUniqueOrThrow({ where: { id } })).status).toBe('OPEN');
    await advanceCompetitionsByClock(db, new Date(deadline.getTime() + 1000));
    expect((await db.competition.findUniqueOrThrow({ where: { id } })).status).toBe('CLOSED');
  });
});

describe('the seeded strategic partnership: admission → commission → scoring → the partner', () => {
  let competitionId = '';
  const appByNgo = new Map<string, string>();

  beforeAll(async () => {
    const c = await testDb().competition.findFirstOrThrow({ where: { kind: 'STRATEGIC_PARTNERSHIP', titleKk: SP_STAGES_TITLE_KK }, include: { applications: { include: { organization: true } } } });
    competitionId = c.id;
    for (const a of c.applications) appByNgo.set(a.organization.nameRu, a.id);
  });

  it('the demo: CLOSED after its deadline, three SUBMITTED applications with receipts on the SP form', async () => {
    const c = await testDb().competition.findUniqueOrThrow({ where: { id: competitionId }, include: { applications: { include: { sections: true } }, organizer: true } });
    expect(c.status).toBe('CLOSED');
    expect(c.organizer.isCentralBody).toBe(true);
    expect(c.applications).toHaveLength(3);
    for (const a of c.applications) {
      expect(a.status).toBe('SUBMITTED');
      expect(a.receiptNumber).toBeTruthy();
      expect(a.sections.map((s) => s.key).sort()).toEqual(['spCapacity', 'spProposal']);
    }
  });

  it('the issue 5 admission check: the checklist reads the SP sections (not the grant annexes); R3 suggested for the NGO without its database report', async () => {
    const db = testDb();
    const c = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(await startAdmission(db, operator, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: true });
    const heritage = (await loadAdmissionReview(db, appByNgo.get('Фонд охраны историко-культурного наследия «Наследие Алтая»')!))!;
    expect(Object.keys(heritage.checklist!.completeness.sections).sort()).toEqual(['spCapacity', 'spProposal']);
    expect(heritage.checklist).toMatchObject({ formCompliant: true, suggestAdmit: true });
    const health = (await loadAdmissionReview(db, appByNgo.get('Общественное объединение «Мир здоровья»')!))!;
    expect(health.checklist).toMatchObject({ formCompliant: true, ngoDatabaseOnTime: false, suggestAdmit: false, suggestedReasons: ['R3'] });

    for (const [name, id] of appByNgo) {
      const app = await db.application.findUniqueOrThrow({ where: { id } });
      const admitted = name !== 'Общественное объединение «Мир здоровья»';
      const out = await decideAdmission(
        db,
        operator,
        admitted ? { applicationId: id, expectedVersion: app.version, admitted } : { applicationId: id, expectedVersion: app.version, admitted, reasons: ['R3'], comment: 'ҮЕҰ дерекқорына есеп берілмеген.' },
        testContext,
      );
      expect(out).toMatchObject({ ok: true });
    }
    expect(await db.application.count({ where: { competitionId, status: 'ADMITTED' } })).toBe(2);
  });

  it('CM-3: a commission without 4 civil-society members is refused; 3 state + 4 civil is approved', async () => {
    const db = testDb();
    const m = (i: number, side: 'STATE' | 'CIVIL', role: 'CHAIR' | 'MEMBER' = 'MEMBER') => ({ expertId: members[i]!.expertId!, side, role });
    const short = [m(0, 'STATE', 'CHAIR'), m(1, 'STATE'), m(2, 'STATE'), m(3, 'CIVIL'), m(4, 'CIVIL'), m(5, 'CIVIL')];
    expect(await saveDirectCommission(db, operator, { competitionId, expectedVersion: null, members: short }, testContext)).toMatchObject({
      ok: false,
      error: { code: 'commissionViolations', params: { violations: 'CIVIL_MIN' } },
    });
    // Four people, but one of them on the state side: still three civil.
    const mislabelled = [...short, m(6, 'STATE')];
    expect(await saveDirectCommission(db, operator, { competitionId, expectedVersion: null, members: mislabelled }, testContext)).toMatchObject({ ok: false, error: { params: { violations: 'CIVIL_MIN' } } });
    expect(await db.commission.count({ where: { competitionId } })).toBe(0);
    expect(await saveDirectCommission(db, operator, { competitionId, expectedVersion: null, members: [...short, m(6, 'CIVIL')] }, testContext)).toMatchObject({ ok: true });
  });

  it('scoring with the competition’s own criteria (not SC-1); the highest mean is the strategic partner; published as the WINNER', async () => {
    const db = testDb();
    const c = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(await openDirectScoring(db, operator, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: true, applications: 2 });
    const heritage = appByNgo.get('Фонд охраны историко-культурного наследия «Наследие Алтая»')!;
    const city = appByNgo.get('Экологическое общественное объединение «Зелёный город»')!;
    // No automatic conflict between the demo experts and these applicants (CI-1).
    const conflicts = await loadCompetitionConflicts(db, competitionId);
    for (const e of members) for (const a of [heritage, city]) expect(conflicts.automatic(e.expertId!, a)).toEqual([]);

    // A grant criterion is not part of this competition's sheet.
    await declareConflict(db, members[0]!, { applicationId: heritage, hasConflict: false, note: '' }, testContext);
    expect(
      await signScoreSheet(db, members[0]!, { applicationId: heritage, expectedVersion: 0, scores: [{ criterionId: 'capacity', value: 5, comment: 'x' }] }, testContext),
    ).toMatchObject({ ok: false });

    const sheet = (experience: number, programme: number, reach: number) => [
      { criterionId: 'experience', value: experience, comment: 'Тәжірибесі құжаттармен расталған.' },
      { criterionId: 'programme', value: programme, comment: 'Бағдарлама нақты әрі өлшенетін.' },
      { criterionId: 'reach', value: reach, comment: 'Өңірлерді қамтуы көрсетілген.' },
    ];
    for (const [i, e] of members.entries()) {
      for (const [applicationId, values] of [
        [heritage, [9, 8, 4]],
        [city, [6, 7, i % 2 === 0 ? 3 : 2]],
      ] as const) {
        if (!(i === 0 && applicationId === heritage)) expect(await declareConflict(db, e, { applicationId, hasConflict: false, note: '' }, testContext)).toMatchObject({ ok: true });
        const existing = await db.scoreSheet.findFirst({ where: { applicationId, expertId: e.expertId! } });
        expect(await signScoreSheet(db, e, { applicationId, expectedVersion: existing?.version ?? 0, scores: sheet(values[0], values[1], values[2]) }, testContext)).toMatchObject({ ok: true, status: 'SIGNED' });
      }
    }
    const fresh = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    const selected = await selectStrategicPartner(db, operator, { competitionId, expectedVersion: fresh.version }, testContext);
    expect(selected).toMatchObject({ ok: true, partnerApplicationId: heritage });
    if (!selected.ok) return;
    expect(selected.ranking.map((r) => [r.applicationId, r.score, r.partner])).toEqual([
      [heritage, 21, true],
      [city, 13 + 4 * 3 / 7 + 3 * 2 / 7, false],
    ]);

    const commission = await db.commission.findFirstOrThrow({ where: { competitionId }, include: { members: true } });
    const voting = commission.members.filter((m) => m.votingRight);
    const meeting = await recordMeeting(
      db,
      operator,
      {
        competitionId,
        expectedVersion: -1,
        heldAt: '2026-01-10T11:00',
        place: 'Астана, Министрліктер үйі',
        protocolNumber: 'СӘ-101',
        protocolDate: '2026-01-10',
        notes: '',
        attendance: voting.map((m) => ({ memberId: m.id, present: true })),
        decisions: [{ decisionId: selected.decisionId, comment: '', votes: voting.map((m) => ({ memberId: m.id, vote: 'FOR' as const })) }],
      },
      testContext,
    );
    expect(meeting).toMatchObject({ ok: true });
    expect(await publishResults(db, operator, { competitionId }, testContext)).toMatchObject({ ok: true });
    const apps = await db.application.findMany({ where: { competitionId }, select: { id: true, status: true } });
    expect(Object.fromEntries(apps.map((a) => [a.id, a.status]))).toEqual({
      [heritage]: 'WINNER',
      [city]: 'NOT_WINNER',
      [appByNgo.get('Общественное объединение «Мир здоровья»')!]: 'NOT_ADMITTED',
    });
  });
});
