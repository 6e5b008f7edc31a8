import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyEndOfDay } from '@/lib/rules';
import { closeScoring } from '@/lib/services/results/close-scoring';
import { coverageOf, loadScoringData } from '@/lib/services/results/scoring-results';
import type { ScoreSheetInput } from '@/lib/services/scoring/score-rules';
import { saveScoreSheet } from '@/lib/services/scoring/save-score-sheet';
import { signScoreSheet } from '@/lib/services/scoring/sign-score-sheet';
import { seed } from '@/prisma/seed/load';
import { actorOf, expectNoOpenTransactionOrLock, waitForLockWaiters } from './concurrency-support';
import { disconnectTestDb, testContext, testDb } from './test-db';

// R3 — the DL-5 boundary: an expert signs at 23:59:59 of the scoring due day while the
// server clock closes the scoring at 00:00:01. The interleaving is FORCED (not left to
// timing): a third session holds the expert's sheet row, so the signing transaction has
// passed its "is the room open?" check and waits to write while the close runs.
// Whatever the order, a sheet that ends SIGNED must be one the ranking counted.
const CRITERIA = ['capacity', 'specialists', 'content', 'results', 'budget_and_timeline'] as const;
const sheet = (applicationId: string, expectedVersion: number, values: (number | null)[]): ScoreSheetInput => ({
  applicationId,
  expectedVersion,
  scores: CRITERIA.map((criterionId, i) => ({ criterionId, value: values[i] ?? null, comment: values[i] == null ? '' : `Түсініктеме: ${criterionId}` })),
});

let competitionId = '';
let endOfDue = new Date(0);

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  const c = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING' }, select: { id: true, scoringDueOn: true } });
  competitionId = c.id;
  endOfDue = almatyEndOfDay(c.scoringDueOn!.toISOString().slice(0, 10));
}, 120_000);

afterEach(async () => {
  await expectNoOpenTransactionOrLock();
});

afterAll(disconnectTestDb);

describe('R3 scoring close by the clock at the DL-5 boundary vs a late signature', () => {
  it('a signature that passed its window check before the close either lands before it and is counted, or is refused — never SIGNED but left out', async () => {
    const db = testDb();
    const data = (await loadScoringData(db, competitionId))!;
    const pair = coverageOf(data).missing[0]!;
    const expertUser = await db.expert.findUniqueOrThrow({ where: { id: pair.expertId }, include: { user: true } });
    const expert: Actor = await actorOf(expertUser.user.email);
    const justBefore = new Date(endOfDue.getTime() - 1_000);
    const justAfter = new Date(endOfDue.getTime() + 1_000);

    // The expert's draft exists (so the sign updates a row the third session can hold).
    const existing = await db.scoreSheet.findUnique({ where: { expertId_applicationId: { expertId: pair.expertId, applicationId: pair.applicationId } } });
    let version = existing?.version ?? 0;
    if (!existing) {
      const draft = await saveScoreSheet(db, expert, sheet(pair.applicationId, 0, [3, null, null, null, null]), testContext, { now: () => justBefore });
      expect(draft).toMatchObject({ ok: true, status: 'DRAFT' });
      version = draft.ok ? draft.version : 0;
    }
    const sheetRow = await db.scoreSheet.findUniqueOrThrow({ where: { expertId_applicationId: { expertId: pair.expertId, applicationId: pair.applicationId } } });

    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM "ScoreSheet" WHERE "id" = $1 FOR UPDATE', [sheetRow.id]);

      const signing = signScoreSheet(db, expert, sheet(pair.applicationId, version, [4, 2, 5, 4, 4]), testContext, { now: () => justBefore });
      await waitForLockWaiters(1);
      const closing = closeScoring(db, null, { competitionId }, testContext, { now: () => justAfter });
      // Give the close the chance to finish (it does when nothing stops it) before releasing the row.
      await Promise.race([closing, new Promise((r) => setTimeout(r, 1_500))]);
      await holder.query('ROLLBACK');
      const [signed, closed] = await Promise.all([signing, closing]);

      expect(closed).toMatchObject({ ok: true });
      const after = await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetRow.id } });
      const row = await db.rankingRow.findFirst({ where: { applicationId: pair.applicationId, decision: { competitionId } } });
      const signedSheets = await db.scoreSheet.findMany({ where: { applicationId: pair.applicationId, status: 'SIGNED' } });
      if (signed.ok) {
        // Landed before the close: counted.
        expect(after.status).toBe('SIGNED');
        expect(row?.expertsCount).toBe(signedSheets.length);
        expect(row?.pointsSum).toBe(signedSheets.reduce((s, x) => s + (x.total ?? 0), 0));
      } else {
        // Refused: the draft stays a draft, the expert is told why.
        expect(signed.error.code).toMatch(/^(competitionNotScoring|scoringDeadlinePassed|staleSheet|sheetFrozen)$/);
        expect(after.status).toBe('DRAFT');
      }
    } finally {
      await holder.end();
    }
  });
});
