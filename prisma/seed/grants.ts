/**
 * State grants: the 2026 grant directions list, the 2026 grant plan with its topics and NGO
 * proposals, and three competitions — one OPEN for submissions, one in SCORING, one with
 * RESULTS_PUBLISHED and an agreement in progress.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  applicationScore,
  grantCriteria,
  maxScore,
  notHeldReason,
  rankApplications,
  sheetTotal,
  type IsoDate,
} from '../../lib/rules';
import { GRANT_FORM_VERSION, GRANT_SECTION_KEYS, type CompletenessContext } from '../../lib/validation/forms/grant';
import { createApplication, type AttachmentSeed } from './applications';
import { admissionPath, completeGrantSections, createLots, createSelectionCommission, grantApplicant, grantCompetitionData, gradedSections } from './competition-fixtures';
import { HEAD_EMAIL, direction, expert, org, region, user, type SeedContext } from './context';
import {
  GRANT_CRITERION_ORDER,
  GRANT_REQUIRED_DOCUMENTS,
  draftGrantSections,
  type GrantTerms,
  type ProjectText,
} from './forms';
import { sha256 } from './ids';
import type { NgoKey } from './people';
import { DIRECTIONS } from './reference';

// ─── 2026 grant directions list (prisma/data/grant_directions_2026.json) ───────────────

interface GrantDirectionJson {
  no: number;
  committee: string;
  area_kk: string;
  direction_kk: string;
  problem_kk: string;
  problem_en?: string | null;
  amount_thousand_kzt: Record<string, number>;
  grant_type_kk?: string | null;
  grant_type_en?: string | null;
  territory_kk?: string | null;
  indicators_kk?: string | null;
  material_requirements_kk?: string | null;
}

export function readGrantDirections2026(): GrantDirectionJson[] {
  const file = fileURLToPath(new URL('../data/grant_directions_2026.json', import.meta.url));
  const json = JSON.parse(readFileSync(file, 'utf8')) as { directions: GrantDirectionJson[] };
  return json.directions;
}

const COMMITTEE_RU: Record<string, string> = {
  'Азаматтық қоғам істері комитеті': 'Комитет по делам гражданского общества',
  'Этносаралық қатынастарды дамыту комитеті': 'Комитет по развитию межэтнических отношений',
};

/** Russian summaries of the problem statements (the source list is in Kazakh, with English summaries). */
const PROBLEM_RU_2026: Record<number, string> = {
  1: 'В республике работают 264 общественных совета (около 4 000 членов). Им не хватает средств на привлечение экспертов, связи между советами и информирования населения; грант развивает их потенциал через межрегиональные диалоговые площадки, малые гранты на общественный контроль, портал kazkenes.kz и форум общественных советов.',
  2: 'Публикации в социальных сетях могут негативно влиять на межэтнические отношения. Нужно усилить информационно-разъяснительную работу, правовую и медиаграмотность населения и обучение региональных информационно-разъяснительных групп — по регионам в 2026 и 2027 годах.',
};

const TITLE_2026: Record<number, { ru: string; en: string }> = {
  1: { ru: 'Повышение потенциала общественных советов', en: 'Building the capacity of public councils' },
  2: {
    ru: 'Совершенствование работы информационно-разъяснительных групп в сфере межэтнических отношений в целях повышения правовой грамотности населения и укрепления общенационального единства',
    en: 'Improving the work of information-and-explanation groups on interethnic relations to raise legal literacy and strengthen national unity',
  },
};

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

// ─── helpers ────────────────────────────────────────────────────────────────────────

interface TopicSeed {
  number: number;
  directionNumber: number;
  regionCode: string | null;
  titleKk: string;
  titleRu: string;
  titleEn: string;
  goalKk: string;
  goalRu: string;
  targetGroupKk: string;
  targetGroupRu: string;
  expectedResultKk: string;
  expectedResultRu: string;
  budgetKzt: bigint;
  fromList?: GrantDirectionJson;
}

async function signSheet(
  ctx: SeedContext,
  x: { expertEmail: string; applicationId: string; commissionId: string; values: (number | null)[]; createdAt: Date; signedAt?: Date; comment?: string },
): Promise<number | null> {
  const scores: Record<string, number> = {};
  x.values.forEach((v, i) => {
    const id = GRANT_CRITERION_ORDER[i];
    if (v !== null && id) scores[id] = v;
  });
  let total: number | null = null;
  if (x.signedAt) {
    const r = sheetTotal(grantCriteria({ localBudget: false }), scores);
    if (!r.ok) throw new Error(`seed: invalid signed sheet (${r.code} on ${r.criterionId})`);
    total = r.total;
  }
  await ctx.tx.scoreSheet.create({
    data: {
      expertId: expert(ctx, x.expertEmail),
      applicationId: x.applicationId,
      commissionId: x.commissionId,
      status: x.signedAt ? 'SIGNED' : 'DRAFT',
      signedAt: x.signedAt ?? null,
      total,
      comment: x.comment ?? null,
      version: Object.keys(scores).length,
      createdAt: x.createdAt,
      scores: { create: Object.entries(scores).map(([criterionId, value]) => ({ criterionId, value })) },
    },
  });
  return total;
}

function project(titleKk: string, titleRu: string, goalKk: string, goalRu: string, beneficiaries: number): ProjectText {
  return { titleKk, titleRu, goalKk, goalRu, beneficiaries };
}

interface SubmittedSeed {
  ngo: NgoKey;
  lot: { id: string; number: number; titleKk: string; titleRu: string; budgetKzt: bigint; periodStart: IsoDate; periodEnd: IsoDate };
  requested: number;
  own: number;
  project: ProjectText;
}

/** The documents every grant competition of the demo asks for (GRANT_REQUIRED_DOCUMENTS), one PDF each, in Kazakh. */
const GRANT_DOCUMENT_FILES: Record<string, string> = {
  charter: 'жарғы.pdf',
  balance: 'бухгалтерлік-баланс.pdf',
  partner_consents: 'әріптестер-келісімі.pdf',
  own_contribution: 'өз-салымы-растау.pdf',
};
export const GRANT_ATTACHMENTS: AttachmentSeed[] = GRANT_REQUIRED_DOCUMENTS.map((d) => {
  const fileName = GRANT_DOCUMENT_FILES[d.kind];
  if (!fileName) throw new Error(`seed: no demo file for the required document '${d.kind}'`);
  return { kind: d.kind, fileName, language: 'kk' };
});

/** The completeness context of a lot of a demo grant competition (kk and/or ru, the lot amount). */
const lotContext = (lot: { budgetKzt: bigint }): CompletenessContext => ({ languages: ['kk', 'ru'], allLanguagesRequired: false, lotAmountKzt: Number(lot.budgetKzt) });

const termsOf = (s: SubmittedSeed): GrantTerms => ({ requested: s.requested, own: s.own, periodStart: s.lot.periodStart, periodEnd: s.lot.periodEnd });

/** The five complete annexes of a submitted application (the seed refuses to write an incomplete one). */
const sectionsFor = (ctx: SeedContext, s: SubmittedSeed) => completeGrantSections(ctx, s.ngo, s.project, termsOf(s), lotContext(s.lot));

// ─── plan ───────────────────────────────────────────────────────────────────────────

