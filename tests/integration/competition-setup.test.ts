import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { seed } from '@/prisma/seed/load';
import { addCalendarDays, almatyDateOf, almatyInstant } from '@/lib/rules';
import { publicCompetition, openCompetitions, recentCompetitions } from '@/lib/queries/public-competitions';
import { almatyInputFromInstant } from '@/lib/services/competitions/almaty-input';
import { defaultSettingsValues, type CompetitionSettingsFormValues } from '@/lib/services/competitions/competition-settings-input';
import { createCompetition } from '@/lib/services/competitions/create-competition';
import { updateCompetitionSettings } from '@/lib/services/competitions/update-competition-settings';
import { publishCompetition } from '@/lib/services/competitions/publish-competition';
import { advanceCompetitionsByClock } from '@/lib/services/competitions/advance-competitions-by-clock';
import { startAdmission } from '@/lib/services/competitions/start-admission';
import { declareCompetitionNotHeld } from '@/lib/services/competitions/declare-not-held';
import { cancelCompetition } from '@/lib/services/competitions/cancel-competition';
import { reannounceLot } from '@/lib/services/competitions/reannounce-lot';
import { savePlanTopic } from '@/lib/services/plans/save-plan-topic';
import { saveTopicProposal, submitTopicProposal } from '@/lib/services/plans/save-topic-proposal';
import { reviewTopicProposal } from '@/lib/services/plans/review-topic-proposal';
import { disconnectTestDb, testContext, testDb } from './test-db';

let operator: Actor;
let ngo: Actor;
let otherNgo: Actor;
let ngoOrgId = '';
let otherOrgId = '';
let planId = '';
let directionId = '';
let topicSeq = 0;

const staff = (id: string): Actor => ({ id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null });
const member = (id: string, orgId: string): Actor => ({ id, role: 'NGO', organizationIds: [orgId], headOfOrganizationIds: [orgId], expertId: null });

/** A fresh PLANNED topic in the seeded 2026 grant plan (through the service). */
async function newTopic(budget = '7000000'): Promise<string> {
  const n = ++topicSeq;
  const r = await savePlanTopic(testDb(), operator, { planId, titleKk: `Тест тақырыбы ${n}`, titleRu: `Тестовая тема ${n}`, directionId, budgetKzt: budget }, testContext);
  if (!r.ok) throw new Error(`topic: ${r.error.code}`);
  return r.topicId;
}

/** Settings with the window [opens, opens + days] in Almaty wall time. */
function settings(opensAt: Date, days: number, extra: Partial<CompetitionSettingsFormValues> = {}): CompetitionSettingsFormValues {
  const deadline = almatyInstant(addCalendarDays(almatyDateOf(opensAt), days), '18:00');
  return {
    ...defaultSettingsValues(),
    titleKk: 'Сынақ гранттық конкурсы',
    titleRu: 'Тестовый грантовый конкурс',
    opensAt: almatyInputFromInstant(opensAt),
    deadlineAt: almatyInputFromInstant(deadline),
    periodStart: addCalendarDays(almatyDateOf(deadline), 60),
    periodEnd: addCalendarDays(almatyDateOf(deadline), 300),
    contactEmail: 'grants@cisc.kz',
    contactPhone: '+7 7172 00 00 00',
    ...extra,
  };
}

