/**
 * A GRANT competition at its commission meeting (issue 5, item 5): scoring closed by the
 * server clock after the DL-5 due day, every sheet signed, the engine's DRAFT decisions and
 * ranking written by the same code as `closeScoring` (SC-2/3/4/5); the meeting itself is not
 * recorded yet — the secretary records it, downloads the protocol and publishes.
 *  - Lot 1 (topic 5, 18 000 000 ₸): «Мейірім» and «Ертіс келісімі» win; «Алтай мұрасы»
 *    scores above the threshold but its request no longer fits the lot budget (SC-5).
 *  - Lot 2 (topic 7, 8 000 000 ₸): «Арал балалары» not admitted (R3, late NGO database
 *    report), so only «Мейірім» was admitted → not held, SINGLE_ADMITTED (SC-4).
 * Applications reuse the annexes of the same NGOs' projects in the finished competition
 * (same amounts), each with its own title and problem statement.
 */
import type { Prisma } from '../../lib/generated/prisma/client';
import { grantCriteria, sheetTotal } from '../../lib/rules';
import { loadScoringData, writeScoringResults } from '../../lib/services/results/scoring-results';
import { createApplication } from './applications';
import { admissionPath, createLots, createSelectionCommission } from './competition-fixtures';
import { expert, org, user, type SeedContext } from './context';
import { GRANT_CRITERION_ORDER } from './forms';
import { GRANT_ATTACHMENTS } from './grants';
import type { NgoKey } from './people';

interface MeetingApp {
  key: string;
  ngo: NgoKey;
  lot: 0 | 1;
  /** The project of the same NGO in the finished competition whose annexes are reused. */
  sourceTitleKk: string;
  titleKk: string;
  titleRu: string;
  problemKk: string;
  problemRu: string;
  day: number;
  time: string;
  admitted: boolean;
  /** Per expert (in COMMISSION order), the five criterion values (SC-1 ranges). */
  sheets: number[][];
}

const COMMISSION = ['expert@demeu.kz', 'expert2@demeu.kz', 'expert5@demeu.kz', 'expert6@demeu.kz'] as const;

