import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { seed } from '@/prisma/seed/load';
import { addWorkingDays, almatyDateOf } from '@/lib/rules';
import { loadWorkCalendar } from '@/lib/services/commission/commission-data';
import { approveCommission } from '@/lib/services/commission/approve-commission';
import { appointOfficers } from '@/lib/services/commission/appoint-officers';
import { replaceMember } from '@/lib/services/commission/replace-member';
import { saveComposition } from '@/lib/services/commission/save-composition';
import { sendCoiForms } from '@/lib/services/commission/send-coi-forms';
import { disconnectTestDb, testContext, testDb } from './test-db';

let competitionId = '';
let operator: Actor;
let ngoActor: Actor;
let expertActor: Actor;
let operatorUserId = '';
let direction15 = '';
const ex: Record<string, string> = {};
let extra = 0;

const staff = (id: string): Actor => ({ id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null });

/** An active register entry (created directly, as the register service is tested elsewhere). */
async function newExpert(x: { source?: 'NGO' | 'OPERATOR'; years?: number; status?: string; nominatedBy?: string | null } = {}): Promise<string> {
  const db = testDb();
  extra += 1;
  const u = await db.user.create({ data: { email: `commission.extra${extra}@example.kz`, name: `Қосымша сарапшы ${extra}`, role: 'EXPERT' } });
  const e = await db.expert.create({
    data: {
      userId: u.id,
      nominationSource: x.source ?? 'NGO',
      nominatedByOrganizationId: x.nominatedBy ?? null,
      status: x.status ?? 'APPROVED',
      directions: { create: [{ directionId: direction15, yearsOfExperience: x.years ?? 5 }] },
    },
  });
  return e.id;
}

const commissionOf = () => testDb().commission.findFirstOrThrow({ where: { competitionId }, include: { members: true } });
const admittedIds = async () => (await testDb().application.findMany({ where: { competitionId, status: { in: ['ADMITTED', 'UNDER_REVIEW'] } }, select: { id: true } })).map((a) => a.id);

async function declareAll(expertId: string, hasConflict = false) {
  const db = testDb();
  const commission = await commissionOf();
  for (const applicationId of await admittedIds()) {
    await db.conflictDeclaration.upsert({
      where: { expertId_applicationId: { expertId, applicationId } },
      create: { expertId, applicationId, commissionId: commission.id, hasConflict },
      update: {},
    });
  }
}

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  const comp = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'ADMISSION' }, include: { commissions: true } });
  expect(comp.commissions).toHaveLength(0);
  competitionId = comp.id;
  operatorUserId = (await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } })).id;
  operator = staff(operatorUserId);
  const ngoUser = await db.user.findUniqueOrThrow({ where: { email: 'ngo9@demeu.kz' }, include: { memberships: true } });
  ngoActor = { id: ngoUser.id, role: 'NGO', organizationIds: ngoUser.memberships.map((m) => m.organizationId), headOfOrganizationIds: [], expertId: null };
  const exUser = await db.user.findUniqueOrThrow({ where: { email: 'expert@demeu.kz' }, include: { expert: true } });
  expertActor = { id: exUser.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: exUser.expert!.id };
  for (const n of ['', '2', '3', '4', '5', '6', '7', '8']) {
    ex[`expert${n}`] = (await db.expert.findFirstOrThrow({ where: { user: { email: `expert${n}@demeu.kz` } } })).id;
  }
  direction15 = (await db.direction.findUniqueOrThrow({ where: { number: 15 } })).id;
}, 60_000);

afterAll(async () => {
  await disconnectTestDb();
});

const compose = (expertIds: string[], over: { expectedVersion?: number | null; secretaryUserId?: string | null; actor?: Actor } = {}) =>
  saveComposition(
    testDb(),
    over.actor ?? operator,
    { competitionId, expectedVersion: over.expectedVersion === undefined ? null : over.expectedVersion, expertIds, secretaryUserId: over.secretaryUserId === undefined ? operatorUserId : over.secretaryUserId },
    testContext,
  );

