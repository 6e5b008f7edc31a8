/**
 * Issue 5 (COI round, GC-10..GC-13): a GRANT competition in the conflict-of-interest round —
 * admission done, the initial commission (expert@ … expert6@, the operator as secretary) in
 * COI_DECLARATION — so a demo expert can declare at /expert/competitions/<id>/coi.
 * One lot (plan topic 5, older people living alone), three admitted applicants:
 *  - «Мейірім» (n2): expert4 sits on its board of trustees → AFFILIATED_APPLICANT (CI-1);
 *  - «Ертіс келісімі» (n5): it nominated expert3 → NOMINATOR_APPLIED on every applicant;
 *  - «Алтай мұрасы» (n6), with «Қазақстан ҮЕҰ одағы» (n9) as a named partner.
 * expert2 has declared on all three, expert6 on one; the others have not declared yet.
 */
import { PROJECT_CONTENT, type ProjectContent } from './application-content';
import { admissionPath, createLots, createSelectionCommission, createSubmittedGrantApplication, grantCompetitionData, satisfactionIndicator } from './competition-fixtures';
import { expert, org, type SeedContext } from './context';
import type { ProjectText } from './forms';
import type { NgoKey } from './people';

const satisfaction = satisfactionIndicator(4.3);

/** The three projects of the round, each described in its own words (annexes 1, 4 and 5). */
const CONTENT: Record<string, ProjectContent> = {
  'Жалғыз емеспін': {
    geography: { kk: 'Түркістан облысы мен Шымкент қаласы', ru: 'Туркестанская область и город Шымкент' },
    summary: {
      kk: 'Еріктілер жалғызбасты қарттарға апта сайын барып тұрады, ауылдарда белсенді ұзақ өмір сүру клубтарын ашамыз.',
      ru: 'Волонтёры еженедельно навещают одиноких пожилых людей, в сёлах открываем клубы активного долголетия.',
    },
    problem: {
      kk: 'Түркістан облысы мен Шымкентте 65 жастан асқан 11 мыңнан астам адам жалғыз тұрады; олардың 40%-ы аптасына бір реттен сирек біреумен сөйлеседі (облыстық жұмыспен қамту басқармасы, 2024).',
      ru: 'В Туркестанской области и Шымкенте одни живут более 11 тысяч человек старше 65 лет; 40% из них общаются с кем-либо реже раза в неделю (областное управление занятости, 2024).',
    },
    sources: [{ title: 'Түркістан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы, 2024 жылғы есеп' }],
    targetGroups: [
      { category: { kk: 'Жалғызбасты қарт адамдар', ru: 'Одинокие пожилые люди' }, count: 900 },
      { category: { kk: 'Жас еріктілер', ru: 'Молодые волонтёры' }, count: 150 },
    ],
    indirectBeneficiaries: 4500,
    tasks: [
      { kk: '150 еріктіні дайындап, қарттарға апта сайынғы сапарларды ұйымдастыру', ru: 'Подготовить 150 волонтёров и организовать еженедельные визиты к пожилым' },
      { kk: '10 ауылда белсенді ұзақ өмір сүру клубын ашу', ru: 'Открыть клубы активного долголетия в 10 сёлах' },
    ],
    activities: [
      { title: { kk: 'Еріктілердің сапарлары', ru: 'Визиты волонтёров' }, place: { kk: 'Шымкент, Түркістан облысы', ru: 'Шымкент, Туркестанская область' }, result: { kk: '900 қарт тұрақты қолдау алады', ru: '900 пожилых получают регулярную поддержку' } },
      { title: { kk: 'Белсенді ұзақ өмір сүру клубтары', ru: 'Клубы активного долголетия' }, place: { kk: '10 ауыл', ru: '10 сёл' }, result: { kk: '10 клуб, 400 қатысушы', ru: '10 клубов, 400 участников' } },
    ],
    indicators: [
      { kind: 'QUANTITATIVE', name: { kk: 'Апта сайын байланыста болатын жалғызбасты қарттар', ru: 'Одинокие пожилые, с которыми есть еженедельный контакт' }, unit: 'адам', baseline: 0, target: 900, method: { kk: 'Еріктілердің сапар журналы', ru: 'Журнал визитов волонтёров' } },
      satisfaction('Клубтар', 'Клубы'),
    ],
    innovation: { kk: '«Көрші-ерікті» қосымшасы сапарларды жоспарлап, алаңдатарлық белгілерді әлеуметтік қызметкерге жібереді.', ru: 'Приложение «Сосед-волонтёр» планирует визиты и передаёт тревожные сигналы социальному работнику.' },
    sustainability: { kk: 'Клубтар ауылдық мәдениет үйлерінде жұмысын жалғастырады; еріктілер желісі қордың тұрақты бағдарламасына айналады.', ru: 'Клубы продолжат работу при сельских домах культуры; сеть волонтёров станет постоянной программой фонда.' },
    risks: [],
    justification: { kk: 'Шығыстар еріктілерді оқытуға, жол жүруге және клубтарды жабдықтауға есептелген.', ru: 'Расходы рассчитаны на обучение волонтёров, проезд и оснащение клубов.' },
  },
  'Ертіс бойындағы үлкендер үйі': {
    geography: { kk: 'Павлодар облысы', ru: 'Павлодарская область' },
    summary: {
      kk: 'Павлодар облысының аудан орталықтарында қарт адамдарға арналған күндізгі «Үлкендер үйі» орталықтарын ашамыз.',
      ru: 'Открываем в районных центрах Павлодарской области дневные центры «Дом старших» для пожилых людей.',
    },
    problem: {
      kk: 'Павлодар облысының аудандарында қарт адамдарға арналған бірде-бір күндізгі орталық жоқ; сауалнамаға қатысқан жалғызбасты зейнеткерлердің 58%-ы өзін оқшауланған сезінеді.',
      ru: 'В районах Павлодарской области нет ни одного дневного центра для пожилых; 58% опрошенных одиноких пенсионеров чувствуют себя изолированными.',
    },
    sources: [{ title: '«Ертіс келісімі» ҚБ зейнеткерлер сауалнамасы, 2025 (n = 620)' }],
    targetGroups: [
      { category: { kk: 'Аудан орталықтарының зейнеткерлері', ru: 'Пенсионеры районных центров' }, count: 700 },
    ],
    indirectBeneficiaries: 2800,
    tasks: [
      { kk: '4 аудан орталығында күндізгі орталық ашу', ru: 'Открыть дневные центры в 4 районных центрах' },
      { kk: 'Қарттарға арналған цифрлық сауаттылық курстарын өткізу', ru: 'Провести курсы цифровой грамотности для пожилых' },
    ],
    activities: [
      { title: { kk: '«Үлкендер үйі» орталықтары', ru: 'Центры «Дом старших»' }, place: { kk: 'Екібастұз, Ақсу, Баянауыл, Ертіс', ru: 'Экибастуз, Аксу, Баянаул, Иртышск' }, result: { kk: '4 орталық, 700 тұрақты келуші', ru: '4 центра, 700 постоянных посетителей' } },
      { title: { kk: 'Цифрлық сауаттылық курстары', ru: 'Курсы цифровой грамотности' }, place: { kk: 'Орталықтардың базасында', ru: 'На базе центров' }, result: { kk: '300 түлек', ru: '300 выпускников' } },
    ],
    indicators: [
      { kind: 'QUANTITATIVE', name: { kk: 'Орталықтардың тұрақты келушілері', ru: 'Постоянные посетители центров' }, unit: 'адам', baseline: 0, target: 700, method: { kk: 'Келушілерді тіркеу журналы', ru: 'Журнал учёта посетителей' } },
      satisfaction('Орталықтар', 'Центры'),
    ],
    innovation: { kk: 'Орталықтарды зейнеткерлердің өздері басқарады: әр орталықта сайланған кеңес жұмыс істейді.', ru: 'Центрами управляют сами пенсионеры: в каждом работает выборный совет.' },
    sustainability: { kk: 'Аудандық әкімдіктер үй-жайды тегін береді; орталықтар жобадан кейін мемлекеттік әлеуметтік тапсырысқа өтінім береді.', ru: 'Районные акиматы предоставляют помещения бесплатно; после проекта центры подадут заявки на госсоцзаказ.' },
    risks: [],
    justification: { kk: 'Шығыстардың негізгі бөлігі — орталықтарды жабдықтау және үйлестірушілердің еңбекақысы.', ru: 'Основная часть расходов — оснащение центров и оплата труда координаторов.' },
  },
  'Алтайдың ақсақалдары': {
    geography: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область' },
    summary: {
      kk: 'Жалғызбасты қарттардың естеліктерін жазып алып, мектеп оқушыларымен кездесулер өткіземіз — ұрпақтар арасындағы байланыс оқшаулануды азайтады.',
      ru: 'Записываем воспоминания одиноких пожилых людей и проводим их встречи со школьниками — связь поколений снижает изоляцию.',
    },
    problem: {
      kk: 'Шығыс Қазақстанның таулы аудандарында жастардың қалаға көшуінен 70 жастан асқандардың үштен бірі жалғыз қалды; ауылдық мектептер мен қарттар арасында тұрақты байланыс жоқ.',
      ru: 'В горных районах Восточного Казахстана из-за переезда молодёжи в города треть людей старше 70 лет остались одни; постоянной связи между сельскими школами и пожилыми нет.',
    },
    sources: [{ title: 'Шығыс Қазақстан облысының статистика департаменті, 2024' }],
    targetGroups: [
      { category: { kk: 'Таулы ауылдардың қарт тұрғындары', ru: 'Пожилые жители горных сёл' }, count: 350 },
      { category: { kk: 'Мектеп оқушылары', ru: 'Школьники' }, count: 500 },
    ],
    indirectBeneficiaries: 3000,
    tasks: [
      { kk: '350 қарттың естелігін жазып алу', ru: 'Записать воспоминания 350 пожилых людей' },
      { kk: 'Ұрпақтар кездесулерінің 40 кешін өткізу', ru: 'Провести 40 вечеров встреч поколений' },
    ],
    activities: [
      { title: { kk: 'Естеліктер мұрағаты', ru: 'Архив воспоминаний' }, place: { kk: 'Катонқарағай, Күршім аудандары', ru: 'Катон-Карагайский и Куршимский районы' }, result: { kk: '350 сұхбат жарияланды', ru: 'Опубликовано 350 интервью' } },
      { title: { kk: 'Ұрпақтар кездесулері', ru: 'Встречи поколений' }, place: { kk: '20 ауылдық мектеп', ru: '20 сельских школ' }, result: { kk: '40 кеш, 500 оқушы', ru: '40 вечеров, 500 школьников' } },
    ],
    indicators: [
      { kind: 'QUANTITATIVE', name: { kk: 'Жазып алынған естеліктер', ru: 'Записанные воспоминания' }, unit: 'сұхбат', baseline: 0, target: 350, method: { kk: 'Онлайн-мұрағаттағы жазбалар саны', ru: 'Число записей в онлайн-архиве' } },
      satisfaction('Кездесулер', 'Встречи'),
    ],
    innovation: { kk: 'Оқушылар сұхбат алуды үйреніп, естеліктерді өздері жазады — мектептер үшін жаңа өлкетану сабағы.', ru: 'Школьники учатся брать интервью и сами записывают воспоминания — новый урок краеведения для школ.' },
    sustainability: { kk: 'Онлайн-мұрағат қордың сайтында қалады; кездесулер мектептердің тәрбие жоспарына енеді.', ru: 'Онлайн-архив остаётся на сайте фонда; встречи войдут в воспитательные планы школ.' },
    risks: [],
    partnerKeys: ['n9'],
    partnerRole: { kk: 'Еріктілерді оқытуға әдістемелік қолдау көрсетеді', ru: 'Оказывает методическую поддержку обучению волонтёров' },
    justification: { kk: 'Шығыстар жол жүруге, дыбыс жазу жабдығына және мұрағатты жүргізуге есептелген.', ru: 'Расходы рассчитаны на проезд, звукозаписывающее оборудование и ведение архива.' },
  },
};
// The section builders read a project's content by its Kazakh title.
for (const [title, content] of Object.entries(CONTENT)) PROJECT_CONTENT[title] ??= content;

