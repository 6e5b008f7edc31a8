/**
 * 8. A strategic partnership of the Ministry of Culture and Information (seed 000: a central
 * executive body only, L86) whose acceptance is over: announced 25 days ago, closed two days
 * ago, with its own selection criteria (L102–106) and three SUBMITTED applications on the
 * strategic-partnership form (sections spProposal / spCapacity, lib/validation/forms/
 * strategic-partnership). The admission check, the CM-3 commission (≥ 3 state, ≥ 4 civil
 * society), the scoring and the results are left to the operator — the browser journey of
 * tests/e2e/strategic-partnership-journey.spec.ts starts here. Receipts are issued by
 * `issueReceipts` with every other submitted application.
 */
import { DEFAULT_RULE_SETTINGS } from '../../lib/rules';
import { createApplication } from './applications';
import { org, user, type SeedContext } from './context';

export const SP_STAGES_TITLE_KK = 'Тарихи-мәдени мұраны насихаттау саласындағы стратегиялық әріптестік';
export const SP_STAGES_TITLE_RU = 'Стратегическое партнёрство в сфере популяризации историко-культурного наследия';
const FORM_VERSION = 'strategic-partnership-2026.1';

/** Criteria of this competition (the letter names none: the ministry defines them). */
export const SP_STAGES_CRITERIA = [
  { id: 'experience', titleKk: 'Мәдени мұра саласындағы тәжірибе', titleRu: 'Опыт в сфере культурного наследия', titleEn: 'Experience in cultural heritage', min: 0, max: 10 },
  { id: 'programme', titleKk: 'Әріптестік бағдарламасының сапасы', titleRu: 'Качество программы партнёрства', titleEn: 'Quality of the partnership programme', min: 0, max: 10 },
  { id: 'reach', titleKk: 'Өңірлерді қамту', titleRu: 'Охват регионов', titleEn: 'Regional reach', min: 0, max: 5 },
];