export async function loadGrantPlan(ctx: SeedContext): Promise<void> {
  const { tx, clock } = ctx;
  const list = readGrantDirections2026();
  const ministryUser = user(ctx, 'ministry@demeu.kz');
  const dirByName = new Map(DIRECTIONS.map((d) => [norm(d.nameKk), d.number]));

  const fromList: TopicSeed[] = list.map((row) => {
    const dn = dirByName.get(norm(row.area_kk)) ?? 15;
    const t = TITLE_2026[row.no];
    return {
      number: row.no,
      directionNumber: dn,
      regionCode: null,
      titleKk: norm(row.direction_kk),
      titleRu: t?.ru ?? norm(row.direction_kk),
      titleEn: t?.en ?? norm(row.problem_en ?? row.direction_kk),
      goalKk: norm(row.direction_kk),
      goalRu: t?.ru ?? norm(row.direction_kk),
      targetGroupKk: row.territory_kk ? norm(row.territory_kk) : 'Республика бойынша',
      targetGroupRu: 'Жители 17 областей и 3 городов республиканского значения',
      expectedResultKk: row.indicators_kk ?? '',
      expectedResultRu: 'Целевые индикаторы и ожидаемые результаты — см. текст на казахском языке (приказ о перечне направлений 2026 года)',
      budgetKzt: BigInt(row.amount_thousand_kzt['2026'] ?? 0) * 1000n,
      fromList: row,
    };
  });

  const own: TopicSeed[] = [
    {
      number: 3,
      directionNumber: 3,
      regionCode: '75',
      titleKk: 'Алматы қаласында қалдықтарды бөлек жинау мәдениетін қалыптастыру',
      titleRu: 'Формирование культуры раздельного сбора отходов в городе Алматы',
      titleEn: 'Building a culture of separate waste collection in Almaty',
      goalKk: 'Тұрмыстық қалдықтарды бөлек жинауға қатысатын тұрғындар үлесін арттыру',
      goalRu: 'Увеличить долю жителей, участвующих в раздельном сборе бытовых отходов',
      targetGroupKk: 'Көппәтерлі үйлердің тұрғындары, мектеп оқушылары, ПИК-тер',
      targetGroupRu: 'Жители многоквартирных домов, школьники, объединения собственников',
      expectedResultKk: 'Кемінде 60 аулада бөлек жинау алаңдары; 5 000 тұрғын ақпараттандырылды',
      expectedResultRu: 'Площадки раздельного сбора не менее чем в 60 дворах; проинформировано 5 000 жителей',
      budgetKzt: 15_000_000n,
    },
    {
      number: 4,
      directionNumber: 4,
      regionCode: null,
      titleKk: 'Ауылдық жастардың еріктілік қозғалысын дамыту',
      titleRu: 'Развитие волонтёрского движения сельской молодёжи',
      titleEn: 'Developing rural youth volunteering',
      goalKk: 'Ауылдық елді мекендерде жастардың еріктілік топтарын құру және қолдау',
      goalRu: 'Создание и поддержка молодёжных волонтёрских групп в сёлах',
      targetGroupKk: '14–29 жастағы ауыл жастары',
      targetGroupRu: 'Сельская молодёжь 14–29 лет',
      expectedResultKk: 'Кемінде 30 еріктілер тобы, 600 белсенді ерікті',
      expectedResultRu: 'Не менее 30 волонтёрских групп, 600 активных волонтёров',
      budgetKzt: 12_000_000n,
    },
    {
      number: 5,
      directionNumber: 6,
      regionCode: null,
      titleKk: 'Жалғызбасты қарт адамдардың әлеуметтік оқшаулануының алдын алу',
      titleRu: 'Профилактика социальной изоляции одиноких пожилых людей',
      titleEn: 'Preventing social isolation of older people living alone',
      goalKk: 'Жалғызбасты қарттарды белсенді ұзақ өмір сүру клубтарына тарту',
      goalRu: 'Вовлечение одиноких пожилых людей в клубы активного долголетия',
      targetGroupKk: '65 жастан асқан жалғызбасты азаматтар',
      targetGroupRu: 'Одинокие граждане старше 65 лет',
      expectedResultKk: '12 өңірде белсенді ұзақ өмір сүру клубтары',
      expectedResultRu: 'Клубы активного долголетия в 12 регионах',
      budgetKzt: 18_000_000n,
    },
    {
      number: 6,
      directionNumber: 11,
      regionCode: '63',
      titleKk: 'Шығыс Қазақстанның тарихи-мәдени мұра объектілерін цифрландыру және насихаттау',
      titleRu: 'Оцифровка и популяризация объектов историко-культурного наследия Восточного Казахстана',
      titleEn: 'Digitising and promoting the historical and cultural heritage of East Kazakhstan',
      goalKk: 'Жергілікті маңызы бар мұра объектілерін құжаттау және кең көпшілікке таныстыру',
      goalRu: 'Документирование объектов наследия местного значения и знакомство с ними широкой публики',
      targetGroupKk: 'Жергілікті қауымдастықтар, оқушылар, туристер',
      targetGroupRu: 'Местные сообщества, школьники, туристы',
      expectedResultKk: 'Кемінде 40 объект цифрландырылды, онлайн-карта іске қосылды',
      expectedResultRu: 'Оцифровано не менее 40 объектов, запущена онлайн-карта',
      budgetKzt: 10_000_000n,
    },
    {
      number: 7,
      directionNumber: 2,
      regionCode: null,
      titleKk: 'Ауылдық елді мекендерде салауатты өмір салтын насихаттау',
      titleRu: 'Пропаганда здорового образа жизни в сельских населённых пунктах',
      titleEn: 'Promoting healthy lifestyles in rural settlements',
      goalKk: 'Ауыл тұрғындарының денсаулық мәдениетін арттыру',
      goalRu: 'Повышение культуры здоровья сельских жителей',
      targetGroupKk: 'Ауыл тұрғындары, жасөспірімдер',
      targetGroupRu: 'Сельские жители, подростки',
      expectedResultKk: '3 000 адам профилактикалық іс-шараларға қатысты',
      expectedResultRu: '3 000 человек приняли участие в профилактических мероприятиях',
      budgetKzt: 8_000_000n,
    },
    {
      number: 8,
      directionNumber: 7,
      regionCode: null,
      titleKk: 'Көпбалалы отбасылардың балаларына арналған тегін білім беру үйірмелері',
      titleRu: 'Бесплатные образовательные кружки для детей из многодетных семей',
      titleEn: 'Free learning clubs for children from large families',
      goalKk: 'Көпбалалы отбасылардың балаларын қосымша білім беруге тарту',
      goalRu: 'Вовлечение детей из многодетных семей в дополнительное образование',
      targetGroupKk: '7–16 жастағы көпбалалы отбасылардың балалары',
      targetGroupRu: 'Дети 7–16 лет из многодетных семей',
      expectedResultKk: 'Кемінде 400 бала үйірмелерге тұрақты қатысады',
      expectedResultRu: 'Не менее 400 детей регулярно посещают кружки',
      budgetKzt: 9_000_000n,
    },
  ];

  const topics = [...fromList, ...own].sort((a, b) => a.number - b.number);
  const budget = topics.reduce((s, t) => s + t.budgetKzt, 0n);
  const approvedAt = clock.at(-250, '11:00');
  const plan = await tx.plan.create({
    data: {
      kind: 'GRANT',
      year: 2026,
      titleKk: '2026 жылға арналған мемлекеттік гранттар беру жоспары',
      titleRu: 'План предоставления государственных грантов на 2026 год',
      titleEn: 'State grants plan for 2026',
      ownerOrganizationId: org(ctx, 'ministry').id,
      budgetLevel: 'REPUBLICAN',
      budgetKzt: budget,
      status: 'APPROVED',
      approvedAt,
      publishedAt: clock.minutesLater(approvedAt, 240),
      createdById: ministryUser,
      createdAt: clock.at(-290, '09:30'),
    },
    select: { id: true },
  });
  ctx.grantPlanId = plan.id;

  const statusOf: Record<number, string> = { 1: 'ANNOUNCED', 2: 'ANNOUNCED', 3: 'ANNOUNCED', 4: 'ANNOUNCED', 6: 'ANNOUNCED', 7: 'NOT_HELD', 8: 'ANNOUNCED' };
  for (const t of topics) {
    const row = await tx.planTopic.create({
      data: {
        planId: plan.id,
        number: t.number,
        directionId: direction(ctx, t.directionNumber),
        regionId: t.regionCode ? region(ctx, t.regionCode) : null,
        titleKk: t.titleKk,
        titleRu: t.titleRu,
        titleEn: t.titleEn,
        goalKk: t.goalKk,
        goalRu: t.goalRu,
        descriptionKk: t.fromList ? t.fromList.problem_kk : null,
        descriptionRu: t.fromList ? (PROBLEM_RU_2026[t.fromList.no] ?? null) : null,
        targetGroupKk: t.targetGroupKk,
        targetGroupRu: t.targetGroupRu,
        expectedResultKk: t.expectedResultKk,
        expectedResultRu: t.expectedResultRu,
        budgetKzt: t.budgetKzt,
        status: statusOf[t.number] ?? 'PLANNED',
      },
      select: { id: true },
    });
    ctx.grantTopics.set(t.number, { id: row.id, budgetKzt: t.budgetKzt, directionNumber: t.directionNumber, titleKk: t.titleKk, titleRu: t.titleRu });

    if (t.fromList) {
      const r = t.fromList;
      const d = DIRECTIONS.find((x) => x.number === t.directionNumber);
      await tx.grantDirectionEntry.create({
        data: {
          listYear: 2026,
          rowNo: r.no,
          planId: plan.id,
          planTopicId: row.id,
          directionId: direction(ctx, t.directionNumber),
          committeeKk: r.committee,
          committeeRu: COMMITTEE_RU[r.committee] ?? null,
          areaKk: r.area_kk,
          areaRu: d?.nameRu ?? null,
          directionKk: r.direction_kk,
          directionRu: TITLE_2026[r.no]?.ru ?? null,
          problemKk: r.problem_kk,
          problemEn: r.problem_en ?? null,
          grantTypeKk: r.grant_type_kk ?? null,
          grantTypeEn: r.grant_type_en ?? null,
          territoryKk: r.territory_kk ?? null,
          indicatorsKk: r.indicators_kk ?? null,
          materialRequirementsKk: r.material_requirements_kk ?? null,
          amounts: {
            create: Object.entries(r.amount_thousand_kzt).map(([year, thousands]) => ({ year: Number(year), amountKzt: BigInt(thousands) * 1000n })),
          },
        },
      });
    }
  }

  // NGO topic proposals (§4.4 stage 1): one accepted into the plan (topic 3), one pending review.
  const topic3 = ctx.grantTopics.get(3);
  await tx.topicProposal.create({
    data: {
      organizationId: org(ctx, 'n1').id,
      planId: plan.id,
      directionId: direction(ctx, 3),
      planTopicId: topic3?.id ?? null,
      language: 'kk',
      title: 'Алматы ауласындағы қалдықтарды бөлек жинау',
      rationale: 'Алматыда жиналатын тұрмыстық қалдықтардың 15%-дан азы қайта өңделеді; тұрғындардың көбі бөлек жинау алаңдары туралы білмейді (қалалық сауалнама, 2024).',
      goal: 'Тұрғындардың қалдықтарды бөлек жинауға қатысуын арттыру',
      tasks: '1) Аулаларда ақпараттық кездесулер; 2) мектептерде экосабақтар; 3) ПИК-термен бірге алаңдар картасы',
      description: 'Аула деңгейіндегі тұрғындар бастамаларын қолдау арқылы бөлек жинау мәдениетін қалыптастыру.',
      amountKzt: 15_000_000n,
      geography: 'Алматы қаласы',
      expectedResults: '60 ауланың тұрғындары бөлек жинауға тартылды; 5 000 адам ақпараттандырылды',
      status: 'ACCEPTED',
      submittedAt: clock.at(-320, '14:10'),
      submittedById: user(ctx, 'ngo@demeu.kz'),
      reviewedAt: clock.at(-300, '10:00'),
      reviewedById: user(ctx, 'operator@demeu.kz'),
      reviewComment: 'Жоспардың 3-тақырыбы ретінде енгізілді.',
    },
  });
  await tx.topicProposal.create({
    data: {
      organizationId: org(ctx, 'n8').id,
      planId: null,
      directionId: direction(ctx, 7),
      language: 'ru',
      title: 'Школы цифровой грамотности для детей Приаралья',
      rationale: 'В сёлах Аральского района у 40% детей из многодетных семей нет доступа к компьютеру дома (опрос фонда, 2025).',
      goal: 'Дать детям из многодетных семей Приаралья базовые цифровые навыки',
      tasks: '1) Открыть 6 классов при сельских школах; 2) подготовить 12 наставников; 3) провести летний IT-лагерь',
      description: 'Кружки цифровой грамотности для детей 9–15 лет в сёлах Аральского и Казалинского районов.',
      amountKzt: 11_500_000n,
      geography: 'Кызылординская область, Аральский и Казалинский районы',
      expectedResults: '300 детей освоили базовые цифровые навыки; 12 наставников подготовлены',
      status: 'SUBMITTED',
      submittedAt: clock.at(-12, '17:25'),
      submittedById: user(ctx, 'ngo8@demeu.kz'),
    },
  });
}

