/**
 * Reference data of the demo seed: regions (17 oblasts + 3 cities of republican
 * significance), the directions of Law No. 36-III (15 grant/award directions, AW-4 / §4.3,
 * plus the two social-order-only directions 16–17, §6.2) and the MRP values (AW-3).
 */
import type { CompetitionKind } from '../../lib/generated/prisma/client';

export interface RegionSeed {
  /** KATO two-digit prefix of the region (also the numeric ISO 3166-2:KZ suffix). */
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  isCity: boolean;
}

export const REGIONS: readonly RegionSeed[] = [
  { code: '71', nameKk: 'Астана қаласы', nameRu: 'город Астана', nameEn: 'Astana', isCity: true },
  { code: '75', nameKk: 'Алматы қаласы', nameRu: 'город Алматы', nameEn: 'Almaty', isCity: true },
  { code: '79', nameKk: 'Шымкент қаласы', nameRu: 'город Шымкент', nameEn: 'Shymkent', isCity: true },
  { code: '10', nameKk: 'Абай облысы', nameRu: 'область Абай', nameEn: 'Abai Region', isCity: false },
  { code: '11', nameKk: 'Ақмола облысы', nameRu: 'Акмолинская область', nameEn: 'Akmola Region', isCity: false },
  { code: '15', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aktobe Region', isCity: false },
  { code: '19', nameKk: 'Алматы облысы', nameRu: 'Алматинская область', nameEn: 'Almaty Region', isCity: false },
  { code: '23', nameKk: 'Атырау облысы', nameRu: 'Атырауская область', nameEn: 'Atyrau Region', isCity: false },
  { code: '27', nameKk: 'Батыс Қазақстан облысы', nameRu: 'Западно-Казахстанская область', nameEn: 'West Kazakhstan Region', isCity: false },
  { code: '31', nameKk: 'Жамбыл облысы', nameRu: 'Жамбылская область', nameEn: 'Zhambyl Region', isCity: false },
  { code: '33', nameKk: 'Жетісу облысы', nameRu: 'область Жетісу', nameEn: 'Zhetisu Region', isCity: false },
  { code: '35', nameKk: 'Қарағанды облысы', nameRu: 'Карагандинская область', nameEn: 'Karaganda Region', isCity: false },
  { code: '39', nameKk: 'Қостанай облысы', nameRu: 'Костанайская область', nameEn: 'Kostanay Region', isCity: false },
  { code: '43', nameKk: 'Қызылорда облысы', nameRu: 'Кызылординская область', nameEn: 'Kyzylorda Region', isCity: false },
  { code: '47', nameKk: 'Маңғыстау облысы', nameRu: 'Мангистауская область', nameEn: 'Mangystau Region', isCity: false },
  { code: '55', nameKk: 'Павлодар облысы', nameRu: 'Павлодарская область', nameEn: 'Pavlodar Region', isCity: false },
  { code: '59', nameKk: 'Солтүстік Қазақстан облысы', nameRu: 'Северо-Казахстанская область', nameEn: 'North Kazakhstan Region', isCity: false },
  { code: '61', nameKk: 'Түркістан облысы', nameRu: 'Туркестанская область', nameEn: 'Turkistan Region', isCity: false },
  { code: '62', nameKk: 'Ұлытау облысы', nameRu: 'область Ұлытау', nameEn: 'Ulytau Region', isCity: false },
  { code: '63', nameKk: 'Шығыс Қазақстан облысы', nameRu: 'Восточно-Казахстанская область', nameEn: 'East Kazakhstan Region', isCity: false },
];

export interface DirectionSeed {
  number: number;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  kinds: CompetitionKind[];
}

/** Grants, awards and the social order share directions 1–15 (AW-4, §4.3, §6.2). */
const ALL: CompetitionKind[] = ['GRANT', 'AWARD', 'SOCIAL_ORDER'];

export const DIRECTIONS: readonly DirectionSeed[] = [
  {
    number: 1,
    nameKk: 'Білім, ғылым, ақпарат, дене шынықтыру және спорт саласындағы мақсаттарға қол жеткізу',
    nameRu: 'Достижение целей в области образования, науки, информации, физической культуры и спорта',
    nameEn: 'Achieving goals in education, science, information, physical culture and sport',
    kinds: ALL,
  },
  {
    number: 2,
    nameKk: 'Азаматтардың денсаулығын сақтау, салауатты өмір салтын насихаттау',
    nameRu: 'Охрана здоровья граждан, пропаганда здорового образа жизни',
    nameEn: "Protecting citizens' health, promoting a healthy lifestyle",
    kinds: ALL,
  },
  { number: 3, nameKk: 'Қоршаған ортаны қорғау', nameRu: 'Охрана окружающей среды', nameEn: 'Environmental protection', kinds: ALL },
  {
    number: 4,
    nameKk: 'Жастар саясатын және балалар бастамаларын қолдау',
    nameRu: 'Поддержка молодёжной политики и детских инициатив',
    nameEn: "Supporting youth policy and children's initiatives",
    kinds: ALL,
  },
  {
    number: 5,
    nameKk: 'Отбасылық-демографиялық және гендерлік мәселелерді шешуге жәрдемдесу',
    nameRu: 'Содействие решению семейно-демографических и гендерных вопросов',
    nameEn: 'Helping to solve family, demographic and gender issues',
    kinds: ALL,
  },
  {
    number: 6,
    nameKk: 'Халықтың әлеуметтік осал топтарын қолдау',
    nameRu: 'Поддержка социально уязвимых слоёв населения',
    nameEn: 'Supporting socially vulnerable groups of the population',
    kinds: ALL,
  },
  {
    number: 7,
    nameKk: 'Жетім балаларға, толық емес және көпбалалы отбасылардың балаларына көмек',
    nameRu: 'Помощь детям-сиротам, детям из неполных и многодетных семей',
    nameEn: 'Helping orphans and children from single-parent and large families',
    kinds: ALL,
  },
  {
    number: 8,
    nameKk: 'Халықтың еңбекпен жұмыспен қамтылуын қамтамасыз етуге жәрдемдесу',
    nameRu: 'Содействие обеспечению трудовой занятости населения',
    nameEn: 'Promoting employment of the population',
    kinds: ALL,
  },
  {
    number: 9,
    nameKk: 'Азаматтар мен ұйымдардың құқықтарын, заңды мүдделерін қорғау',
    nameRu: 'Защита прав, законных интересов граждан и организаций',
    nameEn: 'Protecting the rights and legitimate interests of citizens and organisations',
    kinds: ALL,
  },
  { number: 10, nameKk: 'Мәдениет пен өнерді дамыту', nameRu: 'Развитие культуры и искусства', nameEn: 'Developing culture and the arts', kinds: ALL },
  {
    number: 11,
    nameKk: 'Тарихи-мәдени мұраны қорғау',
    nameRu: 'Охрана историко-культурного наследия',
    nameEn: 'Protecting the historical and cultural heritage',
    kinds: ALL,
  },
  {
    number: 12,
    nameKk: 'Қоғамдық келісім мен жалпыұлттық бірлікті нығайту',
    nameRu: 'Укрепление общественного согласия и общенационального единства',
    nameEn: 'Strengthening public accord and national unity',
    kinds: ALL,
  },
  {
    number: 13,
    nameKk: 'Пробация қызметтеріне олардың есебінде тұрған тұлғаларға әлеуметтік-құқықтық көмек көрсетуде жәрдемдесу',
    nameRu: 'Содействие службам пробации при оказании социально-правовой помощи лицам, состоящим на их учёте',
    nameEn: 'Assisting probation services in giving social and legal aid to persons registered with them',
    kinds: ALL,
  },
  {
    number: 14,
    nameKk: 'Мемлекеттік қызметтер көрсету сапасына қоғамдық мониторинг жүргізу',
    nameRu: 'Проведение общественного мониторинга качества оказания государственных услуг',
    nameEn: 'Public monitoring of the quality of public services',
    kinds: ALL,
  },
  {
    number: 15,
    nameKk: 'Азаматтық қоғамды дамытуға, оның ішінде үкіметтік емес ұйымдар қызметінің тиімділігін арттыруға жәрдемдесу',
    nameRu: 'Содействие развитию гражданского общества, в том числе повышению эффективности деятельности НПО',
    nameEn: 'Promoting the development of civil society, including more effective NGOs',
    kinds: ALL,
  },
  {
    number: 16,
    nameKk: 'Қиын өмірлік жағдайда қалған тұлғаға (отбасыға) көмек көрсету',
    nameRu: 'Оказание помощи лицу (семье), находящемуся в трудной жизненной ситуации',
    nameEn: 'Helping persons (families) in a difficult life situation',
    kinds: ['SOCIAL_ORDER'],
  },
  {
    number: 17,
    nameKk: 'Қазақстан Республикасының заңнамасына қайшы келмейтін басқа да маңызды әлеуметтік бағыттар',
    nameRu: 'Иные социально значимые направления, не противоречащие законодательству Республики Казахстан',
    nameEn: 'Other significant social directions not contrary to the law of Kazakhstan',
    kinds: ['SOCIAL_ORDER'],
  },
];

/** АЕК / МРП by year (AW-3), integer tenge. */
export const MRP_RATES: Readonly<Record<number, number>> = { 2025: 3932, 2026: 4325 };

export function mrpFor(year: number): number {
  const known = Object.keys(MRP_RATES)
    .map(Number)
    .filter((y) => y <= year)
    .sort((a, b) => b - a);
  const y = known[0] ?? 2026;
  return MRP_RATES[y] ?? 4325;
}