const APPS: { ngo: NgoKey; requested: number; own: number; day: number; time: string; project: ProjectText }[] = [
  {
    ngo: 'n2',
    requested: 17_400_000,
    own: 900_000,
    day: -6,
    time: '11:20',
    project: { titleKk: 'Жалғыз емеспін', titleRu: 'Я не один', goalKk: 'Түркістан облысы мен Шымкенттегі 900 жалғызбасты қартты тұрақты қолдаумен қамту', goalRu: 'Обеспечить регулярной поддержкой 900 одиноких пожилых людей в Туркестанской области и Шымкенте', beneficiaries: 1050 },
  },
  {
    ngo: 'n5',
    requested: 16_800_000,
    own: 700_000,
    day: -4,
    time: '16:45',
    project: { titleKk: 'Ертіс бойындағы үлкендер үйі', titleRu: 'Дом старших на Иртыше', goalKk: 'Павлодар облысының 4 аудан орталығында қарттарға арналған күндізгі орталықтар ашу', goalRu: 'Открыть дневные центры для пожилых в 4 районных центрах Павлодарской области', beneficiaries: 700 },
  },
  {
    ngo: 'n6',
    requested: 15_900_000,
    own: 1_100_000,
    day: -3,
    time: '10:05',
    project: { titleKk: 'Алтайдың ақсақалдары', titleRu: 'Аксакалы Алтая', goalKk: 'Ұрпақтар арасындағы байланыс арқылы таулы ауылдардағы қарттардың оқшаулануын азайту', goalRu: 'Снизить изоляцию пожилых в горных сёлах через связь поколений', beneficiaries: 850 },
  },
];

