import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { addCalendarDays, almatyInstant } from '@/lib/rules';
import { SCHEDULED_JOBS } from '@/lib/jobs/scheduled-jobs';
import { applyCreativeProvider } from '@/lib/services/creative-order/apply-creative-provider';
import { decideCreativeProvider } from '@/lib/services/creative-order/decide-creative-provider';
import { saveCreativePlan } from '@/lib/services/creative-order/save-creative-plan';
import { setCreativePlaces } from '@/lib/services/creative-order/set-creative-places';
import { requestCreativePlace } from '@/lib/services/creative-order/request-creative-place';
import { allocationSnapshot, explainCreativeRequest, reproduceAllocation, runCreativeAllocation } from '@/lib/services/creative-order/run-creative-allocation';
import type { ApplyCreativeProviderFormValues, RequestCreativePlaceFormValues } from '@/lib/services/creative-order/creative-order-input';
import { disconnectTestDb, testContext, testDb } from './test-db';

// An Almaty working day in the plan year; every clock below is pinned relative to it.
const D = '2027-03-10';
const D1 = addCalendarDays(D, 1);
const at = (date: string, time: string) => () => almatyInstant(date, time);

let regionId = '';
let providerId = '';
let operator: Actor;
let provider: Actor;
let parent: Actor;
let planId = '';
let clubId = '';

const programme = {
  goals: 'Балалардың музыкалық қабілетін дамыту',
  tasks: 'Домбыра тарту негіздерін үйрету',
  expectedResults: 'Жыл соңында есептік концерт',
  levels: [{ level: 'Бастапқы', topics: [{ title: 'Домбыраның құрылысы', lessons: 8 }, { title: 'Күйлер', lessons: 24 }] }],
  equipment: '10 домбыра, сынып бөлмесі',
  schedule: 'Сейсенбі, бейсенбі 15:00–16:30',
  parentEvents: 'Ашық сабақ желтоқсанда, есептік концерт мамырда',
  childInventory: 'Ноталар дәптері',
  attendanceRules: 'Себепсіз 3 сабақ жіберілсе — орын босатылады',
  remoteLessonsAllowed: false,
};
const staffIssuedOn = (date: string) => [{ fullName: 'Асқар Нұрланұлы', position: 'Педагог', narcologyIssuedOn: date, psychiatryIssuedOn: date, phthisiologyIssuedOn: date }];
const application = (staffDate: string, name = 'Домбыра үйірмесі'): ApplyCreativeProviderFormValues => ({
  providerId,
  nameKk: name,
  nameRu: 'Кружок домбры',
  regionId,
  address: 'Алматы қ., Абай даңғылы, 10',
  ageMin: 7,
  ageMax: 14,
  programme,
  staff: staffIssuedOn(staffDate),
});
let childSeq = 0;
const request = (extra: Partial<RequestCreativePlaceFormValues> = {}): RequestCreativePlaceFormValues => ({
  clubId,
  representativeIin: '850101300123',
  representativeName: 'Айгүл Серікқызы',
  childIin: `1601015${String(++childSeq).padStart(5, '0')}`,
  childName: `Бала ${childSeq}`,
  childBirthDate: '2016-01-01',
  ...extra,
});

