/**
 * AW-8: award candidates are scored by a commission on 3 criteria, 0–5 each — through the
 * same commission, COI and score-sheet machinery as the grants and the strategic partnership.
 * The seed built on 4 September puts the cycle in ADMISSION with four SUBMITTED nominations
 * (two in direction 7, two in direction 15). The source gives no composition of the award
 * commission, so only the chair checks apply; the members declare "no conflict" per
 * nomination before they may score it (CI-2); the organiser's laureate choice then reads the
 * signed sheets (SC-2). Real PostgreSQL with the full demo seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyInstant } from '@/lib/rules';
import { decideAdmission } from '@/lib/services/admission/decide-admission';
import { loadLaureateSelection } from '@/lib/services/awards/laureate-selection';
import { selectAwardLaureates } from '@/lib/services/awards/select-award-laureates';
import { declareConflict } from '@/lib/services/coi/declare-conflict';
import { openDirectScoring } from '@/lib/services/commission/open-direct-scoring';
import { saveDirectCommission } from '@/lib/services/commission/save-direct-commission';
import { signScoreSheet } from '@/lib/services/scoring/sign-score-sheet';
import { seed } from '@/prisma/seed/load';
import { testContext, testDb } from './test-db';

const NOW = almatyInstant('2026-09-04', '12:00');
const now = () => NOW;
let competitionId = '';
let operator: Actor;
const experts: Actor[] = [];
let conflicted: Actor;

async function expertActor(email: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, include: { expert: true } });
  return { id: u.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: u.expert!.id };
}

const sheet = (contribution: number, experience: number, innovation: number) => [
  { criterionId: 'contribution', value: contribution, comment: 'Өңірлік деңгейдегі үлесі құжатталған.' },
  { criterionId: 'experience', value: experience, comment: 'Бағыттағы тәжірибесі 5 жылдан асады.' },
  { criterionId: 'innovation', value: innovation, comment: 'Жаңа әдістер қолданылған.' },
];

beforeAll(async () => {
  const db = testDb();
  await seed(db, { now: NOW, log: () => {} });
  competitionId = (await db.competition.findFirstOrThrow({ where: { kind: 'AWARD', year: 2026 }, select: { id: true } })).id;
  const user = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  operator = { id: user.id, role: user.role, organizationIds: [], headOfOrganizationIds: [], expertId: null };
  // expert3 was nominated by «Мейірім» (n5), which has a nomination in this cycle (CI-1 NOMINATOR_APPLIED).
  for (const email of ['expert@demeu.kz', 'expert2@demeu.kz', 'expert6@demeu.kz']) experts.push(await expertActor(email));
  conflicted = await expertActor('expert3@demeu.kz');
  // AW-7: the candidate list — every nomination admitted.
  for (const app of await db.application.findMany({ where: { competitionId, status: 'SUBMITTED' }, select: { id: true, version: true } })) {
    expect(await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext, { now })).toMatchObject({ ok: true });
  }
}, 120_000);

describe('award commission and scoring (AW-8)', () => {
  it('scoring cannot open without an approved commission', async () => {
    const db = testDb();
    const c = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(c.status).toBe('ADMISSION');
    expect(await openDirectScoring(db, operator, { competitionId, expectedVersion: c.version }, testContext, { now })).toMatchObject({ ok: false, error: { code: 'commissionNotApproved' } });
  });

  it('the award commission needs exactly one chair (no other composition rule in the source); an expert cannot form it', async () => {
    const db = testDb();
    const members = [...experts, conflicted].map((e) => ({ expertId: e.expertId!, side: 'CIVIL' as const, role: 'MEMBER' as const }));
    expect(await saveDirectCommission(db, operator, { competitionId, expectedVersion: null, members }, testContext, { now })).toMatchObject({
      ok: false,
      error: { code: 'commissionViolations', params: { violations: 'NO_CHAIR' } },
    });
    const withChair = members.map((m, i) => (i === 0 ? { ...m, role: 'CHAIR' as const, side: 'STATE' as const } : m));
    expect(await saveDirectCommission(db, experts[0]!, { competitionId, expectedVersion: null, members: withChair }, testContext, { now })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await saveDirectCommission(db, operator, { competitionId, expectedVersion: null, members: withChair, orderNumber: '№ 41-П' }, testContext, { now })).toMatchObject({ ok: true });
    const commission = await db.commission.findFirstOrThrow({ where: { competitionId }, include: { members: true } });
    expect(commission.status).toBe('APPROVED');
    expect(commission.members.filter((m) => m.role === 'CHAIR')).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { objectId: commission.id, action: 'commission.approved', reason: 'AW-8' } })).toBe(1);
  });

  it('opening scoring hands every admitted nomination to the commission (ADMITTED → UNDER_REVIEW)', async () => {
    const db = testDb();
    const c = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(await openDirectScoring(db, operator, { competitionId, expectedVersion: c.version }, testContext, { now })).toMatchObject({ ok: true, applications: 4 });
    expect((await db.competition.findUniqueOrThrow({ where: { id: competitionId } })).status).toBe('SCORING');
    expect(await db.application.count({ where: { competitionId, status: 'UNDER_REVIEW' } })).toBe(4);
  });

  it('CI-2 / AW-8: a member scores a nomination only after declaring no conflict, on the 3 award criteria 0–5', async () => {
    const db = testDb();
    const [first] = await db.application.findMany({ where: { competitionId, lot: { number: 7 } }, orderBy: { id: 'asc' }, select: { id: true } });
    const undeclared = await signScoreSheet(db, experts[0]!, { applicationId: first!.id, expectedVersion: 0, scores: sheet(5, 4, 3) }, testContext, { now });
    expect(undeclared.ok).toBe(false);
    expect(await declareConflict(db, experts[0]!, { applicationId: first!.id, hasConflict: false, note: '' }, testContext, { now })).toMatchObject({ ok: true });
    // CI-1: the automatic conflict is binding — "no conflict" is refused and the sheet stays closed.
    expect(await declareConflict(db, conflicted, { applicationId: first!.id, hasConflict: false, note: '' }, testContext, { now })).toMatchObject({
      ok: false,
      error: { code: 'automaticConflict', params: { codes: 'NOMINATOR_APPLIED' } },
    });
    expect((await signScoreSheet(db, conflicted, { applicationId: first!.id, expectedVersion: 0, scores: sheet(5, 5, 5) }, testContext, { now })).ok).toBe(false);
    // A 6 is outside the award's 0–5 range; a grant criterion is not on the award's sheet.
    expect((await signScoreSheet(db, experts[0]!, { applicationId: first!.id, expectedVersion: 0, scores: sheet(6, 4, 3) }, testContext, { now })).ok).toBe(false);
    expect(
      (await signScoreSheet(db, experts[0]!, { applicationId: first!.id, expectedVersion: 0, scores: [...sheet(5, 4, 3).slice(0, 2), { criterionId: 'relevance', value: 3, comment: 'x' }] }, testContext, { now })).ok,
    ).toBe(false);
  });

  it('SC-2: the laureate choice shows the mean of the signed sheets, and the organiser names the best-scored nomination', async () => {
    const db = testDb();
    const apps = await db.application.findMany({ where: { competitionId, lot: { number: 7 } }, orderBy: { id: 'asc' }, select: { id: true } });
    const [strong, weak] = apps;
    const values: Record<string, [number, number, number][]> = {
      [strong!.id]: [[5, 4, 3], [5, 5, 4], [4, 4, 3]],
      [weak!.id]: [[3, 2, 2], [2, 3, 1], [3, 3, 2]],
    };
    for (const [i, e] of experts.entries()) {
      for (const app of apps) {
        if (!(i === 0 && app.id === strong!.id)) expect(await declareConflict(db, e, { applicationId: app.id, hasConflict: false, note: '' }, testContext, { now })).toMatchObject({ ok: true, hasConflict: false });
        const existing = await db.scoreSheet.findFirst({ where: { applicationId: app.id, expertId: e.expertId! } });
        const [a, b, c] = values[app.id]![i]!;
        expect(await signScoreSheet(db, e, { applicationId: app.id, expectedVersion: existing?.version ?? 0, scores: sheet(a, b, c) }, testContext, { now })).toMatchObject({ ok: true, status: 'SIGNED' });
      }
    }
    const view = (await loadLaureateSelection(db, competitionId))!;
    expect(view.hasScores).toBe(true);
    const d7 = view.directions.find((d) => d.number === 7)!;
    const scoreOf = (id: string) => d7.nominations.find((n) => n.applicationId === id)!.score;
    expect(scoreOf(strong!.id)).toBeCloseTo((12 + 14 + 11) / 3, 6);
    expect(scoreOf(weak!.id)).toBeCloseTo((7 + 6 + 8) / 3, 6);

    const selected = await selectAwardLaureates(db, operator, { lotId: d7.lotId, applicationIds: [strong!.id] }, testContext, { now });
    expect(selected).toMatchObject({ ok: true });
    const statuses = await db.application.findMany({ where: { id: { in: [strong!.id, weak!.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [strong!.id]: 'WINNER', [weak!.id]: 'NOT_WINNER' });
  });
});