const MEMBERS: { email: string; side: 'NGO' | 'OPERATOR' }[] = [
  { email: 'expert@demeu.kz', side: 'NGO' },
  { email: 'expert2@demeu.kz', side: 'NGO' },
  { email: 'expert3@demeu.kz', side: 'NGO' },
  { email: 'expert4@demeu.kz', side: 'NGO' },
  { email: 'expert5@demeu.kz', side: 'NGO' },
  { email: 'expert6@demeu.kz', side: 'OPERATOR' },
];

export async function loadCoiRoundGrantCompetition(ctx: SeedContext): Promise<{ competitionId: string }> {
  const { tx, clock } = ctx;
  const closesOn = clock.workdayOnOrBefore(clock.day(-2));
  const announcedOn = clock.workdayOnOrBefore(clock.addDays(closesOn, -26));
  const year = Number(announcedOn.slice(0, 4));
  const admissionAt = clock.past(clock.at(clock.workdayOnOrAfter(clock.addDays(closesOn, 1)), '10:30'));
  const coiSentAt = clock.past(clock.minutesLater(admissionAt, 90));
  const topic = ctx.grantTopics.get(5);
  if (!topic) throw new Error('seed: no grant topic 5');
  const comp = await tx.competition.create({
    data: {
      ...grantCompetitionData(ctx, {
        code: `G-${year}-023`,
        year,
        titleKk: 'Жалғызбасты қарт адамдарды қолдау бойынша мемлекеттік гранттар конкурсы',
        titleRu: 'Конкурс государственных грантов по поддержке одиноких пожилых людей',
        titleEn: 'State grants competition: support for older people living alone',
        descriptionKk: 'Өтінімдерді тексеру аяқталды; комиссия мүшелері мүдделер қақтығысы туралы мәлімдемелер береді.',
        descriptionRu: 'Проверка заявок завершена; члены комиссии подают декларации о конфликте интересов.',
      }),
      status: 'COI',
      budgetKzt: topic.budgetKzt,
      announcedAt: clock.at(announcedOn, '10:00'),
      opensAt: clock.at(announcedOn, '10:00'),
      deadlineAt: clock.at(closesOn, '18:00'),
      coiDueOn: clock.date(clock.addWorkingDays(closesOn, 3)), // DL-4
      createdAt: clock.at(clock.addDays(announcedOn, -2), '12:00'),
    },
    select: { id: true },
  });
  const periodStart = clock.addDays(closesOn, 50);
  const periodEnd = clock.addDays(periodStart, 300);
  const [lot] = await createLots(ctx, comp.id, [5], 'COI', periodStart, periodEnd);
  if (!lot) throw new Error('seed: no lot');
  const completeness = { languages: ['kk' as const, 'ru' as const], allLanguagesRequired: false, lotAmountKzt: Number(topic.budgetKzt) };

  const ids: string[] = [];
  for (const a of APPS) {
    if (BigInt(a.requested) > topic.budgetKzt) throw new Error('seed: requested above the lot budget');
    const submittedAt = clock.at(clock.addDays(closesOn, a.day), a.time);
    const id = await createSubmittedGrantApplication(ctx, {
      competitionId: comp.id,
      lotId: lot.id,
      ngo: a.ngo,
      project: a.project,
      terms: { requested: a.requested, own: a.own, periodStart, periodEnd },
      completeness,
      createdAt: clock.at(clock.addDays(closesOn, a.day - 7), '10:00'),
      submittedAt,
      path: admissionPath({ submittedAt, admissionAt, admitted: true }),
    });
    // Partners named in annex 4 are recorded for the COI check (CI-1: affiliation with a partner).
    for (const k of CONTENT[a.project.titleKk]?.partnerKeys ?? []) {
      await tx.applicationPartner.create({ data: { applicationId: id, organizationId: org(ctx, k).id, bin: org(ctx, k).bin, name: org(ctx, k).nameKk, role: 'Әдістемелік серіктес / Методический партнёр' } });
    }
    ids.push(id);
  }

  // The initial composition received the applicant list and the COI forms (GC-10, DL-4).
  const commissionId = await createSelectionCommission(
    ctx,
    { competitionId: comp.id, status: 'COI_DECLARATION', createdAt: clock.past(clock.minutesLater(admissionAt, 30)) },
    MEMBERS.map((m) => ({ email: m.email, role: 'MEMBER', side: m.side })),
    clock.past(clock.minutesLater(admissionAt, 40)),
  );
  // expert2 has declared on every applicant, expert6 on the first; the others have not yet.
  const declarations = [...ids.map((applicationId) => ({ email: 'expert2@demeu.kz', applicationId })), { email: 'expert6@demeu.kz', applicationId: ids[0]! }];
  for (const [i, d] of declarations.entries()) {
    await tx.conflictDeclaration.create({
      data: { expertId: expert(ctx, d.email), applicationId: d.applicationId, commissionId, hasConflict: false, declaredAt: clock.past(clock.minutesLater(coiSentAt, 20 + i * 9)) },
    });
  }
  return { competitionId: comp.id };
}
