/**
 * Content of the demo forms: grant application annexes 1–5 (§4.5), criteria lists with
 * titles (SC-1, SO-1, AW-8), required documents, score tables. Money inside JSON is a plain
 * number of tenge (JSON has no BigInt).
 */
import { awardCriteria, grantCriteria, socialOrderCriteria, type Criterion } from '../../lib/rules';
import type { OrgSeed } from './organizations';

const TITLES: Record<string, { titleKk: string; titleRu: string }> = {
  capacity: { titleKk: 'Ұйымның жалпы әлеуеті', titleRu: 'Общий потенциал организации' },
  specialists: {
    titleKk: 'Жобаны іске асыруға тартылатын мамандардың тәжірибесі мен біліктілігі',
    titleRu: 'Опыт и квалификация специалистов, привлекаемых к реализации проекта',
  },
  content: {
    titleKk: 'Жоба мазмұнының Жоспарда көрсетілген мақсаттарға қол жеткізуге бағытталуы',
    titleRu: 'Направленность содержания проекта на достижение целей, указанных в Плане',
  },
  results: {
    titleKk: 'Нәтижелердің маңыздылығы мен қолжетімділігі, тұрақтылығын қамтамасыз ету',
    titleRu: 'Значимость и достижимость результатов, обеспечение устойчивости',
  },
  budget_and_timeline: {
    titleKk: 'Іске асыру мерзімі мен шығыстар сметасының негізділігі және қызметке сәйкестігі',
    titleRu: 'Обоснованность сроков и сметы расходов, их соответствие деятельности',
  },
  regional_experience: { titleKk: 'Тиісті өңірдегі ҮЕҰ-ның жұмыс тәжірибесі', titleRu: 'Опыт работы НПО в соответствующем регионе' },
  conformity: { titleKk: 'Техникалық ерекшелікке сәйкестігі', titleRu: 'Соответствие технической спецификации' },
  charter_goals: { titleKk: 'Жарғылық мақсаттардың сатып алынатын қызметке сәйкестігі', titleRu: 'Соответствие уставных целей закупаемой услуге' },
  activity_plan: { titleKk: 'Іс-шаралар жоспарының толықтығы', titleRu: 'Детальность плана мероприятий' },
  ngo_database: { titleKk: 'ҮЕҰ дерекқорында болуы', titleRu: 'Наличие в базе данных НПО' },
  experience: { titleKk: 'Жұмыс тәжірибесі', titleRu: 'Опыт работы' },
  indicators: { titleKk: 'Тиімділік индикаторлары', titleRu: 'Индикаторы эффективности' },
  contribution: {
    titleKk: 'Республикалық, салалық және өңірлік деңгейлердегі әлеуметтік міндеттерді шешуге қосқан үлесі',
    titleRu: 'Вклад в решение социальных задач на республиканском, отраслевом и региональном уровнях',
  },
  innovation: { titleKk: 'Қызмет инновациялары', titleRu: 'Инновации в деятельности' },
};

function withTitles(list: Criterion[]): Array<{ id: string; titleKk: string; titleRu: string; min: number; max: number; allowed?: number[]; knockOutAt?: number }> {
  return list.map((c) => {
    const t = TITLES[c.id] ?? { titleKk: c.id, titleRu: c.id };
    return { id: c.id, ...t, min: c.min, max: c.max, ...(c.allowed ? { allowed: c.allowed } : {}), ...(c.id === 'conformity' ? { knockOutAt: 0 } : {}) };
  });
}

/** SC-1 default criteria of a republican-budget grant (max 25). */
export const GRANT_CRITERIA = withTitles(grantCriteria({ localBudget: false }));
export const SOCIAL_ORDER_CRITERIA = withTitles(socialOrderCriteria());
export const AWARD_CRITERIA = withTitles(awardCriteria());
export const GRANT_CRITERION_ORDER = GRANT_CRITERIA.map((c) => c.id);

// Annexes 1–5 are filled in online as sections of the application, so the checklist
// lists only the documents that are uploaded as files (§4.5).
export const GRANT_REQUIRED_DOCUMENTS = [
  { kind: 'charter', titleKk: 'Ұйым жарғысының көшірмесі', titleRu: 'Копия устава организации', required: true },
  { kind: 'balance', titleKk: 'Соңғы есепті күнге бухгалтерлік баланс', titleRu: 'Бухгалтерский баланс на последнюю отчётную дату', required: true },
  { kind: 'partner_consents', titleKk: 'Әріптестер мен тартылатын мамандардың келісімі', titleRu: 'Согласие партнёров и привлекаемых специалистов', required: true },
  {
    kind: 'own_contribution',
    titleKk: 'Өз салымын немесе өзге қаржыландыру көздерін растайтын құжаттар',
    titleRu: 'Документы, подтверждающие собственный вклад или иные источники финансирования',
    required: true,
  },
];

