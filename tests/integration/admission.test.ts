import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { seed } from '@/prisma/seed/load';
import { decideAdmission } from '@/lib/services/admission/decide-admission';
import { loadAdmissionReview } from '@/lib/services/admission/admission-review';
import { applicationOverview } from '@/lib/queries/application-overview';
import { disconnectTestDb, testContext, testDb } from './test-db';

let competitionId = '';
let deadlineAt = new Date(0);
let sourceAppId = '';
let operator: Actor;
let operator2: Actor;
let seq = 0;

const staff = (id: string): Actor => ({ id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null });

/** A fresh SUBMITTED application in the competition in SCORING (deadline passed), cloned from a seeded one. */
async function newSubmittedApplication(): Promise<{ id: string; version: number; organizationId: string; submittedById: string }> {
  const db = testDb();
  const src = await db.application.findUniqueOrThrow({ where: { id: sourceAppId }, include: { sections: true } });
  const n = ++seq;
  // A new NGO each time (one live application per lot and NGO): head + staff (+ a former member, not notified).
  const org = await db.organization.create({
    data: { kind: 'NGO', bin: `9905400${String(n).padStart(5, '0')}`, legalForm: 'PUBLIC_ASSOCIATION', nameKk: `Тексеру ҮЕҰ ${n}`, nameRu: `Проверка НПО ${n}` },
  });
  const head = await db.user.create({ data: { email: `adm-head${n}@example.kz`, name: `Басшы ${n}`, role: 'NGO', locale: 'kk' } });
  const member = await db.user.create({ data: { email: `adm-staff${n}@example.kz`, name: `Қызметкер ${n}`, role: 'NGO', locale: 'ru' } });
  const former = await db.user.create({ data: { email: `adm-former${n}@example.kz`, name: `Бұрынғы ${n}`, role: 'NGO', locale: 'ru' } });
  await db.organizationMembership.createMany({
    data: [
      { organizationId: org.id, userId: head.id, role: 'HEAD' },
      { organizationId: org.id, userId: member.id, role: 'STAFF' },
      { organizationId: org.id, userId: former.id, role: 'STAFF', endedAt: new Date() },
    ],
  });
  const app = await db.application.create({
    data: {
      competitionId: src.competitionId,
      lotId: src.lotId,
      organizationId: org.id,
      formVersion: src.formVersion,
      languages: src.languages,
      projectTitleKk: src.projectTitleKk,
      projectTitleRu: src.projectTitleRu,
      requestedKzt: src.requestedKzt,
      status: 'SUBMITTED',
      submittedAt: src.submittedAt,
      submittedById: head.id,
      receiptNumber: `TEST-ADM-${n}`,
      createdById: head.id,
      sections: { create: src.sections.map((s) => ({ key: s.key, data: s.data as object })) },
    },
    select: { id: true, version: true, organizationId: true, submittedById: true },
  });
  return { ...app, submittedById: app.submittedById! };
}

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  const comp = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING' }, select: { id: true, deadlineAt: true } });
  competitionId = comp.id;
  deadlineAt = comp.deadlineAt!;
  const src = await db.application.findFirstOrThrow({ where: { competitionId, status: 'UNDER_REVIEW', submittedById: { not: null } }, select: { id: true } });
  sourceAppId = src.id;
  const op = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  operator = staff(op.id);
  const op2 = await db.user.create({ data: { email: 'operator2.admission@demeu.kz', name: 'Оператор 2', role: 'OPERATOR', locale: 'ru' } });
  operator2 = staff(op2.id);
}, 60_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('decideAdmission (stage 4, R1–R4, DL-1)', () => {
  it('admits a SUBMITTED application after the deadline: status, decision, history, audit, notifications', async () => {
    const db = testDb();
    const app = await newSubmittedApplication();
    const result = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext);
    expect(result).toMatchObject({ ok: true, status: 'ADMITTED' });

    const row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.status).toBe('ADMITTED');
    expect(row.version).toBe(app.version + 1);
    const decisions = await db.admissionDecision.findMany({ where: { applicationId: app.id } });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ admitted: true, reasons: [], comment: null, decidedById: operator.id });
    expect(decisions[0]!.decidedAt.getTime()).toBeGreaterThan(deadlineAt.getTime());
    const changes = await db.applicationStatusChange.findMany({ where: { applicationId: app.id } });
    expect(changes).toEqual([expect.objectContaining({ fromStatus: 'SUBMITTED', toStatus: 'ADMITTED', actorId: operator.id })]);
    const audit = await db.auditEvent.findMany({ where: { objectType: 'Application', objectId: app.id } });
    expect(audit.map((a) => a.action)).toEqual(['application.admitted']);
    expect(audit[0]!.actorId).toBe(operator.id);

    const members = await db.organizationMembership.findMany({ where: { organizationId: app.organizationId, endedAt: null, user: { active: true } }, select: { userId: true } });
    expect(members).toHaveLength(2); // the former member is not notified
    const notes = await db.notification.findMany({ where: { objectId: app.id, templateKey: 'application.admission' } });
    const inApp = notes.filter((n) => n.channel === 'IN_APP');
    expect(inApp.map((n) => n.recipientId).sort()).toEqual(members.map((m) => m.userId).sort());
    expect(inApp[0]!.payload).toMatchObject({ admitted: true, reasons: [], comment: null, competitionTitleKk: expect.any(String), competitionTitleRu: expect.any(String) });
    const email = notes.filter((n) => n.channel === 'EMAIL');
    expect(email).toEqual([expect.objectContaining({ recipientId: app.submittedById, status: 'PENDING' })]);
  });

  it('R1–R4: NOT admitted without a reason or without a comment is refused with field errors, nothing written', async () => {
    const db = testDb();
    const app = await newSubmittedApplication();
    const noReason = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: false, reasons: [], comment: 'Жоқ' }, testContext);
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reasons: 'reasonRequired' } });
    const noComment = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: false, reasons: ['R3'], comment: '   ' }, testContext);
    expect(noComment).toMatchObject({ ok: false, fieldErrors: { comment: 'commentRequired' } });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('SUBMITTED');
    expect(await db.admissionDecision.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it('R3 with a comment → NOT_ADMITTED, the reasons and comment recorded, audited and sent to the NGO', async () => {
    const db = testDb();
    const app = await newSubmittedApplication();
    const comment = 'ҮЕҰ дерекқорына мәліметтер уақытында ұсынылмаған.';
    const result = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: false, reasons: ['R3'], comment }, testContext);
    expect(result).toMatchObject({ ok: true, status: 'NOT_ADMITTED' });
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id }, include: { admissionDecisions: true, statusChanges: true } });
    expect(row.status).toBe('NOT_ADMITTED');
    expect(row.statusReason).toBe('R3');
    expect(row.admissionDecisions).toEqual([expect.objectContaining({ admitted: false, reasons: ['R3'], comment })]);
    expect(row.statusChanges).toEqual([expect.objectContaining({ fromStatus: 'SUBMITTED', toStatus: 'NOT_ADMITTED', reason: 'R3' })]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { objectId: app.id, action: 'application.not_admitted' } });
    expect(audit.after).toMatchObject({ reasons: ['R3'], comment, admitted: false });
    const note = await db.notification.findFirstOrThrow({ where: { objectId: app.id, channel: 'IN_APP' } });
    expect(note.payload).toMatchObject({ admitted: false, reasons: ['R3'], comment });
    // What /ngo/applications/[id] shows the NGO: this decision.
    const overview = await applicationOverview(app.id, new Date());
    expect(overview?.admission).toMatchObject({ admitted: false, reasons: ['R3'], comment });
  });

  it('DL-1: before the deadline the admission check is refused', async () => {
    const db = testDb();
    const app = await newSubmittedApplication();
    const before = new Date(deadlineAt.getTime() - 3_600_000);
    const result = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext, { now: () => before });
    expect(result).toMatchObject({ ok: false, error: { code: 'deadlineNotPassed' } });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('SUBMITTED');
  });

  it('an NGO user (even a member of the applicant) is refused', async () => {
    const db = testDb();
    const app = await newSubmittedApplication();
    const ngo: Actor = { id: app.submittedById, role: 'NGO', organizationIds: [app.organizationId], headOfOrganizationIds: [app.organizationId], expertId: null };
    const result = await decideAdmission(db, ngo, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.admissionDecision.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it('two operators deciding at once: exactly one decision, the later one is told staleApplication', async () => {
    const db = testDb();
    const app = await newSubmittedApplication();
    const results = await Promise.all([
      decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext),
      decideAdmission(db, operator2, { applicationId: app.id, expectedVersion: app.version, admitted: false, reasons: ['R1'], comment: 'Нысан толық емес' }, testContext),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser && !loser.ok ? loser.error.code : null).toMatch(/^(staleApplication|alreadyDecided)$/);
    expect(await db.admissionDecision.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await db.applicationStatusChange.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it('a stale version is refused (the page was opened before another operator decided)', async () => {
    const db = testDb();
    const app = await newSubmittedApplication();
    await db.application.update({ where: { id: app.id }, data: { version: { increment: 1 } } });
    const result = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'staleApplication' } });
  });

  it('deciding twice is refused; the first decision stands', async () => {
    const db = testDb();
    const app = await newSubmittedApplication();
    const first = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext);
    expect(first.ok).toBe(true);
    const second = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version + 1, admitted: false, reasons: ['R2'], comment: 'Жоспарға сәйкес емес' }, testContext);
    expect(second).toMatchObject({ ok: false, error: { code: 'alreadyDecided' } });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('ADMITTED');
    expect(await db.admissionDecision.count({ where: { applicationId: app.id } })).toBe(1);
  });
});

describe('admission checklist (R1, R3 suggested by decideAdmission)', () => {
  it('a seeded admitted application: sections and documents complete, report on time → suggests admit', async () => {
    const review = await loadAdmissionReview(testDb(), sourceAppId);
    expect(review?.checklist).toMatchObject({ formCompliant: true, ngoDatabaseOnTime: true, suggestAdmit: true, suggestedReasons: [] });
  });

  it('the seeded not-admitted application of an NGO without its database report → R3 suggested', async () => {
    const db = testDb();
    const notAdmitted = await db.application.findFirstOrThrow({ where: { competitionId, status: 'NOT_ADMITTED' }, select: { id: true } });
    const review = await loadAdmissionReview(db, notAdmitted.id);
    expect(review?.checklist?.ngoDatabaseReport).toMatch(/^(MISSING|LATE)$/);
    expect(review?.checklist?.suggestedReasons).toContain('R3');
  });

  it('an application without its documents → R1 suggested', async () => {
    const app = await newSubmittedApplication();
    const review = await loadAdmissionReview(testDb(), app.id);
    expect(review?.checklist?.documents.complete).toBe(false);
    expect(review?.checklist?.suggestedReasons).toContain('R1');
  });
});
