import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { closeScoring } from '@/lib/services/results/close-scoring';
import { coverageOf, loadScoringData } from '@/lib/services/results/scoring-results';
import type { ScoreSheetInput } from '@/lib/services/scoring/score-rules';
import { signScoreSheet } from '@/lib/services/scoring/sign-score-sheet';
import { seed } from '@/prisma/seed/load';
import { actorOf, expectNoOpenTransactionOrLock } from './concurrency-support';
import { disconnectTestDb, testContext, testDb } from './test-db';

// R3 — two experts signing their last sheets while the chair and an operator close the
// scoring of the seeded grant competition in SCORING (SC-2, DL-5): exactly one close,
// and every sheet that ends SIGNED is counted in the ranking (none signed after the close).
const CRITERIA = ['capacity', 'specialists', 'content', 'results', 'budget_and_timeline'] as const;
const fullSheet = (applicationId: string, expectedVersion: number): ScoreSheetInput => ({
  applicationId,
  expectedVersion,
  scores: CRITERIA.map((criterionId, i) => ({ criterionId, value: [4, 2, 5, 4, 4][i]!, comment: `Түсініктеме: ${criterionId}` })),
});

let competitionId = '';
let chair: Actor;
let operator: Actor;

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  competitionId = (await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING' }, select: { id: true } })).id;
  chair = await actorOf('expert@demeu.kz');
  operator = await actorOf('operator@demeu.kz');
}, 120_000);

afterEach(async () => {
  await expectNoOpenTransactionOrLock();
});

afterAll(disconnectTestDb);

/** Every SIGNED sheet's total is in its application's ranking row (SC-2 mean = pointsSum / expertsCount). */
async function expectEverySignedSheetCounted() {
  const db = testDb();
  const signed = await db.scoreSheet.findMany({ where: { application: { competitionId }, status: 'SIGNED' }, select: { applicationId: true, total: true, signedAt: true } });
  const rows = await db.rankingRow.findMany({ where: { decision: { competitionId } }, select: { applicationId: true, pointsSum: true, expertsCount: true } });
  const opened = (await db.commission.findFirstOrThrow({ where: { competitionId, status: 'APPROVED' }, select: { scoresOpenedAt: true } })).scoresOpenedAt!;
  for (const s of signed) expect(s.signedAt!.getTime()).toBeLessThanOrEqual(opened.getTime());
  const byApp = new Map<string, { sum: number; n: number }>();
  for (const s of signed) {
    const x = byApp.get(s.applicationId) ?? { sum: 0, n: 0 };
    byApp.set(s.applicationId, { sum: x.sum + (s.total ?? 0), n: x.n + 1 });
  }
  for (const r of rows) expect({ app: r.applicationId, sum: r.pointsSum, n: r.expertsCount }).toEqual({ app: r.applicationId, ...byApp.get(r.applicationId)! });
}

describe('R3 scoring close under concurrent signing (SC-2, DL-5)', () => {
  it('two experts sign the last two sheets while the chair and an operator close: exactly one close, no sheet signed after it, every signed sheet counted', async () => {
    const db = testDb();
    const data = (await loadScoringData(db, competitionId))!;
    const missing = coverageOf(data).missing;
    expect(missing.length).toBeGreaterThanOrEqual(2);
    // Two outstanding sheets of two different experts if the demo has them.
    const first = missing[0]!;
    const second = missing.find((m) => m.expertId !== first.expertId) ?? missing[1]!;
    // Every other outstanding pair is signed beforehand (directly, as in results.test.ts).
    for (const m of missing.filter((x) => x !== first && x !== second)) {
      await db.scoreSheet.deleteMany({ where: { expertId: m.expertId, applicationId: m.applicationId } });
      await db.scoreSheet.create({ data: { expertId: m.expertId, applicationId: m.applicationId, status: 'SIGNED', signedAt: new Date(), total: 19, commissionId: data.commission!.id } });
    }
    const expertFor = async (expertId: string): Promise<Actor> => {
      const e = await db.expert.findUniqueOrThrow({ where: { id: expertId }, include: { user: true } });
      return actorOf(e.user.email);
    };
    const [e1, e2] = await Promise.all([expertFor(first.expertId), expertFor(second.expertId)]);
    const versionOf = async (m: { expertId: string; applicationId: string }) =>
      (await db.scoreSheet.findUnique({ where: { expertId_applicationId: { expertId: m.expertId, applicationId: m.applicationId } } }))?.version ?? 0;

    const [s1, s2, byChair, byOperator] = await Promise.all([
      signScoreSheet(db, e1, fullSheet(first.applicationId, await versionOf(first)), testContext),
      signScoreSheet(db, e2, fullSheet(second.applicationId, await versionOf(second)), testContext),
      closeScoring(db, chair, { competitionId }, testContext),
      closeScoring(db, operator, { competitionId }, testContext),
    ]);
    // Signing before the due day never races a successful people's close: a close sees
    // both sheets signed, or refuses with unsignedSheets.
    expect(s1).toMatchObject({ ok: true, status: 'SIGNED' });
    expect(s2).toMatchObject({ ok: true, status: 'SIGNED' });
    const closes = [byChair, byOperator];
    expect(closes.filter((c) => c.ok).length).toBeLessThanOrEqual(1);
    for (const c of closes) if (!c.ok) expect(c.error.code).toMatch(/^(unsignedSheets|alreadyClosed)$/);
    if (!closes.some((c) => c.ok)) expect(await closeScoring(db, chair, { competitionId }, testContext)).toMatchObject({ ok: true });

    const competition = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    expect(competition.status).toBe('COMMISSION_MEETING');
    expect(await db.auditEvent.count({ where: { objectId: competitionId, action: 'competition.scoring_closed' } })).toBe(1);
    const lots = await db.lot.count({ where: { competitionId } });
    expect(await db.decision.count({ where: { competitionId } })).toBe(lots);
    await expectEverySignedSheetCounted();

    // After the close the chair's second close is refused.
    expect(await closeScoring(db, chair, { competitionId }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyClosed' } });
  });
});