// ─── competitions ───────────────────────────────────────────────────────────────────

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`seed: missing ${what}`);
  return v;
}

/** 1. GRANT competition open for submissions, with one draft application of ngo@demeu.kz. */
export async function loadOpenGrantCompetition(
  ctx: SeedContext,
): Promise<{ competitionId: string; draftId: string; deadlineAt: Date; announcedAt: Date; missingSections: string[] }> {
  const { tx, clock } = ctx;
  const announcedOn = clock.workdayOnOrBefore(clock.day(-5));
  const announcedAt = clock.at(announcedOn, '10:00');
  // DL-3: a 24–28 calendar-day window closing on a working day, ~20 days from now.
  const closesOn = clock.workdayOnOrAfter(clock.addDays(announcedOn, 24));
  const year = Number(announcedOn.slice(0, 4));
  const code = `G-${year}-019`;
  const comp = await tx.competition.create({
    data: {
      ...grantCompetitionData(ctx, {
        code,
        year,
        titleKk: 'Үкіметтік емес ұйымдарға арналған мемлекеттік гранттар беру конкурсы (экология, жастар, көпбалалы отбасылар)',
        titleRu: 'Конкурс на предоставление государственных грантов для НПО (экология, молодёжь, многодетные семьи)',
        titleEn: 'State grants competition for NGOs (environment, youth, large families)',
        descriptionKk:
          'Өтінімдер порталда қазақ және (немесе) орыс тілінде қабылданады. Қабылдау мерзімі аяқталғаннан кейін өтінімді түзетуге және құжаттар қосуға болмайды.',
        descriptionRu:
          'Заявки принимаются на портале на казахском и (или) русском языке. После окончания срока приёма исправлять заявку и добавлять документы нельзя.',
      }),
      status: 'OPEN',
      budgetKzt: 0n,
      announcedAt,
      opensAt: announcedAt,
      deadlineAt: clock.at(closesOn, '18:00'),
      coiDueOn: clock.date(clock.addWorkingDays(closesOn, 3)),
      createdAt: clock.at(clock.addDays(announcedOn, -2), '15:00'),
    },
    select: { id: true },
  });
  const periodStart = clock.addDays(closesOn, 60);
  const lots = await createLots(ctx, comp.id, [3, 4, 8], 'OPEN', periodStart, clock.addDays(periodStart, 240));
  await tx.competition.update({ where: { id: comp.id }, data: { budgetKzt: lots.reduce((s, l) => s + l.budgetKzt, 0n) } });

  const lot1 = need(lots[0], 'lot 1');
  const p = project(
    'Бөлек жина — қаланы сақта',
    'Сортируй — сохрани город',
    'Алматының 60 ауласында тұрғындардың қалдықтарды бөлек жинауға қатысуын 35%-ға дейін арттыру',
    'Повысить участие жителей 60 алматинских дворов в раздельном сборе отходов до 35%',
    5000,
  );
  const draftSections = gradedSections(
    draftGrantSections(grantApplicant(ctx, 'n1'), p, { requested: 14_500_000, own: 1_200_000, periodStart: lot1.periodStart, periodEnd: lot1.periodEnd }),
    lotContext(lot1),
  );
  const draftId = await createApplication(ctx, {
    competitionId: comp.id,
    lotId: lot1.id,
    ngo: 'n1',
    formVersion: GRANT_FORM_VERSION,
    languages: ['kk'],
    projectTitleKk: p.titleKk,
    projectTitleRu: p.titleRu,
    requestedKzt: 14_500_000n,
    ownContributionKzt: 1_200_000n,
    createdAt: clock.past(clock.at(-3, '15:10')),
    editorEmail: 'ngo.staff@demeu.kz',
    // Annexes 1–2 done, 3–4 half written, 5 with two budget lines (one without its price yet); no documents.
    sections: draftSections,
    steps: [],
  });
  const missingSections = GRANT_SECTION_KEYS.filter((k) => !draftSections[k]?.complete);
  return { competitionId: comp.id, draftId, deadlineAt: clock.at(closesOn, '18:00'), announcedAt, missingSections };
}