beforeAll(async () => {
  const db = testDb();
  regionId = (await db.region.create({ data: { code: 'almaty-city', nameKk: 'Алматы', nameRu: 'Алматы', isCity: true } })).id;
  const op = await db.organization.create({ data: { kind: 'OPERATOR', bin: '990540000011', legalForm: 'NON_COMMERCIAL_JSC', nameKk: 'Оператор', nameRu: 'Оператор' } });
  const prov = await db.organization.create({ data: { kind: 'NGO', bin: '990540000022', legalForm: 'PUBLIC_ASSOCIATION', nameKk: 'Өнер ҮЕҰ', nameRu: 'НПО Искусство' } });
  providerId = prov.id;
  const opUser = await db.user.create({ data: { email: 'co-operator@example.kz', name: 'Оператор', role: 'OPERATOR' } });
  const provUser = await db.user.create({ data: { email: 'co-provider@example.kz', name: 'Жеткізуші', role: 'NGO' } });
  const parentUser = await db.user.create({ data: { email: 'co-parent@example.kz', name: 'Ата-ана', role: 'NGO', locale: 'ru' } });
  await db.organizationMembership.createMany({ data: [{ organizationId: op.id, userId: opUser.id, role: 'STAFF' }, { organizationId: prov.id, userId: provUser.id, role: 'HEAD' }] });
  operator = { id: opUser.id, role: 'OPERATOR', organizationIds: [op.id], headOfOrganizationIds: [], expertId: null };
  provider = { id: provUser.id, role: 'NGO', organizationIds: [prov.id], headOfOrganizationIds: [prov.id], expertId: null };
  parent = { id: parentUser.id, role: 'NGO', organizationIds: [], headOfOrganizationIds: [], expertId: null };
});
afterAll(disconnectTestDb);

