/**
 * Content of the demo forms: grant application annexes 1–5 (§4.5), criteria lists with
 * titles (SC-1, SO-1, AW-8), required documents, score tables. Money inside JSON is a plain
 * number of tenge (JSON has no BigInt).
 */
import { addCalendarDays, awardCriteria, grantCriteria, socialOrderCriteria, type Criterion, type IsoDate } from '../../lib/rules';
import type { Annex1Draft, Annex2Draft, Annex3Draft, Annex4Draft, Annex5Draft, GrantSectionData } from '../../lib/validation/forms/grant';
import { PROJECT_CONTENT, type Bi, type NgoContent, type ProjectContent } from './application-content';
import { BANKS, makeIban } from './ids';
import type { OrgSeed } from './organizations';
import type { NgoKey } from './people';

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

// ─── grant application annexes 1–5 (lib/validation/forms/grant) ─────────────────────

/** What grants.ts knows about a project: its titles, goal and number of direct beneficiaries. */
export interface ProjectText {
  titleKk: string;
  titleRu: string;
  goalKk: string;
  goalRu: string;
  beneficiaries: number;
}

/** The applicant as annexes 1–3 describe it. */
export interface GrantApplicant {
  org: OrgSeed;
  bin: string;
  head: { name: string; phone: string; email: string };
  content: NgoContent;
  /** Full years since registration at the time of applying. */
  experienceYears: number;
  /** Name and BIN of a partner organisation of the demo (annex 4). */
  partner: (key: NgoKey) => { name: string; bin: string };
}

export interface GrantTerms {
  requested: number;
  own: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
}

const bi = (t: Bi) => ({ kk: t.kk, ru: t.ru });

function contentOf(p: ProjectText): ProjectContent {
  const c = PROJECT_CONTENT[p.titleKk];
  if (!c) throw new Error(`seed: no application content for the project «${p.titleKk}»`);
  return c;
}

function annex1(a: GrantApplicant, p: ProjectText, c: ProjectContent, x: GrantTerms): Annex1Draft {
  return {
    projectTitle: { kk: p.titleKk, ru: p.titleRu },
    requestedKzt: x.requested,
    ownContributionKzt: x.own,
    periodStart: x.periodStart,
    periodEnd: x.periodEnd,
    geography: bi(c.geography),
    summary: bi(c.summary),
    contactPerson: { ...a.content.coordinator },
    signatory: { fullName: a.head.name, position: a.org.headPosition },
  };
}

function annex2(a: GrantApplicant): Annex2Draft {
  const o = a.org;
  const bank = BANKS[o.bank];
  return {
    legalName: { kk: o.nameKk, ru: o.nameRu },
    bin: a.bin,
    registrationDate: o.registeredOn,
    legalAddress: { kk: o.legalAddress, ru: a.content.legalAddressRu },
    actualAddress: { kk: o.actualAddress, ru: a.content.actualAddressRu },
    charterSubject: { kk: o.charterSubjectKk ?? '', ru: o.charterSubjectRu ?? '' },
    charterPurpose: { kk: o.charterPurposeKk ?? '', ru: o.charterPurposeRu ?? '' },
    head: { fullName: a.head.name, position: o.headPosition, phone: a.head.phone, email: a.head.email },
    phone: o.phone,
    email: o.email,
    ...(o.website ? { website: o.website } : {}),
    bank: { name: bank.nameKk, bic: bank.bic, iban: makeIban(o.bank, o.account13) },
    staffCount: a.content.staffCount,
    volunteersCount: a.content.volunteersCount,
  };
}

function team(a: GrantApplicant) {
  return [
    {
      fullName: a.head.name,
      role: { kk: 'Жоба жетекшісі', ru: 'Руководитель проекта' },
      qualification: bi(a.content.headQualification),
      experienceYears: a.content.headExperienceYears,
      isStaff: true,
    },
    ...a.content.team.map((m) => ({ fullName: m.fullName, role: bi(m.role), qualification: bi(m.qualification), experienceYears: m.experienceYears, isStaff: m.isStaff })),
  ];
}

