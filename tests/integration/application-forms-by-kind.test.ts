/**
 * One application machinery for every mechanism with a portal form (issue 6): the same
 * draft → autosave → frozen submission path as the grant, with each kind's own form and
 * rules — the social-order technical specification and bid (F-TS, SO-2's ceiling), the award
 * nomination (F-A1..F-A3, AW-12 cooldown with the year, AW-13 one direction per cycle, AW-14
 * recommendations with contacts) and the strategic-partnership proposal.
 * Real PostgreSQL, an empty database; every row is created here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyEndOfDay, almatyInstant } from '@/lib/rules';
import { withControlDigit } from '@/lib/validation/kz-identifiers';
import { saveApplicationSection } from '@/lib/services/applications/save-application-section';
import { previewStartApplication, startApplication } from '@/lib/services/applications/start-application';
import { submitApplication } from '@/lib/services/applications/submit-application';
import { awardAnnexes, awardRecommendation } from './award-fixtures';
import { disconnectTestDb, testContext, testDb } from './test-db';

const YEAR = 2030;
const NOW = almatyInstant('2030-08-15', '11:00');
let seq = 0;

interface Ngo {
  orgId: string;
  bin: string;
  actor: Actor;
}

async function newNgo(): Promise<Ngo> {
  const db = testDb();
  const n = ++seq;
  const bin = withControlDigit(`99054${String(10_000 + n).padStart(6, "0")}`)!;
  const org = await db.organization.create({ data: { kind: 'NGO', bin, legalForm: 'PUBLIC_ASSOCIATION', nameKk: `Нысан ҮЕҰ ${n}`, nameRu: `НПО формы ${n}` } });
  const head = await db.user.create({ data: { email: `forms-head${n}@example.kz`, name: `Басшы ${n}`, role: 'NGO', locale: 'kk' } });
  await db.organizationMembership.create({ data: { organizationId: org.id, userId: head.id, role: 'HEAD' } });
  return { orgId: org.id, bin, actor: { id: head.id, role: 'NGO', organizationIds: [org.id], headOfOrganizationIds: [org.id], expertId: null } };
}

async function competition(kind: 'AWARD' | 'SOCIAL_ORDER' | 'STRATEGIC_PARTNERSHIP', lots: { number: number; budgetKzt: bigint; directionId?: string }[], settings: object = {}) {
  const db = testDb();
  const body = await db.organization.create({
    data: { kind: 'STATE_BODY', bin: withControlDigit(`99062${String(++seq).padStart(6, '0')}`)!, legalForm: 'STATE_INSTITUTION', nameKk: 'Министрлік', nameRu: 'Министерство' },
  });
  const c = await db.competition.create({
    data: {
      kind,
      code: `${kind}-${seq}`,
      organizerId: body.id,
      titleKk: `${kind} ${YEAR}`,
      titleRu: `${kind} ${YEAR}`,
      year: YEAR,
      status: 'OPEN',
      settings,
      opensAt: almatyInstant('2030-07-01', '10:00'),
      deadlineAt: almatyEndOfDay('2030-09-01'),
    },
  });
  const ids: string[] = [];
  for (const l of lots) {
    ids.push((await db.lot.create({ data: { competitionId: c.id, number: l.number, directionId: l.directionId ?? null, titleKk: `Лот ${l.number}`, titleRu: `Лот ${l.number}`, budgetKzt: l.budgetKzt } })).id);
  }
  return { id: c.id, lotIds: ids };
}

async function fill(ngo: Ngo, applicationId: string, sections: Record<string, unknown>) {
  for (const [key, data] of Object.entries(sections)) {
    const current = await testDb().applicationSection.findFirst({ where: { applicationId, key }, select: { version: true } });
    const saved = await saveApplicationSection(testDb(), ngo.actor, { applicationId, key, baseVersion: current?.version ?? 0, data }, testContext, NOW);
    expect(saved, `${key}: ${JSON.stringify(saved)}`).toMatchObject({ ok: true, complete: true });
  }
}

async function start(ngo: Ngo, lotId: string): Promise<string> {
  const started = await startApplication(testDb(), ngo.actor, { lotId }, testContext, NOW);
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  return started.applicationId;
}

const submit = (ngo: Ngo, applicationId: string) =>
  submitApplication(testDb(), ngo.actor, { applicationId, idempotencyKey: `key-${applicationId}` }, testContext, { now: () => NOW });

const recommendation = awardRecommendation;

function awardSections(ngo: Ngo, recommendations: object[]) {
  const { annex1, annex2, annex3 } = awardAnnexes(ngo.bin, seq);
  return { award1: annex1, award2: annex2, award3: annex3, awardRecommendations: { recommendations } };
}

const technicalSpecification = {
  tsGoals: { charterGoals: ['Жастарды қолдау', 'Волонтерлікті дамыту', 'Салауатты өмір салтын насихаттау'], alignment: 'Жарғы мақсаттары қызметпен сәйкес.' },
  tsExperience: {
    similarProjects: '2027–2029 жж. үш жоба.',
    marketExperience: 'Жастар саясаты саласында 7 жыл.',
    marketExperienceYears: 7,
    previousProjects: [{ name: 'Жастар орталығы', period: '2028', customerAndGeography: 'Әкімдік, Павлодар', costKzt: 9_000_000, results: '400 жас' }],
  },
  tsTeam: { team: [{ fullName: 'Айгүл Сәрсенова', role: 'Үйлестіруші', qualification: 'Әлеуметтік жұмыс магистрі' }] },
  tsProject: {
    objectives: ['2031 жылдың мамырына дейін 300 жасты оқыту'],
    mechanism: 'Тренингтер мен менторлық.',
    directBeneficiaries: 300,
    indirectBeneficiaries: 5000,
    beneficiariesByCategory: [{ targetGroup: '14–29 жастағы жастар', count: 300 }],
  },
  tsPlans: {
    activityPlan: [{ activity: 'Тренинг', timing: 'наурыздың 2-онкүндігі', venue: 'Павлодар', responsible: 'А. Сәрсенова' }],
    mediaPlan: [{ topic: 'Жоба басталды', responsible: 'А. Сәрсенова', media: 'Instagram', plannedOn: '2031-03-15' }],
  },
  tsIndicators: {
    indicators: [{ level: 'OUTPUT', kind: 'QUANTITATIVE', name: 'Оқытылған жастар', unit: 'адам', target: 300 }],
    risks: [{ risk: 'Қатысушылардың аздығы', mitigation: 'Мектептермен серіктестік' }],
    headFullName: 'Айгүл Сәрсенова',
  },
};

let awardLots: string[] = [];

beforeAll(async () => {
  const db = testDb();
  const d7 = await db.direction.create({ data: { number: 7, nameKk: 'Жетім балалар', nameRu: 'Дети-сироты', nameEn: 'Orphans', kinds: ['AWARD'] } });
  const d15 = await db.direction.create({ data: { number: 15, nameKk: 'Азаматтық қоғам', nameRu: 'Гражданское общество', nameEn: 'Civil society', kinds: ['AWARD'] } });
  const award = await competition('AWARD', [{ number: 7, budgetKzt: 8_000_000n, directionId: d7.id }, { number: 15, budgetKzt: 8_000_000n, directionId: d15.id }], { cooldownYears: 3, minRecommendations: 2 });
  awardLots = award.lotIds;
});

afterAll(disconnectTestDb);

describe('award nomination through the draft forms (F-A1..F-A3)', () => {
  it('AW-14: one recommendation is refused with the count and the minimum; the draft stays, a second one lets it through with the nomination rows', async () => {
    const ngo = await newNgo();
    const id = await start(ngo, awardLots[0]!);
    await fill(ngo, id, awardSections(ngo, [recommendation(1)]));

    const refused = await submit(ngo, id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reasons).toContainEqual({ code: 'AWARD_TOO_FEW_RECOMMENDATIONS', params: { count: 1, min: 2 } });
    expect((await testDb().application.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');

    await fill(ngo, id, { awardRecommendations: { recommendations: [recommendation(1), recommendation(2, { email: 'r2@example.kz' })] } });
    const submitted = await submit(ngo, id);
    expect(submitted.ok).toBe(true);
    const nomination = await testDb().awardNomination.findUniqueOrThrow({ where: { applicationId: id }, include: { recommendations: true } });
    expect(nomination.recommendationsCount).toBe(2);
    expect(nomination.recommendations.map((r) => r.email ?? r.phone).sort()).toEqual(['+7 701 000 00 01', 'r2@example.kz']);
  });

  it('AW-14: a recommendation without a phone or an e-mail keeps the section incomplete', async () => {
    const ngo = await newNgo();
    const id = await start(ngo, awardLots[0]!);
    const saved = await saveApplicationSection(
      testDb(),
      ngo.actor,
      { applicationId: id, key: 'awardRecommendations', baseVersion: 0, data: { recommendations: [recommendation(1), recommendation(2, {})] } },
      testContext,
      NOW,
    );
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(saved.completeness.errors).toContainEqual({ path: 'recommendations.1.phone', code: 'contactRequired' });
  });

  it('AW-13: a second direction in the same cycle is refused at the start', async () => {
    const ngo = await newNgo();
    await start(ngo, awardLots[0]!);
    const second = await startApplication(testDb(), ngo.actor, { lotId: awardLots[1]! }, testContext, NOW);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error).toMatchObject({ code: 'notEligible', params: { reasons: 'AWARD_OTHER_DIRECTION' } });
  });

  it('AW-12: an NGO awarded in 2028 is refused with that year shown', async () => {
    const ngo = await newNgo();
    const d = await testDb().direction.findFirstOrThrow({ where: { number: 7 } });
    const old = await competition('AWARD', [{ number: 7, budgetKzt: 8_000_000n, directionId: d.id }]);
    const app = await testDb().application.create({
      data: { competitionId: old.id, lotId: old.lotIds[0]!, organizationId: ngo.orgId, status: 'WINNER', formVersion: 'award-2026.1', languages: [], createdById: ngo.actor.id },
    });
    await testDb().laureate.create({ data: { competitionId: old.id, applicationId: app.id, organizationId: ngo.orgId, directionId: d.id, year: 2028, rank: 1, amountKzt: 8_000_000n } });
    const preview = await previewStartApplication(testDb(), ngo.actor, { lotId: awardLots[0]! }, NOW);
    expect(preview?.refusal).toEqual({ code: 'AWARD_COOLDOWN', params: { year: 2028, years: 3 } });
  });
});

describe('social order: the supplier technical specification and the bid (F-TS)', () => {
  it('a bid above the allocated amount is refused in the draft; a complete F-TS is submitted with the bid and market years frozen in columns', async () => {
    const so = await competition('SOCIAL_ORDER', [{ number: 1, budgetKzt: 10_000_000n }]);
    const ngo = await newNgo();
    const id = await start(ngo, so.lotIds[0]!);
    await fill(ngo, id, technicalSpecification);

    const above = await saveApplicationSection(testDb(), ngo.actor, { applicationId: id, key: 'tsBid', baseVersion: 0, data: { bidPriceKzt: 10_000_001 } }, testContext, NOW);
    expect(above).toMatchObject({ ok: false, error: { code: 'invalidSection', field: 'bidPriceKzt', params: { code: 'exceedsLot' } } });

    const early = await submit(ngo, id);
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.reasons).toContainEqual({ code: 'sectionIncomplete', params: { section: 'tsBid', missing: 1 } });

    await fill(ngo, id, { tsBid: { bidPriceKzt: 9_000_000 } });
    const submitted = await submit(ngo, id);
    expect(submitted.ok).toBe(true);
    const app = await testDb().application.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ status: 'SUBMITTED', bidPriceKzt: 9_000_000n, requestedKzt: 9_000_000n, marketExperienceYears: 7, formVersion: 'social-order-ts-2026.1' });
  });

  it('F-TS 1: fewer than three charter goals leaves the section incomplete', async () => {
    const so = await competition('SOCIAL_ORDER', [{ number: 1, budgetKzt: 10_000_000n }]);
    const ngo = await newNgo();
    const id = await start(ngo, so.lotIds[0]!);
    const saved = await saveApplicationSection(testDb(), ngo.actor, { applicationId: id, key: 'tsGoals', baseVersion: 0, data: { charterGoals: ['Бір', 'Екі'], alignment: 'Сәйкес' } }, testContext, NOW);
    expect(saved).toMatchObject({ ok: true, complete: false, completeness: { missing: ['charterGoals'] } });
  });
});

describe('strategic partnership proposal', () => {
  it('a complete proposal is submitted with its title and amount in the columns; an unknown section is refused', async () => {
    const sp = await competition('STRATEGIC_PARTNERSHIP', [{ number: 1, budgetKzt: 50_000_000n }]);
    const ngo = await newNgo();
    const id = await start(ngo, sp.lotIds[0]!);
    const wrong = await saveApplicationSection(testDb(), ngo.actor, { applicationId: id, key: 'annex1', baseVersion: 0, data: {} }, testContext, NOW);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unknownSection' } });
    await fill(ngo, id, {
      spProposal: {
        projectName: 'Шығармашылық одақтар әріптестігі',
        goal: 'Мәдени мұраны сақтау',
        tasks: ['Фестиваль өткізу'],
        description: 'Республикалық фестиваль және шеберлік сабақтары.',
        expectedResults: '12 өңірден 2 000 қатысушы.',
        periodStart: '2031-01-01',
        periodEnd: '2031-12-31',
        requestedKzt: 45_000_000,
      },
      spCapacity: { experience: '10 жыл', team: [{ fullName: 'Ерлан Қасымов', role: 'Жетекші', qualification: 'Өнертану кандидаты' }], headFullName: 'Ерлан Қасымов' },
    });
    const submitted = await submit(ngo, id);
    expect(submitted.ok).toBe(true);
    expect(await testDb().application.findUniqueOrThrow({ where: { id } })).toMatchObject({ projectTitleKk: 'Шығармашылық одақтар әріптестігі', requestedKzt: 45_000_000n, status: 'SUBMITTED' });
  });
});