/** Applications of the competition in scoring (A–E admitted, one not admitted). */
const SCORING_APPS: {
  key: string;
  ngo: NgoKey;
  lot: 0 | 1;
  lang: 'kk' | 'ru';
  both?: boolean;
  requested: number;
  own: number;
  day: number;
  time: string;
  project: ProjectText;
  admitted: boolean;
}[] = [
  {
    key: 'A',
    ngo: 'n4',
    lot: 0,
    lang: 'kk',
    both: true,
    requested: 27_900_000,
    own: 2_100_000,
    day: -14,
    time: '11:05',
    admitted: true,
    project: project('Қоғамдық кеңестер: диалогтан әрекетке', 'Общественные советы: от диалога к действию', 'Қоғамдық кеңестер мүшелерінің өңіраралық диалог алаңдарына қатысуын кемінде 50%-ға жеткізу', 'Довести участие членов общественных советов в межрегиональных диалоговых площадках до 50%', 2000),
  },
  {
    key: 'B',
    ngo: 'n1',
    lot: 0,
    lang: 'kk',
    requested: 26_500_000,
    own: 1_500_000,
    day: -11,
    time: '16:40',
    admitted: true,
    project: project('Жасыл бақылау: қоғамдық кеңестердің экологиялық мониторингтегі рөлі', 'Зелёный контроль: общественные советы в экологическом мониторинге', 'Қоғамдық кеңестерге экологиялық қоғамдық бақылау құралдарын беру', 'Дать общественным советам инструменты общественного экологического контроля', 1500),
  },
  {
    key: 'N',
    ngo: 'n7',
    lot: 0,
    lang: 'kk',
    requested: 28_000_000,
    own: 800_000,
    day: -12,
    time: '10:15',
    admitted: false,
    project: project('Денсаулық сақтау саласындағы қоғамдық кеңестер', 'Общественные советы в здравоохранении', 'Денсаулық сақтау басқармалары жанындағы қоғамдық кеңестердің жұмысын жандандыру', 'Активизировать работу общественных советов при управлениях здравоохранения', 800),
  },
  {
    key: 'C',
    ngo: 'n5',
    lot: 1,
    lang: 'ru',
    requested: 29_800_000,
    own: 1_900_000,
    day: -10,
    time: '17:52',
    admitted: true,
    project: project('Медиасауатты өңір — татулық өңірі', 'Медиаграмотный регион — регион согласия', 'Өңірлік ақпараттық-түсіндіру топтарының кемінде 50%-ын оқыту', 'Обучить не менее 50% региональных информационно-разъяснительных групп', 6000),
  },
  {
    key: 'D',
    ngo: 'n2',
    lot: 1,
    lang: 'kk',
    requested: 28_900_000,
    own: 1_000_000,
    day: -13,
    time: '12:30',
    admitted: true,
    project: project('Бірлік елшілері', 'Послы единства', 'Еңбек ұжымдары мен колледждерде 1 000-нан астам адамды ақпараттық-түсіндіру іс-шараларымен қамту', 'Охватить более 1 000 человек в трудовых коллективах и колледжах', 6500),
  },
  {
    key: 'E',
    ngo: 'n6',
    lot: 1,
    lang: 'kk',
    both: true,
    requested: 30_000_000,
    own: 2_400_000,
    day: -16,
    time: '09:45',
    admitted: true,
    project: project('Ортақ тарих — ортақ болашақ', 'Общая история — общее будущее', 'Тарихи жадыны ортақ құндылық ретінде насихаттау арқылы жалпыұлттық бірлікті нығайту', 'Укрепить общенациональное единство через общую историческую память', 5200),
  },
];

/** Score plan of the competition in scoring: values per criterion (null = not yet scored). */
const SCORING_SHEETS: { expert: string; app: string; values: (number | null)[]; signed: boolean }[] = [
  { expert: 'expert@demeu.kz', app: 'A', values: [5, 3, 6, 4, 4], signed: true },
  { expert: 'expert@demeu.kz', app: 'B', values: [4, 2, 5, 4, 3], signed: true },
  { expert: 'expert@demeu.kz', app: 'C', values: [5, 3, 6, 5, 4], signed: true },
  { expert: 'expert@demeu.kz', app: 'D', values: [3, 2, 5, 3, 4], signed: true },
  { expert: 'expert@demeu.kz', app: 'E', values: [4, 3, 5, 4, 4], signed: true },
  { expert: 'expert2@demeu.kz', app: 'A', values: [4, 3, 6, 5, 4], signed: true },
  { expert: 'expert2@demeu.kz', app: 'B', values: [4, 2, 4, null, null], signed: false },
  { expert: 'expert2@demeu.kz', app: 'C', values: [5, 2, 7, 4, 4], signed: true },
  { expert: 'expert2@demeu.kz', app: 'E', values: [4, 2, 5, 4, 3], signed: true },
  { expert: 'expert4@demeu.kz', app: 'A', values: [5, 3, 5, 4, 5], signed: true },
  { expert: 'expert4@demeu.kz', app: 'C', values: [4, 3, 6, 4, 4], signed: true },
  { expert: 'expert6@demeu.kz', app: 'A', values: [4, 3, 6, 4, 4], signed: false },
  { expert: 'expert6@demeu.kz', app: 'C', values: [5, 2, null, null, null], signed: false },
];

