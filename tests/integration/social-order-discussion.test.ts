/**
 * State social order, stage 3 on a real PostgreSQL: the public discussion of a plan's topics
 * (≥ 10 working days on the DL-2 calendar, L2335–2336), comments by signed-in users and
 * named citizens, a comment after the close stored as late / not considered (L2514–2516),
 * the state body's conclusions and the F-5.1 report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyInstant } from '@/lib/rules';
import { loadDiscussionReport } from '@/lib/services/social-order/discussion-report';
import { openPlanDiscussion } from '@/lib/services/social-order/open-plan-discussion';
import { reviewTopicComment } from '@/lib/services/social-order/review-topic-comment';
import { submitTopicComment } from '@/lib/services/social-order/submit-topic-comment';
import { disconnectTestDb, testContext, testDb } from './test-db';

let ownerId = '';
let operator: Actor;
let ngo: Actor;
let expertUser: Actor;
let seq = 0;
// Monday 5 April 2027, 10:00 Almaty: the operator works on the plan.
const MONDAY = () => almatyInstant('2027-04-05', '10:00');

async function newPlan() {
  const n = ++seq;
  return testDb().plan.create({
    data: {
      kind: 'SOCIAL_ORDER', year: 2028, titleKk: `Жоспар ${n}`, titleRu: `План ${n}`, ownerOrganizationId: ownerId,
      topics: { create: [{ number: 1, titleKk: 'Тақырып', titleRu: 'Тема', budgetKzt: 10_000_000n }] },
    },
    select: { id: true, topics: { select: { id: true } } },
  });
}

beforeAll(async () => {
  const db = testDb();
  const owner = await db.organization.create({ data: { kind: 'STATE_BODY', bin: '990640011111', legalForm: 'INSTITUTION', nameKk: 'Әкімдік', nameRu: 'Акимат' } });
  ownerId = owner.id;
  const op = await db.user.create({ data: { email: 'so-disc-op@example.kz', name: 'Оператор', role: 'OPERATOR' } });
  operator = { id: op.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
  const org = await db.organization.create({ data: { kind: 'NGO', bin: '990640022222', legalForm: 'PUBLIC_ASSOCIATION', nameKk: 'ҮЕҰ', nameRu: 'НПО' } });
  const head = await db.user.create({ data: { email: 'so-disc-ngo@example.kz', name: 'Басшы', role: 'NGO' } });
  await db.organizationMembership.create({ data: { organizationId: org.id, userId: head.id, role: 'HEAD' } });
  ngo = { id: head.id, role: 'NGO', organizationIds: [org.id], headOfOrganizationIds: [org.id], expertId: null };
  const ex = await db.user.create({ data: { email: 'so-disc-expert@example.kz', name: 'Сарапшы', role: 'EXPERT' } });
  expertUser = { id: ex.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: null };
});

afterAll(async () => {
  await disconnectTestDb();
});

describe('stage 3 window: ≥ 10 working days (L2335–2336)', () => {
  it('refuses a window of 9 working days and names the earliest allowed closing day', async () => {
    const plan = await newPlan();
    // Mon 5 April – Thu 15 April 2027: 9 working days.
    const r = await openPlanDiscussion(testDb(), operator, { planId: plan.id, opensOn: '2027-04-05', closesOn: '2027-04-15' }, testContext, { now: MONDAY });
    expect(r).toMatchObject({ ok: false, error: { code: 'discussionTooShort', field: 'closesOn', params: { workingDays: 9, minWorkingDays: 10, earliestCloseOn: '2027-04-16' } } });
    const unchanged = await testDb().plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(unchanged.discussionOpensAt).toBeNull();
  });

  it('opens a window of exactly 10 working days (to the end of the last Almaty day), audited; an NGO may not open one', async () => {
    const plan = await newPlan();
    expect(await openPlanDiscussion(testDb(), ngo, { planId: plan.id, opensOn: '2027-04-05', closesOn: '2027-04-16' }, testContext, { now: MONDAY })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const r = await openPlanDiscussion(testDb(), operator, { planId: plan.id, opensOn: '2027-04-05', closesOn: '2027-04-16' }, testContext, { now: MONDAY });
    expect(r).toMatchObject({ ok: true, workingDays: 10 });
    const saved = await testDb().plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(saved.discussionOpensAt?.toISOString()).toBe(almatyInstant('2027-04-05', '00:00').toISOString());
    expect(saved.discussionClosesAt?.toISOString()).toBe('2027-04-16T18:59:59.999Z');
    expect(await testDb().auditEvent.count({ where: { action: 'plan.discussion_opened', objectId: plan.id } })).toBe(1);
    // Once running, the window is not moved.
    const again = await openPlanDiscussion(testDb(), operator, { planId: plan.id, opensOn: '2027-04-06', closesOn: '2027-04-30' }, testContext, { now: () => almatyInstant('2027-04-07', '10:00') });
    expect(again).toMatchObject({ ok: false, error: { code: 'discussionAlreadyStarted' } });
  });
});

describe('comments and the F-5.1 report', () => {
  it('takes comments while open (signed-in of any role, named citizen), stores a comment after the close as late / NOT_CONSIDERED, and reports the conclusions', async () => {
    const db = testDb();
    const plan = await newPlan();
    const topicId = plan.topics[0]!.id;
    await openPlanDiscussion(db, operator, { planId: plan.id, opensOn: '2027-04-05', closesOn: '2027-04-16' }, testContext, { now: MONDAY });

    const before = await submitTopicComment(db, ngo, { topicId, text: 'Ерте жазылған ескерту мәтіні.' }, testContext, { now: () => almatyInstant('2027-04-04', '12:00') });
    expect(before).toMatchObject({ ok: false, error: { code: 'discussionNotOpen' } });

    const during = { now: () => almatyInstant('2027-04-09', '12:00') };
    const fromNgo = await submitTopicComment(db, ngo, { topicId, text: 'Индикаторларға сауалнаманы қосуды ұсынамыз.' }, testContext, during);
    expect(fromNgo).toMatchObject({ ok: true, late: false });
    const fromExpert = await submitTopicComment(db, expertUser, { topicId, text: 'Қызметті екі ауданда ғана көрсету жеткілікті.' }, testContext, during);
    expect(fromExpert).toMatchObject({ ok: true, late: false });
    expect(await submitTopicComment(db, null, { topicId, text: 'Азаматтың аты жоқ ескертуі.' }, testContext, during)).toMatchObject({ ok: false, error: { code: 'nameRequired', field: 'authorName' } });
    const citizen = await submitTopicComment(db, null, { topicId, text: 'Ыстық тамақ жеткізуді қосу керек.', authorName: 'Бақыт Ахметова' }, testContext, during);
    expect(citizen).toMatchObject({ ok: true, late: false });
    // The last instant of the last day is still on time; one millisecond later is late.
    const lastMoment = await submitTopicComment(db, ngo, { topicId, text: 'Соңғы сәтте жіберілген ескерту.' }, testContext, { now: () => new Date('2027-04-16T18:59:59.999Z') });
    expect(lastMoment).toMatchObject({ ok: true, late: false });
    const late = await submitTopicComment(db, ngo, { topicId, text: 'Мерзімнен кейін жіберілген ұсыныс.' }, testContext, { now: () => new Date('2027-04-16T19:00:00.000Z') });
    expect(late).toMatchObject({ ok: true, late: true });
    if (!late.ok || !fromNgo.ok || !fromExpert.ok || !citizen.ok || !lastMoment.ok) return;
    expect(await db.planTopicComment.findUniqueOrThrow({ where: { id: late.commentId } })).toMatchObject({ late: true, status: 'NOT_CONSIDERED', authorId: ngo.id, organizationId: ngo.organizationIds[0] });
    expect(await db.planTopicComment.findUniqueOrThrow({ where: { id: citizen.commentId } })).toMatchObject({ authorId: null, authorName: 'Бақыт Ахметова' });

    const after = { now: () => almatyInstant('2027-04-19', '10:00') };
    expect(await reviewTopicComment(db, operator, { commentId: late.commentId, decision: 'ACCEPTED' }, testContext, after)).toMatchObject({ ok: false, error: { code: 'commentLate' } });
    expect(await reviewTopicComment(db, operator, { commentId: fromExpert.commentId, decision: 'REJECTED' }, testContext, after)).toMatchObject({ ok: false, error: { code: 'conclusionRequired', field: 'conclusion' } });
    expect(await reviewTopicComment(db, ngo, { commentId: fromNgo.commentId, decision: 'ACCEPTED' }, testContext, after)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await reviewTopicComment(db, operator, { commentId: fromNgo.commentId, decision: 'ACCEPTED', conclusion: 'Индикатор қосылды.' }, testContext, after)).toMatchObject({ ok: true, status: 'ACCEPTED' });
    expect(await reviewTopicComment(db, operator, { commentId: fromExpert.commentId, decision: 'REJECTED', conclusion: 'Қажеттілік 4 ауданда бірдей.' }, testContext, after)).toMatchObject({ ok: true, status: 'REJECTED' });
    expect(await reviewTopicComment(db, operator, { commentId: fromNgo.commentId, decision: 'REJECTED', conclusion: 'Қайта қарау' }, testContext, after)).toMatchObject({ ok: false, error: { code: 'alreadyReviewed' } });

    const report = await loadDiscussionReport(db, plan.id, almatyInstant('2027-04-19', '10:00'));
    expect(report?.phase).toBe('CLOSED');
    expect(report?.totals).toEqual({ accepted: 1, rejected: 1, pending: 2, late: 1 });
    expect(report?.topics[0]?.comments.find((c) => c.id === citizen.commentId)?.author).toBe('Бақыт Ахметова');
    expect(await db.auditEvent.count({ where: { action: { startsWith: 'plan_topic_comment.' }, objectId: { in: [fromNgo.commentId, fromExpert.commentId, late.commentId] } } })).toBe(5);
  });
});
