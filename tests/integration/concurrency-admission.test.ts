import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { decideAdmission } from '@/lib/services/admission/decide-admission';
import { seed } from '@/prisma/seed/load';
import { actorOf, expectNoOpenTransactionOrLock } from './concurrency-support';
import { disconnectTestDb, testContext, testDb } from './test-db';

// R3 — operators deciding the admission of one application at once (stage 4): exactly
// one decision; every other operator is told staleApplication/alreadyDecided.
let operators: Actor[] = [];
let sourceAppId = '';
let seq = 0;

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  const comp = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING' }, select: { id: true } });
  sourceAppId = (await db.application.findFirstOrThrow({ where: { competitionId: comp.id, status: 'UNDER_REVIEW', submittedById: { not: null } }, select: { id: true } })).id;
  const first = await actorOf('operator@demeu.kz');
  const more = await Promise.all(
    [2, 3, 4].map((n) => db.user.create({ data: { email: `operator${n}.r3@demeu.kz`, name: `Оператор ${n}`, role: 'OPERATOR', locale: 'ru' } })),
  );
  operators = [first, ...more.map((u): Actor => ({ id: u.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null }))];
}, 120_000);

afterEach(async () => {
  await expectNoOpenTransactionOrLock();
});

afterAll(disconnectTestDb);

/** A fresh SUBMITTED application of a new NGO, cloned from a seeded one (deadline passed). */
async function submittedApplication() {
  const db = testDb();
  const src = await db.application.findUniqueOrThrow({ where: { id: sourceAppId }, include: { sections: true } });
  const n = ++seq;
  const org = await db.organization.create({
    data: { kind: 'NGO', bin: `9907400${String(n).padStart(5, '0')}`, legalForm: 'PUBLIC_ASSOCIATION', nameKk: `Параллель ҮЕҰ ${n}`, nameRu: `Параллель НПО ${n}` },
  });
  const head = await db.user.create({ data: { email: `r3-head${n}@example.kz`, name: `Басшы ${n}`, role: 'NGO', locale: 'kk' } });
  await db.organizationMembership.create({ data: { organizationId: org.id, userId: head.id, role: 'HEAD' } });
  return db.application.create({
    data: {
      competitionId: src.competitionId,
      lotId: src.lotId,
      organizationId: org.id,
      formVersion: src.formVersion,
      languages: src.languages,
      requestedKzt: src.requestedKzt,
      status: 'SUBMITTED',
      submittedAt: src.submittedAt,
      submittedById: head.id,
      receiptNumber: `TEST-R3-${n}`,
      createdById: head.id,
      sections: { create: src.sections.map((s) => ({ key: s.key, data: s.data as object })) },
    },
    select: { id: true, version: true },
  });
}

describe('R3 two operators admitting the same application at once', () => {
  it('admit vs. refuse at the same version: exactly one decision, one status change, one audit event; the other is refused', async () => {
    const db = testDb();
    const app = await submittedApplication();
    const results = await Promise.all([
      decideAdmission(db, operators[0]!, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext),
      decideAdmission(db, operators[1]!, { applicationId: app.id, expectedVersion: app.version, admitted: false, reasons: ['R1'], comment: 'Нысан толық емес' }, testContext),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser && !loser.ok ? loser.error.code : null).toMatch(/^(staleApplication|alreadyDecided)$/);
    const winner = results.find((r) => r.ok);
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.status).toBe(winner && winner.ok ? winner.status : 'none');
    expect(row.version).toBe(app.version + 1);
    expect(await db.admissionDecision.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await db.applicationStatusChange.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { objectId: app.id, action: { in: ['application.admitted', 'application.not_admitted'] } } })).toBe(1);
  });

  it('four operators, five applications, all at once: exactly one decision per application, no deadlock', async () => {
    const db = testDb();
    const apps = await Promise.all(Array.from({ length: 5 }, () => submittedApplication()));
    const calls = apps.flatMap((app) =>
      operators.map((op, i) => decideAdmission(db, op, { applicationId: app.id, expectedVersion: app.version, admitted: i % 2 === 0, reasons: i % 2 === 0 ? [] : ['R2'], comment: i % 2 === 0 ? '' : 'Жоспарға сәйкес емес' }, testContext)),
    );
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.ok)).toHaveLength(apps.length);
    for (const r of results) if (!r.ok) expect(r.error.code).toMatch(/^(staleApplication|alreadyDecided)$/);
    for (const app of apps) expect(await db.admissionDecision.count({ where: { applicationId: app.id } })).toBe(1);
  });
});
