import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Actor } from '@/lib/auth/policy';
import { applicationOverview, applicationSubject } from '@/lib/queries/application-overview';
import { almatyEndOfDay } from '@/lib/rules';
import { applicationSubject as attachmentSubject, loadApplicationForAttachments } from '@/lib/services/attachments/attachment-access';
import { declareConflict } from '@/lib/services/coi/declare-conflict';
import { expertWorkspace } from '@/lib/services/scoring/expert-workspace';
import { saveScoreSheet } from '@/lib/services/scoring/save-score-sheet';
import type { ScoreSheetInput } from '@/lib/services/scoring/score-rules';
import { loadScoringContext } from '@/lib/services/scoring/scoring-context';
import { scoringProgress } from '@/lib/services/scoring/scoring-progress';
import { maySeeScoreValues, scoresSealed } from '@/lib/services/scoring/sealing';
import { signScoreSheet } from '@/lib/services/scoring/sign-score-sheet';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testContext, testDb } from './test-db';

// The demo's competition in SCORING (prisma/seed/grants.ts): applications A–E admitted;
// expert@ (chair) signed all five; expert2 has a draft on B and no sheet on D; expert4
// declared a conflict on D («Мейірім»); expert3's nominating NGO applied (automatic
// conflict everywhere, although he declared "no conflict" on A, B, E).
let competitionId = '';
let scoringDueOn = new Date(0);
const app: Record<string, string> = {};
const ex: Record<string, Actor> = {};
let operator: Actor;
let ngoHead: Actor;

async function expertActor(email: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, include: { expert: true } });
  return { id: u.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: u.expert!.id };
}

const CRITERIA = ['capacity', 'specialists', 'content', 'results', 'budget_and_timeline'] as const;
const sheet = (applicationId: string, expectedVersion: number, values: (number | null)[], comment = (id: string) => `Түсініктеме: ${id}`): ScoreSheetInput => ({
  applicationId,
  expectedVersion,
  scores: CRITERIA.map((criterionId, i) => ({ criterionId, value: values[i] ?? null, comment: values[i] === null || values[i] === undefined ? '' : comment(criterionId) })),
});

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  const comp = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING' }, select: { id: true, scoringDueOn: true } });
  competitionId = comp.id;
  scoringDueOn = comp.scoringDueOn!;
  const apps = await db.application.findMany({ where: { competitionId }, include: { organization: true } });
  const byOrg: Record<string, string> = { 'Азаматтық диалог': 'A', 'Жасыл қала': 'B', 'Ертіс келісімі': 'C', Мейірім: 'D', 'Алтай мұрасы': 'E' };
  for (const a of apps) for (const [name, key] of Object.entries(byOrg)) if (a.organization.nameKk.includes(name)) app[key] = a.id;
  for (const n of ['', '2', '3', '4', '5', '6', '7']) ex[`expert${n}`] = await expertActor(`expert${n}@demeu.kz`);
  const op = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  operator = { id: op.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
  const ngo = await db.user.findUniqueOrThrow({ where: { email: 'ngo@demeu.kz' }, include: { memberships: true } });
  ngoHead = { id: ngo.id, role: 'NGO', organizationIds: ngo.memberships.map((m) => m.organizationId), headOfOrganizationIds: ngo.memberships.map((m) => m.organizationId), expertId: null };
}, 60_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('access to application content (CI-1, CI-2): pages, files, PDF and the score action', () => {
  it('a conflicted expert (declared) is denied the content, the files, the PDF subject and the score action', async () => {
    const subject = (await applicationSubject(app.D!))!;
    expect(can(ex.expert4!, 'read', subject)).toBe(false);
    expect(can(ex.expert4!, 'read', attachmentSubject((await loadApplicationForAttachments(testDb(), app.D!))!))).toBe(false);
    const result = await saveScoreSheet(testDb(), ex.expert4!, sheet(app.D!, 0, [3, 2, 4, 3, 3]), testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'applicationNotFound' } });
    expect(await loadScoringContext(testDb(), ex.expert4!, app.D!, new Date())).toBeNull();
    expect(await testDb().scoreSheet.count({ where: { expertId: ex.expert4!.expertId!, applicationId: app.D! } })).toBe(0);
  });

  it('an automatic conflict beats a "no conflict" declaration: expert3 declared none on A but his nominator applied (CI-1)', async () => {
    const subject = (await applicationSubject(app.A!))!;
    expect(subject.noConflictExpertIds).toContain(ex.expert3!.expertId);
    expect(subject.conflictedExpertIds).toContain(ex.expert3!.expertId);
    expect(can(ex.expert3!, 'read', subject)).toBe(false);
    expect(await saveScoreSheet(testDb(), ex.expert3!, sheet(app.A!, 0, [3]), testContext)).toMatchObject({ ok: false, error: { code: 'applicationNotFound' } });
  });

  it('an expert of no commission of the competition is denied', async () => {
    const subject = (await applicationSubject(app.B!))!;
    expect(can(ex.expert5!, 'read', subject)).toBe(false);
    expect(await saveScoreSheet(testDb(), ex.expert5!, sheet(app.B!, 0, [3]), testContext)).toMatchObject({ ok: false, error: { code: 'applicationNotFound' } });
  });

  it('a replacement member is denied until they declare "no conflict", then may read and score (CI-2, GC-13)', async () => {
    const db = testDb();
    const commission = await db.commission.findFirstOrThrow({ where: { competitionId, status: 'APPROVED' } });
    await db.commissionMember.create({ data: { commissionId: commission.id, expertId: ex.expert7!.expertId!, role: 'MEMBER', side: 'NGO' } });
    expect(can(ex.expert7!, 'read', (await applicationSubject(app.E!))!)).toBe(false);
    expect(await saveScoreSheet(db, ex.expert7!, sheet(app.E!, 0, [3]), testContext)).toMatchObject({ ok: false, error: { code: 'applicationNotFound' } });
    expect(await declareConflict(db, ex.expert7!, { applicationId: app.E!, hasConflict: false, note: '' }, testContext)).toMatchObject({ ok: true });
    expect(can(ex.expert7!, 'read', (await applicationSubject(app.E!))!)).toBe(true);
    expect(await saveScoreSheet(db, ex.expert7!, sheet(app.E!, 0, [3]), testContext)).toMatchObject({ ok: true, version: 1, status: 'DRAFT' });
    // Still nothing on the applications they have not declared on.
    expect(can(ex.expert7!, 'read', (await applicationSubject(app.B!))!)).toBe(false);
  });
});

