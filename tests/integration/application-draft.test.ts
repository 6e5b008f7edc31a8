import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { seed } from '@/prisma/seed/load';
import { saveApplicationSection } from '@/lib/services/applications/save-application-section';
import { startApplication } from '@/lib/services/applications/start-application';
import { GRANT_FORM_VERSION, GRANT_SECTION_KEYS } from '@/lib/validation/forms/grant';
import { completeKk } from '../unit/application-forms/fixtures';
import { disconnectTestDb, testContext, testDb } from './test-db';

const quiet = () => {};

async function actorFor(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } } });
  return {
    id: user.id,
    role: user.role,
    organizationIds: user.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: user.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: user.expert?.id ?? null,
  };
}

let competition: { id: string; deadlineAt: Date };
let lots: { id: string; number: number; budgetKzt: bigint }[];
let ngo: Actor;
let staff: Actor;
let ngo2: Actor;
let ngo3: Actor;
let applicationId: string;

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: quiet });
  const c = await db.competition.findFirstOrThrow({
    where: { kind: 'GRANT', status: 'OPEN', deadlineAt: { gt: new Date() } },
    include: { lots: { orderBy: { number: 'asc' } } },
  });
  competition = { id: c.id, deadlineAt: c.deadlineAt! };
  lots = c.lots;
  [ngo, staff, ngo2, ngo3] = await Promise.all(['ngo@demeu.kz', 'ngo.staff@demeu.kz', 'ngo2@demeu.kz', 'ngo3@demeu.kz'].map(actorFor)) as [Actor, Actor, Actor, Actor];
}, 60_000);

afterAll(disconnectTestDb);

const lot = (n: number) => lots.find((l) => l.number === n) ?? lots[n - 1]!;

