/**
 * Issue 5 (commission): a GRANT competition in ADMISSION whose applications are all decided
 * and which has no commission yet — where a demo operator forms the initial composition,
 * sends the COI forms, replaces a conflicted member and approves the final composition
 * (/operator/competitions/<id>/commission). One lot in direction 15 (civil society), so the
 * register shows selectable experts, expert5 / expert7 without the 2 years (GC-7), and the
 * operator employee expert8 (GC-9). «Арал балалары» (n8), which nominated expert4, applied
 * (not admitted, R3): expert4 is conflicted by the data (GC-8, CI-1) once on the commission.
 */
import { PROJECT_CONTENT, type ProjectContent } from './application-content';
import { admissionPath, createSubmittedGrantApplication, grantCompetitionData, satisfactionIndicator } from './competition-fixtures';
import { direction, type SeedContext } from './context';
import type { ProjectText } from './forms';
import type { NgoKey } from './people';

const satisfaction = satisfactionIndicator(4.4);

/** The three projects of this competition, each described in its own words (annexes 1, 4 and 5). */
const CONTENT: Record<string, ProjectContent> = {
  'Қоғамдық кеңес мектебі': {
    geography: { kk: 'Астана қаласы, Ақмола және Қарағанды облыстары', ru: 'Город Астана, Акмолинская и Карагандинская области' },
    summary: {
      kk: 'Қоғамдық кеңес мүшелеріне арналған азаматтық бақылау мектебі: бюджетті талдау, қоғамдық тыңдау өткізу және ұсынымдарды орындауды қадағалау.',
      ru: 'Школа гражданского контроля для членов общественных советов: анализ бюджета, проведение общественных слушаний и контроль исполнения рекомендаций.',
    },
    problem: {
      kk: 'Үш өңірдегі қоғамдық кеңестер ұсынымдарының тек 23%-ы ғана орындалады; кеңес мүшелерінің жартысынан көбі бюджеттік құжаттарды талдау дағдысы жоқ екенін айтады (қор сауалнамасы, 2025).',
      ru: 'В трёх регионах исполняется лишь 23% рекомендаций общественных советов; больше половины членов советов говорят, что не умеют анализировать бюджетные документы (опрос фонда, 2025).',
    },
    sources: [{ title: '«Азаматтық диалог» ҚҚ қоғамдық кеңес мүшелерінің сауалнамасы, 2025 (n = 310)' }],
    targetGroups: [
      { category: { kk: 'Қоғамдық кеңестердің мүшелері', ru: 'Члены общественных советов' }, count: 240 },
      { category: { kk: 'Жергілікті белсенділер', ru: 'Местные активисты' }, count: 160 },
    ],
    indirectBeneficiaries: 3600,
    tasks: [
      { kk: 'Қоғамдық кеңестердің 240 мүшесін азаматтық бақылау әдістеріне оқыту', ru: 'Обучить методам гражданского контроля 240 членов общественных советов' },
      { kk: 'Оқу барысында 12 қоғамдық тыңдау өткізу', ru: 'Провести 12 общественных слушаний в ходе обучения' },
    ],
    activities: [
      { title: { kk: 'Азаматтық бақылау мектебінің модульдері', ru: 'Модули школы гражданского контроля' }, place: { kk: 'Астана, Көкшетау, Қарағанды', ru: 'Астана, Кокшетау, Караганда' }, result: { kk: '240 кеңес мүшесі оқудан өтті', ru: '240 членов советов прошли обучение' } },
      { title: { kk: 'Қоғамдық тыңдаулар', ru: 'Общественные слушания' }, place: { kk: 'Үш өңір', ru: 'Три региона' }, result: { kk: '12 тыңдау, 36 ұсыным', ru: '12 слушаний, 36 рекомендаций' } },
    ],
    indicators: [
      { kind: 'QUANTITATIVE', name: { kk: 'Оқудан өткен кеңес мүшелері', ru: 'Члены советов, прошедшие обучение' }, unit: 'адам', baseline: 0, target: 240, method: { kk: 'Қатысу парақтары', ru: 'Листы участия' } },
      satisfaction('Мектеп', 'Школа'),
    ],
    innovation: { kk: 'Кеңес ұсынымдарының орындалуын ашық онлайн-трекер арқылы қадағалау.', ru: 'Отслеживание исполнения рекомендаций советов через открытый онлайн-трекер.' },
    sustainability: { kk: 'Мектеп бағдарламасы облыстық ішкі саясат басқармаларына беріледі, түлектер жаңа мүшелерді оқытады.', ru: 'Программа школы передаётся областным управлениям внутренней политики, выпускники обучают новых членов.' },
    risks: [],
    justification: { kk: 'Шығыстар жаттықтырушылардың еңбекақысына, оқу материалдарына және өңірлерге сапарларға есептелген.', ru: 'Расходы рассчитаны на оплату тренеров, учебные материалы и поездки в регионы.' },
  },
  'Мұра мониторингі: азаматтық бақылау': {
    geography: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область' },
    summary: {
      kk: 'Қоғамдық кеңестер мен еріктілер тарихи-мәдени мұра объектілерін қалпына келтіруге бөлінген қаражаттың жұмсалуын бақылайды.',
      ru: 'Общественные советы и волонтёры контролируют расходование средств на восстановление объектов историко-культурного наследия.',
    },
    problem: {
      kk: 'Облыста соңғы үш жылда қалпына келтірілген 27 мұра объектісінің 11-інде жұмыс сапасына шағым түскен, бірақ қоғамдық бақылау бірде-бір рет жүргізілмеген.',
      ru: 'Из 27 объектов наследия области, восстановленных за три года, по 11 поступали жалобы на качество работ, но общественный контроль не проводился ни разу.',
    },
    sources: [{ title: 'ШҚО мәдениет басқармасының ашық деректері, 2022–2025' }],
    targetGroups: [
      { category: { kk: 'Қоғамдық кеңес мүшелері мен еріктілер', ru: 'Члены общественных советов и волонтёры' }, count: 120 },
    ],
    indirectBeneficiaries: 9000,
    tasks: [
      { kk: '120 еріктіні мұра объектілеріндегі жұмыстарды бақылауға дайындау', ru: 'Подготовить 120 волонтёров к мониторингу работ на объектах наследия' },
      { kk: '20 объектіде қоғамдық мониторинг жүргізіп, нәтижесін жариялау', ru: 'Провести общественный мониторинг на 20 объектах и опубликовать результаты' },
    ],
    activities: [
      { title: { kk: 'Мониторшыларды оқыту', ru: 'Обучение мониторов' }, place: { kk: 'Өскемен, Риддер', ru: 'Усть-Каменогорск, Риддер' }, result: { kk: '120 дайындалған мониторшы', ru: '120 подготовленных мониторов' } },
      { title: { kk: 'Объектілердегі мониторинг', ru: 'Мониторинг на объектах' }, place: { kk: 'Облыстың 20 объектісі', ru: '20 объектов области' }, result: { kk: '20 мониторинг есебі жарияланды', ru: 'Опубликовано 20 отчётов мониторинга' } },
    ],
    indicators: [
      { kind: 'QUANTITATIVE', name: { kk: 'Мониторинг жүргізілген объектілер', ru: 'Объекты, прошедшие мониторинг' }, unit: 'объект', baseline: 0, target: 20, method: { kk: 'Жарияланған есептер', ru: 'Опубликованные отчёты' } },
      satisfaction('Оқыту', 'Обучение'),
    ],
    innovation: { kk: 'Мониторшылар объектінің фото және геодеректерін ортақ ашық картаға жүктейді.', ru: 'Мониторы загружают фото и геоданные объектов на общую открытую карту.' },
    sustainability: { kk: 'Мониторинг әдістемесі облыстық қоғамдық кеңестің тұрақты жұмыс жоспарына енгізіледі.', ru: 'Методика мониторинга включается в постоянный план работы областного общественного совета.' },
    risks: [],
    justification: { kk: 'Шығыстар оқытуға, объектілерге жол жүруге және есептерді жариялауға есептелген.', ru: 'Расходы рассчитаны на обучение, поездки на объекты и публикацию отчётов.' },
  },
  'Арал өңірінің жастар кеңестері': {
    geography: { kk: 'Қызылорда облысы, Арал және Қазалы аудандары', ru: 'Кызылординская область, Аральский и Казалинский районы' },
    summary: {
      kk: 'Ауылдық округтерде жастар кеңестерін құрып, оларды әкімдіктер жанындағы қоғамдық кеңестердің жұмысына тартамыз.',
      ru: 'Создаём молодёжные советы в сельских округах и вовлекаем их в работу общественных советов при акиматах.',
    },
    problem: {
      kk: 'Арал және Қазалы аудандарының қоғамдық кеңестерінде 35 жасқа дейінгі бірде-бір мүше жоқ; ауыл жастарының 70%-ы жергілікті шешімдерге ықпал ете алмаймын деп санайды.',
      ru: 'В общественных советах Аральского и Казалинского районов нет ни одного члена моложе 35 лет; 70% сельской молодёжи считают, что не могут влиять на местные решения.',
    },
    sources: [{ title: '«Арал балалары» ҚҚ жастар сауалнамасы, 2025 (n = 450)' }],
    targetGroups: [
      { category: { kk: '16–29 жастағы ауыл жастары', ru: 'Сельская молодёжь 16–29 лет' }, count: 300 },
    ],
    indirectBeneficiaries: 5000,
    tasks: [
      { kk: '15 ауылдық округте жастар кеңестерін құру', ru: 'Создать молодёжные советы в 15 сельских округах' },
      { kk: 'Жастар кеңестерінің 30 өкілін аудандық қоғамдық кеңестердің отырыстарына қатыстыру', ru: 'Вовлечь 30 представителей молодёжных советов в заседания районных общественных советов' },
    ],
    activities: [
      { title: { kk: 'Жастар кеңестерін құру', ru: 'Создание молодёжных советов' }, place: { kk: '15 ауылдық округ', ru: '15 сельских округов' }, result: { kk: '15 кеңес, 300 қатысушы', ru: '15 советов, 300 участников' } },
      { title: { kk: 'Қоғамдық кеңестердегі тағылымдама', ru: 'Стажировка в общественных советах' }, place: { kk: 'Арал, Әйтеке би', ru: 'Аральск, Айтеке би' }, result: { kk: '30 жас өкіл отырыстарға қатысты', ru: '30 молодых представителей участвовали в заседаниях' } },
    ],
    indicators: [
      { kind: 'QUANTITATIVE', name: { kk: 'Құрылған жастар кеңестері', ru: 'Созданные молодёжные советы' }, unit: 'кеңес', baseline: 0, target: 15, method: { kk: 'Кеңестердің хаттамалары', ru: 'Протоколы советов' } },
      satisfaction('Тағылымдама', 'Стажировка'),
    ],
    innovation: { kk: 'Жастар кеңестері ауыл мәселелерін мобильді сауалнама арқылы жинап, қоғамдық кеңеске ұсынады.', ru: 'Молодёжные советы собирают проблемы сёл мобильным опросом и выносят их в общественный совет.' },
    sustainability: { kk: 'Жастар кеңестері аудандық жастар ресурстық орталықтарының жанында жұмысын жалғастырады.', ru: 'Молодёжные советы продолжат работу при районных молодёжных ресурсных центрах.' },
    risks: [],
    justification: { kk: 'Шығыстар жаттықтырушыларға, жол жүруге және кеңестердің кездесулеріне есептелген.', ru: 'Расходы рассчитаны на тренеров, проезд и встречи советов.' },
  },
};
for (const [title, content] of Object.entries(CONTENT)) PROJECT_CONTENT[title] ??= content;