describe('score sheets (SC-1, SC-2, DL-5, optimistic locking)', () => {
  it('SC-1: a score outside its range, or not a whole number, is refused per criterion; nothing is written', async () => {
    const db = testDb();
    const out = await saveScoreSheet(db, ex.expert4!, sheet(app.B!, 0, [9, 2, 0]), testContext);
    expect(out).toMatchObject({ ok: false, error: { code: 'fixErrors' }, fieldErrors: { capacity: 'OUT_OF_RANGE', content: 'OUT_OF_RANGE' } });
    const frac = await saveScoreSheet(db, ex.expert4!, sheet(app.B!, 0, [3.5]), testContext);
    expect(frac).toMatchObject({ ok: false, fieldErrors: { capacity: 'NOT_INTEGER' } });
    expect(await db.scoreSheet.count({ where: { expertId: ex.expert4!.expertId!, applicationId: app.B! } })).toBe(0);
  });

  it('saves a draft (version 1, values and comments), then the next version; a stale version is told to reload', async () => {
    const db = testDb();
    const first = await saveScoreSheet(db, ex.expert4!, sheet(app.B!, 0, [4, 2, null]), testContext);
    expect(first).toMatchObject({ ok: true, version: 1, status: 'DRAFT', total: null });
    const second = await saveScoreSheet(db, ex.expert4!, sheet(app.B!, 1, [4, 2, 5]), testContext);
    expect(second).toMatchObject({ ok: true, version: 2 });
    const stale = await saveScoreSheet(db, ex.expert4!, sheet(app.B!, 1, [1, 1, 1]), testContext);
    expect(stale).toMatchObject({ ok: false, error: { code: 'staleSheet' } });
    const row = await db.scoreSheet.findUniqueOrThrow({ where: { expertId_applicationId: { expertId: ex.expert4!.expertId!, applicationId: app.B! } }, include: { scores: true } });
    expect(row.version).toBe(2);
    expect(Object.fromEntries(row.scores.map((s) => [s.criterionId, s.value]))).toEqual({ capacity: 4, specialists: 2, content: 5 });
    expect(row.scores.find((s) => s.criterionId === 'content')!.comment).toBe('Түсініктеме: content');
    // Audited without the values (sealed scoring).
    const audit = await db.auditEvent.findMany({ where: { objectType: 'ScoreSheet', objectId: row.id } });
    expect(audit.map((a) => a.action)).toEqual(['score_sheet.saved', 'score_sheet.saved']);
    expect(JSON.stringify(audit.map((a) => a.after))).not.toMatch(/"value"|Түсініктеме/);
  });

  it('of two concurrent saves at the same version exactly one wins; the other is stale', async () => {
    const db = testDb();
    const results = await Promise.all([
      saveScoreSheet(db, ex.expert4!, sheet(app.B!, 2, [5, 3, 6]), testContext),
      saveScoreSheet(db, ex.expert4!, sheet(app.B!, 2, [1, 1, 1]), testContext),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'staleSheet' }) })]);
    expect((await db.scoreSheet.findUniqueOrThrow({ where: { expertId_applicationId: { expertId: ex.expert4!.expertId!, applicationId: app.B! } } })).version).toBe(3);
  });

  it('a comment without its score is refused (kept on the form), and a comment is required per criterion to sign', async () => {
    const db = testDb();
    const input = sheet(app.B!, 3, [5, 3, 6, null, null]);
    input.scores[3]!.comment = 'әлі ойланамын';
    expect(await saveScoreSheet(db, ex.expert4!, input, testContext)).toMatchObject({ ok: false, fieldErrors: { results: 'commentNeedsScore' } });
    const noComment = sheet(app.B!, 3, [5, 3, 6, 4, 4], (id) => (id === 'results' ? '' : `ok ${id}`));
    expect(await signScoreSheet(db, ex.expert4!, noComment, testContext)).toMatchObject({ ok: false, fieldErrors: { results: 'commentRequired' } });
  });

  it('SC-2: signing needs every criterion; a complete sheet is signed, its total stored, and it is frozen', async () => {
    const db = testDb();
    expect(await signScoreSheet(db, ex.expert4!, sheet(app.B!, 3, [5, 3, 6, 4, null]), testContext)).toMatchObject({ ok: false, fieldErrors: { budget_and_timeline: 'INCOMPLETE' } });
    const signed = await signScoreSheet(db, ex.expert4!, sheet(app.B!, 3, [5, 3, 6, 4, 4]), testContext);
    expect(signed).toMatchObject({ ok: true, status: 'SIGNED', total: 22, version: 4 });
    const row = await db.scoreSheet.findUniqueOrThrow({ where: { expertId_applicationId: { expertId: ex.expert4!.expertId!, applicationId: app.B! } }, include: { scores: true } });
    expect(row).toMatchObject({ status: 'SIGNED', total: 22 });
    expect(row.signedAt).not.toBeNull();
    expect(row.scores).toHaveLength(5);
    expect(await saveScoreSheet(db, ex.expert4!, sheet(app.B!, 4, [1, 1, 1, 1, 1]), testContext)).toMatchObject({ ok: false, error: { code: 'sheetFrozen' } });
    expect(await signScoreSheet(db, ex.expert4!, sheet(app.B!, 4, [1, 1, 1, 1, 1]), testContext)).toMatchObject({ ok: false, error: { code: 'sheetFrozen' } });
    expect((await db.scoreSheet.findUniqueOrThrow({ where: { id: row.id } })).total).toBe(22);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { objectType: 'ScoreSheet', objectId: row.id, action: 'score_sheet.signed' } });
    expect(audit.after).toMatchObject({ status: 'SIGNED', valuesSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('DL-5: a save at the last instant of the due day (Almaty) is accepted; one a millisecond later is refused', async () => {
    const db = testDb();
    const end = almatyEndOfDay(scoringDueOn.toISOString().slice(0, 10));
    const atEnd = await saveScoreSheet(db, ex.expert2!, sheet(app.D!, 0, [3]), testContext, { now: () => end });
    expect(atEnd).toMatchObject({ ok: true, version: 1 });
    const late = await saveScoreSheet(db, ex.expert2!, sheet(app.D!, 1, [4]), testContext, { now: () => new Date(end.getTime() + 1) });
    expect(late).toMatchObject({ ok: false, error: { code: 'scoringDeadlinePassed' } });
    const lateSign = await signScoreSheet(db, ex.expert2!, sheet(app.D!, 1, [4, 2, 5, 4, 4]), testContext, { now: () => new Date(end.getTime() + 60_000) });
    expect(lateSign).toMatchObject({ ok: false, error: { code: 'scoringDeadlinePassed' } });
  });

  it('scoring needs the competition in SCORING and the commission APPROVED', async () => {
    const db = testDb();
    const commission = await db.commission.findFirstOrThrow({ where: { competitionId, status: 'APPROVED' } });
    await db.commission.update({ where: { id: commission.id }, data: { status: 'COI_DECLARATION' } });
    try {
      expect(await saveScoreSheet(db, ex.expert2!, sheet(app.D!, 1, [4]), testContext)).toMatchObject({ ok: false, error: { code: 'commissionNotApproved' } });
    } finally {
      await db.commission.update({ where: { id: commission.id }, data: { status: 'APPROVED' } });
    }
  });
});

