/**
 * AW-7: the candidate list of an award cycle comes from the generic admission check (issue 5,
 * lib/services/admission) — the seed built on a day between the close of acceptance
 * (1 September, AW-6) and the candidate-list limit puts the cycle in ADMISSION with its four
 * SUBMITTED nominations; the review checks them against the AWARD form (F-A1..F-A3 +
 * recommendations) and the operator admits one. Real PostgreSQL with the full demo seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyInstant } from '@/lib/rules';
import { loadAdmissionReview } from '@/lib/services/admission/admission-review';
import { decideAdmission } from '@/lib/services/admission/decide-admission';
import { loadAwardTimeline } from '@/lib/services/awards/award-timeline';
import { seed } from '@/prisma/seed/load';
import { testContext, testDb } from './test-db';

const NOW = almatyInstant('2026-09-04', '12:00');
let competitionId = '';
let operator: Actor;

beforeAll(async () => {
  const db = testDb();
  await seed(db, { now: NOW, log: () => {} });
  competitionId = (await db.competition.findFirstOrThrow({ where: { kind: 'AWARD', year: 2026 }, select: { id: true, status: true } })).id;
  const user = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  operator = { id: user.id, role: user.role, organizationIds: [], headOfOrganizationIds: [], expertId: null };
}, 120_000);

describe('award candidate list through the admission check (AW-7)', () => {
  it('AW-7: the cycle is in ADMISSION with its submitted nominations and the candidate-list due date in the timeline', async () => {
    const db = testDb();
    expect((await db.competition.findUniqueOrThrow({ where: { id: competitionId }, select: { status: true } })).status).toBe('ADMISSION');
    expect(await db.application.count({ where: { competitionId, status: 'SUBMITTED' } })).toBe(4);
    const step = (await loadAwardTimeline(db, competitionId))!.find((s) => s.key === 'candidateList')!;
    expect(step.rule).toBe('AW-7');
    expect(step.limit > '2026-09-01').toBe(true);
    expect(step.limit <= '2026-09-15').toBe(true); // 10 working days after 1 September
  });

  it('the AWARD form re-checks every section of a nomination and the operator admits it', async () => {
    const db = testDb();
    const app = await db.application.findFirstOrThrow({ where: { competitionId, status: 'SUBMITTED' }, orderBy: { submittedAt: 'asc' }, select: { id: true, version: true } });
    const review = await loadAdmissionReview(db, app.id);
    expect(review?.checklist).not.toBeNull();
    const checklist = review!.checklist!;
    expect(checklist.completeness.complete).toBe(true);
    expect(checklist.completeness.completeKeys).toEqual(expect.arrayContaining(['award1', 'award2', 'award3', 'awardRecommendations']));

    const r = await decideAdmission(db, operator, { applicationId: app.id, expectedVersion: app.version, admitted: true, reasons: [], comment: '' }, testContext, { now: () => NOW });
    expect(r.ok).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } })).status).toBe('ADMITTED');
  });
});