export async function loadStrategicPartnershipStages(ctx: SeedContext): Promise<{ competitionId: string; applicationIds: string[] }> {
  const { tx, clock } = ctx;
  const ministry = org(ctx, 'ministry');
  const operatorUser = user(ctx, 'operator@demeu.kz');
  const year = clock.year;
  const announcedAt = clock.at(-25, '10:00');
  const deadlineAt = clock.at(-2, '18:00');
  const budgetKzt = 80_000_000n;
  const periodStart = clock.addDays(clock.today, 40);
  const periodEnd = clock.addDays(periodStart, 300);

  const competition = await tx.competition.create({
    data: {
      kind: 'STRATEGIC_PARTNERSHIP',
      code: `SP-${year}-001`,
      organizerId: ministry.id,
      year,
      status: 'CLOSED',
      titleKk: SP_STAGES_TITLE_KK,
      titleRu: SP_STAGES_TITLE_RU,
      titleEn: 'Strategic partnership in promoting historical and cultural heritage',
      descriptionKk:
        'Министрлік тарихи-мәдени мұраны насихаттау бойынша үш жылдық стратегиялық серіктесті іріктейді: өңірлердегі ескерткіштер туралы көрмелер, экспедициялар және жастарға арналған білім беру бағдарламалары.',
      descriptionRu:
        'Министерство отбирает стратегического партнёра на три года для популяризации историко-культурного наследия: выставки о памятниках в регионах, экспедиции и образовательные программы для молодёжи.',
      languages: ['kk', 'ru'],
      announcedAt,
      opensAt: announcedAt,
      deadlineAt,
      aggregation: 'MEAN',
      tieBreak: 'EARLIER_SUBMISSION',
      criteria: SP_STAGES_CRITERIA,
      settings: { minStateMembers: DEFAULT_RULE_SETTINGS.commission.strategicMinState, minCivilMembers: DEFAULT_RULE_SETTINGS.commission.strategicMinCivil },
      budgetKzt,
      createdById: operatorUser,
      createdAt: clock.at(-27, '15:00'),
      lots: { create: [{ number: 1, titleKk: SP_STAGES_TITLE_KK, titleRu: SP_STAGES_TITLE_RU, budgetKzt, status: 'OPEN', periodStart: clock.date(periodStart), periodEnd: clock.date(periodEnd) }] },
    },
    select: { id: true, lots: { select: { id: true } } },
  });
  const lotId = competition.lots[0]!.id;

  const proposals = [
    {
      ngo: 'n6' as const,
      at: clock.at(-6, '11:20'),
      titleKk: 'Алтай мұрасы: ескерткіштерді цифрландыру және көпшілікке таныстыру',
      titleRu: 'Наследие Алтая: оцифровка памятников и знакомство с ними широкой публики',
      requested: 78_000_000,
      goal: 'Шығыс Қазақстандағы 120 тарихи-мәдени ескерткішті цифрландырып, оларды жастарға көрмелер мен экспедициялар арқылы таныстыру.',
      tasks: ['120 ескерткіштің 3D-үлгісін жасау', '6 өңірде көшпелі көрме өткізу', '300 жасқа арналған жазғы экспедиция ұйымдастыру'],
      experience: '2014 жылдан бері 40-тан астам ескерткішті құжаттадық; облыстық мұражаймен бірлескен 12 көрме өткіздік.',
      team: [
        { fullName: 'Асқар Бекболатұлы Темірханов', role: 'Жоба жетекшісі', qualification: 'Тарих ғылымдарының кандидаты, археолог, 18 жыл тәжірибе' },
        { fullName: 'Гүлназ Мұратқызы Сейітова', role: 'Көрме кураторы', qualification: 'Мұражай ісі магистрі, 9 жыл тәжірибе' },
      ],
      head: 'Асқар Бекболатұлы Темірханов',
    },
    {
      ngo: 'n1' as const,
      at: clock.at(-4, '16:05'),
      titleKk: 'Қала тарихы: Алматының сәулет мұрасы бойынша серуендер',
      titleRu: 'История города: прогулки по архитектурному наследию Алматы',
      requested: 45_000_000,
      goal: 'Алматының сәулет мұрасы туралы тегін экскурсиялар мен ашық дәрістер циклін ұйымдастыру.',
      tasks: ['40 тегін экскурсия өткізу', '12 ашық дәріс ұйымдастыру', 'Сәулет ескерткіштерінің онлайн картасын жасау'],
      experience: 'Қалалық ортаны жақсарту жобаларында 8 жыл тәжірибе; 2023 жылы 15 экскурсия өткіздік.',
      team: [{ fullName: 'Айгерім Нұрланқызы Сағынбаева', role: 'Жоба үйлестірушісі', qualification: 'Сәулетші, қалалық зерттеулер магистрі' }],
      head: 'Айгерім Нұрланқызы Сағынбаева',
    },
    {
      ngo: 'n7' as const,
      at: clock.at(-3, '09:40'),
      titleKk: 'Халық медицинасының тарихы: мұражай экспозициясы',
      titleRu: 'История народной медицины: музейная экспозиция',
      requested: 30_000_000,
      goal: 'Қазақ халық медицинасының тарихы туралы жылжымалы экспозиция дайындау.',
      tasks: ['Экспонаттарды жинау', 'Экспозицияны 3 қалада көрсету'],
      experience: 'Денсаулық сақтау саласындағы ағарту жобаларында 6 жыл тәжірибе.',
      team: [{ fullName: 'Бақыт Ержанұлы Омаров', role: 'Жоба жетекшісі', qualification: 'Медицина тарихшысы' }],
      head: 'Бақыт Ержанұлы Омаров',
    },
  ];

  const applicationIds: string[] = [];
  for (const p of proposals) {
    const id = await createApplication(ctx, {
      competitionId: competition.id,
      lotId,
      ngo: p.ngo,
      formVersion: FORM_VERSION,
      languages: ['kk'],
      projectTitleKk: p.titleKk,
      projectTitleRu: p.titleRu,
      requestedKzt: BigInt(p.requested),
      createdAt: clock.past(new Date(p.at.getTime() - 3 * 24 * 3600_000)),
      submittedAt: p.at,
      sections: {
        spProposal: {
          complete: true,
          data: {
            projectName: p.titleKk,
            goal: p.goal,
            tasks: p.tasks,
            description: `${p.goal} Жоба ${periodStart} мен ${periodEnd} аралығында іске асырылады; нәтижелері министрлікке тоқсан сайын есеп түрінде беріледі.`,
            expectedResults: 'Қатысушылар саны, өткізілген іс-шаралар және жарияланған материалдар тоқсан сайын есепке алынады.',
            periodStart,
            periodEnd,
            requestedKzt: p.requested,
          },
        },
        spCapacity: {
          complete: true,
          data: { experience: p.experience, team: p.team, partners: '', headFullName: p.head },
        },
      },
      steps: [{ to: 'SUBMITTED', at: p.at }],
    });
    applicationIds.push(id);
  }
  return { competitionId: competition.id, applicationIds };
}