const APPS: MeetingApp[] = [
  {
    key: 'M1',
    ngo: 'n2',
    lot: 0,
    sourceTitleKk: 'Салауатты ауыл',
    titleKk: 'Қарттар үйі — жылы үй',
    titleRu: 'Дом пожилых — тёплый дом',
    problemKk: 'Шымкент пен Түркістан облысының ауылдарында жалғызбасты қарт адамдардың үштен бірі аптасына бір реттен сирек адаммен сөйлеседі; белсенді ұзақ өмір сүру клубтары жоқ.',
    problemRu: 'В сёлах Шымкента и Туркестанской области треть одиноких пожилых людей общается с кем-либо реже раза в неделю; клубов активного долголетия нет.',
    day: -3,
    time: '11:20',
    admitted: true,
    sheets: [
      [5, 3, 6, 4, 4],
      [4, 3, 6, 4, 4],
      [5, 2, 6, 5, 4],
      [4, 3, 5, 4, 4],
    ],
  },
  {
    key: 'M2',
    ngo: 'n5',
    lot: 0,
    sourceTitleKk: 'Ертіс бойының этномәдени мұрасы',
    titleKk: 'Ертіс бойының ақсақалдары: ұрпақтар диалогы',
    titleRu: 'Аксакалы Прииртышья: диалог поколений',
    problemKk: 'Павлодар облысында жалғыз тұратын 65 жастан асқан азаматтардың саны бес жылда 18%-ға өсті, ал олардың көпшілігі мәдени және қоғамдық өмірге қатыспайды.',
    problemRu: 'В Павлодарской области число одиноко проживающих граждан старше 65 лет за пять лет выросло на 18%, и большинство из них не участвует в культурной и общественной жизни.',
    day: -6,
    time: '15:05',
    admitted: true,
    sheets: [
      [4, 3, 6, 4, 4],
      [4, 2, 6, 4, 4],
      [5, 3, 5, 4, 4],
      [4, 3, 6, 4, 3],
    ],
  },
  {
    key: 'M3',
    ngo: 'n6',
    lot: 0,
    sourceTitleKk: 'Алтайдың цифрлық мұрасы',
    titleKk: 'Алтай қарттарының цифрлық сауаттылығы',
    titleRu: 'Цифровая грамотность пожилых жителей Алтая',
    problemKk: 'Шығыс Қазақстанның шалғай аудандарындағы қарт адамдар мемлекеттік онлайн-қызметтерді пайдалана алмайды және туыстарымен бейнебайланысқа шыға алмайды, бұл оқшаулануды күшейтеді.',
    problemRu: 'Пожилые жители отдалённых районов Восточного Казахстана не умеют пользоваться государственными онлайн-услугами и видеосвязью с родными, что усиливает их изоляцию.',
    day: -8,
    time: '10:40',
    admitted: true,
    sheets: [
      [4, 2, 5, 4, 3],
      [4, 2, 5, 3, 4],
      [3, 2, 5, 4, 3],
      [4, 2, 4, 4, 3],
    ],
  },
  {
    key: 'M4',
    ngo: 'n2',
    lot: 1,
    sourceTitleKk: 'Салауатты ауыл',
    titleKk: 'Белсенді ауыл — сау ауыл',
    titleRu: 'Активное село — здоровое село',
    problemKk: 'Түркістан облысының ауылдық елді мекендерінде жасөспірімдердің тек 20%-ы тұрақты спортпен айналысады; профилактикалық іс-шаралар жылына бір рет қана өтеді.',
    problemRu: 'В сельских населённых пунктах Туркестанской области регулярно занимаются спортом лишь 20% подростков; профилактические мероприятия проводятся раз в год.',
    day: -3,
    time: '11:45',
    admitted: true,
    sheets: [
      [4, 2, 5, 4, 3],
      [4, 2, 4, 3, 3],
      [4, 2, 5, 3, 3],
      [3, 2, 4, 3, 3],
    ],
  },
  {
    key: 'M5',
    ngo: 'n8',
    lot: 1,
    sourceTitleKk: 'Аралдың сау балалары',
    titleKk: 'Арал өңірінің сау жастары',
    titleRu: 'Здоровая молодёжь Приаралья',
    problemKk: 'Арал ауданының ауылдарында жастар арасында темекі мен энергетикалық сусындарды тұтыну республикалық орташа деңгейден бір жарым есе жоғары.',
    problemRu: 'В сёлах Аральского района потребление табака и энергетических напитков среди молодёжи в полтора раза выше среднереспубликанского уровня.',
    day: -1,
    time: '16:30',
    admitted: false,
    sheets: [],
  },
];

const COMMENTS: Record<string, { kk: string; ru: string }[]> = {
  capacity: [
    { kk: 'Ұйымның осындай жобаларды іске асыру тәжірибесі бар.', ru: 'У организации есть опыт реализации подобных проектов.' },
    { kk: 'Жарғылық мақсаттар жобаға сәйкес, бірақ өңірлік серіктестер аз.', ru: 'Уставные цели соответствуют проекту, но региональных партнёров мало.' },
  ],
  specialists: [
    { kk: 'Мамандардың біліктілігі расталған.', ru: 'Квалификация специалистов подтверждена.' },
    { kk: 'Психолог пен әлеуметтік қызметкердің рөлдері нақтылауды қажет етеді.', ru: 'Роли психолога и социального работника требуют уточнения.' },
  ],
  content: [
    { kk: 'Мәселе статистикамен негізделген, мониторинг жоспары бар.', ru: 'Проблема обоснована статистикой, есть план мониторинга.' },
    { kk: 'Іс-шаралар мақсатқа жетуге бағытталған, инновациялық тәсілдер аз.', ru: 'Мероприятия направлены на достижение цели, инновационных подходов мало.' },
  ],
  results: [
    { kk: 'Нәтижелер өлшенетін және қол жеткізуге болатын.', ru: 'Результаты измеримы и достижимы.' },
    { kk: 'Жоба аяқталғаннан кейінгі тұрақтылық әлсіз сипатталған.', ru: 'Устойчивость после окончания проекта описана слабо.' },
  ],
  budget_and_timeline: [
    { kk: 'Смета негізделген, шығыстар іс-шараларға сәйкес.', ru: 'Смета обоснована, расходы соответствуют мероприятиям.' },
    { kk: 'Көлік шығыстары жоғары бағаланған.', ru: 'Транспортные расходы завышены.' },
  ],
};

