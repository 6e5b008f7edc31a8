/**
 * The operator's laureate selection on the seeded award cycle in SCORING (AW-8, AW-9, AW-11,
 * AW-3): the selection view (nominations per direction, the SC-2 score from signed sheets
 * through the grant results engine, the AW-3 minimum), the refusal while a score sheet is
 * unsigned, and the choice itself scoring the UNDER_REVIEW nominations (AW-8) before the
 * equal split. Real PostgreSQL with the full demo seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyInstant, awardMinimumAmount } from '@/lib/rules';
import { loadLaureateSelection } from '@/lib/services/awards/laureate-selection';
import { selectAwardLaureates } from '@/lib/services/awards/select-award-laureates';
import { seed } from '@/prisma/seed/load';
import { testContext, testDb } from './test-db';

const NOW = almatyInstant('2026-11-24', '12:00');
let competitionId = '';
let operator: Actor;

async function actorOf(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } } });
  return {
    id: user.id,
    role: user.role,
    organizationIds: user.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: user.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: user.expert?.id ?? null,
  };
}

beforeAll(async () => {
  const db = testDb();
  await seed(db, { now: NOW, log: () => {} });
  const c = await db.competition.findFirstOrThrow({ where: { kind: 'AWARD', status: 'SCORING' }, select: { id: true } });
  competitionId = c.id;
  operator = await actorOf('operator@demeu.kz');
}, 120_000);

describe('award laureate selection (AW-8, AW-9, AW-11)', () => {
  it('AW-8 / AW-3: lists the admitted nominations per direction without scores when the cycle has no score sheets', async () => {
    const view = await loadLaureateSelection(testDb(), competitionId);
    expect(view).not.toBeNull();
    expect(view!.open).toBe(true);
    expect(view!.hasScores).toBe(false);
    expect(view!.maxScore).toBe(15);
    expect(view!.directions.map((d) => d.number)).toEqual([7, 15]);
    for (const d of view!.directions) {
      expect(d.nominations).toHaveLength(2);
      expect(d.nominations.every((n) => n.score === null && n.status === 'UNDER_REVIEW')).toBe(true);
      expect(d.amountOk).toBe(true);
      expect(d.selected).toBe(false);
    }
    expect(view!.minimumMrp).toBe(2000);
    expect(view!.minimumKzt).toBe(awardMinimumAmount(view!.mrpKzt!, 2000));
  });

  it('SC-2: an unsigned sheet blocks the choice; signed sheets give the mean score', async () => {
    const db = testDb();
    const view = (await loadLaureateSelection(db, competitionId))!;
    const d7 = view.directions.find((d) => d.number === 7)!;
    const [first, second] = d7.nominations;
    const experts = await db.expert.findMany({ take: 2, orderBy: { id: 'asc' }, select: { id: true } });
    expect(experts).toHaveLength(2);
    const draft = await db.scoreSheet.create({ data: { expertId: experts[0]!.id, applicationId: second!.applicationId, status: 'DRAFT' } });

    const refused = await selectAwardLaureates(db, operator, { lotId: d7.lotId, applicationIds: [first!.applicationId] }, testContext, { now: () => NOW });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsignedSheets', params: { count: 1 } } });
    // Nothing was written by the refusal.
    expect(await db.application.count({ where: { id: { in: [first!.applicationId, second!.applicationId] }, status: 'UNDER_REVIEW' } })).toBe(2);

    await db.scoreSheet.update({ where: { id: draft.id }, data: { status: 'SIGNED', total: 12, signedAt: NOW } });
    await db.scoreSheet.create({ data: { expertId: experts[1]!.id, applicationId: second!.applicationId, status: 'SIGNED', total: 9, signedAt: NOW } });
    const scored = (await loadLaureateSelection(db, competitionId))!;
    expect(scored.hasScores).toBe(true);
    const top = scored.directions.find((d) => d.number === 7)!.nominations[0]!;
    expect(top.applicationId).toBe(second!.applicationId); // highest score first
    expect(top.score).toBeCloseTo(10.5, 1);
    expect(top.expertsCount).toBe(2);
  });

  it('AW-9 / AW-11: choosing two laureates scores the direction (UNDER_REVIEW → SCORED) and splits the amount equally', async () => {
    const db = testDb();
    const view = (await loadLaureateSelection(db, competitionId))!;
    const d7 = view.directions.find((d) => d.number === 7)!;
    const ids = d7.nominations.map((n) => n.applicationId);
    const r = await selectAwardLaureates(db, operator, { lotId: d7.lotId, applicationIds: ids, version: view.version }, testContext, { now: () => NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.laureates.map((l) => l.amountKzt).reduce((a, b) => a + b, 0)).toBe(d7.amountKzt);
    expect(r.laureates[1]!.amountKzt).toBe(Math.floor(d7.amountKzt / 2));
    const changes = await db.applicationStatusChange.findMany({ where: { applicationId: { in: ids }, at: NOW }, orderBy: { toStatus: 'asc' }, select: { fromStatus: true, toStatus: true, reason: true } });
    expect(changes.filter((c) => c.fromStatus === 'UNDER_REVIEW' && c.toStatus === 'SCORED' && c.reason === 'AW-8')).toHaveLength(2);
    expect(await db.application.count({ where: { id: { in: ids }, status: 'WINNER' } })).toBe(2);

    const after = (await loadLaureateSelection(db, competitionId))!;
    expect(after.directions.find((d) => d.number === 7)!.selected).toBe(true);
    expect(after.directions.find((d) => d.number === 15)!.selected).toBe(false);

    // Direction 15: one laureate; the other nomination is scored and not awarded.
    const d15 = after.directions.find((d) => d.number === 15)!;
    const one = await selectAwardLaureates(db, operator, { lotId: d15.lotId, applicationIds: [d15.nominations[0]!.applicationId], version: after.version }, testContext, { now: () => NOW });
    expect(one).toMatchObject({ ok: true, directionAmountKzt: d15.amountKzt });
    expect((await db.application.findUniqueOrThrow({ where: { id: d15.nominations[1]!.applicationId }, select: { status: true } })).status).toBe('NOT_WINNER');
  });
});