async function newCompetition(opensAt: Date, days: number, topics?: string[]) {
  const topicIds = topics ?? [await newTopic('7000000'), await newTopic('5000000')];
  const r = await createCompetition(testDb(), operator, { planId, topicIds, ...settings(opensAt, days) }, testContext);
  if (!r.ok) throw new Error(`create: ${r.error.code}`);
  return { id: r.competitionId, topicIds };
}

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  operator = staff((await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } })).id);
  const ngoUser = await db.user.findUniqueOrThrow({ where: { email: 'ngo@demeu.kz' }, include: { memberships: true } });
  ngoOrgId = ngoUser.memberships[0]!.organizationId;
  ngo = member(ngoUser.id, ngoOrgId);
  const ngo2 = await db.user.findUniqueOrThrow({ where: { email: 'ngo2@demeu.kz' }, include: { memberships: true } });
  otherOrgId = ngo2.memberships[0]!.organizationId;
  otherNgo = member(ngo2.id, otherOrgId);
  planId = (await db.plan.findFirstOrThrow({ where: { kind: 'GRANT', year: 2026 } })).id;
  directionId = (await db.direction.findFirstOrThrow({ where: { number: 3 } })).id;
}, 120_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('plan topics (§4.4 stage 1)', () => {
  it('staff add a topic (next number, PLANNED, audited) and edit it under an optimistic lock', async () => {
    const db = testDb();
    const id = await newTopic('12500000');
    const topic = await db.planTopic.findUniqueOrThrow({ where: { id } });
    const maxBefore = await db.planTopic.count({ where: { planId } });
    expect(topic.status).toBe('PLANNED');
    expect(topic.budgetKzt).toBe(12_500_000n);
    expect(topic.number).toBe(maxBefore); // the seed numbers 1..8, new topics follow
    expect(await db.auditEvent.count({ where: { objectType: 'PlanTopic', objectId: id, action: 'plan_topic.created' } })).toBe(1);

    const edit = { planId, topicId: id, expectedUpdatedAt: topic.updatedAt.toISOString(), titleKk: 'Өзгертілген', titleRu: 'Изменённая', directionId, budgetKzt: '13000000' };
    const ok = await savePlanTopic(db, operator, edit, testContext);
    expect(ok.ok).toBe(true);
    expect((await db.planTopic.findUniqueOrThrow({ where: { id } })).budgetKzt).toBe(13_000_000n);
    // The second save with the old updatedAt is stale.
    const stale = await savePlanTopic(db, operator, { ...edit, titleKk: 'Тағы' }, testContext);
    expect(stale).toMatchObject({ ok: false, error: { code: 'staleTopic' } });
  });

  it('refuses an announced topic, a zero budget and a non-staff actor', async () => {
    const db = testDb();
    const announced = await db.planTopic.findFirstOrThrow({ where: { planId, status: 'ANNOUNCED' } });
    const r = await savePlanTopic(db, operator, { planId, topicId: announced.id, expectedUpdatedAt: announced.updatedAt.toISOString(), titleKk: 'x', titleRu: 'x', directionId, budgetKzt: '1' }, testContext);
    expect(r).toMatchObject({ ok: false, error: { code: 'topicLocked' } });
    const zero = await savePlanTopic(db, operator, { planId, titleKk: 'x', titleRu: 'x', directionId, budgetKzt: '0' }, testContext);
    expect(zero).toMatchObject({ ok: false, fieldErrors: { budgetKzt: 'positiveAmount' } });
    const byNgo = await savePlanTopic(db, ngo, { planId, titleKk: 'x', titleRu: 'x', directionId, budgetKzt: '10' }, testContext);
    expect(byNgo).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('competition from plan topics, settings, publishing (stage 2, DL-3, SC-1)', () => {
  it('creates a DRAFT with one lot per topic, its budget, SC-1 defaults and the DL-4 COI due day', async () => {
    const db = testDb();
    const opens = new Date(Date.now() + 2 * 86_400_000);
    const { id, topicIds } = await newCompetition(opens, 25);
    const c = await db.competition.findUniqueOrThrow({ where: { id }, include: { lots: { orderBy: { number: 'asc' } } } });
    expect(c.status).toBe('DRAFT');
    expect(c.kind).toBe('GRANT');
    expect(c.code).toMatch(/^G-2026-\d{3}$/);
    expect(c.lots.map((l) => l.planTopicId)).toEqual(topicIds);
    expect(c.lots.map((l) => l.budgetKzt)).toEqual([7_000_000n, 5_000_000n]);
    expect(c.budgetKzt).toBe(12_000_000n);
    expect((c.criteria as { id: string }[]).map((x) => x.id)).toEqual(['capacity', 'specialists', 'content', 'results', 'budget_and_timeline']);
    expect(c.aggregation).toBe('MEAN');
    expect(c.thresholdPercent).toBe(50);
    expect(c.coiDueOn).not.toBeNull();
    expect(await db.auditEvent.count({ where: { objectId: id, action: 'competition.created' } })).toBe(1);
  });

  it('SC-1: the local-budget flag adds criterion 6 (0 or 3); a topic already in a live competition is refused', async () => {
    const db = testDb();
    const t1 = await newTopic();
    const base = settings(new Date(Date.now() + 86_400_000), 25);
    const local = await createCompetition(
      db,
      operator,
      { planId, topicIds: [t1], ...base, localBudget: true, criteria: [...base.criteria, { id: 'regional_experience', min: 0, max: 3 }] },
      testContext,
    );
    expect(local.ok).toBe(true);
    if (!local.ok) return;
    const c = await db.competition.findUniqueOrThrow({ where: { id: local.competitionId } });
    expect(c.localBudget).toBe(true);
    expect((c.criteria as { id: string; allowed?: number[] }[]).at(-1)).toMatchObject({ id: 'regional_experience', allowed: [0, 3] });
    // t1 is now held by that draft.
    const again = await createCompetition(db, operator, { planId, topicIds: [t1], ...base }, testContext);
    expect(again).toMatchObject({ ok: false, error: { code: 'topicNotAvailable' } });
    // Criteria must match the flag.
    const mismatch = await createCompetition(db, operator, { planId, topicIds: [await newTopic()], ...base, localBudget: true }, testContext);
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { criteria: 'criteriaMismatch' } });
  });

  it('settings: saved while DRAFT with the version; a stale version is refused', async () => {
    const db = testDb();
    const { id } = await newCompetition(new Date(Date.now() + 86_400_000), 25);
    const first = await updateCompetitionSettings(db, operator, { competitionId: id, expectedVersion: 0, ...settings(new Date(Date.now() + 86_400_000), 22), thresholdPercent: 60 }, testContext);
    expect(first).toEqual({ ok: true, version: 1 });
    const stale = await updateCompetitionSettings(db, operator, { competitionId: id, expectedVersion: 0, ...settings(new Date(Date.now() + 86_400_000), 22), thresholdPercent: 70 }, testContext);
    expect(stale).toMatchObject({ ok: false, error: { code: 'staleCompetition' } });
    const c = await db.competition.findUniqueOrThrow({ where: { id } });
    expect(c.thresholdPercent).toBe(60);
    expect(c.version).toBe(1);
    expect(await db.auditEvent.count({ where: { objectId: id, action: 'competition.settings_updated' } })).toBe(1);
  });

  it('DL-3: publishing is refused while the window is shorter than 20 or longer than 30 calendar days', async () => {
    const db = testDb();
    const now = new Date();
    const short = await newCompetition(new Date(now.getTime() + 86_400_000), 10);
    const r = await publishCompetition(db, operator, { competitionId: short.id, expectedVersion: 0 }, testContext, { now: () => now });
    expect(r).toMatchObject({ ok: false, error: { code: 'windowTooShort', params: { min: 20, max: 30 } } });
    const long = await newCompetition(new Date(now.getTime() + 86_400_000), 40);
    const r2 = await publishCompetition(db, operator, { competitionId: long.id, expectedVersion: 0 }, testContext, { now: () => now });
    expect(r2).toMatchObject({ ok: false, error: { code: 'windowTooLong' } });
    expect((await db.competition.findUniqueOrThrow({ where: { id: short.id } })).status).toBe('DRAFT');
    // A DRAFT is not public.
    expect(await publicCompetition(short.id)).toBeNull();
  });

  it('refuses publishing with a missing announcement field (implementation period)', async () => {
    const db = testDb();
    const t = await newTopic();
    const r = await createCompetition(db, operator, { planId, topicIds: [t], ...settings(new Date(Date.now() + 86_400_000), 25), periodStart: '', periodEnd: '' }, testContext);
    if (!r.ok) throw new Error(r.error.code);
    const p = await publishCompetition(db, operator, { competitionId: r.competitionId, expectedVersion: 0 }, testContext);
    expect(p).toMatchObject({ ok: false, error: { code: 'missingPeriod' } });
  });

  it('publishes: ANNOUNCED before the opening, shown by the public queries; topics ANNOUNCED; audited', async () => {
    const db = testDb();
    const now = new Date();
    const { id, topicIds } = await newCompetition(new Date(now.getTime() + 2 * 86_400_000), 25);
    const byNgo = await publishCompetition(db, ngo, { competitionId: id, expectedVersion: 0 }, testContext);
    expect(byNgo).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const r = await publishCompetition(db, operator, { competitionId: id, expectedVersion: 0 }, testContext, { now: () => now });
    expect(r).toEqual({ ok: true, status: 'ANNOUNCED', version: 1 });
    const pub = await publicCompetition(id);
    expect(pub?.status).toBe('ANNOUNCED');
    expect(pub?.lots).toHaveLength(2);
    expect((await recentCompetitions(100)).some((c) => c.id === id)).toBe(true);
    const topics = await db.planTopic.findMany({ where: { id: { in: topicIds } } });
    expect(topics.every((t) => t.status === 'ANNOUNCED')).toBe(true);
    expect(await db.auditEvent.count({ where: { objectId: id, action: 'competition.announced' } })).toBe(1);
    // Published: settings are frozen, a second publish is refused.
    const again = await publishCompetition(db, operator, { competitionId: id, expectedVersion: 1 }, testContext);
    expect(again).toMatchObject({ ok: false, error: { code: 'notDraft' } });
    const edit = await updateCompetitionSettings(db, operator, { competitionId: id, expectedVersion: 1, ...settings(new Date(now.getTime() + 2 * 86_400_000), 25) }, testContext);
    expect(edit).toMatchObject({ ok: false, error: { code: 'notDraft' } });
  });

  it('publishes straight to OPEN when the opening instant has passed (window counted from publishing)', async () => {
    const db = testDb();
    const now = new Date();
    const { id } = await newCompetition(new Date(now.getTime() - 3_600_000), 25);
    const r = await publishCompetition(db, operator, { competitionId: id, expectedVersion: 0 }, testContext, { now: () => now });
    expect(r).toMatchObject({ ok: true, status: 'OPEN' });
    expect((await openCompetitions(now)).some((c) => c.id === id)).toBe(true);
    expect(await db.auditEvent.count({ where: { objectId: id, action: 'competition.opened' } })).toBe(1);
  });
});

describe('advanceCompetitionsByClock (ST-*, DL-1)', () => {
  it('opens at the opening instant, stays OPEN exactly at the deadline and closes right after it', async () => {
    const db = testDb();
    const now = new Date();
    const opensAt = new Date(Math.ceil((now.getTime() + 3 * 86_400_000) / 60_000) * 60_000);
    const { id } = await newCompetition(opensAt, 25);
    expect((await publishCompetition(db, operator, { competitionId: id, expectedVersion: 0 }, testContext, { now: () => now })).ok).toBe(true);
    const c = await db.competition.findUniqueOrThrow({ where: { id } });
    const deadline = c.deadlineAt!;

    expect((await advanceCompetitionsByClock(db, new Date(opensAt.getTime() - 1))).opened).not.toContain(id);
    expect((await db.competition.findUniqueOrThrow({ where: { id } })).status).toBe('ANNOUNCED');
    expect((await advanceCompetitionsByClock(db, opensAt)).opened).toContain(id);
    expect((await db.competition.findUniqueOrThrow({ where: { id } })).status).toBe('OPEN');

    // DL-1: on time iff at or before the deadline instant.
    expect((await advanceCompetitionsByClock(db, deadline)).closed).not.toContain(id);
    expect((await db.competition.findUniqueOrThrow({ where: { id } })).status).toBe('OPEN');
    const after = await advanceCompetitionsByClock(db, new Date(deadline.getTime() + 1));
    expect(after.closed).toContain(id);
    const closed = await db.competition.findUniqueOrThrow({ where: { id } });
    expect(closed.status).toBe('CLOSED');
    expect(closed.coiDueOn).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { objectId: id, action: 'competition.closed' } });
    expect(audit.actorId).toBeNull();
    // Idempotent: a second run moves nothing.
    expect((await advanceCompetitionsByClock(db, new Date(deadline.getTime() + 2))).closed).not.toContain(id);
  });
});

