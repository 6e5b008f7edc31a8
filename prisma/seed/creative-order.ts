/**
 * 6. The state creative order of the current year (seed 002): the operator's financing plan
 * with its priority categories, two admitted clubs of demo NGOs with places at a voucher
 * price, parents' requests, and yesterday's 18:00 allocation run — made by the real service
 * (`runCreativeAllocation`, which keeps the per-request explanation in its audit event), so
 * the operator's screen shows a run from the first minute. A request made after that run
 * waits for the next one. Parent: the demo account ngo.staff@demeu.kz (no extra account).
 */
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { runCreativeAllocation } from '../../lib/services/creative-order/run-creative-allocation';
import { CLUB_STATUS, PLAN_STATUS, REQUEST_STATUS } from '../../lib/services/creative-order/statuses';
import { need, org, region, user, type SeedContext, type Tx } from './context';
import { makeIin } from './ids';

const PRIORITY_CATEGORIES = [
  { code: 'LARGE_FAMILY', labelKk: 'Көпбалалы отбасының баласы', labelRu: 'Ребёнок из многодетной семьи', rank: 0 },
  { code: 'DISABILITY', labelKk: 'Мүгедектігі бар бала', labelRu: 'Ребёнок с инвалидностью', rank: 1 },
  { code: 'LOW_INCOME', labelKk: 'Аз қамтылған отбасының баласы', labelRu: 'Ребёнок из малообеспеченной семьи', rank: 2 },
];

/** A curriculum programme in the shape the provider's form sends (creativeProgrammeSchema). */
function programme(kind: 'dombra' | 'art', applicationDate: string) {
  const dombra = kind === 'dombra';
  return {
    goals: dombra ? 'Балаларды домбыра өнеріне баулу, ұлттық музыкалық мұраны таныстыру' : 'Балалардың бейнелеу өнеріне қызығушылығын дамыту',
    tasks: dombra ? 'Күйлер мен әндерді үйрету; ансамбльде ойнау дағдысы' : 'Сурет салу техникаларын үйрету; композиция негіздері',
    expectedResults: dombra ? 'Жыл соңында әр бала 5 күй орындайды; есептік концерт' : 'Жыл соңында балалар жұмыстарының көрмесі',
    levels: [
      {
        level: dombra ? 'Бастапқы деңгей' : 'Негізгі деңгей',
        topics: dombra
          ? [
              { title: 'Домбыраның құрылысы және отырыс', lessons: 8 },
              { title: 'Қарапайым күйлер', lessons: 40 },
            ]
          : [
              { title: 'Акварель негіздері', lessons: 24 },
              { title: 'Натюрморт және пейзаж', lessons: 24 },
            ],
      },
    ],
    equipment: dombra ? 'Домбыралар (15 дана), пюпитрлер, дыбыс күшейткіш' : 'Мольберттер, бояулар, қағаз',
    schedule: 'Аптасына 2 рет, 15:00–16:30',
    parentEvents: dombra ? 'Тоқсан сайын ашық сабақ, жыл соңында есептік концерт' : 'Жарты жылда бір рет көрме',
    childInventory: dombra ? 'Жеке домбыра қажет емес' : 'Альбом және қылқаламдар жиынтығы',
    attendanceRules: 'Дәлелсіз себеппен айына 3 сабақтан артық босатуға болмайды',
    remoteLessonsAllowed: false,
    remoteLessonRules: '',
    staff: [
      {
        fullName: dombra ? 'Ерлан Сәрсенбаев' : 'Гүлнар Әбдірахманова',
        position: 'Педагог',
        narcologyIssuedOn: applicationDate,
        psychiatryIssuedOn: applicationDate,
        phthisiologyIssuedOn: applicationDate,
      },
    ],
    applicationDate,
    submittedAt: `${applicationDate}T05:00:00.000Z`,
  };
}

/**
 * Runs a service written for a PrismaClient (it opens its own transaction) inside the seed's
 * transaction: `$transaction(fn)` becomes `fn(tx)`, everything else is the transaction itself.
 */
function inSeedTransaction(tx: Tx): PrismaClient {
  return new Proxy(tx, {
    get: (target, property, receiver) =>
      property === '$transaction' ? (fn: (t: Tx) => Promise<unknown>) => fn(target) : Reflect.get(target, property, receiver),
  }) as unknown as PrismaClient;
}