const APPS: { ngo: NgoKey; requested: number; own: number; day: number; time: string; admitted: boolean; project: ProjectText }[] = [
  {
    ngo: 'n4',
    requested: 24_500_000,
    own: 1_500_000,
    day: -9,
    time: '12:20',
    admitted: true,
    project: {
      titleKk: 'Қоғамдық кеңес мектебі',
      titleRu: 'Школа общественных советов',
      goalKk: 'Қоғамдық кеңестер ұсынымдарының орындалу үлесін 23%-дан 40%-ға дейін арттыру',
      goalRu: 'Повысить долю исполненных рекомендаций общественных советов с 23% до 40%',
      beneficiaries: 400,
    },
  },
  {
    ngo: 'n6',
    requested: 26_000_000,
    own: 2_000_000,
    day: -7,
    time: '15:05',
    admitted: true,
    project: {
      titleKk: 'Мұра мониторингі: азаматтық бақылау',
      titleRu: 'Мониторинг наследия: гражданский контроль',
      goalKk: 'Мұра объектілерін қалпына келтіруге бөлінген қаражатқа тұрақты қоғамдық бақылау орнату',
      goalRu: 'Наладить постоянный общественный контроль за средствами на восстановление объектов наследия',
      beneficiaries: 120,
    },
  },
  {
    ngo: 'n8',
    requested: 18_000_000,
    own: 300_000,
    day: -5,
    time: '10:40',
    admitted: false,
    project: {
      titleKk: 'Арал өңірінің жастар кеңестері',
      titleRu: 'Молодёжные советы Приаралья',
      goalKk: 'Ауыл жастарын жергілікті шешімдер қабылдауға және қоғамдық кеңестердің жұмысына тарту',
      goalRu: 'Вовлечь сельскую молодёжь в принятие местных решений и работу общественных советов',
      beneficiaries: 300,
    },
  },
];