describe('after the close: admission, SC-4 not held, re-announcement, cancellation', () => {
  async function closedCompetition() {
    const db = testDb();
    const now = new Date();
    const { id } = await newCompetition(new Date(now.getTime() + 86_400_000), 25);
    await publishCompetition(db, operator, { competitionId: id, expectedVersion: 0 }, testContext, { now: () => now });
    const c = await db.competition.findUniqueOrThrow({ where: { id } });
    await advanceCompetitionsByClock(db, new Date(c.opensAt!.getTime()));
    await advanceCompetitionsByClock(db, new Date(c.deadlineAt!.getTime() + 1));
    return db.competition.findUniqueOrThrow({ where: { id }, include: { lots: { orderBy: { number: 'asc' } } } });
  }

  it('CLOSED → ADMISSION by staff only', async () => {
    const db = testDb();
    const c = await closedCompetition();
    expect(c.status).toBe('CLOSED');
    expect(await startAdmission(db, ngo, { competitionId: c.id, expectedVersion: c.version }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await startAdmission(db, operator, { competitionId: c.id, expectedVersion: c.version }, testContext)).toEqual({ ok: true, version: c.version + 1 });
    expect((await db.competition.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('ADMISSION');
    expect(await startAdmission(db, operator, { competitionId: c.id, expectedVersion: c.version + 1 }, testContext)).toMatchObject({ ok: false, error: { code: 'transitionNotAllowed' } });
  });

  it('SC-4: not held when a lot got one application; refused while a lot may still be held', async () => {
    const db = testDb();
    const c = await closedCompetition();
    const [lot1, lot2] = c.lots;
    // Lot 1: two submitted applications (may be held) → refused; lot 2: none.
    const src = await db.application.findFirstOrThrow({ where: { status: 'ADMITTED' } });
    const orgs = await db.organization.findMany({ where: { kind: 'NGO' }, take: 2, orderBy: { bin: 'asc' } });
    const apps = [];
    for (const [i, o] of orgs.entries()) {
      apps.push(
        await db.application.create({
          data: { competitionId: c.id, lotId: lot1!.id, organizationId: o.id, formVersion: src.formVersion, status: 'SUBMITTED', submittedAt: c.deadlineAt!, createdById: src.createdById, receiptNumber: `NH-${c.id}-${i}` },
        }),
      );
    }
    const refused = await declareCompetitionNotHeld(db, operator, { competitionId: c.id, expectedVersion: c.version }, testContext);
    expect(refused).toMatchObject({ ok: false, error: { code: 'notHeldNotApplicable', params: { lots: '1' } } });
    // One of them is withdrawn → lot 1 has a single submitted application (ground 2).
    await db.application.update({ where: { id: apps[1]!.id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date() } });
    const r = await declareCompetitionNotHeld(db, operator, { competitionId: c.id, expectedVersion: c.version, comment: 'SC-4' }, testContext);
    expect(r).toEqual({ ok: true, reasons: { [lot1!.id]: 'SINGLE_SUBMITTED', [lot2!.id]: 'NO_APPLICATIONS' } });
    const after = await db.competition.findUniqueOrThrow({ where: { id: c.id }, include: { decisions: true, lots: true } });
    expect(after.status).toBe('NOT_HELD');
    expect(after.decisions.map((d) => [d.outcome, d.notHeldReason]).sort()).toEqual([
      ['NOT_HELD', 'NO_APPLICATIONS'],
      ['NOT_HELD', 'SINGLE_SUBMITTED'],
    ]);
    expect(after.lots.every((l) => l.status === 'NOT_HELD')).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: apps[0]!.id } })).status).toBe('NOT_HELD');
    const note = await db.notification.findMany({ where: { templateKey: 'competition.not_held', objectId: c.id } });
    expect(note.length).toBeGreaterThan(0);
  });

  it('re-announces a not-held lot in one step as a DRAFT additional competition (repeatOfId), once', async () => {
    const db = testDb();
    const c = await closedCompetition();
    const [lot1, lot2] = c.lots;
    // Not held decision written directly (the results service writes these after scoring).
    await db.decision.create({ data: { competitionId: c.id, lotId: lot1!.id, outcome: 'NOT_HELD', notHeldReason: 'BELOW_THRESHOLD', status: 'PUBLISHED', recordedById: operator.id } });
    await db.decision.create({ data: { competitionId: c.id, lotId: lot2!.id, outcome: 'HELD', status: 'PUBLISHED', recordedById: operator.id } });

    expect(await reannounceLot(db, operator, { competitionId: c.id, lotId: lot2!.id }, testContext)).toMatchObject({ ok: false, error: { code: 'lotNotNotHeld' } });
    expect(await reannounceLot(db, ngo, { competitionId: c.id, lotId: lot1!.id }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const r = await reannounceLot(db, operator, { competitionId: c.id, lotId: lot1!.id }, testContext);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const repeat = await db.competition.findUniqueOrThrow({ where: { id: r.competitionId }, include: { lots: true } });
    expect(repeat).toMatchObject({ status: 'DRAFT', repeatOfId: c.id, kind: 'GRANT', thresholdPercent: c.thresholdPercent, opensAt: null, deadlineAt: null });
    expect(repeat.lots).toHaveLength(1);
    expect(repeat.lots[0]).toMatchObject({ planTopicId: lot1!.planTopicId, budgetKzt: lot1!.budgetKzt, number: 1 });
    expect(repeat.criteria).toEqual(c.criteria);
    expect(await db.auditEvent.count({ where: { objectId: repeat.id, action: 'competition.reannounced' } })).toBe(1);
    expect(await reannounceLot(db, operator, { competitionId: c.id, lotId: lot1!.id }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyReannounced' } });
  });

  it('cancels with a reason (required); topics go back to PLANNED; applications cancelled', async () => {
    const db = testDb();
    const now = new Date();
    const { id, topicIds } = await newCompetition(new Date(now.getTime() - 3_600_000), 25);
    await publishCompetition(db, operator, { competitionId: id, expectedVersion: 0 }, testContext, { now: () => now });
    const src = await db.application.findFirstOrThrow({ where: { status: 'ADMITTED' } });
    const lot = await db.lot.findFirstOrThrow({ where: { competitionId: id } });
    const app = await db.application.create({ data: { competitionId: id, lotId: lot.id, organizationId: ngoOrgId, formVersion: src.formVersion, createdById: ngo.id } });
    expect(await cancelCompetition(db, operator, { competitionId: id, expectedVersion: 1, reason: '  ' }, testContext)).toMatchObject({ ok: false, error: { code: 'reasonRequired' } });
    expect(await cancelCompetition(db, operator, { competitionId: id, expectedVersion: 0, reason: 'Жоспар өзгерді' }, testContext)).toMatchObject({ ok: false, error: { code: 'staleCompetition' } });
    const r = await cancelCompetition(db, operator, { competitionId: id, expectedVersion: 1, reason: 'Жоспар өзгерді' }, testContext);
    expect(r).toEqual({ ok: true, version: 2 });
    const c = await db.competition.findUniqueOrThrow({ where: { id } });
    expect(c).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Жоспар өзгерді' });
    expect((await db.planTopic.findMany({ where: { id: { in: topicIds } } })).every((t) => t.status === 'PLANNED')).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('CANCELLED');
    expect(await db.notification.count({ where: { templateKey: 'competition.cancelled', objectId: id } })).toBeGreaterThan(0);
  });
});

describe('topic proposals (§4.4 stage 1): NGO drafts and sends, staff accept or reject', () => {
  const complete = () => ({
    language: 'kk' as const,
    title: 'Ауыл мектептеріндегі медиасауаттылық',
    rationale: 'Ауыл оқушыларының 60%-ы жалған ақпаратты ажырата алмайды (2025 сауалнама).',
    goal: 'Оқушылардың медиасауаттылығын арттыру',
    tasks: '1) 20 мұғалімді оқыту; 2) 40 сабақ өткізу',
    description: 'Ауыл мектептерінде медиасауаттылық клубтары.',
    amountKzt: '9500000',
    geography: 'Түркістан облысы',
    expectedResults: '1 200 оқушы оқытылды',
    directionId,
  });

  it('a failed send keeps the draft; a complete one is SUBMITTED; another NGO cannot touch it', async () => {
    const db = testDb();
    const partial = await submitTopicProposal(db, ngo, ngoOrgId, { language: 'kk', title: 'Жартылай', amountKzt: '100' }, testContext);
    expect(partial.ok).toBe(false);
    if (partial.ok || !('proposalId' in partial) || !partial.proposalId) throw new Error('expected a saved draft');
    expect(partial.fieldErrors).toMatchObject({ rationale: 'required', goal: 'required', directionId: 'required' });
    const kept = await db.topicProposal.findUniqueOrThrow({ where: { id: partial.proposalId } });
    expect(kept).toMatchObject({ status: 'DRAFT', title: 'Жартылай', amountKzt: 100n, organizationId: ngoOrgId });

    // Another NGO: neither edit nor send it (IDOR), nor save into it.
    const foreign = await saveTopicProposal(db, otherNgo, otherOrgId, { ...complete(), proposalId: partial.proposalId }, testContext);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'proposalNotFound' } });
    const foreignSend = await submitTopicProposal(db, otherNgo, otherOrgId, { ...complete(), proposalId: partial.proposalId }, testContext);
    expect(foreignSend).toMatchObject({ ok: false, error: { code: 'proposalNotFound' } });
    // Acting for an organisation one is not a member of.
    expect(await saveTopicProposal(db, otherNgo, ngoOrgId, complete(), testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const sent = await submitTopicProposal(db, ngo, ngoOrgId, { ...complete(), proposalId: partial.proposalId }, testContext);
    expect(sent).toEqual({ ok: true, proposalId: partial.proposalId });
    const p = await db.topicProposal.findUniqueOrThrow({ where: { id: partial.proposalId } });
    expect(p).toMatchObject({ status: 'SUBMITTED', submittedById: ngo.id, amountKzt: 9_500_000n });
    // Sent means frozen.
    expect(await saveTopicProposal(db, ngo, ngoOrgId, { ...complete(), proposalId: p.id, title: 'x' }, testContext)).toMatchObject({ ok: false, error: { code: 'proposalNotEditable' } });
  });

  it('staff accept a proposal as a new plan topic; the NGO is notified; an NGO cannot review', async () => {
    const db = testDb();
    const sent = await submitTopicProposal(db, ngo, ngoOrgId, complete(), testContext);
    if (!sent.ok) throw new Error(sent.error.code);
    const p = await db.topicProposal.findUniqueOrThrow({ where: { id: sent.proposalId } });
    const review = {
      proposalId: p.id,
      expectedUpdatedAt: p.updatedAt.toISOString(),
      decision: 'ACCEPT' as const,
      createTopic: true,
      planId,
      titleKk: p.title,
      titleRu: 'Медиаграмотность в сельских школах',
      directionId,
      budgetKzt: '9000000',
      comment: 'Жоспарға енгізілді',
    };
    expect(await reviewTopicProposal(db, ngo, review, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const r = await reviewTopicProposal(db, operator, review, testContext);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const topic = await db.planTopic.findUniqueOrThrow({ where: { id: r.planTopicId! } });
    expect(topic).toMatchObject({ planId, status: 'PLANNED', budgetKzt: 9_000_000n, titleRu: 'Медиаграмотность в сельских школах', goalKk: p.goal, goalRu: null });
    expect(await db.topicProposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: 'ACCEPTED', planTopicId: topic.id, reviewedById: operator.id });
    const notes = await db.notification.findMany({ where: { templateKey: 'topic_proposal.accepted', objectId: p.id } });
    expect(notes.some((n) => n.channel === 'IN_APP' && n.recipientId === ngo.id)).toBe(true);
    expect(notes.some((n) => n.channel === 'EMAIL' && n.recipientId === ngo.id && n.status === 'PENDING')).toBe(true);
    // Decided: no second review.
    expect(await reviewTopicProposal(db, operator, { ...review, decision: 'REJECT', comment: 'x' }, testContext)).toMatchObject({ ok: false, error: { code: 'proposalNotReviewable' } });
  });

  it('rejection needs a comment; the NGO reads it', async () => {
    const db = testDb();
    const sent = await submitTopicProposal(db, ngo, ngoOrgId, complete(), testContext);
    if (!sent.ok) throw new Error(sent.error.code);
    const p = await db.topicProposal.findUniqueOrThrow({ where: { id: sent.proposalId } });
    const base = { proposalId: p.id, expectedUpdatedAt: p.updatedAt.toISOString(), decision: 'REJECT' as const };
    expect(await reviewTopicProposal(db, operator, { ...base, comment: '' }, testContext)).toMatchObject({ ok: false, fieldErrors: { comment: 'commentRequired' } });
    const r = await reviewTopicProposal(db, operator, { ...base, comment: 'Тақырып 2026 жоспарында бар' }, testContext);
    expect(r).toEqual({ ok: true, status: 'REJECTED', planTopicId: null });
    expect(await db.topicProposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: 'REJECTED', reviewComment: 'Тақырып 2026 жоспарында бар' });
    const note = await db.notification.findFirstOrThrow({ where: { templateKey: 'topic_proposal.rejected', objectId: p.id, channel: 'IN_APP', recipientId: ngo.id } });
    expect(note.payload).toMatchObject({ reason: 'Тақырып 2026 жоспарында бар', title: p.title });
    // A draft cannot be reviewed.
    const draft = await saveTopicProposal(db, ngo, ngoOrgId, complete(), testContext);
    if (!draft.ok) throw new Error(draft.error.code);
    const d = await db.topicProposal.findUniqueOrThrow({ where: { id: draft.proposalId } });
    expect(await reviewTopicProposal(db, operator, { proposalId: d.id, expectedUpdatedAt: d.updatedAt.toISOString(), decision: 'REJECT', comment: 'x' }, testContext)).toMatchObject({
      ok: false,
      error: { code: 'proposalNotReviewable' },
    });
  });
});