describe('creative order: provider admission (seed 002 L78–110)', () => {
  it('a staff certificate issued 11 calendar days before the application is refused (certificateTooOld), nothing written', async () => {
    const result = await applyCreativeProvider(testDb(), provider, application(addCalendarDays(D, -11)), testContext, { now: at(D, '10:00') });
    expect(result).toEqual({
      ok: false,
      error: { code: 'certificateTooOld', field: 'staff.0.narcologyIssuedOn', params: { issuedOn: addCalendarDays(D, -11), earliest: addCalendarDays(D, -10), applicationDate: D } },
    });
    expect(await testDb().creativeClub.count()).toBe(0);
  });

  it('a certificate dated after the application is refused too', async () => {
    const result = await applyCreativeProvider(testDb(), provider, application(D1), testContext, { now: at(D, '10:00') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('certificateInFuture');
  });

  it('someone outside the provider organisation cannot apply on its behalf', async () => {
    const result = await applyCreativeProvider(testDb(), parent, application(D), testContext, { now: at(D, '10:00') });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('certificates issued exactly 10 days before are accepted; the club is SUBMITTED with its programme, then admitted by the operator', async () => {
    const result = await applyCreativeProvider(testDb(), provider, application(addCalendarDays(D, -10)), testContext, { now: at(D, '10:00') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    clubId = result.clubId;
    const club = await testDb().creativeClub.findUniqueOrThrow({ where: { id: clubId } });
    expect(club.status).toBe('SUBMITTED');
    expect(club.programme).toMatchObject({ goals: programme.goals, applicationDate: D, staff: staffIssuedOn(addCalendarDays(D, -10)) });
    expect(await testDb().auditEvent.count({ where: { action: 'creative_club.submitted', objectId: clubId } })).toBe(1);

    // Requests to a club not yet admitted are refused.
    const early = await requestCreativePlace(testDb(), parent, request(), testContext, { now: at(D, '08:00') });
    expect(early).toEqual({ ok: false, error: { code: 'clubNotAvailable', field: 'clubId' } });

    expect(await decideCreativeProvider(testDb(), provider, { clubId, admitted: true }, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await decideCreativeProvider(testDb(), operator, { clubId, admitted: true }, testContext)).toEqual({ ok: true, status: 'ADMITTED' });
    expect(await decideCreativeProvider(testDb(), operator, { clubId, admitted: false, comment: 'x' }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyDecided' } });
  });
});

describe('creative order: financing plan and places per provider (seed 002 L40–55)', () => {
  it('the operator publishes the plan with its priority categories; places over the budget are refused', async () => {
    const saved = await saveCreativePlan(
      testDb(),
      operator,
      {
        year: 2027,
        titleKk: '2027 жылғы шығармашылық тапсырыс',
        titleRu: 'Творческий заказ на 2027 год',
        budgetKzt: 1_000_000,
        priorityCategories: [{ code: 'LARGE_FAMILY', labelKk: 'Көпбалалы отбасы', labelRu: 'Многодетная семья', rank: 0 }],
        publish: true,
      },
      testContext,
      { now: at('2026-10-20', '10:00') },
    );
    expect(saved).toMatchObject({ ok: true, warnings: [] });
    if (!saved.ok) return;
    planId = saved.planId;
    expect(await testDb().plan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ kind: 'CREATIVE_ORDER', status: 'PUBLISHED', year: 2027 });

    const tooMany = await setCreativePlaces(testDb(), operator, { planId, clubId, places: 11, pricePerPlaceKzt: 100_000 }, testContext);
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'planBudgetExceeded', field: 'places' } });
    expect(await setCreativePlaces(testDb(), parent, { planId, clubId, places: 2, pricePerPlaceKzt: 100_000 }, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await setCreativePlaces(testDb(), operator, { planId, clubId, places: 2, pricePerPlaceKzt: 100_000 }, testContext)).toMatchObject({ ok: true });
  });
});

describe('creative order: daily allocation at 18:00 Asia/Almaty (seed 002 L111–112, DL-1)', () => {
  const ids: Record<string, string> = {};
  const child: Record<string, string> = {};

  it('parents request places; an unknown category and a second live request for the same child are refused', async () => {
    const make = async (key: string, time: string, extra: Partial<RequestCreativePlaceFormValues> = {}) => {
      const input = request(extra);
      const r = await requestCreativePlace(testDb(), parent, input, testContext, { now: at(D, time) });
      expect(r.ok).toBe(true);
      if (r.ok) {
        ids[key] = r.requestId;
        child[key] = input.childIin;
        return r.nextRunAt;
      }
      return null;
    };
    expect(await make('first', '09:00')).toEqual(almatyInstant(D, '18:00'));
    await make('second', '10:00');
    await make('priority', '12:00', { priorityCategory: 'LARGE_FAMILY' });
    // Received after 18:00: its run is tomorrow's.
    expect(await make('late', '18:30')).toEqual(almatyInstant(D1, '18:00'));

    const unknown = await requestCreativePlace(testDb(), parent, request({ priorityCategory: 'NOPE' }), testContext, { now: at(D, '13:00') });
    expect(unknown).toEqual({ ok: false, error: { code: 'unknownCategory', field: 'priorityCategory' } });
    const dup = await requestCreativePlace(testDb(), parent, request({ childIin: child.first }), testContext, { now: at(D, '13:00') });
    expect(dup).toEqual({ ok: false, error: { code: 'duplicateRequest', field: 'childIin' } });
  });

  it('the 18:00 run with 3 requests and 2 places: the priority category first, then the earlier request; vouchers issued; the later one waits', async () => {
    const summary = await runCreativeAllocation(testDb(), almatyInstant(D, '18:00:02'));
    expect(summary).toMatchObject({ runOn: D, alreadyRan: false, allocated: 2, waiting: 1, deferred: 1 });

    const allocations = await testDb().creativeAllocation.findMany({ orderBy: { voucherNumber: 'asc' } });
    expect(allocations.map((a) => [a.requestId, a.voucherNumber])).toEqual([
      [ids.priority, 'CO-20270310-00001'],
      [ids.first, 'CO-20270310-00002'],
    ]);
    const statuses = Object.fromEntries((await testDb().creativeRequest.findMany()).map((r) => [r.id, r.status]));
    expect(statuses[ids.priority!]).toBe('ALLOCATED');
    expect(statuses[ids.first!]).toBe('ALLOCATED');
    expect(statuses[ids.second!]).toBe('PENDING');
    expect(statuses[ids.late!]).toBe('PENDING');
    const run = await testDb().creativeAllocationRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: 'DONE', allocatedCount: 2 });

    // The representative is told in the cabinet (sent) and by e-mail (outbox).
    const notes = await testDb().notification.findMany({ where: { templateKey: 'creative_order.voucher_issued' } });
    expect(notes.map((n) => `${n.channel}:${n.status}`).sort()).toEqual(['EMAIL:PENDING', 'EMAIL:PENDING', 'IN_APP:SENT', 'IN_APP:SENT']);
  });

  it('each request is explained, and the run is reproducible from its stored snapshot', async () => {
    const run = await testDb().creativeAllocationRun.findFirstOrThrow();
    const snap = await allocationSnapshot(testDb(), run.id);
    expect(snap).not.toBeNull();
    expect(reproduceAllocation(snap!).same).toBe(true);
    // The check is real: a snapshot whose inputs were altered no longer reproduces its result.
    expect(reproduceAllocation({ ...snap!, freePlaces: { [clubId]: 3 } }).same).toBe(false);
    expect(snap!.explanations[ids.priority!]).toMatchObject({ outcome: 'allocated', position: 1, priorityRank: 0, clubFreePlaces: 2, voucherNumber: 'CO-20270310-00001' });
    expect(snap!.explanations[ids.first!]).toMatchObject({ outcome: 'allocated', position: 2, priorityRank: 100 });
    expect(snap!.explanations[ids.second!]).toMatchObject({ outcome: 'noPlaceLeft', position: 3, voucherNumber: null });
    expect(snap!.explanations[ids.late!]).toMatchObject({ outcome: 'afterRunTime', position: null });
    // No personal data (IINs) in the trail.
    expect(JSON.stringify(snap)).not.toContain(child.first!);
  });

  it('a second run the same day (retry, second worker, or a late job next morning) allocates nothing new', async () => {
    for (const time of [almatyInstant(D, '18:00:30'), almatyInstant(D, '23:59'), almatyInstant(D1, '09:00')]) {
      expect(await runCreativeAllocation(testDb(), time)).toMatchObject({ runOn: D, alreadyRan: true, allocated: 0 });
    }
    const [a, b] = await Promise.all([runCreativeAllocation(testDb(), almatyInstant(D, '18:05')), runCreativeAllocation(testDb(), almatyInstant(D, '18:05'))]);
    expect(a.allocated + b.allocated).toBe(0);
    expect(await testDb().creativeAllocation.count()).toBe(2);
    expect(await testDb().creativeAllocationRun.count()).toBe(1);
  });

  it('next day: one extra place goes to the waiting request by its original time; the request after 18:00 yesterday waits again', async () => {
    expect(await setCreativePlaces(testDb(), operator, { planId, clubId, places: 1, pricePerPlaceKzt: 100_000 }, testContext)).toMatchObject({ ok: false, error: { code: 'placesBelowIssued', params: { issued: 2 } } });
    expect(await setCreativePlaces(testDb(), operator, { planId, clubId, places: 3, pricePerPlaceKzt: 100_000 }, testContext)).toMatchObject({ ok: true });
    const summary = await runCreativeAllocation(testDb(), almatyInstant(D1, '18:00'));
    expect(summary).toMatchObject({ runOn: D1, alreadyRan: false, allocated: 1, waiting: 1, deferred: 0 });
    const allocation = await testDb().creativeAllocation.findUniqueOrThrow({ where: { requestId: ids.second! } });
    expect(allocation.voucherNumber).toBe('CO-20270311-00001');

    const history = await explainCreativeRequest(testDb(), ids.late!);
    expect(history.map((h) => [h.runOn, h.explanation.outcome])).toEqual([
      [D, 'afterRunTime'],
      [D1, 'noPlaceLeft'],
    ]);
  });

  it('the worker schedules the run daily at 18:00 (cron in Asia/Almaty)', () => {
    expect(SCHEDULED_JOBS.find((j) => j.name === 'creative-order-allocation')?.cron).toBe('0 18 * * *');
  });
});
