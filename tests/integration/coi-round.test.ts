import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Actor } from '@/lib/auth/policy';
import { applicationSubject } from '@/lib/queries/application-overview';
import { applicationSubject as attachmentSubject, loadApplicationForAttachments } from '@/lib/services/attachments/attachment-access';
import { coiRoundForExpert } from '@/lib/services/coi/coi-round';
import { declareConflict } from '@/lib/services/coi/declare-conflict';
import { saveScoreSheet } from '@/lib/services/scoring/save-score-sheet';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testContext, testDb } from './test-db';

// The demo's competition in the COI round (prisma/seed/coi-round.ts): commission in
// COI_DECLARATION with expert@ … expert6@; «Мейірім» (expert4 on its board), «Ертіс
// келісімі» (nominated expert3), «Алтай мұрасы» (partner: «Қазақстан ҮЕҰ одағы»).
let competitionId = '';
const app: Record<'meyirim' | 'ertis' | 'altai', string> = { meyirim: '', ertis: '', altai: '' };
const experts: Record<string, Actor> = {};
let operator: Actor;

async function expertActor(email: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, include: { expert: true } });
  return { id: u.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: u.expert!.id };
}

const declare = (actor: Actor, applicationId: string, hasConflict: boolean, note = '') => declareConflict(testDb(), actor, { applicationId, hasConflict, note }, testContext);

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  const comp = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'COI', commissions: { some: { status: 'COI_DECLARATION' } } }, select: { id: true } });
  competitionId = comp.id;
  const apps = await db.application.findMany({ where: { competitionId }, include: { organization: true } });
  for (const a of apps) {
    if (a.organization.nameKk.includes('Мейірім')) app.meyirim = a.id;
    if (a.organization.nameKk.includes('Ертіс')) app.ertis = a.id;
    if (a.organization.nameKk.includes('Алтай')) app.altai = a.id;
  }
  for (const n of ['', '2', '3', '4', '5', '6', '7']) experts[`expert${n}`] = await expertActor(`expert${n}@demeu.kz`);
  const op = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  operator = { id: op.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
}, 60_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('the COI round as the expert sees it (GC-10)', () => {
  it('lists the admitted applicants with name, BIN and partners only — no content — and the automatic conflicts (CI-1)', async () => {
    const round = (await coiRoundForExpert(testDb(), experts.expert4!.expertId!, competitionId, new Date()))!;
    expect(round.total).toBe(3);
    expect(round.declared).toBe(0);
    expect(round.open).toBe(true);
    for (const row of round.rows) {
      expect(Object.keys(row).sort()).toEqual(['applicationId', 'automatic', 'declaration', 'lot', 'organization', 'partners']);
      expect(row.organization.bin).toMatch(/^\d{12}$/);
    }
    expect(round.rows.find((r) => r.applicationId === app.meyirim)!.automatic).toEqual(['AFFILIATED_APPLICANT']);
    expect(round.rows.find((r) => r.applicationId === app.altai)!.partners.map((p) => p.name).join()).toContain('ҮЕҰ одағы');
    // expert3's nominating NGO applied: conflicted on every applicant (GC-8).
    const r3 = (await coiRoundForExpert(testDb(), experts.expert3!.expertId!, competitionId, new Date()))!;
    expect(r3.rows.every((r) => r.automatic.includes('NOMINATOR_APPLIED'))).toBe(true);
    // expert2 has declared on all three already.
    expect((await coiRoundForExpert(testDb(), experts.expert2!.expertId!, competitionId, new Date()))!.declared).toBe(3);
  });

  it('an expert who is not on the commission gets no round (404)', async () => {
    expect(await coiRoundForExpert(testDb(), experts.expert7!.expertId!, competitionId, new Date())).toBeNull();
  });
});