export const AWARD_REQUIRED_DOCUMENTS = [
  { kind: 'award1', titleKk: 'Сыйлықақы беру конкурсына қатысуға өтініш (1-қосымша)', titleRu: 'Заявление на участие в конкурсе на присуждение премии (приложение 1)', required: true },
  { kind: 'award2', titleKk: 'Сыйлықақыға үміткердің сауалнамасы (2-қосымша)', titleRu: 'Анкета соискателя премии (приложение 2)', required: true },
  { kind: 'award3', titleKk: 'Үміткердің қызметі туралы сипаттама (3-қосымша)', titleRu: 'Описание деятельности соискателя (приложение 3)', required: true },
  { kind: 'recommendations', titleKk: 'Кемінде екі ұсыным', titleRu: 'Не менее двух рекомендаций', required: true },
  { kind: 'registration', titleKk: 'Құрылтай құжаттары мен тіркеу туралы анықтаманың көшірмелері', titleRu: 'Копии учредительных документов и справки о регистрации', required: true },
  { kind: 'bank_certificate', titleKk: 'Банктік шоттың бар екені туралы анықтама (түпнұсқа)', titleRu: 'Справка о наличии банковского счёта (оригинал)', required: true },
];

export const SOCIAL_ORDER_REQUIRED_DOCUMENTS = [
  { kind: 'ts', titleKk: 'Техникалық ерекшелік (жобалық ұсыныс)', titleRu: 'Техническая спецификация (проектное предложение)', required: true },
  { kind: 'charter', titleKk: 'Жарғының көшірмесі', titleRu: 'Копия устава', required: true },
  { kind: 'team_certificates', titleKk: 'Жоба командасының біліктілігін растайтын құжаттар', titleRu: 'Документы о квалификации проектной команды', required: false },
];

export interface ProjectText {
  titleKk: string;
  titleRu: string;
  goalKk: string;
  goalRu: string;
  tasksKk: string[];
  tasksRu: string[];
  beneficiaries: number;
}

export type BudgetLine = {
  article: string;
  unit: string;
  quantity: number;
  unitPriceKzt: number;
  totalKzt: number;
  source: 'GRANT' | 'OWN';
};

/** Annex 5 lines: grant money split over the usual articles (≤ 10% institutional support, GF-3), then the own contribution. */
export function budgetLines(requested: number, own: number, lang: 'kk' | 'ru'): BudgetLine[] {
  const kk = lang === 'kk';
  const shares: [string, string, number, string][] = [
    [kk ? 'Жоба командасының еңбекақысы' : 'Оплата труда проектной команды', kk ? 'ай' : 'мес.', 0.44, 'GRANT'],
    [kk ? 'Іс-шараларды өткізу (залдар, кофе-брейк)' : 'Проведение мероприятий (залы, кофе-брейки)', kk ? 'іс-шара' : 'мероприятие', 0.24, 'GRANT'],
    [kk ? 'Ақпараттық материалдар және бейнероликтер' : 'Информационные материалы и видеоролики', kk ? 'дана' : 'шт.', 0.14, 'GRANT'],
    [kk ? 'Іссапар шығыстары' : 'Командировочные расходы', kk ? 'сапар' : 'поездка', 0.1, 'GRANT'],
    [kk ? 'Институционалдық қолдау (материалдық-техникалық қамтамасыз ету)' : 'Институциональная поддержка (материально-техническое обеспечение)', kk ? 'жиынтық' : 'комплект', 0.06, 'GRANT'],
  ];
  const lines: BudgetLine[] = [];
  let used = 0;
  shares.forEach(([article, unit, share], i) => {
    const total = i === shares.length - 1 ? requested - used - Math.round(requested * 0.02) : Math.round(requested * share);
    used += total;
    lines.push({ article, unit, quantity: 1, unitPriceKzt: total, totalKzt: total, source: 'GRANT' });
  });
  const bank = requested - used;
  lines.push({ article: kk ? 'Банк қызметтері және байланыс' : 'Банковские услуги и связь', unit: kk ? 'ай' : 'мес.', quantity: 1, unitPriceKzt: bank, totalKzt: bank, source: 'GRANT' });
  if (own > 0) {
    lines.push({ article: kk ? 'Еріктілер еңбегі және кеңсе жалдау (өз салымы)' : 'Труд волонтёров и аренда офиса (собственный вклад)', unit: kk ? 'жиынтық' : 'комплект', quantity: 1, unitPriceKzt: own, totalKzt: own, source: 'OWN' });
  }
  return lines;
}