/** 2. GRANT competition closed ~10 days ago and in SCORING. */
export async function loadScoringGrantCompetition(
  ctx: SeedContext,
): Promise<{ competitionId: string; applicationIds: Map<string, string>; admissionAt: Date }> {
  const { tx, clock } = ctx;
  const announcedOn = clock.workdayOnOrBefore(clock.day(-35));
  const closesOn = clock.workdayOnOrBefore(clock.day(-10));
  const year = Number(announcedOn.slice(0, 4));
  const code = `G-${year}-011`;
  const deadlineAt = clock.at(closesOn, '18:00');
  const admissionAt = clock.past(clock.at(clock.addWorkingDays(closesOn, 1), '15:00'));
  const coiAt = clock.past(clock.at(clock.addWorkingDays(closesOn, 2), '10:00'));
  const coiDueOn = clock.addWorkingDays(closesOn, 3);
  let approvedOn = clock.addWorkingDays(closesOn, 4);
  if (approvedOn > clock.today) approvedOn = clock.today;
  const approvedAt = clock.past(clock.at(approvedOn, '16:00'));
  const scoringDueOn = clock.addWorkingDays(approvedOn, 15);

  const comp = await tx.competition.create({
    data: {
      ...grantCompetitionData(ctx, {
        code,
        year,
        titleKk: 'Азаматтық қоғамды дамыту және қоғамдық келісімді нығайту бағыттары бойынша мемлекеттік гранттар конкурсы',
        titleRu: 'Конкурс государственных грантов по направлениям развития гражданского общества и укрепления общественного согласия',
        titleEn: 'State grants competition: civil society development and public accord',
        descriptionKk: '2026 жылға арналған мемлекеттік гранттар бағыттарының тізбесіндегі 1 және 2-тармақтар бойынша орта мерзімді гранттар.',
        descriptionRu: 'Среднесрочные гранты по пунктам 1 и 2 перечня направлений государственных грантов на 2026 год.',
      }),
      status: 'SCORING',
      budgetKzt: 0n,
      announcedAt: clock.at(announcedOn, '10:00'),
      opensAt: clock.at(announcedOn, '10:00'),
      deadlineAt,
      coiDueOn: clock.date(coiDueOn),
      scoringDueOn: clock.date(scoringDueOn),
      createdAt: clock.at(clock.addDays(announcedOn, -3), '12:00'),
    },
    select: { id: true },
  });
  const periodStart = clock.addDays(closesOn, 50);
  const lots = await createLots(ctx, comp.id, [1, 2], 'SCORING', periodStart, clock.addDays(periodStart, 365));
  await tx.competition.update({ where: { id: comp.id }, data: { budgetKzt: lots.reduce((s, l) => s + l.budgetKzt, 0n) } });

  const ids = new Map<string, string>();
  for (const a of SCORING_APPS) {
    const lot = need(lots[a.lot], 'lot');
    const submittedAt = clock.at(clock.addDays(closesOn, a.day + 10), a.time);
    if (BigInt(a.requested) > lot.budgetKzt) throw new Error('seed: requested above the lot budget');
    const id = await createApplication(ctx, {
      competitionId: comp.id,
      lotId: lot.id,
      ngo: a.ngo,
      formVersion: GRANT_FORM_VERSION,
      languages: a.both ? ['kk', 'ru'] : [a.lang],
      projectTitleKk: a.project.titleKk,
      projectTitleRu: a.project.titleRu,
      requestedKzt: BigInt(a.requested),
      ownContributionKzt: BigInt(a.own),
      createdAt: clock.at(clock.addDays(closesOn, a.day + 4), '10:00'),
      sections: sectionsFor(ctx, { ngo: a.ngo, lot, requested: a.requested, own: a.own, project: a.project }),
      submittedAt,
      attachments: GRANT_ATTACHMENTS,
      ...admissionPath({
        submittedAt,
        admissionAt,
        admitted: a.admitted,
        scoringOpenedAt: approvedAt,
        refusal:
          'ҮЕҰ дерекқорына өткен жылғы қызметі туралы мәліметтер ұсынылмаған (Заңның 6-1-бабы 3-тармағы). / Сведения о деятельности за прошлый год в базу данных НПО не представлены (п. 3 ст. 6-1 Закона).',
      }),
    });
    ids.set(a.key, id);
  }

  // Partner named in application A (annex "consent of partners").
  await tx.applicationPartner.create({
    data: { applicationId: need(ids.get('A'), 'A'), organizationId: org(ctx, 'n9').id, bin: org(ctx, 'n9').bin, name: org(ctx, 'n9').nameKk, role: 'Өңірлік серіктес / Региональный партнёр' },
  });

  // Final commission (GC-13): 5 experts (4 NGO-nominated, 1 operator-nominated) + secretary.
  const commissionId = await createSelectionCommission(
    ctx,
    {
      competitionId: comp.id,
      status: 'APPROVED',
      orderNumber: `№ ${112 + (year % 10)}-ө`,
      orderDate: clock.date(approvedOn),
      approvedAt,
      approvedById: user(ctx, 'operator@demeu.kz'),
      createdAt: clock.past(clock.at(clock.addWorkingDays(closesOn, 1), '09:30')),
    },
    [
      { email: 'expert@demeu.kz', role: 'CHAIR', side: 'NGO' },
      { email: 'expert2@demeu.kz', role: 'DEPUTY', side: 'NGO' },
      { email: 'expert3@demeu.kz', role: 'MEMBER', side: 'NGO' },
      { email: 'expert4@demeu.kz', role: 'MEMBER', side: 'NGO' },
      { email: 'expert6@demeu.kz', role: 'MEMBER', side: 'OPERATOR' },
    ],
    clock.past(clock.at(clock.addWorkingDays(closesOn, 1), '09:30')),
  );

  // COI declarations (CI-2): every scoring expert covered every admitted application;
  // expert4 declared a conflict on «Мейірім» (D); expert3 declared "no conflict" on three of
  // them — his nominating NGO («Ертіс келісімі», C) applied, which the data reveals (CI-1).
  const admitted = ['A', 'B', 'C', 'D', 'E'];
  const decls: { expertEmail: string; app: string; conflict?: string }[] = [];
  for (const e of ['expert@demeu.kz', 'expert2@demeu.kz', 'expert4@demeu.kz', 'expert6@demeu.kz']) {
    for (const a of admitted) {
      decls.push({
        expertEmail: e,
        app: a,
        ...(e === 'expert4@demeu.kz' && a === 'D'
          ? { conflict: '«Мейірім» қорының қамқоршылық кеңесінің мүшесімін / Являюсь членом попечительского совета фонда «Мейірім»' }
          : {}),
      });
    }
  }
  for (const a of ['A', 'B', 'E']) decls.push({ expertEmail: 'expert3@demeu.kz', app: a });
  let k = 0;
  for (const d of decls) {
    k += 1;
    await tx.conflictDeclaration.create({
      data: {
        expertId: expert(ctx, d.expertEmail),
        applicationId: need(ids.get(d.app), d.app),
        commissionId,
        hasConflict: d.conflict !== undefined,
        reason: d.conflict ?? null,
        declaredAt: clock.past(clock.minutesLater(coiAt, k * 11)),
      },
    });
  }

  k = 0;
  for (const s of SCORING_SHEETS) {
    k += 1;
    const createdAt = clock.past(clock.minutesLater(approvedAt, 60 + k * 97));
    await signSheet(ctx, {
      expertEmail: s.expert,
      applicationId: need(ids.get(s.app), s.app),
      commissionId,
      values: s.values,
      createdAt,
      signedAt: s.signed ? clock.past(clock.minutesLater(createdAt, 180)) : undefined,
      comment: s.signed ? 'Жоба мақсаттары жоспармен сәйкес, бюджет негізделген. / Цели соответствуют плану, бюджет обоснован.' : undefined,
    });
  }
  return { competitionId: comp.id, applicationIds: ids, admissionAt };
}

