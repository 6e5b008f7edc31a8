/**
 * State social order, stage 6 on the seeded -012 competition (real PostgreSQL): after the
 * SO-2 admission, the organiser forms the commission through the same direct-commission
 * service as the strategic partnership and the award, checked by CM-2 (an odd number of
 * voting members, at least 5 for a single organiser, one chair); opening scoring hands the
 * admitted bids to it; each member declares no conflict (CI-2) and scores the 6 criteria
 * (max 23); the ranking is refused while a sheet is missing (the totals are summed) and then
 * ranks by the conditional price (SO-1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { declareConflict } from '@/lib/services/coi/declare-conflict';
import { openDirectScoring } from '@/lib/services/commission/open-direct-scoring';
import { saveDirectCommission } from '@/lib/services/commission/save-direct-commission';
import { signScoreSheet } from '@/lib/services/scoring/sign-score-sheet';
import { computeSocialOrderResults } from '@/lib/services/social-order/compute-social-order-results';
import { decideSocialOrderAdmission } from '@/lib/services/social-order/decide-social-order-admission';
import { seed } from '../../prisma/seed/load';
import { disconnectTestDb, testContext, testDb } from './test-db';

let operator: Actor;
let competitionId = '';
const experts: Actor[] = [];
const EXPERTS = ['expert@demeu.kz', 'expert2@demeu.kz', 'expert3@demeu.kz', 'expert4@demeu.kz', 'expert6@demeu.kz'];

/** The 6 criteria of §3.1 (max 2 + 1 + 6 + 2 + 6 + 6 = 23); activity_plan takes 0/3/6, indicators 0/2/4/6. */
const sheet = (v: [number, number, number, number, number, number]) =>
  ['conformity', 'charter_goals', 'activity_plan', 'ngo_database', 'experience', 'indicators'].map((criterionId, i) => ({
    criterionId,
    value: v[i]!,
    comment: 'Техникалық ерекшелікке сәйкес бағаланды.',
  }));

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  const op = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  operator = { id: op.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
  for (const email of EXPERTS) {
    const u = await db.user.findUniqueOrThrow({ where: { email }, include: { expert: true } });
    experts.push({ id: u.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: u.expert!.id });
  }
  competitionId = (await db.competition.findFirstOrThrow({ where: { kind: 'SOCIAL_ORDER', status: 'ADMISSION', code: { endsWith: '-012' } }, select: { id: true } })).id;
  // SO-2: the dumping bid is not admitted, the two others are.
  for (const a of await db.application.findMany({ where: { competitionId }, select: { id: true, version: true, bidPriceKzt: true } })) {
    const dumping = a.bidPriceKzt !== null && a.bidPriceKzt < 19_200_000n;
    expect(
      await decideSocialOrderAdmission(db, operator, { applicationId: a.id, expectedVersion: a.version, admitted: !dumping, ...(dumping ? { comment: 'Демпинг' } : {}) }, testContext),
    ).toMatchObject({ ok: true });
  }
}, 120_000);

afterAll(async () => {
  await disconnectTestDb();
});

const member = (e: Actor, role: 'CHAIR' | 'MEMBER', side: 'STATE' | 'CIVIL' = 'STATE') => ({ expertId: e.expertId!, role, side });