describe('declareConflict (GC-10..GC-12, CI-1, CI-2)', () => {
  it('CI-2: before declaring, the expert is denied the content — page subject, attachments and PDF subject alike', async () => {
    const subject = (await applicationSubject(app.altai))!;
    expect(subject.assignedExpertIds).toContain(experts.expert5!.expertId);
    expect(can(experts.expert5!, 'read', subject)).toBe(false);
    expect(can(experts.expert5!, 'score', subject)).toBe(false);
    const forFiles = (await loadApplicationForAttachments(testDb(), app.altai))!;
    expect(can(experts.expert5!, 'read', attachmentSubject(forFiles))).toBe(false);
  });

  it('GC-12: "no conflict" is recorded and audited, opens the content (CI-2), and is final', async () => {
    const db = testDb();
    const result = await declare(experts.expert5!, app.altai, false);
    expect(result).toMatchObject({ ok: true, hasConflict: false });
    const row = await db.conflictDeclaration.findUniqueOrThrow({ where: { expertId_applicationId: { expertId: experts.expert5!.expertId!, applicationId: app.altai } } });
    expect(row).toMatchObject({ hasConflict: false, reason: null });
    expect(row.commissionId).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'coi.declared', objectId: row.id } });
    expect(audit.actorId).toBe(experts.expert5!.id);

    const subject = (await applicationSubject(app.altai))!;
    expect(subject.noConflictExpertIds).toContain(experts.expert5!.expertId);
    expect(can(experts.expert5!, 'read', subject)).toBe(true);
    expect(can(experts.expert5!, 'read', attachmentSubject((await loadApplicationForAttachments(db, app.altai))!))).toBe(true);

    // Final: neither the same nor the opposite declaration is accepted again.
    expect(await declare(experts.expert5!, app.altai, false)).toMatchObject({ ok: false, error: { code: 'alreadyDeclared' } });
    expect(await declare(experts.expert5!, app.altai, true, 'передумал')).toMatchObject({ ok: false, error: { code: 'alreadyDeclared' } });
    expect(await db.conflictDeclaration.count({ where: { expertId: experts.expert5!.expertId!, applicationId: app.altai } })).toBe(1);
  });

  it('a declared conflict needs a note', async () => {
    const result = await declare(experts.expert!, app.ertis, true, '   ');
    expect(result).toMatchObject({ ok: false, fieldErrors: { note: 'conflictNoteRequired' } });
    expect(await testDb().conflictDeclaration.count({ where: { expertId: experts.expert!.expertId!, applicationId: app.ertis } })).toBe(0);
  });

  it('a declared conflict with its note is recorded; the expert never gets the content (CI-1)', async () => {
    expect(await declare(experts.expert!, app.ertis, true, 'Қордың бұрынғы кеңесшісімін')).toMatchObject({ ok: true, hasConflict: true });
    const subject = (await applicationSubject(app.ertis))!;
    expect(subject.conflictedExpertIds).toContain(experts.expert!.expertId);
    expect(can(experts.expert!, 'read', subject)).toBe(false);
    expect(can(experts.expert!, 'score', subject)).toBe(false);
  });

  it('CI-1: "no conflict" on an application the engine finds conflicted is refused — the automatic conflict binds', async () => {
    const affiliated = await declare(experts.expert4!, app.meyirim, false);
    expect(affiliated).toMatchObject({ ok: false, error: { code: 'automaticConflict', params: { codes: 'AFFILIATED_APPLICANT' } } });
    const nominator = await declare(experts.expert3!, app.altai, false);
    expect(nominator).toMatchObject({ ok: false, error: { code: 'automaticConflict' } });
    expect(await testDb().conflictDeclaration.count({ where: { expertId: { in: [experts.expert4!.expertId!, experts.expert3!.expertId!] }, application: { competitionId } } })).toBe(0);
    // Declaring the conflict is accepted (CI-2 coverage), and the content stays closed.
    expect(await declare(experts.expert4!, app.meyirim, true, '«Мейірім» қорының қамқоршылық кеңесінің мүшесімін')).toMatchObject({ ok: true });
    expect(can(experts.expert4!, 'read', (await applicationSubject(app.meyirim))!)).toBe(false);
  });

  it('who may not declare: an expert off the commission (404-like), operator staff, and not on a non-admitted application', async () => {
    expect(await declare(experts.expert7!, app.altai, false)).toMatchObject({ ok: false, error: { code: 'applicationNotFound' } });
    expect(await declare(operator, app.altai, false)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const db = testDb();
    const src = await db.application.findUniqueOrThrow({ where: { id: app.altai } });
    const n8 = await db.organization.findFirstOrThrow({ where: { nameKk: { contains: 'Арал балалары' } } });
    const rejected = await db.application.create({
      data: { competitionId, lotId: src.lotId, organizationId: n8.id, formVersion: src.formVersion, status: 'NOT_ADMITTED', submittedAt: src.submittedAt, createdById: src.createdById },
    });
    expect(await declare(experts.expert6!, rejected.id, false)).toMatchObject({ ok: false, error: { code: 'notAdmitted' } });
    const subject = (await applicationSubject(rejected.id))!;
    expect(can(experts.expert6!, 'read', subject)).toBe(false);
    await db.application.delete({ where: { id: rejected.id } });
  });

  it('an unassigned expert is denied the content whatever they claim', async () => {
    expect(can(experts.expert7!, 'read', (await applicationSubject(app.altai))!)).toBe(false);
  });

  it('the COI round is not the scoring room: a cleared expert cannot save a sheet while the competition is in COI', async () => {
    const result = await saveScoreSheet(testDb(), experts.expert5!, { applicationId: app.altai, expectedVersion: 0, scores: [{ criterionId: 'capacity', value: 4, comment: '' }] }, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'competitionNotScoring' } });
  });

  it('declarations close with the round: a dissolved commission takes none', async () => {
    const db = testDb();
    const commission = await db.commission.findFirstOrThrow({ where: { competitionId } });
    await db.commission.update({ where: { id: commission.id }, data: { status: 'DISSOLVED' } });
    try {
      expect(await declare(experts.expert6!, app.altai, false)).toMatchObject({ ok: false, error: { code: 'applicationNotFound' } });
      expect(await coiRoundForExpert(db, experts.expert6!.expertId!, competitionId, new Date())).toBeNull();
    } finally {
      await db.commission.update({ where: { id: commission.id }, data: { status: 'COI_DECLARATION' } });
    }
  });
});