/** 3. GRANT competition with published results, a winner's agreement, tranches and an interim report due. */
export async function loadPublishedGrantCompetition(ctx: SeedContext): Promise<{ competitionId: string; agreementId: string }> {
  const { tx, clock } = ctx;
  const operatorUser = user(ctx, 'operator@demeu.kz');
  const announcedOn = clock.workdayOnOrBefore(clock.day(-230));
  const closesOn = clock.workdayOnOrBefore(clock.day(-205));
  const year = Number(announcedOn.slice(0, 4));
  const code = `G-${year}-004`;
  const admissionAt = clock.at(clock.addWorkingDays(closesOn, 1), '15:00');
  const coiAt = clock.at(clock.addWorkingDays(closesOn, 2), '10:00');
  const approvedOn = clock.addWorkingDays(closesOn, 4);
  const approvedAt = clock.at(approvedOn, '16:00');
  const scoringDueOn = clock.addWorkingDays(approvedOn, 15);
  const meetingOn = clock.addWorkingDays(scoringDueOn, 2);
  const meetingAt = clock.at(meetingOn, '11:00');
  const resultsOn = clock.addWorkingDays(meetingOn, 1);
  const resultsAt = clock.at(resultsOn, '15:00');

  const comp = await tx.competition.create({
    data: {
      ...grantCompetitionData(ctx, {
        code,
        year,
        titleKk: 'Тарихи-мәдени мұраны қорғау және салауатты өмір салтын насихаттау бағыттары бойынша мемлекеттік гранттар конкурсы',
        titleRu: 'Конкурс государственных грантов по направлениям охраны историко-культурного наследия и пропаганды здорового образа жизни',
        titleEn: 'State grants competition: heritage protection and healthy lifestyles',
        descriptionKk: 'Қысқа мерзімді гранттар, іске асыру мерзімі — 10 айға дейін.',
        descriptionRu: 'Краткосрочные гранты, срок реализации — до 10 месяцев.',
      }),
      status: 'RESULTS_PUBLISHED',
      budgetKzt: 0n,
      announcedAt: clock.at(announcedOn, '10:00'),
      opensAt: clock.at(announcedOn, '10:00'),
      deadlineAt: clock.at(closesOn, '18:00'),
      coiDueOn: clock.date(clock.addWorkingDays(closesOn, 3)),
      scoringDueOn: clock.date(scoringDueOn),
      resultsPublishedAt: resultsAt,
      createdAt: clock.at(clock.addDays(announcedOn, -4), '12:00'),
    },
    select: { id: true },
  });
  const periodStart = clock.addDays(closesOn, 45);
  const lots = await createLots(ctx, comp.id, [6, 7], 'RESULTS_PUBLISHED', periodStart, clock.addDays(periodStart, 300));
  await tx.lot.update({ where: { id: need(lots[1], 'lot 2').id }, data: { status: 'NOT_HELD' } });
  await tx.competition.update({ where: { id: comp.id }, data: { budgetKzt: lots.reduce((s, l) => s + l.budgetKzt, 0n) } });
  const lot1 = need(lots[0], 'lot 1');
  const lot2 = need(lots[1], 'lot 2');

  const commissionId = await createSelectionCommission(
    ctx,
    {
      competitionId: comp.id,
      status: 'APPROVED',
      orderNumber: `№ ${47 + (year % 10)}-ө`,
      orderDate: clock.date(approvedOn),
      approvedAt,
      approvedById: operatorUser,
      scoresOpenedAt: clock.at(scoringDueOn, '18:30'),
      createdAt: clock.at(clock.addWorkingDays(closesOn, 1), '09:30'),
    },
    [
      { email: 'expert@demeu.kz', role: 'CHAIR', side: 'NGO' },
      { email: 'expert2@demeu.kz', role: 'DEPUTY', side: 'NGO' },
      { email: 'expert5@demeu.kz', role: 'MEMBER', side: 'NGO' },
      { email: 'expert6@demeu.kz', role: 'MEMBER', side: 'OPERATOR' },
    ],
    clock.at(clock.addWorkingDays(closesOn, 1), '09:30'),
  );
  const scorers = ['expert@demeu.kz', 'expert2@demeu.kz', 'expert5@demeu.kz', 'expert6@demeu.kz'];

  const lot1Apps: { ngo: NgoKey; requested: number; own: number; day: number; time: string; project: ProjectText; sheets: number[][] }[] = [
    {
      ngo: 'n6',
      requested: 9_800_000,
      own: 900_000,
      day: -208,
      time: '12:15',
      project: project('Алтайдың цифрлық мұрасы', 'Цифровое наследие Алтая', 'Шығыс Қазақстанның 40 мұра объектісін 3D-форматта құжаттау және онлайн-картаға енгізу', 'Задокументировать в 3D 40 объектов наследия Восточного Казахстана и нанести их на онлайн-карту', 1200),
      sheets: [[5, 3, 6, 5, 4], [4, 3, 6, 4, 4], [5, 2, 7, 4, 4], [4, 3, 5, 4, 5]],
    },
    {
      ngo: 'n3',
      requested: 9_950_000,
      own: 500_000,
      day: -206,
      time: '15:40',
      project: project('Жастар — мұра сақшысы', 'Молодёжь — хранители наследия', 'Жастар еріктілерін мұра объектілерін зерттеуге және күтіп-ұстауға тарту', 'Вовлечь молодых волонтёров в изучение и уход за объектами наследия', 800),
      sheets: [[4, 2, 5, 3, 3], [3, 2, 5, 4, 3], [4, 2, 4, 3, 4], [4, 3, 5, 3, 3]],
    },
    {
      ngo: 'n5',
      requested: 9_500_000,
      own: 700_000,
      day: -209,
      time: '10:20',
      project: project('Ертіс бойының этномәдени мұрасы', 'Этнокультурное наследие Прииртышья', 'Ертіс бойы халықтарының ауызша тарихын жинау және жариялау', 'Собрать и опубликовать устную историю народов Прииртышья', 900),
      sheets: [[3, 2, 4, 3, 3], [3, 2, 5, 3, 2], [3, 1, 4, 3, 3], [3, 2, 4, 3, 3]],
    },
  ];

  let seq = 0;
  const scored: { id: string; score: number; pointsSum: number; experts: number; submittedAt: Date; requested: number }[] = [];
  for (const a of lot1Apps) {
    seq += 1;
    const submittedAt = clock.at(clock.addDays(closesOn, a.day + 205), a.time);
    const id = await createApplication(ctx, {
      competitionId: comp.id,
      lotId: lot1.id,
      ngo: a.ngo,
      formVersion: GRANT_FORM_VERSION,
      languages: ['kk'],
      projectTitleKk: a.project.titleKk,
      projectTitleRu: a.project.titleRu,
      requestedKzt: BigInt(a.requested),
      ownContributionKzt: BigInt(a.own),
      createdAt: clock.at(clock.addDays(closesOn, a.day + 200), '10:00'),
      sections: sectionsFor(ctx, { ngo: a.ngo, lot: lot1, requested: a.requested, own: a.own, project: a.project }),
      submittedAt,
      attachments: GRANT_ATTACHMENTS,
      steps: [
        { to: 'SUBMITTED', at: submittedAt },
        { to: 'ADMITTED', at: admissionAt },
        { to: 'UNDER_REVIEW', at: approvedAt, actor: null },
        { to: 'SCORED', at: clock.at(scoringDueOn, '18:00'), actor: null },
      ],
      admission: { admitted: true, reasons: [], at: admissionAt },
    });
    let k = 0;
    const totals: number[] = [];
    for (const [i, e] of scorers.entries()) {
      k += 1;
      await tx.conflictDeclaration.create({
        data: { expertId: expert(ctx, e), applicationId: id, commissionId, hasConflict: false, declaredAt: clock.minutesLater(coiAt, seq * 30 + k * 7) },
      });
      const createdAt = clock.at(clock.addWorkingDays(approvedOn, 2 + i), '10:00');
      const total = await signSheet(ctx, {
        expertEmail: e,
        applicationId: id,
        commissionId,
        values: need(a.sheets[i], 'sheet'),
        createdAt,
        signedAt: clock.minutesLater(createdAt, 150 + seq * 20),
        comment: 'Бағалау парағы қол қойылды. / Оценочный лист подписан.',
      });
      if (total !== null) totals.push(total);
    }
    scored.push({
      id,
      score: applicationScore(totals, 'mean'),
      pointsSum: totals.reduce((s, t) => s + t, 0),
      experts: totals.length,
      submittedAt,
      requested: a.requested,
    });
  }

  // Lot 2: «Мейірім» admitted, «Арал балалары» not admitted (late NGO database report, R3) → SC-4 SINGLE_ADMITTED.
  const n2Submitted = clock.at(clock.addDays(closesOn, -2), '11:30');
  const p2 = project('Салауатты ауыл', 'Здоровое село', 'Түркістан облысының 12 ауылында салауатты өмір салтын насихаттау', 'Пропаганда здорового образа жизни в 12 сёлах Туркестанской области', 3000);
  await createApplication(ctx, {
    competitionId: comp.id,
    lotId: lot2.id,
    ngo: 'n2',
    formVersion: GRANT_FORM_VERSION,
    languages: ['kk'],
    projectTitleKk: p2.titleKk,
    projectTitleRu: p2.titleRu,
    requestedKzt: 7_900_000n,
    ownContributionKzt: 400_000n,
    createdAt: clock.at(clock.addDays(closesOn, -7), '10:00'),
    sections: sectionsFor(ctx, { ngo: 'n2', lot: lot2, requested: 7_900_000, own: 400_000, project: p2 }),
    submittedAt: n2Submitted,
    attachments: GRANT_ATTACHMENTS,
    steps: [
      { to: 'SUBMITTED', at: n2Submitted },
      { to: 'ADMITTED', at: admissionAt },
      { to: 'NOT_HELD', at: clock.minutesLater(admissionAt, 120), actor: null, reason: 'SC-4 SINGLE_ADMITTED' },
    ],
    admission: { admitted: true, reasons: [], at: admissionAt },
    statusReason: 'SINGLE_ADMITTED',
  });
  const n8Submitted = clock.at(closesOn, '17:10');
  const p8 = project('Аралдың сау балалары', 'Здоровые дети Арала', 'Арал ауданының мектеп оқушылары арасында аурулардың алдын алу', 'Профилактика заболеваний среди школьников Аральского района', 1500);
  await createApplication(ctx, {
    competitionId: comp.id,
    lotId: lot2.id,
    ngo: 'n8',
    formVersion: GRANT_FORM_VERSION,
    languages: ['ru'],
    projectTitleKk: p8.titleKk,
    projectTitleRu: p8.titleRu,
    requestedKzt: 8_000_000n,
    ownContributionKzt: 300_000n,
    createdAt: clock.at(clock.addDays(closesOn, -5), '10:00'),
    sections: sectionsFor(ctx, { ngo: 'n8', lot: lot2, requested: 8_000_000, own: 300_000, project: p8 }),
    submittedAt: n8Submitted,
    attachments: GRANT_ATTACHMENTS,
    steps: [
      { to: 'SUBMITTED', at: n8Submitted },
      { to: 'NOT_ADMITTED', at: admissionAt, reason: 'R3' },
    ],
    admission: {
      admitted: false,
      reasons: ['R3'],
      comment: 'ҮЕҰ дерекқорына есеп 31 наурыздан кейін ұсынылған. / Отчёт в базу данных НПО представлен после 31 марта.',
      at: admissionAt,
    },
    statusReason: 'R3',
  });

  // Decisions: lot 1 held with a ranking (SC-2, SC-3, SC-5); lot 2 not held (SC-4).
  const max = maxScore(grantCriteria({ localBudget: false }));
  const best = Math.max(...scored.map((s) => s.score));
  if (notHeldReason({ submitted: 3, admitted: 3, bestScore: best, maxScore: max, thresholdShare: 0.5 }) !== null) throw new Error('seed: lot 1 must be held');
  const ranking = rankApplications(
    scored.map((s) => ({ id: s.id, score: s.score, submittedAt: s.submittedAt, requested: s.requested })),
    Number(lot1.budgetKzt),
  );
  const decision1 = await tx.decision.create({
    data: {
      competitionId: comp.id,
      lotId: lot1.id,
      commissionId,
      outcome: 'HELD',
      protocolNumber: `${code}/1`,
      protocolDate: clock.date(meetingOn),
      meetingAt,
      status: 'PUBLISHED',
      comment: 'Жеңімпаз бағалау парақтарының орташа балы бойынша анықталды. / Победитель определён по среднему баллу оценочных листов.',
      publishedAt: resultsAt,
      recordedById: operatorUser,
    },
    select: { id: true },
  });
  for (const [i, id] of ranking.order.entries()) {
    const s = scored.find((x) => x.id === id);
    if (!s) continue;
    const winner = ranking.winners.includes(id);
    await tx.rankingRow.create({
      data: {
        decisionId: decision1.id,
        applicationId: id,
        rank: i + 1,
        score: s.score.toFixed(3),
        pointsSum: s.pointsSum,
        expertsCount: s.experts,
        winner,
        awardedKzt: winner ? BigInt(s.requested) : null,
      },
    });
    await tx.application.update({ where: { id }, data: { status: winner ? 'WINNER' : 'NOT_WINNER' } });
    await tx.applicationStatusChange.create({
      data: { applicationId: id, fromStatus: 'SCORED', toStatus: winner ? 'WINNER' : 'NOT_WINNER', at: meetingAt, actorId: operatorUser, reason: `SC-3 rank ${i + 1}` },
    });
  }
  const reason2 = notHeldReason({ submitted: 2, admitted: 1, bestScore: null, maxScore: max });
  await tx.decision.create({
    data: {
      competitionId: comp.id,
      lotId: lot2.id,
      commissionId,
      outcome: 'NOT_HELD',
      notHeldReason: reason2,
      protocolNumber: `${code}/2`,
      protocolDate: clock.date(meetingOn),
      meetingAt,
      status: 'PUBLISHED',
      comment: 'Конкурсқа тек бір өтінім жіберілді; тақырып қосымша конкурсқа шығарылады. / Допущена только одна заявка; тема выносится на дополнительный конкурс.',
      publishedAt: resultsAt,
      recordedById: operatorUser,
    },
  });

  // Agreement with the winner: prepayment ≤ 40% (MO-1), three tranches, interim reports due.
  const winnerId = need(ranking.winners[0], 'winner');
  const winner = need(scored.find((s) => s.id === winnerId), 'winner row');
  const winnerNgo = need(lot1Apps[scored.indexOf(winner)], 'winner ngo').ngo;
  const amount = BigInt(winner.requested);
  const prepayment = (amount * 40n) / 100n;
  const second = (amount * 40n) / 100n;
  const last = amount - prepayment - second;
  const signedOn = clock.addWorkingDays(resultsOn, 10);
  const signedAt = clock.at(signedOn, '16:30');
  const aStart = clock.addDays(signedOn, 1);
  const aEnd = clock.addDays(aStart, 300);
  const interimDue = clock.day(10);
  const terms = {
    tranches: [
      { seq: 1, share: 40, condition: 'Шартқа қол қойылғаннан кейін алдын ала төлем / Предоплата после подписания' },
      { seq: 2, share: 40, condition: 'Аралық есеп қабылданғаннан кейін / После принятия промежуточного отчёта' },
      { seq: 3, share: 20, condition: 'Қорытынды есеп қабылданғаннан кейін / После принятия итогового отчёта' },
    ],
    reporting: [{ kind: 'INTERIM', dueOn: interimDue }, { kind: 'FINAL', dueOn: clock.addDays(aEnd, 15) }],
  };
  const agreement = await tx.agreement.create({
    data: {
      applicationId: winnerId,
      competitionId: comp.id,
      organizationId: org(ctx, winnerNgo).id,
      number: `ГК-${year}-047`,
      currentRevision: 1,
      status: 'IN_PROGRESS',
      amountKzt: amount,
      prepaymentKzt: prepayment,
      institutionalSupportKzt: (amount * 6n) / 100n,
      periodStart: clock.date(aStart),
      periodEnd: clock.date(aEnd),
      signedAt,
      version: 3,
      createdAt: clock.at(clock.addWorkingDays(resultsOn, 2), '10:00'),
    },
    select: { id: true },
  });
  await tx.agreementRevision.create({
    data: {
      agreementId: agreement.id,
      revision: 1,
      amountKzt: amount,
      periodStart: clock.date(aStart),
      periodEnd: clock.date(aEnd),
      terms,
      status: 'SIGNED',
      documentSha256: sha256(terms),
      ngoAcceptedAt: clock.minutesLater(signedAt, -26 * 60),
      ngoAcceptedById: user(ctx, HEAD_EMAIL[winnerNgo]),
      operatorAcceptedAt: signedAt,
      operatorAcceptedById: operatorUser,
      createdById: operatorUser,
      createdAt: clock.at(clock.addWorkingDays(resultsOn, 2), '10:00'),
    },
  });
  const releasedOn = clock.addWorkingDays(signedOn, 5);
  await tx.tranche.createMany({
    data: [
      {
        agreementId: agreement.id,
        seq: 1,
        isPrepayment: true,
        plannedOn: clock.date(releasedOn),
        amountKzt: prepayment,
        status: 'RELEASED',
        releasedAt: clock.at(releasedOn, '11:00'),
        releasedById: operatorUser,
        comment: 'Алдын ала төлем (40%) / Предоплата (40%)',
      },
      { agreementId: agreement.id, seq: 2, plannedOn: clock.date(clock.addDays(interimDue, 15)), amountKzt: second, status: 'PLANNED', comment: 'Аралық есептен кейін / После промежуточного отчёта' },
      { agreementId: agreement.id, seq: 3, plannedOn: clock.date(clock.addDays(aEnd, 25)), amountKzt: last, status: 'PLANNED', comment: 'Қорытынды есептен кейін / После итогового отчёта' },
    ],
  });
  const indicatorRows = [
    { level: 'OUTPUT' as const, kind: 'QUANTITATIVE' as const, nameKk: 'Цифрландырылған мұра объектілері', nameRu: 'Оцифрованные объекты наследия', unit: 'объект', baseline: '0', target: '40' },
    { level: 'OUTCOME' as const, kind: 'QUANTITATIVE' as const, nameKk: 'Онлайн-картаның бірегей келушілері', nameRu: 'Уникальные посетители онлайн-карты', unit: 'адам', baseline: '0', target: '15000' },
    { level: 'OUTCOME' as const, kind: 'QUALITATIVE' as const, nameKk: 'Жергілікті қауымдастықтардың қанағаттануы', nameRu: 'Удовлетворённость местных сообществ', unit: 'балл (1–5)', baseline: null, target: '4' },
  ];
  for (const [i, ind] of indicatorRows.entries()) {
    await tx.indicator.create({
      data: {
        agreementId: agreement.id,
        applicationId: winnerId,
        level: ind.level,
        kind: ind.kind,
        nameKk: ind.nameKk,
        nameRu: ind.nameRu,
        unit: ind.unit,
        baseline: ind.baseline,
        target: ind.target,
        dataSource: 'Жоба есептері / Отчёты проекта',
        scale:
          ind.kind === 'QUALITATIVE'
            ? [1, 2, 3, 4, 5].map((points) => ({ points, descriptionKk: `${points} балл`, descriptionRu: `${points} балл(ов)` }))
            : undefined,
        sortOrder: i + 1,
      },
    });
  }
  for (const type of ['CREATIVE', 'FINANCIAL'] as const) {
    await tx.report.create({
      data: {
        agreementId: agreement.id,
        kind: 'INTERIM',
        type,
        seq: 1,
        periodStart: clock.date(aStart),
        periodEnd: clock.date(clock.day(3)),
        dueOn: clock.date(interimDue),
        status: 'DRAFT',
        formVersion: 'grant-report-2026.1',
        sections:
          type === 'CREATIVE'
            ? {
                summary: {
                  text: 'Есепті кезеңде 27 мұра объектісі 3D-форматта құжатталды, онлайн-картаның бета-нұсқасы іске қосылды.',
                },
              }
            : {},
        createdAt: clock.past(clock.at(-6, '10:00')),
      },
    });
  }
  return { competitionId: comp.id, agreementId: agreement.id };
}