describe('social-order commission and scoring (CM-2, SO-1, CI-2)', () => {
  it('CM-2: four voting members are even (and too few), three are too few for a single organiser; five with one chair are approved', async () => {
    const db = testDb();
    const four = [member(experts[0]!, 'CHAIR'), ...experts.slice(1, 4).map((e) => member(e, 'MEMBER', 'CIVIL'))];
    expect(await saveDirectCommission(db, operator, { competitionId, expectedVersion: null, members: four }, testContext)).toMatchObject({
      ok: false,
      error: { code: 'commissionViolations', params: { violations: 'EVEN_SIZE,TOO_FEW' } },
    });
    expect(await saveDirectCommission(db, operator, { competitionId, expectedVersion: null, members: four.slice(0, 3) }, testContext)).toMatchObject({
      ok: false,
      error: { code: 'commissionViolations', params: { violations: 'TOO_FEW' } },
    });
    const five = [member(experts[0]!, 'CHAIR'), ...experts.slice(1).map((e) => member(e, 'MEMBER', 'CIVIL'))];
    expect(await saveDirectCommission(db, operator, { competitionId, expectedVersion: null, members: five }, testContext)).toMatchObject({ ok: true });
    const c = await db.commission.findFirstOrThrow({ where: { competitionId }, select: { id: true, status: true } });
    expect(c.status).toBe('APPROVED');
    expect(await db.auditEvent.count({ where: { objectId: c.id, action: 'commission.approved', reason: 'CM-2' } })).toBe(1);
  });

  it('opening scoring hands the two admitted bids to the commission; the ranking waits for all ten sheets', async () => {
    const db = testDb();
    const c = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(await openDirectScoring(db, operator, { competitionId, expectedVersion: c.version }, testContext)).toMatchObject({ ok: true, applications: 2 });
    expect(await computeSocialOrderResults(db, operator, { competitionId }, testContext)).toMatchObject({ ok: false, error: { code: 'scoringIncomplete', params: { missing: 10 } } });
  });

  it('CI-2: a member scores only after declaring no conflict; SO-1 ranks by conditional price once every sheet is signed', async () => {
    const db = testDb();
    const apps = await db.application.findMany({ where: { competitionId, status: 'UNDER_REVIEW' }, orderBy: { bidPriceKzt: 'asc' }, select: { id: true, bidPriceKzt: true } });
    expect(apps).toHaveLength(2);
    const [cheaper, dearer] = apps;
    expect((await signScoreSheet(db, experts[0]!, { applicationId: cheaper!.id, expectedVersion: 0, scores: sheet([2, 1, 6, 2, 6, 6]) }, testContext)).ok).toBe(false);
    // The cheaper bid scores 21–23 (30% discount), the dearer one 12–15 (10%).
    const values: Record<string, [number, number, number, number, number, number]> = { [cheaper!.id]: [2, 1, 6, 2, 6, 4], [dearer!.id]: [2, 1, 3, 2, 4, 2] };
    for (const [i, e] of experts.entries()) {
      for (const app of apps) {
        if (i === 4 && app.id === dearer!.id) continue;
        expect(await declareConflict(db, e, { applicationId: app.id, hasConflict: false, note: '' }, testContext)).toMatchObject({ ok: true, hasConflict: false });
        expect(await signScoreSheet(db, e, { applicationId: app.id, expectedVersion: 0, scores: sheet(values[app.id]!) }, testContext)).toMatchObject({ ok: true, status: 'SIGNED' });
      }
    }
    expect(await computeSocialOrderResults(db, operator, { competitionId }, testContext)).toMatchObject({ ok: false, error: { code: 'scoringIncomplete', params: { missing: 1 } } });
    await declareConflict(db, experts[4]!, { applicationId: dearer!.id, hasConflict: false, note: '' }, testContext);
    expect(await signScoreSheet(db, experts[4]!, { applicationId: dearer!.id, expectedVersion: 0, scores: sheet(values[dearer!.id]!) }, testContext)).toMatchObject({ ok: true });

    const computed = await computeSocialOrderResults(db, operator, { competitionId }, testContext);
    expect(computed.ok).toBe(true);
    if (!computed.ok) return;
    const rows = await db.rankingRow.findMany({ where: { decision: { competitionId } }, orderBy: { rank: 'asc' }, select: { applicationId: true, rank: true, discountPercent: true, winner: true } });
    expect(rows.map((r) => [r.applicationId, r.rank, r.winner])).toEqual([
      [cheaper!.id, 1, true],
      [dearer!.id, 2, false],
    ]);
  });
});