export function grantSections(
  o: OrgSeed,
  bin: string,
  head: { name: string; phone: string },
  p: ProjectText,
  x: { competitionCode: string; lotNumber: number; lotTitle: string; requested: number; own: number; periodStart: string; periodEnd: string; lang: 'kk' | 'ru' },
) {
  const kk = x.lang === 'kk';
  const lines = budgetLines(x.requested, x.own, x.lang);
  return {
    annex1: {
      competitionCode: x.competitionCode,
      lotNumber: x.lotNumber,
      topic: x.lotTitle,
      applicantName: kk ? o.nameKk : o.nameRu,
      projectTitle: kk ? p.titleKk : p.titleRu,
      requestedKzt: x.requested,
      ownContributionKzt: x.own,
      totalCostKzt: x.requested + x.own,
      periodStart: x.periodStart,
      periodEnd: x.periodEnd,
      signatory: { fullName: head.name, position: o.headPosition },
    },
    annex2: {
      legalName: kk ? o.nameKk : o.nameRu,
      bin,
      registrationDate: o.registeredOn,
      legalAddress: o.legalAddress,
      actualAddress: o.actualAddress,
      charterPurpose: (kk ? o.charterPurposeKk : o.charterPurposeRu) ?? null,
      head: { fullName: head.name, position: o.headPosition, phone: head.phone },
      phone: o.phone,
      email: o.email,
      website: o.website ?? null,
    },
    annex3: {
      experience: [
        {
          project: kk ? 'Өңірлік азаматтық белсенділік мектебі' : 'Региональная школа гражданской активности',
          period: '2023-03-01 — 2023-11-30',
          donor: kk ? '«Азаматтық бастамаларды қолдау орталығы» КеАҚ' : 'НАО «ЦПГИ»',
          amountKzt: 9_400_000,
          results: kk ? '420 қатысушы оқытылды, 12 бастама іске асты' : 'Обучено 420 участников, реализовано 12 инициатив',
        },
        {
          project: kk ? 'Жергілікті қауымдастықтармен диалог' : 'Диалог с местными сообществами',
          period: '2024-04-01 — 2024-12-15',
          donor: kk ? 'Жергілікті атқарушы орган (мемлекеттік әлеуметтік тапсырыс)' : 'Местный исполнительный орган (госсоцзаказ)',
          amountKzt: 12_750_000,
          results: kk ? '18 кездесу өтті, 1 900 адам қамтылды' : 'Проведено 18 встреч, охвачено 1 900 человек',
        },
      ],
      team: [
        { fullName: head.name, role: kk ? 'Жоба жетекшісі' : 'Руководитель проекта', experienceYears: 9, qualification: kk ? 'Жоғары білім, жобаларды басқару сертификаты' : 'Высшее образование, сертификат по управлению проектами' },
        { fullName: 'Назерке Әмірқызы Тұрарова', role: kk ? 'Бухгалтер' : 'Бухгалтер', experienceYears: 7, qualification: kk ? 'Кәсіби бухгалтер сертификаты' : 'Сертификат профессионального бухгалтера' },
        { fullName: 'Ержан Болатұлы Қалиев', role: kk ? 'Тренер-модератор' : 'Тренер-модератор', experienceYears: 5, qualification: kk ? 'Фасилитация бойынша халықаралық сертификат' : 'Международный сертификат фасилитатора' },
      ],
    },
    annex4: {
      problem: kk ? `${x.lotTitle}: өңірдегі мәселенің өзектілігі ресми статистикамен және сауалнама нәтижелерімен расталған.` : `${x.lotTitle}: актуальность проблемы в регионе подтверждена официальной статистикой и результатами опроса.`,
      goal: kk ? p.goalKk : p.goalRu,
      tasks: kk ? p.tasksKk : p.tasksRu,
      targetGroups: [{ group: kk ? 'Тікелей қатысушылар' : 'Прямые участники', count: p.beneficiaries }],
      activities: (kk ? p.tasksKk : p.tasksRu).map((t, i) => ({
        no: i + 1,
        activity: t,
        timing: kk ? `${i + 1}-тоқсан` : `${i + 1}-й квартал`,
        venue: o.actualAddress.split(',').slice(1, 2).join('').trim(),
        responsible: head.name,
      })),
      indicators: [
        { level: 'OUTPUT', name: kk ? 'Іс-шараларға қатысушылар саны' : 'Число участников мероприятий', unit: kk ? 'адам' : 'чел.', target: p.beneficiaries },
        { level: 'OUTCOME', name: kk ? 'Білімі артқанын көрсеткен қатысушылар үлесі' : 'Доля участников, показавших рост знаний', unit: '%', target: 70 },
      ],
      sustainability: kk ? 'Жоба аяқталғаннан кейін әдістемелік материалдар ашық қолжетімділікте қалады, серіктестермен жұмыс жалғасады.' : 'После завершения проекта методические материалы остаются в открытом доступе, работа с партнёрами продолжается.',
      risks: [{ risk: kk ? 'Қатысушылардың белсенділігінің төмендігі' : 'Низкая активность участников', mitigation: kk ? 'Әлеуметтік желілер арқылы алдын ала ақпараттандыру' : 'Предварительное информирование через социальные сети' }],
    },
    annex5: {
      lines,
      totalGrantKzt: x.requested,
      totalOwnKzt: x.own,
      institutionalSupportKzt: lines.find((l) => l.article.includes('Институц') || l.article.includes('нституционалдық'))?.totalKzt ?? 0,
    },
  };
}