describe('starting a grant application (§4.5, DL-1, EL-1, EL-3)', () => {
  it('an NGO member starts a DRAFT for an open lot: 5 empty sections, form version, audit event', async () => {
    const db = testDb();
    const r = await startApplication(db, ngo, { lotId: lots[1]!.id }, testContext);
    expect(r).toMatchObject({ ok: true, firstSectionKey: 'annex1' });
    if (!r.ok) return;
    applicationId = r.applicationId;
    const app = await db.application.findUniqueOrThrow({ where: { id: r.applicationId }, include: { sections: { orderBy: { key: 'asc' } } } });
    expect(app).toMatchObject({ status: 'DRAFT', formVersion: GRANT_FORM_VERSION, organizationId: ngo.organizationIds[0], lotId: lots[1]!.id, createdById: ngo.id });
    expect(app.sections.map((s) => [s.key, s.version, s.complete, s.data])).toEqual(GRANT_SECTION_KEYS.map((k) => [k, 0, false, {}]));
    const audit = await db.auditEvent.findMany({ where: { objectId: r.applicationId } });
    expect(audit).toEqual([expect.objectContaining({ action: 'application.started', actorId: ngo.id })]);
  });

  it('EL-3: a second start for the same lot by the same NGO (even by a colleague) is refused, pointing at the live one', async () => {
    const r = await startApplication(testDb(), staff, { lotId: lots[1]!.id }, testContext);
    expect(r).toEqual({ ok: false, error: { code: 'alreadyApplied', params: { applicationId } } });
  });

  it('EL-3: two simultaneous starts — the partial unique index lets exactly one through', async () => {
    const db = testDb();
    const both = await Promise.all([
      startApplication(db, ngo2, { lotId: lot(3).id }, testContext),
      startApplication(db, ngo2, { lotId: lot(3).id }, testContext),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['alreadyApplied']);
    expect(await db.application.count({ where: { lotId: lot(3).id, organizationId: ngo2.organizationIds[0] } })).toBe(1);
  });

  it('EL-1: an NGO whose property is arrested is refused with the reason', async () => {
    const r = await startApplication(testDb(), ngo3, { lotId: lots[1]!.id }, testContext);
    expect(r).toEqual({ ok: false, error: { code: 'notEligible', params: { reasons: 'PROPERTY_ARRESTED' } } });
    expect(await testDb().application.count({ where: { organizationId: ngo3.organizationIds[0], lotId: lots[1]!.id } })).toBe(0);
  });

  it('DL-1: one millisecond after the deadline nothing starts', async () => {
    const after = new Date(competition.deadlineAt.getTime() + 1);
    const r = await startApplication(testDb(), ngo2, { lotId: lots[1]!.id }, testContext, after);
    expect(r).toEqual({ ok: false, error: { code: 'deadlinePassed', params: { deadline: competition.deadlineAt.toISOString() } } });
    // at the deadline instant itself it is still on time
    const at = await startApplication(testDb(), ngo2, { lotId: lots[1]!.id }, testContext, competition.deadlineAt);
    expect(at.ok).toBe(true);
  });

  it('staff and unknown lots are refused', async () => {
    const operator = await actorFor('operator@demeu.kz');
    expect(await startApplication(testDb(), operator, { lotId: lots[0]!.id }, testContext)).toEqual({ ok: false, error: { code: 'notMember' } });
    expect(await startApplication(testDb(), ngo, { lotId: 'no-such-lot' }, testContext)).toEqual({ ok: false, error: { code: 'lotNotFound' } });
  });
});

describe('autosaving a section (optimistic lock, versioned history, deadline freeze)', () => {
  it('save → version 1, a history row, the application title/amounts, a small audit event', async () => {
    const db = testDb();
    const r = await saveApplicationSection(db, ngo, { applicationId, key: 'annex1', baseVersion: 0, data: completeKk.annex1 }, testContext);
    expect(r).toMatchObject({ ok: true, version: 1, complete: true });
    const section = await db.applicationSection.findUniqueOrThrow({ where: { applicationId_key: { applicationId, key: 'annex1' } }, include: { versions: true } });
    expect(section).toMatchObject({ version: 1, complete: true, updatedById: ngo.id });
    expect(section.data).toEqual(completeKk.annex1);
    expect(section.versions).toEqual([expect.objectContaining({ version: 1, savedById: ngo.id, data: completeKk.annex1 })]);
    const app = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(app).toMatchObject({ projectTitleKk: 'Бөлек жина — қаланы сақта', projectTitleRu: null, requestedKzt: 10_000_000n, ownContributionKzt: 500_000n, languages: ['kk'] });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { objectId: applicationId, action: 'application.section-saved' } });
    expect(audit.after).toEqual({ key: 'annex1', version: 1, complete: true });
  });

  it('a save based on an older version is refused as stale with the current version, and nothing changes', async () => {
    const db = testDb();
    const r = await saveApplicationSection(db, staff, { applicationId, key: 'annex1', baseVersion: 0, data: { projectTitle: { kk: 'Басқа' } } }, testContext);
    expect(r).toEqual({ ok: false, error: { code: 'staleSection', params: { currentVersion: 1 } } });
    const section = await db.applicationSection.findUniqueOrThrow({ where: { applicationId_key: { applicationId, key: 'annex1' } } });
    expect(section.version).toBe(1);
    expect(await db.applicationSectionVersion.count({ where: { sectionId: section.id } })).toBe(1);
  });

  it('a colleague of the same NGO saves on top of the current version → version 2 (history keeps both)', async () => {
    const db = testDb();
    const partial = { ...completeKk.annex1, summary: {} };
    const r = await saveApplicationSection(db, staff, { applicationId, key: 'annex1', baseVersion: 1, data: partial }, testContext);
    expect(r).toMatchObject({ ok: true, version: 2, complete: false, completeness: { missing: ['summary'] } });
    const versions = await db.applicationSectionVersion.findMany({ where: { section: { applicationId, key: 'annex1' } }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('annex 5: the budget total becomes the requested amount; a share above 10% is refused (GF-3)', async () => {
    const db = testDb();
    const ok = await saveApplicationSection(db, ngo, { applicationId, key: 'annex5', baseVersion: 0, data: completeKk.annex5 }, testContext);
    expect(ok).toMatchObject({ ok: true, version: 1, complete: true });
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).requestedKzt).toBe(10_000_000n);

    const over = { lines: completeKk.annex5.lines!.map((l) => (l.id === 'l3' ? { ...l, unitCost: 500_001 } : l)) };
    const refused = await saveApplicationSection(db, ngo, { applicationId, key: 'annex5', baseVersion: 1, data: over }, testContext);
    expect(refused).toEqual({ ok: false, error: { code: 'invalidSection', field: 'lines', params: { code: 'institutionalShare' } } });
  });

  it('another NGO cannot save (the service re-checks the owner), and learns nothing', async () => {
    const r = await saveApplicationSection(testDb(), ngo2, { applicationId, key: 'annex2', baseVersion: 0, data: {} }, testContext);
    expect(r).toEqual({ ok: false, error: { code: 'applicationNotFound' } });
    expect((await testDb().applicationSection.findUniqueOrThrow({ where: { applicationId_key: { applicationId, key: 'annex2' } } })).version).toBe(0);
  });

  it('DL-1: after the deadline drafts are frozen: refused with the deadline', async () => {
    const after = new Date(competition.deadlineAt.getTime() + 1);
    const r = await saveApplicationSection(testDb(), ngo, { applicationId, key: 'annex2', baseVersion: 0, data: completeKk.annex2 }, testContext, after);
    expect(r).toEqual({ ok: false, error: { code: 'deadlinePassed', params: { deadline: competition.deadlineAt.toISOString() } } });
  });

  it('a SUBMITTED application cannot be changed', async () => {
    const db = testDb();
    const started = await startApplication(db, ngo, { lotId: lot(3).id }, testContext);
    if (!started.ok) throw new Error(started.error.code);
    await db.application.update({ where: { id: started.applicationId }, data: { status: 'SUBMITTED', submittedAt: new Date() } });
    const r = await saveApplicationSection(db, ngo, { applicationId: started.applicationId, key: 'annex1', baseVersion: 0, data: completeKk.annex1 }, testContext);
    expect(r).toEqual({ ok: false, error: { code: 'notDraft', params: { status: 'SUBMITTED' } } });
  });

  it('the seeded draft without an annex 5 row gets the row on its first save', async () => {
    const db = testDb();
    const draft = await db.application.findFirstOrThrow({ where: { organizationId: ngo.organizationIds[0], lotId: lots[0]!.id, status: 'DRAFT' }, include: { sections: true } });
    const hadAnnex5 = draft.sections.some((s) => s.key === 'annex5');
    const base = draft.sections.find((s) => s.key === 'annex5')?.version ?? 0;
    const r = await saveApplicationSection(db, ngo, { applicationId: draft.id, key: 'annex5', baseVersion: base, data: completeKk.annex5 }, testContext);
    expect(r).toMatchObject({ ok: true, version: base + 1 });
    expect(await db.applicationSection.count({ where: { applicationId: draft.id, key: 'annex5' } })).toBe(1);
    expect(hadAnnex5 || base === 0).toBe(true);
  });
});
