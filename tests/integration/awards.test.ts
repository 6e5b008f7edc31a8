/**
 * NGO awards (AWARD, §3 of the grants file): nomination refusals AW-12 (cooldown, with the
 * year), AW-13 (one direction per cycle), AW-14 (≥ 2 recommendations with contacts), the
 * laureates of a direction with the equal split (AW-11 / AW-S) and the AW-3 minimum from
 * the yearly MRP, the payment register with bank details (AW-10) and the timeline (AW-5..10).
 * Real PostgreSQL, an empty database; every row is created here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyEndOfDay, almatyInstant } from '@/lib/rules';
import { withControlDigit } from '@/lib/validation/kz-identifiers';
import { submitAwardNomination } from '@/lib/services/awards/submit-award-nomination';
import { selectAwardLaureates } from '@/lib/services/awards/select-award-laureates';
import { awardPaymentRegister } from '@/lib/services/awards/payment-register';
import { recordAwardPayment } from '@/lib/services/awards/record-award-payment';
import { loadAwardTimeline } from '@/lib/services/awards/award-timeline';
import type { SubmitAwardNominationInput } from '@/lib/services/awards/award-input';
import { awardAnnexes, awardRecommendation } from './award-fixtures';
import { disconnectTestDb, testContext, testDb } from './test-db';

const YEAR = 2030;
const MRP = 4_000;
const DURING = () => almatyInstant('2030-08-15', '11:00');
let competitionId = '';
let lot7 = '';
let lot15 = '';
let operator: Actor;
let seq = 0;

interface Ngo {
  orgId: string;
  bin: string;
  actor: Actor;
}

async function newNgo(): Promise<Ngo> {
  const db = testDb();
  const n = ++seq;
  const bin = withControlDigit(`99054${String(n).padStart(6, '0')}`);
  if (!bin) throw new Error('bin');
  const org = await db.organization.create({
    data: { kind: 'NGO', bin, legalForm: 'PUBLIC_ASSOCIATION', nameKk: `Марапат ҮЕҰ ${n}`, nameRu: `НПО премии ${n}` },
  });
  const head = await db.user.create({ data: { email: `award-head${n}@example.kz`, name: `Басшы ${n}`, role: 'NGO', locale: 'kk' } });
  await db.organizationMembership.create({ data: { organizationId: org.id, userId: head.id, role: 'HEAD' } });
  return { orgId: org.id, bin, actor: { id: head.id, role: 'NGO', organizationIds: [org.id], headOfOrganizationIds: [org.id], expertId: null } };
}

const recommendation = (i: number) => awardRecommendation(i);

function nomination(ngo: Ngo, lotId: string, recommendations = 2): SubmitAwardNominationInput {
  return {
    competitionId,
    lotId,
    organizationId: ngo.orgId,
    ...awardAnnexes(ngo.bin, seq),
    recommendations: Array.from({ length: recommendations }, (_, i) => recommendation(i + 1)),
  };
}

beforeAll(async () => {
  const db = testDb();
  const ministry = await db.organization.create({
    data: { kind: 'STATE_BODY', bin: withControlDigit('99054099999')!, legalForm: 'STATE_INSTITUTION', nameKk: 'Министрлік', nameRu: 'Министерство' },
  });
  const op = await db.user.create({ data: { email: 'award-operator@example.kz', name: 'Оператор', role: 'OPERATOR', locale: 'kk' } });
  operator = { id: op.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
  const d7 = await db.direction.create({ data: { number: 7, nameKk: 'Жетім балаларға көмек', nameRu: 'Помощь детям-сиротам', nameEn: 'Orphans', kinds: ['AWARD'] } });
  const d15 = await db.direction.create({ data: { number: 15, nameKk: 'Азаматтық қоғам', nameRu: 'Гражданское общество', nameEn: 'Civil society', kinds: ['AWARD'] } });
  await db.mrpRate.create({ data: { year: YEAR, amountKzt: BigInt(MRP) } });
  const comp = await db.competition.create({
    data: {
      kind: 'AWARD',
      code: `AW-${YEAR}`,
      organizerId: ministry.id,
      titleKk: `${YEAR} сыйлықақы`,
      titleRu: `Премия ${YEAR}`,
      year: YEAR,
      status: 'OPEN',
      settings: { minAwardMrp: 2000, cooldownYears: 3, minRecommendations: 2, candidateListWorkingDays: 10 },
      // AW-5 broken on purpose: announced on 3 July (limit 1 July).
      announcedAt: almatyInstant('2030-07-03', '10:00'),
      opensAt: almatyInstant('2030-07-03', '10:00'),
      deadlineAt: almatyEndOfDay('2030-09-01'),
      reviewDueOn: new Date('2030-09-13T00:00:00Z'),
      resultsDueOn: new Date('2030-11-28T00:00:00Z'),
      // AW-10 broken on purpose: payment planned on 24 December (limit 20 December).
      paymentDueOn: new Date('2030-12-24T00:00:00Z'),
    },
  });
  competitionId = comp.id;
  const amount = BigInt(MRP * 2000 + 1); // odd on purpose: the remainder goes to the first laureate (AW-S)
  lot7 = (await db.lot.create({ data: { competitionId, number: 7, directionId: d7.id, titleKk: d7.nameKk, titleRu: d7.nameRu, budgetKzt: amount } })).id;
  lot15 = (await db.lot.create({ data: { competitionId, number: 15, directionId: d15.id, titleKk: d15.nameKk, titleRu: d15.nameRu, budgetKzt: BigInt(MRP * 2000 - 1) } })).id;
});

afterAll(disconnectTestDb);

describe('award nomination (AW-12, AW-13, AW-14)', () => {
  it('submits a nomination with Annex 1–3 and 2 recommendations with contacts: frozen, receipt, audit, notifications', async () => {
    const db = testDb();
    const ngo = await newNgo();
    const r = await submitAwardNomination(db, ngo.actor, nomination(ngo, lot7), testContext, { now: DURING });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.receiptNumber).toMatch(/^A-2030-\d{6}$/);
    const app = await db.application.findUniqueOrThrow({ where: { id: r.applicationId }, include: { sections: true, awardNomination: { include: { recommendations: true } } } });
    expect(app.status).toBe('SUBMITTED');
    expect(app.sections.map((s) => s.key).sort()).toEqual(['award1', 'award2', 'award3']);
    expect(app.awardNomination?.recommendationsCount).toBe(2);
    expect(app.awardNomination?.recommendations.every((x) => x.phone)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: 'award.nomination.submitted', objectId: app.id } })).toBe(1);
    expect(await db.notification.count({ where: { objectId: app.id, templateKey: 'award.nomination_submitted' } })).toBe(2);
  });

  it('AW-14: refuses a nomination with only 1 recommendation (count and minimum shown)', async () => {
    const db = testDb();
    const ngo = await newNgo();
    const r = await submitAwardNomination(db, ngo.actor, nomination(ngo, lot7, 1), testContext, { now: DURING });
    expect(r).toMatchObject({ ok: false, error: { code: 'AWARD_TOO_FEW_RECOMMENDATIONS', field: 'recommendations', params: { count: 1, min: 2 } } });
    expect(await db.application.count({ where: { organizationId: ngo.orgId } })).toBe(0);
  });

  it('AW-14: a recommendation without any contact details is refused by the schema', async () => {
    const ngo = await newNgo();
    const input = nomination(ngo, lot7);
    input.recommendations[1] = { ...recommendation(2), phone: '' };
    const r = await submitAwardNomination(testDb(), ngo.actor, input, testContext, { now: DURING });
    expect(r).toMatchObject({ ok: false, error: { code: 'contactRequired', field: 'recommendations.1.phone' } });
  });

  it('AW-13 / EL-3: a second direction in the same cycle is refused', async () => {
    const db = testDb();
    const ngo = await newNgo();
    expect((await submitAwardNomination(db, ngo.actor, nomination(ngo, lot7), testContext, { now: DURING })).ok).toBe(true);
    const second = await submitAwardNomination(db, ngo.actor, nomination(ngo, lot15), testContext, { now: DURING });
    expect(second).toMatchObject({ ok: false, error: { code: 'AWARD_OTHER_DIRECTION' } });
    const again = await submitAwardNomination(db, ngo.actor, nomination(ngo, lot7), testContext, { now: DURING });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_APPLIED_IN_LOT' } });
    expect(await db.application.count({ where: { organizationId: ngo.orgId } })).toBe(1);
  });

  it('AW-12: an NGO awarded in 2028 is refused in 2030 with the year shown; one awarded in 2026 may apply', async () => {
    const db = testDb();
    const recent = await newNgo();
    const old = await newNgo();
    const past = await db.competition.create({
      data: { kind: 'AWARD', organizerId: (await db.competition.findUniqueOrThrow({ where: { id: competitionId } })).organizerId, titleKk: 'бұрынғы', titleRu: 'прошлая', year: 2028, status: 'RESULTS_PUBLISHED' },
    });
    const dir = await db.lot.findUniqueOrThrow({ where: { id: lot7 }, select: { directionId: true } });
    for (const [ngo, year] of [[recent, 2028], [old, 2026]] as const) {
      const a = await db.application.create({ data: { competitionId: past.id, organizationId: ngo.orgId, formVersion: 'award-2026.1', status: 'WINNER', createdById: ngo.actor.id } });
      await db.laureate.create({ data: { competitionId: past.id, applicationId: a.id, organizationId: ngo.orgId, directionId: dir.directionId!, year, rank: 1, amountKzt: 1n } });
    }
    const refused = await submitAwardNomination(db, recent.actor, nomination(recent, lot7), testContext, { now: DURING });
    expect(refused).toMatchObject({ ok: false, error: { code: 'AWARD_COOLDOWN', params: { year: 2028, years: 3 } } });
    const allowed = await submitAwardNomination(db, old.actor, nomination(old, lot7), testContext, { now: DURING });
    expect(allowed.ok).toBe(true);
  });

  it('DL-1: refused after the 1 September deadline; another NGO may not nominate for this one (IDOR)', async () => {
    const db = testDb();
    const ngo = await newNgo();
    const late = await submitAwardNomination(db, ngo.actor, nomination(ngo, lot7), testContext, { now: () => almatyInstant('2030-09-02', '00:01') });
    expect(late).toMatchObject({ ok: false, error: { code: 'deadlinePassed' } });
    const other = await newNgo();
    const idor = await submitAwardNomination(db, other.actor, nomination(ngo, lot7), testContext, { now: DURING });
    expect(idor).toMatchObject({ ok: false, error: { code: 'notMemberOfOrganization' } });
  });
});

describe('laureates, split and payment register (AW-3, AW-11, AW-S, AW-10)', () => {
  it('names two laureates in direction 7: equal split with the remainder to the first, the rest NOT_WINNER, register with bank details, payment', async () => {
    const db = testDb();
    // Three nominations in direction 7, scored (the scoring machinery's end state).
    const ngos = [await newNgo(), await newNgo(), await newNgo()];
    const ids: string[] = [];
    for (const ngo of ngos) {
      const r = await submitAwardNomination(db, ngo.actor, nomination(ngo, lot7), testContext, { now: DURING });
      if (!r.ok) throw new Error(r.error.code);
      ids.push(r.applicationId);
    }
    await db.application.updateMany({ where: { competitionId, lotId: lot7, status: 'SUBMITTED' }, data: { status: 'SCORED' } });
    await db.competition.update({ where: { id: competitionId }, data: { status: 'SCORING' } });

    // An NGO cannot select laureates.
    expect(await selectAwardLaureates(db, ngos[0]!.actor, { lotId: lot7, applicationIds: [ids[0]!] }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const r = await selectAwardLaureates(db, operator, { lotId: lot7, applicationIds: [ids[1]!, ids[0]!] }, testContext, { now: () => almatyInstant('2030-11-25', '12:00') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const amount = MRP * 2000 + 1;
    expect(r.mrpKzt).toBe(MRP);
    expect(r.laureates.map((l) => l.amountKzt)).toEqual([Math.floor(amount / 2) + 1, Math.floor(amount / 2)]);
    expect(r.laureates.reduce((s, l) => s + l.amountKzt, 0)).toBe(amount);
    expect(r.laureates[0]).toMatchObject({ applicationId: ids[1], rank: 1, remainderKzt: 1, diplomaNumber: '№ 2030/7-1' });
    expect((await db.application.findUniqueOrThrow({ where: { id: ids[2]! } })).status).toBe('NOT_WINNER');
    expect((await db.application.findUniqueOrThrow({ where: { id: ids[0]! } })).status).toBe('WINNER');

    // Only once per direction.
    expect(await selectAwardLaureates(db, operator, { lotId: lot7, applicationIds: [ids[2]!] }, testContext)).toMatchObject({ ok: false, error: { code: 'laureatesAlreadySelected' } });

    const register = await awardPaymentRegister(db, operator, competitionId);
    expect(register?.map((x) => [x.rank, Number(x.amountKzt), x.bankComplete])).toEqual([
      [1, Math.floor(amount / 2) + 1, true],
      [2, Math.floor(amount / 2), true],
    ]);
    expect(register?.[0]?.bank.iban).toMatch(/^KZ\d{2}601A/);
    expect(await awardPaymentRegister(db, ngos[0]!.actor, competitionId)).toBeNull();

    const first = register![0]!;
    const paid = await recordAwardPayment(db, operator, { laureateId: first.laureateId }, testContext, { now: () => almatyInstant('2030-12-18', '12:00') });
    expect(paid.ok).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: first.applicationId } })).status).toBe('PAID');
    expect(await recordAwardPayment(db, operator, { laureateId: first.laureateId }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyPaid' } });
  });

  it('AW-3: a direction amount below 2,000 MRP of the year is refused with the minimum', async () => {
    const db = testDb();
    const ngo = await newNgo();
    await db.competition.update({ where: { id: competitionId }, data: { status: 'OPEN' } });
    const r = await submitAwardNomination(db, ngo.actor, nomination(ngo, lot15), testContext, { now: DURING });
    if (!r.ok) throw new Error(r.error.code);
    await db.application.update({ where: { id: r.applicationId }, data: { status: 'SCORED' } });
    await db.competition.update({ where: { id: competitionId }, data: { status: 'SCORING' } });
    const sel = await selectAwardLaureates(db, operator, { lotId: lot15, applicationIds: [r.applicationId] }, testContext);
    expect(sel).toMatchObject({ ok: false, error: { code: 'awardBelowMinimum', params: { minimum: MRP * 2000, mrp: MRP } } });
    expect(await db.laureate.count({ where: { applicationId: r.applicationId } })).toBe(0);
  });

  it('AW-5..AW-10: the timeline warns where the operator dates break the award calendar', async () => {
    const steps = await loadAwardTimeline(testDb(), competitionId);
    expect(steps?.map((s) => [s.key, s.planned, s.limit, s.warning])).toEqual([
      ['announcement', '2030-07-03', '2030-07-01', 'LATE'],
      ['applications', '2030-09-01', '2030-09-01', null],
      // AW-7: 10 working days after Sunday 1 September 2030 (DL-2).
      ['candidateList', '2030-09-13', '2030-09-13', null],
      ['winners', '2030-11-28', '2030-12-01', null],
      ['payment', '2030-12-24', '2030-12-20', 'LATE'],
    ]);
  });
});