export async function loadAdmissionGrantCompetition(ctx: SeedContext): Promise<{ competitionId: string }> {
  const { tx, clock } = ctx;
  const closesOn = clock.workdayOnOrBefore(clock.day(-2));
  const announcedOn = clock.workdayOnOrBefore(clock.addDays(closesOn, -25));
  const year = Number(announcedOn.slice(0, 4));
  const deadlineAt = clock.at(closesOn, '18:00');
  const admissionAt = clock.past(clock.at(clock.workdayOnOrAfter(clock.addDays(closesOn, 1)), '11:30'));
  const comp = await tx.competition.create({
    data: {
      ...grantCompetitionData(ctx, {
        code: `G-${year}-014`,
        year,
        titleKk: 'Қоғамдық кеңестердің рөлін арттыру бойынша мемлекеттік гранттар конкурсы',
        titleRu: 'Конкурс государственных грантов по повышению роли общественных советов',
        titleEn: 'State grants competition: strengthening public councils',
        descriptionKk: 'Азаматтық қоғамды дамыту бағыты бойынша қосымша конкурс. Өтінімдерді тексеру аяқталды, комиссия әлі құрылмаған.',
        descriptionRu: 'Дополнительный конкурс по направлению развития гражданского общества. Проверка заявок завершена, комиссия ещё не сформирована.',
      }),
      planId: null, // not from the grant plan
      status: 'ADMISSION',
      budgetKzt: 60_000_000n,
      announcedAt: clock.at(announcedOn, '10:00'),
      opensAt: clock.at(announcedOn, '10:00'),
      deadlineAt,
      coiDueOn: clock.date(clock.addWorkingDays(closesOn, 3)),
      createdAt: clock.at(clock.addDays(announcedOn, -2), '11:00'),
    },
    select: { id: true },
  });
  const periodStart = clock.addDays(closesOn, 45);
  const periodEnd = clock.addDays(periodStart, 300);
  const lot = await tx.lot.create({
    data: {
      competitionId: comp.id,
      number: 1,
      directionId: direction(ctx, 15),
      titleKk: 'Қоғамдық кеңестердің азаматтық бақылаудағы рөлін арттыру',
      titleRu: 'Повышение роли общественных советов в гражданском контроле',
      budgetKzt: 60_000_000n,
      periodStart: clock.date(periodStart),
      periodEnd: clock.date(periodEnd),
      status: 'OPEN',
    },
    select: { id: true },
  });
  const completeness = { languages: ['kk' as const, 'ru' as const], allLanguagesRequired: false, lotAmountKzt: 60_000_000 };

  for (const a of APPS) {
    const submittedAt = clock.at(clock.addDays(closesOn, a.day), a.time);
    await createSubmittedGrantApplication(ctx, {
      competitionId: comp.id,
      lotId: lot.id,
      ngo: a.ngo,
      project: a.project,
      terms: { requested: a.requested, own: a.own, periodStart, periodEnd },
      completeness,
      createdAt: clock.at(clock.addDays(closesOn, a.day - 6), '10:00'),
      submittedAt,
      path: admissionPath({
        submittedAt,
        admissionAt,
        admitted: a.admitted,
        refusal:
          'ҮЕҰ дерекқорына өткен жылғы қызметі туралы мәліметтер мерзімінен кеш ұсынылған (Заңның 6-1-бабы 3-тармағы). / Сведения о деятельности за прошлый год представлены в базу данных НПО с опозданием (п. 3 ст. 6-1 Закона).',
      }),
    });
  }
  return { competitionId: comp.id };
}