function need<T>(v: T | undefined | null, what: string): T {
  if (v === undefined || v === null) throw new Error(`seed: missing ${what}`);
  return v;
}

/** Demo competition G-<year>-015 at its commission meeting. Returns its id. */
export async function loadMeetingGrantCompetition(ctx: SeedContext): Promise<{ competitionId: string }> {
  const { tx, clock } = ctx;
  const operatorUser = user(ctx, 'operator@demeu.kz');
  // The settings of the demo's grant competitions (SC-1 criteria, documents, CM-1…), copied.
  const template = await tx.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING' } });
  const announcedOn = clock.workdayOnOrBefore(clock.day(-70));
  const closesOn = clock.workdayOnOrBefore(clock.day(-45));
  const year = Number(announcedOn.slice(0, 4));
  const admissionAt = clock.at(clock.addWorkingDays(closesOn, 1), '15:30');
  const coiAt = clock.at(clock.addWorkingDays(closesOn, 2), '11:00');
  const approvedOn = clock.addWorkingDays(closesOn, 4);
  const approvedAt = clock.at(approvedOn, '16:30');
  const scoringDueOn = clock.addWorkingDays(approvedOn, 15);
  if (clock.endOf(scoringDueOn).getTime() >= clock.now.getTime() - 86_400_000) throw new Error('seed: the meeting competition must be past its scoring due day');

  const comp = await tx.competition.create({
    data: {
      kind: 'GRANT',
      code: `G-${year}-015`,
      planId: template.planId,
      organizerId: template.organizerId,
      titleKk: 'Әлеуметтік осал топтарды қолдау және салауатты өмір салтын насихаттау бағыттары бойынша мемлекеттік гранттар конкурсы',
      titleRu: 'Конкурс государственных грантов по поддержке социально уязвимых групп и пропаганде здорового образа жизни',
      titleEn: 'State grants competition: support for vulnerable groups and healthy lifestyles',
      descriptionKk: '2026 жылға арналған гранттар жоспарының 5 және 7-тақырыптары бойынша қысқа мерзімді гранттар.',
      descriptionRu: 'Краткосрочные гранты по темам 5 и 7 плана грантов на 2026 год.',
      year,
      status: 'SCORING',
      windowMinDays: template.windowMinDays,
      windowMaxDays: template.windowMaxDays,
      coiWorkingDays: template.coiWorkingDays,
      scoringWorkingDays: template.scoringWorkingDays,
      thresholdPercent: template.thresholdPercent,
      aggregation: template.aggregation,
      tieBreak: template.tieBreak,
      localBudget: false,
      criteria: template.criteria as Prisma.InputJsonValue,
      requiredDocuments: template.requiredDocuments as Prisma.InputJsonValue,
      languages: template.languages,
      allLanguagesRequired: template.allLanguagesRequired,
      prepaymentMaxPercent: template.prepaymentMaxPercent,
      settings: template.settings as Prisma.InputJsonValue,
      budgetKzt: 0n,
      announcedAt: clock.at(announcedOn, '10:00'),
      opensAt: clock.at(announcedOn, '10:00'),
      deadlineAt: clock.at(closesOn, '18:00'),
      coiDueOn: clock.date(clock.addWorkingDays(closesOn, 3)),
      scoringDueOn: clock.date(scoringDueOn),
      createdById: operatorUser,
      createdAt: clock.at(clock.addDays(announcedOn, -2), '12:00'),
    },
    select: { id: true },
  });
  const periodStart = clock.addDays(closesOn, 60);
  const lots = await createLots(ctx, comp.id, [5, 7], 'SCORING', periodStart, clock.addDays(periodStart, 240));
  await tx.competition.update({ where: { id: comp.id }, data: { budgetKzt: lots.reduce((s, l) => s + l.budgetKzt, 0n) } });

  const ids = new Map<string, string>();
  for (const a of APPS) {
    const lot = need(lots[a.lot], 'lot');
    const source = await tx.application.findFirstOrThrow({
      where: { organizationId: org(ctx, a.ngo).id, projectTitleKk: a.sourceTitleKk },
      select: { requestedKzt: true, ownContributionKzt: true, languages: true, sections: { select: { key: true, data: true, complete: true } } },
    });
    if (need(source.requestedKzt, 'requested') > lot.budgetKzt) throw new Error('seed: requested above the lot budget');
    const sections = Object.fromEntries(
      source.sections.map((s) => {
        const data = { ...(s.data as Record<string, unknown>) };
        if (s.key === 'annex1') data.projectTitle = { kk: a.titleKk, ru: a.titleRu };
        if (s.key === 'annex4') data.problem = { kk: a.problemKk, ru: a.problemRu };
        return [s.key, { data: data as Prisma.InputJsonValue, complete: s.complete }];
      }),
    );
    const submittedAt = clock.at(clock.addDays(closesOn, a.day), a.time);
    const id = await createApplication(ctx, {
      competitionId: comp.id,
      lotId: lot.id,
      ngo: a.ngo,
      languages: source.languages,
      projectTitleKk: a.titleKk,
      projectTitleRu: a.titleRu,
      requestedKzt: source.requestedKzt,
      ownContributionKzt: source.ownContributionKzt,
      createdAt: clock.at(clock.addDays(closesOn, a.day - 6), '10:00'),
      sections,
      submittedAt,
      attachments: GRANT_ATTACHMENTS,
      ...admissionPath({
        submittedAt,
        admissionAt,
        admitted: a.admitted,
        scoringOpenedAt: approvedAt,
        refusal: 'ҮЕҰ дерекқорына есеп 31 наурыздан кейін ұсынылған. / Отчёт в базу данных НПО представлен после 31 марта.',
      }),
    });
    ids.set(a.key, id);
  }

  // The final commission (GC-13): 3 NGO-nominated experts + 1 operator-nominated (CM-1), the secretary.
  const commissionId = await createSelectionCommission(
    ctx,
    {
      competitionId: comp.id,
      status: 'APPROVED',
      orderNumber: `№ ${140 + (year % 10)}-ө`,
      orderDate: clock.date(approvedOn),
      approvedAt,
      approvedById: operatorUser,
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

  // CI-2 declarations (no conflict), then every sheet signed within the window (SC-2).
  const criteria = grantCriteria({ localBudget: false });
  let k = 0;
  for (const a of APPS.filter((x) => x.admitted)) {
    const applicationId = need(ids.get(a.key), a.key);
    for (const [i, email] of COMMISSION.entries()) {
      k += 1;
      await tx.conflictDeclaration.create({
        data: { expertId: expert(ctx, email), applicationId, commissionId, hasConflict: false, declaredAt: clock.minutesLater(coiAt, k * 9) },
      });
      const values = need(a.sheets[i], 'sheet');
      const scores = Object.fromEntries(values.map((v, j) => [need(GRANT_CRITERION_ORDER[j], 'criterion'), v]));
      const total = sheetTotal(criteria, scores);
      if (!total.ok) throw new Error(`seed: invalid sheet (${total.code} on ${total.criterionId})`);
      const createdAt = clock.at(clock.addWorkingDays(approvedOn, 2 + i), '10:00');
      await tx.scoreSheet.create({
        data: {
          expertId: expert(ctx, email),
          applicationId,
          commissionId,
          status: 'SIGNED',
          signedAt: clock.minutesLater(createdAt, 120 + k * 3),
          total: total.total,
          comment: (k + i) % 2 === 0 ? 'Жоба тақырыптың мақсаттарына сәйкес. / Проект соответствует целям темы.' : null,
          version: values.length + 1,
          createdAt,
          scores: {
            create: values.map((value, j) => {
              const criterionId = need(GRANT_CRITERION_ORDER[j], 'criterion');
              const c = need(COMMENTS[criterionId]?.[(i + j) % 2], 'comment');
              return { criterionId, value, comment: `${c.kk} / ${c.ru}` };
            }),
          },
        },
      });
    }
  }

  // Scoring closed by the server clock after the due day (DL-5): the engine's results.
  const closedAt = clock.minutesLater(clock.endOf(scoringDueOn), 1);
  const data = need(await loadScoringData(tx, comp.id), 'scoring data');
  const { closed } = await writeScoringResults(tx, data, { now: closedAt, actorId: null, recordedById: operatorUser, role: 'SYSTEM' });
  if (!closed) throw new Error('seed: the meeting competition did not close');
  await tx.lot.updateMany({ where: { competitionId: comp.id }, data: { status: 'COMMISSION_MEETING' } });
  return { competitionId: comp.id };
}