function annex3(a: GrantApplicant): Annex3Draft {
  return {
    experienceYears: a.experienceYears,
    experience: bi(a.content.experience),
    pastProjects: a.content.pastProjects.map((pp) => ({ name: bi(pp.name), periodStart: pp.periodStart, periodEnd: pp.periodEnd, donor: pp.donor, amountKzt: pp.amountKzt, results: bi(pp.results) })),
    team: team(a),
    materialBase: bi(a.content.materialBase),
  };
}

/** The lot period cut into `n` consecutive stretches (activity i runs in stretch i). */
function stretches(start: IsoDate, end: IsoDate, n: number): [IsoDate, IsoDate][] {
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  const step = Math.max(1, Math.floor((days + 1) / n));
  return Array.from({ length: n }, (_, i) => {
    const from = addCalendarDays(start, i * step);
    const to = i === n - 1 ? end : addCalendarDays(start, (i + 1) * step - 1);
    return [from, to];
  });
}

function annex4(a: GrantApplicant, p: ProjectText, c: ProjectContent, x: GrantTerms): Annex4Draft {
  const periods = stretches(x.periodStart, x.periodEnd, c.activities.length);
  return {
    problem: bi(c.problem),
    sources: c.sources.map((s) => ({ title: s.title, ...(s.url ? { url: s.url } : {}) })),
    targetGroups: c.targetGroups.map((g) => ({ category: bi(g.category), count: g.count })),
    directBeneficiaries: p.beneficiaries,
    indirectBeneficiaries: c.indirectBeneficiaries,
    goal: { kk: p.goalKk, ru: p.goalRu },
    tasks: c.tasks.map((t) => ({ text: bi(t) })),
    activities: c.activities.map((act, i) => ({
      title: bi(act.title),
      startDate: periods[i]![0],
      endDate: periods[i]![1],
      place: bi(act.place),
      responsible: i % 2 === 0 ? a.head.name : a.content.coordinator.fullName,
      expectedResult: bi(act.result),
    })),
    indicators: c.indicators.map((ind) => ({ kind: ind.kind, name: bi(ind.name), unit: ind.unit, baseline: ind.baseline, target: ind.target, method: bi(ind.method) })),
    innovation: bi(c.innovation),
    sustainability: bi(c.sustainability),
    partners: (c.partnerKeys ?? []).map((k) => ({ ...a.partner(k), role: bi(c.partnerRole ?? { kk: 'Серіктес', ru: 'Партнёр' }) })),
    risks: c.risks.map((r) => ({ risk: bi(r.risk), mitigation: bi(r.mitigation) })),
  };
}

const thousands = (v: number) => Math.floor(v / 1000) * 1000;

/** Whole months of the project (the salary and rent lines). */
function monthsOf(x: GrantTerms): number {
  const days = (Date.parse(`${x.periodEnd}T00:00:00Z`) - Date.parse(`${x.periodStart}T00:00:00Z`)) / 86_400_000;
  return Math.min(12, Math.max(1, Math.round(days / 30.4)));
}

type BudgetLineDraft = Omit<NonNullable<Annex5Draft['lines']>[number], 'id'>;

/**
 * Annex 5: the grant money over the usual articles, every line quantity × unit cost in
 * whole tenge; the last line takes the remainder so the total is exactly the amount
 * requested. Institutional support (GF-3) is one line of ~6% (≤ 10%).
 */
