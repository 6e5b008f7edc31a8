import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { addCalendarDays, almatyInstant } from '@/lib/rules';
import { decideCreativeProvider } from '@/lib/services/creative-order/decide-creative-provider';
import { saveCreativePlan } from '@/lib/services/creative-order/save-creative-plan';
import { setCreativePlaces } from '@/lib/services/creative-order/set-creative-places';
import { saveCreativeProviderDraft } from '@/lib/services/creative-order/save-creative-provider-draft';
import { submitCreativeProvider } from '@/lib/services/creative-order/submit-creative-provider';
import { clubToDraftValues, type CreativeProviderDraftFormValues } from '@/lib/services/creative-order/creative-order-input';
import { creativeClubApplication, creativeOrderOverview } from '@/lib/services/creative-order/queries';
import { disconnectTestDb, testContext, testDb } from './test-db';

// The provider's application day (Almaty); clocks are pinned relative to it.
const D = '2027-02-15';
const at = (date: string, time = '10:00') => () => almatyInstant(date, time);

let regionId = '';
let providerId = '';
let otherProviderId = '';
let operator: Actor;
let provider: Actor;
let stranger: Actor;

const person = (date: string) => ({ fullName: 'Гүлнар Әбдірахманова', position: 'Педагог', narcologyIssuedOn: date, psychiatryIssuedOn: date, phthisiologyIssuedOn: date });
const complete = (staffDate: string): CreativeProviderDraftFormValues => ({
  clubId: '',
  expectedUpdatedAt: '',
  nameKk: '«Түрлі түс» студиясы',
  nameRu: 'Студия «Түрлі түс»',
  fieldKk: 'Бейнелеу өнері',
  regionId,
  address: 'Алматы қ., Төле би көшесі, 101',
  ageMin: '6',
  ageMax: '16',
  programme: {
    goals: 'Балалардың бейнелеу өнеріне қызығушылығын дамыту',
    tasks: 'Сурет салу техникаларын үйрету',
    expectedResults: 'Жыл соңында балалар жұмыстарының көрмесі',
    topics: [
      { level: 'Бастапқы', title: 'Акварель негіздері', lessons: '24' },
      { level: 'Бастапқы', title: 'Натюрморт', lessons: '12' },
      { level: 'Негізгі', title: 'Пейзаж', lessons: '24' },
    ],
    equipment: 'Мольберттер, бояулар, қағаз',
    schedule: 'Аптасына 2 рет, 15:00–16:30',
    parentEvents: 'Жарты жылда бір рет көрме, ашық сабақ',
    childInventory: 'Альбом және қылқаламдар',
    attendanceRules: 'Дәлелсіз себеппен айына 3 сабақтан артық босатуға болмайды',
    remoteLessonsAllowed: true,
    remoteLessonRules: 'Карантин кезінде онлайн сабақтар',
  },
  staff: [person(staffDate)],
});