export async function loadCreativeOrder(ctx: SeedContext): Promise<{ planId: string; clubIds: string[]; runId: string | null }> {
  const { tx, clock } = ctx;
  const operator = org(ctx, 'operator');
  const operatorUser = user(ctx, 'operator@demeu.kz');

  const plan = await tx.plan.create({
    data: {
      kind: 'CREATIVE_ORDER',
      year: clock.year,
      titleKk: `${clock.year} жылға арналған мемлекеттік шығармашылық тапсырысты қаржыландыру жоспары`,
      titleRu: `План финансирования государственного творческого заказа на ${clock.year} год`,
      ownerOrganizationId: operator.id,
      budgetKzt: 2_000_000n,
      settings: { priorityCategories: PRIORITY_CATEGORIES },
      status: PLAN_STATUS.published,
      publishedAt: clock.past(clock.at(-40, '10:00')),
      approvedAt: clock.past(clock.at(-40, '10:00')),
      createdById: operatorUser,
      createdAt: clock.past(clock.at(-41, '11:00')),
    },
    select: { id: true },
  });

  const applicationDate = clock.day(-30);
  const clubs = [
    {
      key: 'dombra' as const,
      provider: org(ctx, 'n1'),
      nameKk: '«Күй сарыны» домбыра үйірмесі',
      nameRu: 'Кружок игры на домбре «Күй сарыны»',
      nameEn: '“Kui saryny” dombra club',
      fieldKk: 'Музыка',
      fieldRu: 'Музыка',
      address: 'Алматы қ., Абай даңғылы, 52, 3-қабат',
      ageMin: 7,
      ageMax: 14,
      places: 2,
      price: 240_000n,
    },
    {
      key: 'art' as const,
      provider: org(ctx, 'n2'),
      nameKk: '«Түрлі түс» бейнелеу өнері студиясы',
      nameRu: 'Изостудия «Түрлі түс»',
      nameEn: '“Turli tus” art studio',
      fieldKk: 'Бейнелеу өнері',
      fieldRu: 'Изобразительное искусство',
      address: 'Алматы қ., Төле би көшесі, 101',
      ageMin: 6,
      ageMax: 16,
      places: 3,
      price: 200_000n,
    },
  ];
  const clubIds: string[] = [];
  for (const c of clubs) {
    const club = await tx.creativeClub.create({
      data: {
        providerId: c.provider.id,
        nameKk: c.nameKk,
        nameRu: c.nameRu,
        nameEn: c.nameEn,
        fieldKk: c.fieldKk,
        fieldRu: c.fieldRu,
        regionId: region(ctx, '75'),
        address: c.address,
        ageMin: c.ageMin,
        ageMax: c.ageMax,
        programme: programme(c.key, applicationDate),
        status: CLUB_STATUS.admitted,
        createdAt: clock.at(applicationDate, '10:00'),
      },
      select: { id: true },
    });
    await tx.creativePlaceQuota.create({
      data: { clubId: club.id, planId: plan.id, year: clock.year, places: c.places, pricePerPlaceKzt: c.price, placedAt: clock.past(clock.at(-20, '12:00')) },
    });
    clubIds.push(club.id);
  }
  const [dombraId, artId] = clubIds as [string, string];

  // The parent: the demo staff member of «Жасыл қала», requesting for three children.
  const parentEmail = 'ngo.staff@demeu.kz';
  const parent = { userId: user(ctx, parentEmail), iin: need(ctx.iins, parentEmail, 'IIN'), name: 'Айгерім Нұрланқызы', phone: '+7 701 555 12 34' };
  const child = (birthDate: string, sex: 'M' | 'F', serial: number, name: string) => ({ iin: makeIin(birthDate, sex, serial), name, birthDate });
  const children = {
    arman: child('2015-03-14', 'M', 4101, 'Арман Нұрланұлы'),
    dana: child('2017-09-02', 'F', 4102, 'Дана Нұрланқызы'),
    timur: child('2013-06-21', 'M', 4103, 'Тимур Нұрланұлы'),
    alikhan: child('2016-11-30', 'M', 4104, 'Әлихан Нұрланұлы'),
  };
  const request = (clubId: string, c: { iin: string; name: string; birthDate: string }, at: Date, category: (typeof PRIORITY_CATEGORIES)[number] | null) =>
    tx.creativeRequest.create({
      data: {
        clubId,
        userId: parent.userId,
        representativeIin: parent.iin,
        representativeName: parent.name,
        representativePhone: parent.phone,
        childIin: c.iin,
        childName: c.name,
        childBirthDate: clock.date(c.birthDate),
        priorityCategory: category?.code ?? null,
        priorityRank: category?.rank ?? 100,
        requestedAt: at,
        status: REQUEST_STATUS.pending,
      },
    });

  // Before yesterday's 18:00: the dombra club (2 places) gets three requests — the large-family
  // category goes first, then by time, so the latest one without a category finds no place left.
  await request(dombraId, children.timur, clock.at(-3, '11:20'), null);
  await request(dombraId, children.arman, clock.at(-2, '09:45'), PRIORITY_CATEGORIES[0]!);
  await request(dombraId, children.alikhan, clock.at(-1, '16:05'), null);
  await request(artId, children.dana, clock.at(-1, '12:30'), PRIORITY_CATEGORIES[0]!);

  // Yesterday's daily run (seed 002 L111–112), started a few seconds after 18:00 by the job.
  const run = await runCreativeAllocation(inSeedTransaction(tx), new Date(clock.at(-1, '18:00').getTime() + 5_000));

  // After the run: a request that waits for the next 18:00.
  await request(artId, children.alikhan, clock.past(clock.at(-1, '19:40')), PRIORITY_CATEGORIES[0]!);

  return { planId: plan.id, clubIds, runId: run.runId };
}