describe('initial composition (GC-10): CM-1 checked by the service on every save', () => {
  it('CM-1 TOO_MANY: more than 15 people including the secretary is refused', async () => {
    const ids = [];
    for (let i = 0; i < 15; i += 1) ids.push(await newExpert());
    const result = await compose(ids);
    expect(result).toMatchObject({ ok: false, error: { code: 'commissionViolations', params: { violations: 'TOO_MANY' } } });
    // 15 with the secretary is the limit.
    expect(await compose(ids, { secretaryUserId: null })).toMatchObject({ ok: true });
    await testDb().commissionMember.deleteMany({ where: { commission: { competitionId } } });
    await testDb().commission.deleteMany({ where: { competitionId } });
  });

  it('CM-1 NGO_SHARE: under 70% NGO-nominated experts is refused', async () => {
    const result = await compose([ex.expert!, ex.expert6!]);
    expect(result).toMatchObject({ ok: false, error: { code: 'commissionViolations', params: { violations: 'NGO_SHARE' } } });
  });

  it('CM-1 OPERATOR_EMPLOYEE (GC-9): an operator employee is refused', async () => {
    const result = await compose([ex.expert!, ex.expert2!, ex.expert3!, ex.expert4!, ex.expert8!]);
    expect(result).toMatchObject({ ok: false, error: { code: 'commissionViolations', params: { violations: 'OPERATOR_EMPLOYEE' } } });
  });

  it('CM-1 EXPERIENCE (GC-7): an expert with under 2 years in the direction is refused', async () => {
    const result = await compose([ex.expert!, ex.expert2!, ex.expert7!]);
    expect(result).toMatchObject({ ok: false, error: { code: 'commissionViolations', params: { violations: 'EXPERIENCE' } } });
  });

  it('an expert whose account is not activated, and a secretary who is not operator staff, are refused', async () => {
    const pending = await newExpert({ status: 'PENDING' });
    expect(await compose([ex.expert!, pending])).toMatchObject({ ok: false, error: { code: 'expertNotSelectable' } });
    expect(await compose([ex.expert!], { secretaryUserId: ngoActor.id })).toMatchObject({ ok: false, error: { code: 'secretaryNotStaff', field: 'secretaryUserId' } });
  });

  it('NGO and expert actors are refused', async () => {
    expect(await compose([ex.expert!], { actor: ngoActor })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await compose([ex.expert!], { actor: expertActor })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await testDb().commission.count({ where: { competitionId } })).toBe(0);
  });

  it('a valid composition is saved (DRAFT, members, secretary without a vote, audited); a stale save is refused', async () => {
    const db = testDb();
    const first = await compose([ex.expert!, ex.expert2!, ex.expert4!]);
    expect(first).toMatchObject({ ok: true, version: 1 });
    // A second operator who loaded the page before the commission existed.
    expect(await compose([ex.expert!], { expectedVersion: null })).toMatchObject({ ok: false, error: { code: 'staleCommission' } });
    const second = await compose([ex.expert!, ex.expert2!, ex.expert4!, ex.expert6!], { expectedVersion: 1 });
    expect(second).toMatchObject({ ok: true, version: 2 });
    expect(await compose([ex.expert!], { expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'staleCommission' } });
    const c = await commissionOf();
    expect(c.status).toBe('DRAFT');
    expect(c.members.filter((m) => m.expertId).map((m) => m.expertId).sort()).toEqual([ex.expert, ex.expert2, ex.expert4, ex.expert6].sort());
    expect(c.members.find((m) => m.role === 'SECRETARY')).toMatchObject({ userId: operatorUserId, votingRight: false });
    expect(c.members.find((m) => m.expertId === ex.expert6)?.side).toBe('OPERATOR');
    const audits = await db.auditEvent.findMany({ where: { objectType: 'Commission', objectId: c.id }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual(['commission.composed', 'commission.composition-changed']);
  });
});

describe('send COI forms (GC-10, DL-4): ADMISSION → COI', () => {
  it('is refused while a submitted application is undecided, and for NGO / expert actors', async () => {
    const db = testDb();
    const src = await db.application.findFirstOrThrow({ where: { competitionId, status: 'ADMITTED' } });
    const org = await db.organization.create({ data: { kind: 'NGO', bin: '990540099001', legalForm: 'PUBLIC_ASSOCIATION', nameKk: 'Шешілмеген ҮЕҰ', nameRu: 'Нерешённое НПО' } });
    const app = await db.application.create({
      data: { competitionId, lotId: src.lotId, organizationId: org.id, formVersion: src.formVersion, status: 'SUBMITTED', submittedAt: src.submittedAt, createdById: operatorUserId },
    });
    const c = await commissionOf();
    expect(await sendCoiForms(db, operator, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: false, error: { code: 'undecidedApplications', params: { count: 1 } } });
    expect(await sendCoiForms(db, ngoActor, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sendCoiForms(db, expertActor, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The operator decides it (not admitted) — as the admission check would.
    await db.application.update({ where: { id: app.id }, data: { status: 'NOT_ADMITTED' } });
  });

  it('moves the commission to COI_DECLARATION and the competition to COI with coiDueOn from the engine; notifies every expert', async () => {
    const db = testDb();
    const c = await commissionOf();
    const comp = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(await sendCoiForms(db, operator, { competitionId, expectedVersion: c.version - 1 }, testContext)).toMatchObject({ ok: false, error: { code: 'staleCommission' } });
    const result = await sendCoiForms(db, operator, { competitionId, expectedVersion: c.version }, testContext);
    const expected = addWorkingDays(almatyDateOf(comp.deadlineAt!), 3, await loadWorkCalendar(db));
    expect(result).toEqual({ ok: true, coiDueOn: expected });
    const after = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(after.status).toBe('COI');
    expect(after.coiDueOn!.toISOString().slice(0, 10)).toBe(expected);
    expect((await commissionOf()).status).toBe('COI_DECLARATION');
    const notes = await db.notification.findMany({ where: { templateKey: 'commission.coi_opened', objectId: c.id } });
    expect(notes).toHaveLength(8); // 4 experts × (in-app + e-mail)
    expect(new Set(notes.map((n) => n.channel))).toEqual(new Set(['IN_APP', 'EMAIL']));
    expect(await db.auditEvent.count({ where: { objectId: competitionId, action: 'competition.coi-started' } })).toBe(1);
    // Not twice.
    expect(await sendCoiForms(db, operator, { competitionId, expectedVersion: c.version + 1 }, testContext)).toMatchObject({ ok: false, error: { code: 'notInAdmission' } });
    // The composition is frozen now; changes go through replacement (GC-13).
    expect(await compose([ex.expert!, ex.expert2!, ex.expert6!], { expectedVersion: c.version + 1 })).toMatchObject({ ok: false, error: { code: 'compositionLocked' } });
  });
});

describe('final composition (GC-13, CI-1, CI-2, CM-1): COI → SCORING', () => {
  const approve = async (actor: Actor = operator) => approveCommission(testDb(), actor, { competitionId, expectedVersion: (await commissionOf()).version }, testContext);

  it('CI-2: approval is refused while a member has not declared over every admitted application', async () => {
    await declareAll(ex.expert!);
    const result = await approve();
    expect(result).toMatchObject({ ok: false, error: { code: 'coiIncomplete' } });
  });

  it('CI-1: refused while a conflicted member is active (expert4: the NGO that nominated them applied, GC-8)', async () => {
    for (const k of ['expert', 'expert2', 'expert4', 'expert6']) await declareAll(ex[k]!);
    const result = await approve();
    expect(result).toMatchObject({ ok: false, error: { code: 'conflictedMember', params: { codes: 'NOMINATOR_APPLIED' } } });
  });

  it('replacement: not selectable, already conflicted by the data, NGO actor — refused', async () => {
    const db = testDb();
    const c = await commissionOf();
    const member = c.members.find((m) => m.expertId === ex.expert4)!;
    const base = { competitionId, expectedVersion: c.version, memberId: member.id, reason: 'GC-8: ұсынған ҮЕҰ өтінім берді' };
    expect(await replaceMember(db, operator, { ...base, replacementExpertId: ex.expert7! }, testContext)).toMatchObject({ ok: false, error: { code: 'expertNotSelectable' } });
    const applicant = await db.application.findFirstOrThrow({ where: { competitionId, status: 'ADMITTED' } });
    const conflicted = await newExpert({ nominatedBy: applicant.organizationId });
    expect(await replaceMember(db, operator, { ...base, replacementExpertId: conflicted }, testContext)).toMatchObject({ ok: false, error: { code: 'replacementConflicted', params: { codes: 'NOMINATOR_APPLIED' } } });
    expect(await replaceMember(db, ngoActor, { ...base, replacementExpertId: ex.expert3! }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('GC-13: the conflicted member is replaced from the register; the replacement must declare before approval', async () => {
    const db = testDb();
    const c = await commissionOf();
    const member = c.members.find((m) => m.expertId === ex.expert4)!;
    const replaced = await replaceMember(db, operator, { competitionId, expectedVersion: c.version, memberId: member.id, replacementExpertId: ex.expert3!, reason: 'GC-8: ұсынған ҮЕҰ өтінім берді' }, testContext);
    expect(replaced).toMatchObject({ ok: true });
    if (!replaced.ok) return;
    const old = await db.commissionMember.findUniqueOrThrow({ where: { id: member.id } });
    expect(old.removedAt).not.toBeNull();
    expect(old.replacedById).toBe(replaced.memberId);
    expect(old.removalReason).toContain('GC-8');
    const expert3User = (await db.expert.findUniqueOrThrow({ where: { id: ex.expert3! } })).userId;
    expect(await db.notification.count({ where: { recipientId: expert3User, templateKey: 'commission.coi_opened' } })).toBe(2);
    expect(await db.auditEvent.count({ where: { objectId: c.id, action: 'commission.member-replaced' } })).toBe(1);
    // The newcomer has not declared yet.
    expect(await approve()).toMatchObject({ ok: false, error: { code: 'coiIncomplete', params: { name: expect.any(String) } } });
    await declareAll(ex.expert3!);
    // Now: no chair yet (CM-1 on the final composition).
    expect(await approve()).toMatchObject({ ok: false, error: { code: 'commissionViolations', params: { violations: 'NO_CHAIR' } } });
  });

  it('GC-4: officers are recorded as appointed at the meeting (not in the future; chair ≠ deputy; staff secretary)', async () => {
    const db = testDb();
    const c = await commissionOf();
    const active = c.members.filter((m) => m.removedAt === null && m.expertId);
    const chair = active.find((m) => m.expertId === ex.expert)!;
    const deputy = active.find((m) => m.expertId === ex.expert2)!;
    const today = almatyDateOf(new Date());
    const base = { competitionId, expectedVersion: c.version, chairMemberId: chair.id, deputyMemberId: deputy.id, secretaryUserId: operatorUserId, meetingDate: today, orderNumber: '№ 45-ө' };
    const tomorrow = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    expect(await appointOfficers(db, operator, { ...base, meetingDate: almatyDateOf(tomorrow) }, testContext)).toMatchObject({ ok: false, error: { code: 'meetingInFuture' } });
    expect(await appointOfficers(db, operator, { ...base, deputyMemberId: chair.id }, testContext)).toMatchObject({ ok: false, error: { code: 'chairIsDeputy' } });
    expect(await appointOfficers(db, operator, { ...base, secretaryUserId: ngoActor.id }, testContext)).toMatchObject({ ok: false, error: { code: 'secretaryNotStaff' } });
    expect(await appointOfficers(db, expertActor, base, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await appointOfficers(db, operator, base, testContext)).toMatchObject({ ok: true });
    const after = await commissionOf();
    expect(after.orderNumber).toBe('№ 45-ө');
    expect(after.orderDate!.toISOString().slice(0, 10)).toBe(today);
    expect(after.members.find((m) => m.id === chair.id)?.role).toBe('CHAIR');
    expect(after.members.find((m) => m.id === deputy.id)?.role).toBe('DEPUTY');
  });

  it('approves: commission APPROVED, competition SCORING with scoringDueOn = +15 working days (DL-5), applications to the experts, notified', async () => {
    const db = testDb();
    expect(await approve(ngoActor)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const c = await commissionOf();
    expect(await approveCommission(db, operator, { competitionId, expectedVersion: c.version - 1 }, testContext)).toMatchObject({ ok: false, error: { code: 'staleCommission' } });
    const admitted = await admittedIds();
    const now = new Date();
    const result = await approveCommission(db, operator, { competitionId, expectedVersion: c.version }, testContext, { now: () => now });
    const expected = addWorkingDays(almatyDateOf(now), 15, await loadWorkCalendar(db));
    expect(result).toEqual({ ok: true, scoringDueOn: expected });
    const after = await commissionOf();
    expect(after.status).toBe('APPROVED');
    expect(after.approvedAt?.getTime()).toBe(now.getTime());
    expect(after.approvedById).toBe(operatorUserId);
    const comp = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(comp.status).toBe('SCORING');
    expect(comp.scoringDueOn!.toISOString().slice(0, 10)).toBe(expected);
    const apps = await db.application.findMany({ where: { id: { in: admitted } }, include: { statusChanges: true } });
    expect(apps.every((a) => a.status === 'UNDER_REVIEW' && a.statusChanges.some((s) => s.toStatus === 'UNDER_REVIEW'))).toBe(true);
    const notes = await db.notification.findMany({ where: { templateKey: 'commission.scoring_opened', objectId: c.id } });
    expect(notes).toHaveLength(8);
    expect(await db.auditEvent.count({ where: { objectId: c.id, action: 'commission.approved' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { objectId: competitionId, action: 'competition.scoring-opened' } })).toBe(1);
    // Once approved, not again.
    expect(await approve()).toMatchObject({ ok: false, error: { code: 'notInCoiRound' } });
  });
});