beforeAll(async () => {
  const db = testDb();
  regionId = (await db.region.create({ data: { code: 'almaty-city', nameKk: 'Алматы', nameRu: 'Алматы', isCity: true } })).id;
  const op = await db.organization.create({ data: { kind: 'OPERATOR', bin: '990540000011', legalForm: 'NON_COMMERCIAL_JSC', nameKk: 'Оператор', nameRu: 'Оператор' } });
  const prov = await db.organization.create({ data: { kind: 'NGO', bin: '990540000022', legalForm: 'PUBLIC_ASSOCIATION', nameKk: 'Өнер ҮЕҰ', nameRu: 'НПО Искусство', regionId } });
  const other = await db.organization.create({ data: { kind: 'NGO', bin: '990540000033', legalForm: 'PUBLIC_ASSOCIATION', nameKk: 'Басқа ҮЕҰ', nameRu: 'Другое НПО' } });
  providerId = prov.id;
  otherProviderId = other.id;
  const opUser = await db.user.create({ data: { email: 'cp-operator@example.kz', name: 'Оператор', role: 'OPERATOR' } });
  const provUser = await db.user.create({ data: { email: 'cp-provider@example.kz', name: 'Жеткізуші', role: 'NGO' } });
  const otherUser = await db.user.create({ data: { email: 'cp-other@example.kz', name: 'Бөгде', role: 'NGO' } });
  await db.organizationMembership.createMany({
    data: [
      { organizationId: op.id, userId: opUser.id, role: 'STAFF' },
      { organizationId: prov.id, userId: provUser.id, role: 'HEAD' },
      { organizationId: other.id, userId: otherUser.id, role: 'HEAD' },
    ],
  });
  operator = { id: opUser.id, role: 'OPERATOR', organizationIds: [op.id], headOfOrganizationIds: [], expertId: null };
  provider = { id: provUser.id, role: 'NGO', organizationIds: [prov.id], headOfOrganizationIds: [prov.id], expertId: null };
  stranger = { id: otherUser.id, role: 'NGO', organizationIds: [other.id], headOfOrganizationIds: [other.id], expertId: null };
});
afterAll(disconnectTestDb);