function annex5(c: ProjectContent, x: GrantTerms): Annex5Draft {
  const R = x.requested;
  const months = monthsOf(x);
  const lines: BudgetLineDraft[] = [
    { category: 'SALARY', name: { kk: 'Жоба командасының еңбекақысы (жетекші, үйлестіруші, бухгалтер)', ru: 'Оплата труда проектной команды (руководитель, координатор, бухгалтер)' }, unit: 'ай', quantity: months, unitCost: thousands((R * 0.38) / months) },
    { category: 'EVENTS', name: { kk: 'Іс-шараларды өткізу (зал жалы, кофе-брейк, тарату материалдары)', ru: 'Проведение мероприятий (аренда зала, кофе-брейки, раздаточные материалы)' }, unit: 'іс-шара', quantity: 12, unitCost: thousands((R * 0.22) / 12) },
    { category: 'MATERIALS', name: { kk: 'Ақпараттық материалдар мен бейнероликтер', ru: 'Информационные материалы и видеоролики' }, unit: 'жиынтық', quantity: 4, unitCost: thousands((R * 0.12) / 4) },
    { category: 'TRAVEL', name: { kk: 'Іссапар шығыстары (жол жүру, тұру, тәуліктік)', ru: 'Командировочные расходы (проезд, проживание, суточные)' }, unit: 'сапар', quantity: 16, unitCost: thousands((R * 0.1) / 16) },
    { category: 'RENT', name: { kk: 'Жоба кеңсесін жалдау', ru: 'Аренда офиса проекта' }, unit: 'ай', quantity: months, unitCost: thousands((R * 0.05) / months) },
    {
      category: 'EQUIPMENT',
      name: { kk: 'Ұйымның материалдық-техникалық базасын нығайту (ноутбуктер)', ru: 'Укрепление материально-технической базы организации (ноутбуки)' },
      unit: 'дана',
      quantity: 3,
      unitCost: thousands((R * 0.06) / 3),
      isInstitutionalSupport: true,
    },
  ];
  const used = lines.reduce((s, l) => s + (l.quantity ?? 0) * (l.unitCost ?? 0), 0);
  lines.push({ category: 'SERVICES', name: { kk: 'Бухгалтерлік, банктік және байланыс қызметтері', ru: 'Бухгалтерские, банковские услуги и связь' }, unit: 'жиынтық', quantity: 1, unitCost: R - used });
  return {
    lines: lines.map((l, i) => ({ id: `l${i + 1}`, isInstitutionalSupport: false, ...l })),
    justification: bi(c.justification),
  };
}

/** The five annexes of a complete application (what was submitted). */
export function grantSections(a: GrantApplicant, p: ProjectText, x: GrantTerms): GrantSectionData {
  const c = contentOf(p);
  return { annex1: annex1(a, p, c, x), annex2: annex2(a), annex3: annex3(a), annex4: annex4(a, p, c, x), annex5: annex5(c, x) };
}

/**
 * A draft half way through: annexes 1 and 2 complete; annex 3 without the material base;
 * annex 4 with the problem, goal, tasks and target groups but no activities or
 * indicators yet; annex 5 with two budget lines, the second still without its unit cost.
 */
export function draftGrantSections(a: GrantApplicant, p: ProjectText, x: GrantTerms): GrantSectionData {
  const c = contentOf(p);
  const full3 = annex3(a);
  const months = monthsOf(x);
  return {
    annex1: annex1(a, p, c, x),
    annex2: annex2(a),
    annex3: { experienceYears: full3.experienceYears, experience: full3.experience, pastProjects: full3.pastProjects?.slice(0, 1), team: full3.team?.slice(0, 2) },
    annex4: {
      problem: bi(c.problem),
      sources: c.sources.map((s) => ({ title: s.title, ...(s.url ? { url: s.url } : {}) })),
      targetGroups: c.targetGroups.map((g) => ({ category: bi(g.category), count: g.count })),
      directBeneficiaries: p.beneficiaries,
      goal: { kk: p.goalKk, ru: p.goalRu },
      tasks: c.tasks.map((t) => ({ text: bi(t) })),
    },
    annex5: {
      lines: [
        { id: 'l1', category: 'SALARY', name: { kk: 'Жоба командасының еңбекақысы', ru: 'Оплата труда проектной команды' }, unit: 'ай', quantity: months, unitCost: thousands((x.requested * 0.4) / months), isInstitutionalSupport: false },
        { id: 'l2', category: 'EQUIPMENT', name: { kk: 'Бөлек жинау контейнерлері', ru: 'Контейнеры для раздельного сбора' }, unit: 'дана', quantity: 60, isInstitutionalSupport: false },
      ],
    },
  };
}
