/**
 * 5. A state social order of the Almaty akimat: planned topics after public discussion
 * (stage 3, F-3.1 / F-5.1) and an open competition with one lot, its technical
 * specification (F-TS-B) and indicators; dumping 20% (SO-2), prepayment ≤ 50% (MO-1).
 */
import { DEFAULT_RULE_SETTINGS } from '../../lib/rules';
import { direction, org, region, user, type SeedContext } from './context';
import { SOCIAL_ORDER_CRITERIA, SOCIAL_ORDER_REQUIRED_DOCUMENTS } from './forms';

export async function loadSocialOrder(ctx: SeedContext): Promise<{ competitionId: string }> {
  const { tx, clock } = ctx;
  const akimat = org(ctx, 'akimat');
  const akimatUser = user(ctx, 'akimat@demeu.kz');
  const closesOn = clock.workdayOnOrAfter(clock.day(25));
  const periodStart = clock.addDays(closesOn, 35);
  const periodEnd = clock.addDays(periodStart, 320);
  const planYear = Number(periodStart.slice(0, 4));

  const discussionOpensOn = clock.workdayOnOrBefore(clock.day(-70));
  const discussionClosesOn = clock.addWorkingDays(discussionOpensOn, 12);
  const plan = await tx.plan.create({
    data: {
      kind: 'SOCIAL_ORDER',
      year: planYear,
      titleKk: `Алматы қаласы бойынша ${planYear} жылға арналған мемлекеттік әлеуметтік тапсырыстың жоспарланған тақырыптары`,
      titleRu: `Планируемые темы государственного социального заказа по городу Алматы на ${planYear} год`,
      titleEn: `Planned state social order topics of Almaty for ${planYear}`,
      ownerOrganizationId: akimat.id,
      budgetLevel: 'CITY_REPUBLICAN',
      budgetKzt: 56_000_000n,
      status: 'APPROVED',
      discussionOpensAt: clock.at(discussionOpensOn, '09:00'),
      discussionClosesAt: clock.endOf(discussionClosesOn),
      approvedAt: clock.past(clock.at(clock.addWorkingDays(discussionClosesOn, 3), '17:00')),
      publishedAt: clock.at(discussionOpensOn, '09:00'),
      createdById: akimatUser,
      createdAt: clock.at(-80, '10:00'),
    },
    select: { id: true },
  });

  const topic1 = await tx.planTopic.create({
    data: {
      planId: plan.id,
      number: 1,
      directionId: direction(ctx, 6),
      regionId: region(ctx, '75'),
      titleKk: 'Жалғыз тұратын қарт адамдар мен мүгедектігі бар адамдарға үйде әлеуметтік-тұрмыстық қолдау көрсету',
      titleRu: 'Социально-бытовая поддержка на дому одиноко проживающих пожилых граждан и лиц с инвалидностью',
      titleEn: 'Home-based social support for older people living alone and persons with disabilities',
      goalKk: 'Алматының 4 ауданында жалғыз тұратын 300 азаматқа үйде тұрақты қолдау көрсету',
      goalRu: 'Обеспечить регулярную поддержку на дому 300 одиноко проживающим гражданам в 4 районах Алматы',
      justificationKk: 'Қала бойынша 11 400 жалғыз тұратын қарт адам есепте тұр; олардың 18%-ы үйден шыға алмайды (басқарманың 2025 жылғы деректері).',
      justificationRu: 'На учёте состоят 11 400 одиноко проживающих пожилых; 18% из них не выходят из дома (данные управления за 2025 год).',
      targetGroupKk: '65 жастан асқан жалғыз тұратын азаматтар, 1–2 топтағы мүгедектігі бар адамдар',
      targetGroupRu: 'Одиноко проживающие граждане старше 65 лет, лица с инвалидностью 1–2 группы',
      expectedResultKk: '300 алушы, ай сайын кемінде 8 келу; қанағаттану деңгейі 85%-дан жоғары',
      expectedResultRu: '300 получателей, не менее 8 посещений в месяц; удовлетворённость выше 85%',
      budgetKzt: 36_000_000n,
      periodStart: clock.date(periodStart),
      periodEnd: clock.date(periodEnd),
      status: 'ANNOUNCED',
    },
    select: { id: true },
  });
  await tx.planTopic.create({
    data: {
      planId: plan.id,
      number: 2,
      directionId: direction(ctx, 16),
      regionId: region(ctx, '75'),
      titleKk: 'Қиын өмірлік жағдайдағы отбасыларға психологиялық-құқықтық консультациялар',
      titleRu: 'Психолого-правовые консультации для семей в трудной жизненной ситуации',
      titleEn: 'Psychological and legal counselling for families in a difficult life situation',
      justificationKk: '2025 жылы басқармаға 2 700 отбасы құқықтық көмек сұрап жүгінді.',
      justificationRu: 'В 2025 году в управление за правовой помощью обратились 2 700 семей.',
      targetGroupKk: 'Қиын өмірлік жағдайдағы отбасылар',
      targetGroupRu: 'Семьи в трудной жизненной ситуации',
      expectedResultKk: 'Кемінде 1 500 консультация',
      expectedResultRu: 'Не менее 1 500 консультаций',
      budgetKzt: 20_000_000n,
      status: 'PLANNED',
    },
  });

  // Public discussion (≥ 10 working days) and the state body's conclusions (F-5.1).
  const reviewedAt = clock.past(clock.at(clock.addWorkingDays(discussionClosesOn, 2), '15:00'));
  await tx.planTopicComment.createMany({
    data: [
      {
        topicId: topic1.id,
        authorId: user(ctx, 'ngo4@demeu.kz'),
        organizationId: org(ctx, 'n4').id,
        text: 'Индикаторларға алушылардың қанағаттануын тоқсан сайын сауалнама арқылы өлшеуді қосуды ұсынамыз.',
        submittedAt: clock.at(clock.addDays(discussionOpensOn, 3), '11:40'),
        status: 'ACCEPTED',
        conclusion: 'Қабылданды: техникалық ерекшелікке тоқсандық сауалнама индикаторы енгізілді.',
        reviewedAt,
        reviewedById: akimatUser,
      },
      {
        topicId: topic1.id,
        authorName: 'Бақыт Ахметова',
        text: 'Қызметті тек Алатау ауданында көрсету керек, басқа аудандарда қажеттілік аз.',
        submittedAt: clock.at(clock.addDays(discussionOpensOn, 6), '19:05'),
        status: 'REJECTED',
        conclusion: 'Қабылданбады: басқарманың деректері бойынша қажеттілік 4 ауданда бірдей жоғары (негіздеме: 2025 жылғы есепке алу деректері).',
        reviewedAt,
        reviewedById: akimatUser,
      },
      {
        topicId: topic1.id,
        authorId: user(ctx, 'ngo2@demeu.kz'),
        organizationId: org(ctx, 'n2').id,
        text: 'Предлагаем включить доставку горячего питания два раза в неделю.',
        submittedAt: clock.at(clock.addDays(discussionClosesOn, 2), '10:20'),
        late: true,
        status: 'NOT_CONSIDERED',
        conclusion: 'Талқылау мерзімі өткеннен кейін түсті; келесі қаржы жылында қаралуы мүмкін. / Поступило после окончания обсуждения; может быть учтено в следующем финансовом году.',
        reviewedAt,
        reviewedById: akimatUser,
      },
    ],
  });

  const allocated = 36_000_000n;
  const announcedOn = clock.workdayOnOrBefore(clock.day(-2));
  const announcedAt = clock.at(announcedOn, '10:00');
  const year = Number(announcedOn.slice(0, 4));
  const comp = await tx.competition.create({
    data: {
      kind: 'SOCIAL_ORDER',
      code: `SO-ALA-${year}-007`,
      planId: plan.id,
      organizerId: akimat.id,
      titleKk: 'Жалғыз тұратын қарт адамдар мен мүгедектігі бар адамдарға үйде әлеуметтік-тұрмыстық қолдау көрсету бойынша мемлекеттік әлеуметтік тапсырыс конкурсы',
      titleRu: 'Конкурс государственного социального заказа: социально-бытовая поддержка на дому одиноких пожилых граждан и лиц с инвалидностью',
      titleEn: 'State social order competition: home-based support for older people living alone and persons with disabilities',
      descriptionKk: 'Тапсырыс беруші — Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы. Алдын ала төлем — шарт сомасының 50%-ына дейін.',
      descriptionRu: 'Заказчик — Управление занятости и социальных программ города Алматы. Предоплата — до 50% суммы договора.',
      year,
      status: 'OPEN',
      windowMinDays: DEFAULT_RULE_SETTINGS.socialOrder.announcementMinCalendarDaysBeforeDeadline,
      aggregation: 'MEAN',
      tieBreak: 'MARKET_EXPERIENCE',
      criteria: SOCIAL_ORDER_CRITERIA,
      requiredDocuments: SOCIAL_ORDER_REQUIRED_DOCUMENTS,
      languages: ['kk', 'ru'],
      prepaymentMaxPercent: 50,
      dumpingPercent: 20,
      budgetKzt: allocated,
      allocatedKzt: allocated,
      settings: {
        reviewWorkingDays: DEFAULT_RULE_SETTINGS.socialOrder.reviewWorkingDays,
        announceAfterDocsMaxWorkingDays: DEFAULT_RULE_SETTINGS.socialOrder.announcementMaxWorkingDaysAfterApproval,
        minAnnouncementCalendarDays: DEFAULT_RULE_SETTINGS.socialOrder.announcementMinCalendarDaysBeforeDeadline,
        discountBands: [
          { min: 10, max: 15, percent: 10 },
          { min: 16, max: 20, percent: 20 },
          { min: 21, max: 23, percent: 30 },
        ],
        commissionMinSize: DEFAULT_RULE_SETTINGS.commission.socialOrderMinMembersSingleOrganizer,
        singleOrganizer: true,
      },
      announcedAt,
      opensAt: announcedAt,
      deadlineAt: clock.at(closesOn, '18:00'),
      reviewDueOn: clock.date(clock.addWorkingDays(closesOn, 10)),
      createdById: akimatUser,
      createdAt: clock.at(-6, '16:00'),
    },
    select: { id: true },
  });
  const lot = await tx.lot.create({
    data: {
      competitionId: comp.id,
      number: 1,
      planTopicId: topic1.id,
      directionId: direction(ctx, 6),
      regionId: region(ctx, '75'),
      titleKk: 'Алатау, Жетісу, Түрксіб және Наурызбай аудандарындағы жалғыз тұратын азаматтарға үйде қолдау көрсету',
      titleRu: 'Поддержка на дому одиноко проживающих граждан в Алатауском, Жетысуском, Турксибском и Наурызбайском районах',
      descriptionKk: 'Үйге келу, әлеуметтік-тұрмыстық көмек, денсаулық жағдайын бақылау, бос уақытты ұйымдастыру.',
      descriptionRu: 'Посещения на дому, социально-бытовая помощь, наблюдение за самочувствием, организация досуга.',
      budgetKzt: allocated,
      periodStart: clock.date(periodStart),
      periodEnd: clock.date(periodEnd),
      status: 'OPEN',
      specification: {
        projectName: {
          kk: 'Жалғыз тұратын қарт адамдар мен мүгедектігі бар адамдарға үйде әлеуметтік-тұрмыстық қолдау',
          ru: 'Социально-бытовая поддержка на дому одиноко проживающих пожилых и лиц с инвалидностью',
        },
        projectGoal: {
          kk: '300 алушының өмір сүру сапасын арттыру және әлеуметтік оқшаулануын азайту',
          ru: 'Повысить качество жизни 300 получателей и снизить их социальную изоляцию',
        },
        tasks: [
          { kk: 'Алушылардың қажеттіліктерін бағалау және жеке жоспар құру', ru: 'Оценка потребностей получателей и составление индивидуальных планов' },
          { kk: 'Айына кемінде 8 рет үйге келу', ru: 'Не менее 8 посещений на дому в месяц' },
          { kk: 'Медициналық ұйымдармен және еріктілермен үйлестіру', ru: 'Координация с медицинскими организациями и волонтёрами' },
        ],
        projectManagement: {
          kk: 'Жоба үйлестірушісі, 12 әлеуметтік қызметкер, психолог және бухгалтер',
          ru: 'Координатор проекта, 12 социальных работников, психолог и бухгалтер',
        },
        organizationAndSupport: [
          { kk: 'Барлық тұрғындар үшін қолжетімді кемінде 30 м² кеңсе', ru: 'Офис не менее 30 м², доступный для всех жителей' },
          { kk: 'Үйлестіру тобы — кемінде 5 қызметкер', ru: 'Координационная группа — не менее 5 сотрудников' },
          { kk: 'Бағдарламалар мен материалдарды Тапсырыс берушімен келісу', ru: 'Согласование программ и материалов с Заказчиком' },
        ],
        informationSupport: [
          { kk: 'Медиажоспар және ресми әлеуметтік желі парағы', ru: 'Медиаплан и официальная страница в социальных сетях' },
        ],
        servicePhases: [
          { kk: '1-кезең: ақпарат жинау және талдау', ru: 'Этап 1: сбор и анализ информации' },
          { kk: '2-кезең: техникалық ерекшелікке сәйкес қызмет көрсету', ru: 'Этап 2: оказание услуг согласно технической спецификации' },
          { kk: '3-кезең: шығармашылық және қаржылық есептерді дайындау', ru: 'Этап 3: подготовка творческого и финансового отчётов' },
        ],
        financialRequirements: {
          kk: 'Іс-шараларды ұйымдастыруды үшінші тұлғаларға беруге болмайды; есептер Тапсырыс берушінің кестесі бойынша.',
          ru: 'Передача организации мероприятий третьим лицам не допускается; отчёты — по графику Заказчика.',
        },
        coverageTargets: [
          { activity: { kk: 'Үйге келу', ru: 'Посещения на дому' }, participants: 300, result: { kk: 'Қызмет алушылар', ru: 'Получатели услуг' } },
          { activity: { kk: 'Топтық бос уақыт іс-шаралары', ru: 'Групповые досуговые мероприятия' }, participants: 120, result: { kk: 'Қатысушылар', ru: 'Участники' } },
        ],
        reporting: { kk: 'Аралық (тоқсан сайын) және қорытынды есептер', ru: 'Промежуточные (ежеквартально) и итоговый отчёты' },
        allocatedKzt: Number(allocated),
      },
    },
    select: { id: true },
  });
  const indicators = [
    { level: 'OUTPUT' as const, nameKk: 'Қызмет алушылар саны', nameRu: 'Число получателей услуг', unit: 'адам', target: '300' },
    { level: 'PROCESS' as const, nameKk: 'Бір алушыға айына келу саны', nameRu: 'Посещений на одного получателя в месяц', unit: 'рет', target: '8' },
    { level: 'OUTCOME' as const, nameKk: 'Қызметке қанағаттанған алушылар үлесі', nameRu: 'Доля получателей, удовлетворённых услугами', unit: '%', target: '85' },
  ];
  for (const [i, ind] of indicators.entries()) {
    await tx.indicator.create({
      data: { lotId: lot.id, level: ind.level, kind: 'QUANTITATIVE', nameKk: ind.nameKk, nameRu: ind.nameRu, unit: ind.unit, target: ind.target, dataSource: 'Тоқсандық есептер / Квартальные отчёты', sortOrder: i + 1 },
    });
  }
  return { competitionId: comp.id };
}