describe('creative order: provider application draft → submit → admit (CO-3, seed 002 L78–110)', () => {
  let clubId = '';
  let updatedAt = '';

  it('a half-written draft is saved as typed (the region falls back to the provider’s); submitting it is refused with the missing fields and the draft kept', async () => {
    const saved = await saveCreativeProviderDraft(testDb(), provider, providerId, { nameKk: 'Сурет үйірмесі', programme: { goals: 'Мақсат', topics: [{ level: '', title: 'Акварель', lessons: '' }] } }, testContext, { now: at(D, '09:00') });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    clubId = saved.clubId;
    const club = await testDb().creativeClub.findUniqueOrThrow({ where: { id: clubId } });
    expect(club).toMatchObject({ status: 'DRAFT', nameKk: 'Сурет үйірмесі', regionId, providerId });

    const draftValues = clubToDraftValues(club);
    expect(draftValues.programme.goals).toBe('Мақсат');
    expect(draftValues.programme.topics).toEqual([{ level: '', title: 'Акварель', lessons: '' }]);

    const refused = await submitCreativeProvider(testDb(), provider, providerId, { ...draftValues, nameKk: 'Сурет үйірмесі (өзгертілді)' }, testContext, { now: at(D, '09:30') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'fixErrors' }, clubId });
    if (refused.ok) return;
    expect(refused.fieldErrors).toMatchObject({ nameRu: 'required', address: 'required', 'programme.tasks': 'required', 'programme.topics.0.level': 'required', 'programme.topics.0.lessons': 'invalidLessons', staff: 'staffRequired' });
    // The typed change is kept although the submission was refused.
    expect(await testDb().creativeClub.findUniqueOrThrow({ where: { id: clubId } })).toMatchObject({ status: 'DRAFT', nameKk: 'Сурет үйірмесі (өзгертілді)' });
    updatedAt = refused.updatedAt ?? '';
    expect(updatedAt).not.toBe('');
  });

  it('another organisation cannot read or write the draft (IDOR), and a stale form is refused', async () => {
    expect(await saveCreativeProviderDraft(testDb(), stranger, providerId, { clubId }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await saveCreativeProviderDraft(testDb(), stranger, otherProviderId, { clubId }, testContext)).toMatchObject({ ok: false, error: { code: 'clubNotFound' } });
    expect(await saveCreativeProviderDraft(testDb(), provider, providerId, { clubId, expectedUpdatedAt: '2020-01-01T00:00:00.000Z' }, testContext)).toMatchObject({ ok: false, error: { code: 'staleDraft' } });
    // The operator does not decide a draft.
    expect(await decideCreativeProvider(testDb(), operator, { clubId, admitted: true }, testContext)).toMatchObject({ ok: false, error: { code: 'clubNotFound' } });
    const overview = await creativeOrderOverview(testDb(), 2027);
    expect(overview.clubs.map((c) => c.id)).not.toContain(clubId);
  });

  it('CO-1: a certificate issued 11 calendar days before the application is refused on its field; the draft stays a draft', async () => {
    const stale = complete(addCalendarDays(D, -11));
    const result = await submitCreativeProvider(testDb(), provider, providerId, { ...stale, clubId, expectedUpdatedAt: updatedAt }, testContext, { now: at(D) });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'certificateTooOld', field: 'staff.0.narcologyIssuedOn', params: { issuedOn: '2027-02-04', earliest: '2027-02-05', applicationDate: D } },
      fieldErrors: { 'staff.0.narcologyIssuedOn': 'certificateTooOldField', 'staff.0.psychiatryIssuedOn': 'certificateTooOldField', 'staff.0.phthisiologyIssuedOn': 'certificateTooOldField' },
    });
    if (!result.ok) updatedAt = result.updatedAt ?? updatedAt;
    expect(await testDb().creativeClub.findUniqueOrThrow({ where: { id: clubId } })).toMatchObject({ status: 'DRAFT' });
  });

  it('the complete application with certificates 10 days old is submitted and frozen with its application date', async () => {
    const result = await submitCreativeProvider(testDb(), provider, providerId, { ...complete(addCalendarDays(D, -10)), clubId, expectedUpdatedAt: updatedAt }, testContext, { now: at(D, '11:00') });
    expect(result).toMatchObject({ ok: true, clubId });
    const club = await testDb().creativeClub.findUniqueOrThrow({ where: { id: clubId } });
    expect(club.status).toBe('SUBMITTED');
    expect(club).toMatchObject({ ageMin: 6, ageMax: 16, nameRu: 'Студия «Түрлі түс»' });
    const programme = club.programme as Record<string, unknown>;
    expect(programme).toMatchObject({
      applicationDate: D,
      submittedById: provider.id,
      remoteLessonsAllowed: true,
      levels: [
        { level: 'Бастапқы', topics: [{ title: 'Акварель негіздері', lessons: 24 }, { title: 'Натюрморт', lessons: 12 }] },
        { level: 'Негізгі', topics: [{ title: 'Пейзаж', lessons: 24 }] },
      ],
    });
    expect(programme.draft).toBeUndefined();
    // Frozen: the draft can no longer be changed or submitted again.
    expect(await saveCreativeProviderDraft(testDb(), provider, providerId, { clubId }, testContext)).toMatchObject({ ok: false, error: { code: 'notDraft' } });
    expect(await submitCreativeProvider(testDb(), provider, providerId, { ...complete(D), clubId }, testContext, { now: at(D) })).toMatchObject({ ok: false, error: { code: 'notDraft' } });
    // The read-only view gets the table back.
    expect(clubToDraftValues(club).programme.topics).toHaveLength(3);
    const audit = await testDb().auditEvent.findMany({ where: { objectType: 'CreativeClub', objectId: clubId }, orderBy: { occurredAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['creative_club.draft_created', 'creative_club.draft_saved', 'creative_club.submitted']));
  });

  it('the operator admits it; the provider’s members are notified; places can then be set', async () => {
    expect(await decideCreativeProvider(testDb(), provider, { clubId, admitted: true }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await decideCreativeProvider(testDb(), operator, { clubId, admitted: true }, testContext, { now: at(D, '15:00') })).toEqual({ ok: true, status: 'ADMITTED' });
    const notes = await testDb().notification.findMany({ where: { templateKey: 'creative_order.provider_admitted' } });
    expect(notes.map((n) => `${n.channel}:${n.recipientId === provider.id}`).sort()).toEqual(['EMAIL:true', 'IN_APP:true']);
    const view = await creativeClubApplication(testDb(), clubId);
    expect(view?.decision).toMatchObject({ admitted: true });

    const plan = await saveCreativePlan(testDb(), operator, { year: 2027, titleKk: 'Жоспар', titleRu: 'План', budgetKzt: 500_000, publish: true }, testContext, { now: at('2026-10-20') });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(await setCreativePlaces(testDb(), operator, { planId: plan.planId, clubId, places: 5, pricePerPlaceKzt: 100_000 }, testContext)).toMatchObject({ ok: true });
  });

  it('a refusal needs a reason, which the provider reads and is told about', async () => {
    const second = await submitCreativeProvider(testDb(), provider, providerId, { ...complete(D), nameKk: 'Екінші үйірме' }, testContext, { now: at(D, '12:00') });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(await decideCreativeProvider(testDb(), operator, { clubId: second.clubId, admitted: false }, testContext)).toMatchObject({ ok: false, error: { code: 'commentRequired', field: 'comment' } });
    expect(await decideCreativeProvider(testDb(), operator, { clubId: second.clubId, admitted: false, comment: 'Кесте толық емес' }, testContext)).toEqual({ ok: true, status: 'NOT_ADMITTED' });
    const view = await creativeClubApplication(testDb(), second.clubId);
    expect(view?.decision).toMatchObject({ admitted: false, reason: 'Кесте толық емес' });
    const note = await testDb().notification.findFirstOrThrow({ where: { templateKey: 'creative_order.provider_refused', channel: 'IN_APP' } });
    expect(note.payload).toMatchObject({ reason: 'Кесте толық емес', clubNameKk: 'Екінші үйірме' });
  });
});