describe('sealed scoring: nobody sees anyone else’s scores while SCORING', () => {
  it('scoresSealed: sealed in every status before the commission meeting', () => {
    for (const status of ['ADMISSION', 'COI', 'SCORING', 'CANCELLED']) expect(scoresSealed({ status })).toBe(true);
    for (const status of ['COMMISSION_MEETING', 'RESULTS_PUBLISHED']) expect(scoresSealed({ status })).toBe(false);
  });

  it('another expert — the chair included —, the NGO and the operator may not see a sheet’s values; its author may', async () => {
    const other = await testDb().scoreSheet.findFirstOrThrow({ where: { expertId: ex.expert2!.expertId!, applicationId: app.A! } });
    const scoring = { status: 'SCORING' };
    expect(maySeeScoreValues(ex.expert2!, other, scoring)).toBe(true);
    expect(maySeeScoreValues(ex.expert!, other, scoring, { isCommissionMember: true })).toBe(false); // the chair
    expect(maySeeScoreValues(ex.expert6!, other, scoring, { isCommissionMember: true })).toBe(false);
    expect(maySeeScoreValues(operator, other, scoring)).toBe(false);
    expect(maySeeScoreValues(ngoHead, other, scoring)).toBe(false);
    expect(maySeeScoreValues(null, other, scoring)).toBe(false);
    // After scoring closes the commission and staff see them; the NGO waits for the published results.
    const meeting = { status: 'COMMISSION_MEETING' };
    expect(maySeeScoreValues(ex.expert!, other, meeting, { isCommissionMember: true })).toBe(true);
    expect(maySeeScoreValues(operator, other, meeting)).toBe(true);
    expect(maySeeScoreValues(ngoHead, other, meeting)).toBe(false);
    expect(maySeeScoreValues(ex.expert5!, other, meeting)).toBe(false);
  });

  it('the operator’s progress gives counts only — no value, comment or total anywhere in it', async () => {
    const progress = await scoringProgress(testDb(), competitionId, new Date());
    const json = JSON.stringify(progress);
    expect(json).not.toMatch(/"value"|"total"|"comment"|"scores"|Бағалау парағы қол қойылды|бюджет обоснован/);
    const chair = progress.perExpert.find((e) => e.expertId === ex.expert!.expertId)!;
    expect(chair).toMatchObject({ admitted: 5, declared: 5, conflicts: 0, scorable: 5, signed: 5 });
    const e3 = progress.perExpert.find((e) => e.expertId === ex.expert3!.expertId)!;
    expect(e3).toMatchObject({ declared: 3, conflicts: 5, scorable: 0, signed: 0 });
    const d = progress.perApplication.find((a) => a.id === app.D)!;
    expect(d.conflicted).toBe(2); // expert3 (automatic) and expert4 (declared)
    // Every signed sheet of the competition is by an expert who may score it: the counts match the rows.
    expect(progress.totals.signedSheets).toBe(await testDb().scoreSheet.count({ where: { status: 'SIGNED', application: { competitionId } } }));
  });

  it('the NGO’s own overview shows no score while SCORING', async () => {
    expect(can(ngoHead, 'read', (await applicationSubject(app.B!))!)).toBe(true);
    const overview = (await applicationOverview(app.B!, new Date()))!;
    expect(overview.score).toBeNull();
  });

  it('the expert’s workspace and scoring context hold only their own sheet', async () => {
    const db = testDb();
    const rows = await expertWorkspace(db, ex.expert2!.expertId!, new Date());
    const mine = rows.find((r) => r.competition.id === competitionId)!;
    expect(mine).toMatchObject({ admitted: 5, declared: 5, scorable: 5 });
    expect(mine.signed).toBe(await db.scoreSheet.count({ where: { expertId: ex.expert2!.expertId!, status: 'SIGNED', application: { competitionId } } }));
    const ctx = (await loadScoringContext(db, ex.expert!, app.B!, new Date()))!;
    const own = await db.scoreSheet.findUniqueOrThrow({ where: { expertId_applicationId: { expertId: ex.expert!.expertId!, applicationId: app.B! } } });
    expect(ctx.sheet?.id).toBe(own.id);
  });
});