describe('creative order: the financing plan dates and additional funds (CO-2, seed 002 L40–55)', () => {
  it('late dates are saved with the engine’s warnings; placed additional funds raise the budget for places', async () => {
    const plan = await testDb().plan.findFirstOrThrow({ where: { kind: 'CREATIVE_ORDER', year: 2027 } });
    const club = await testDb().creativeClub.findFirstOrThrow({ where: { status: 'ADMITTED' } });
    // 5 × 100 000 are placed; 8 places do not fit the 500 000 volume.
    expect(await setCreativePlaces(testDb(), operator, { planId: plan.id, clubId: club.id, places: 8, pricePerPlaceKzt: 100_000 }, testContext)).toMatchObject({ ok: false, error: { code: 'planBudgetExceeded' } });

    const saved = await saveCreativePlan(
      testDb(),
      operator,
      {
        year: 2027,
        titleKk: 'Жоспар',
        titleRu: 'План',
        budgetKzt: 500_000,
        draftPublishedOn: '2026-11-02',
        approvedOn: '2026-12-01',
        approvedPublishedOn: '2026-12-09',
        volumePlacedOn: '2027-01-05',
        extraFunds: [{ amountKzt: 300_000, approvedOn: '2027-02-01', placedOn: '2027-02-08' }],
      },
      testContext,
    );
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;
    expect(saved.warnings.map((w) => [w.code, w.due])).toEqual([
      ['draftAfter31October', '2026-10-31'],
      ['approvedPublicationLate', '2026-12-08'],
      ['extraFundsLate', '2027-02-04'],
    ]);
    const overview = await creativeOrderOverview(testDb(), 2027);
    expect(overview.plan?.dates).toMatchObject({ approvedOn: '2026-12-01', extraFunds: [{ amountKzt: 300_000, placedOn: '2027-02-08' }] });
    expect(overview.plan?.budgetTotalKzt).toBe(800_000n);
    expect(await setCreativePlaces(testDb(), operator, { planId: plan.id, clubId: club.id, places: 8, pricePerPlaceKzt: 100_000 }, testContext)).toMatchObject({ ok: true });
    // The volume cannot drop below what is placed (approved volume + placed additional funds).
    expect(await saveCreativePlan(testDb(), operator, { year: 2027, titleKk: 'Жоспар', titleRu: 'План', budgetKzt: 400_000 }, testContext)).toMatchObject({ ok: false, error: { code: 'budgetBelowPlaced' } });
  });
});
