import type { GrantSectionData } from '@/lib/validation/forms/grant';

/** A complete grant application in Kazakh only (used by the unit and integration tests). */
export const completeKk: GrantSectionData = {
  annex1: {
    projectTitle: { kk: 'Бөлек жина — қаланы сақта' },
    requestedKzt: 10_000_000,
    ownContributionKzt: 500_000,
    periodStart: '2026-03-01',
    periodEnd: '2026-11-30',
    geography: { kk: 'Алматы қаласы, Бостандық ауданы' },
    summary: { kk: 'Тұрғындарды қалдықтарды бөлек жинауға үйрету.' },
    contactPerson: { fullName: 'Айгерім Нұрланова', position: 'Жоба үйлестірушісі', phone: '+7 701 123 45 67', email: 'aigerim@example.kz' },
    signatory: { fullName: 'Дәурен Сейітов', position: 'Төраға' },
  },
  annex2: {
    legalName: { kk: '«Жасыл қала» қоғамдық бірлестігі' },
    bin: '100140000003',
    registrationDate: '2010-01-14',
    legalAddress: { kk: 'Алматы қ., Абай даңғылы, 10' },
    actualAddress: { kk: 'Алматы қ., Абай даңғылы, 10' },
    charterSubject: { kk: 'Экологиялық ағарту' },
    charterPurpose: { kk: 'Қаланың экологиясын жақсарту' },
    head: { fullName: 'Дәурен Сейітов', position: 'Төраға', phone: '+7 727 300 00 00', email: 'head@example.kz' },
    phone: '+7 727 300 00 01',
    email: 'info@example.kz',
    website: 'https://example.kz',
    bank: { name: '«Халық Банкі» АҚ', bic: 'HSBKKZKX', iban: 'KZ86125KZT5004100100' },
    staffCount: 7,
  },
  annex3: {
    experienceYears: 12,
    experience: { kk: '12 жыл экологиялық жобалар.' },
    pastProjects: [
      {
        name: { kk: 'Өңірлік азаматтық белсенділік мектебі' },
        periodStart: '2023-03-01',
        periodEnd: '2023-11-30',
        donor: 'ЦПГИ',
        amountKzt: 9_400_000,
        results: { kk: '420 қатысушы оқытылды' },
      },
    ],
    team: [{ fullName: 'Айгерім Нұрланова', role: { kk: 'Жетекші' }, qualification: { kk: 'Жоғары білім' }, experienceYears: 9, isStaff: true }],
    materialBase: { kk: 'Кеңсе, 5 ноутбук, проектор' },
  },
  annex4: {
    problem: { kk: 'Қалдықтардың тек 14%-ы қайта өңделеді (ҰСБ, 2025).' },
    sources: [{ title: 'Ұлттық статистика бюросы, 2025', url: 'https://stat.gov.kz' }],
    targetGroups: [{ category: { kk: 'Аула тұрғындары' }, count: 5000 }],
    directBeneficiaries: 5000,
    indirectBeneficiaries: 50000,
    goal: { kk: 'Бөлек жинауға қатысуды 35%-ға жеткізу' },
    tasks: [{ text: { kk: 'Семинарлар өткізу' } }],
    activities: [
      {
        title: { kk: 'Оқыту семинары' },
        startDate: '2026-04-01',
        endDate: '2026-04-10',
        place: { kk: 'Алматы' },
        responsible: 'Айгерім Нұрланова',
        expectedResult: { kk: '200 адам оқытылды' },
      },
    ],
    indicators: [
      { kind: 'QUANTITATIVE', name: { kk: 'Қатысушылар саны' }, unit: 'адам', baseline: 0, target: 5000, method: { kk: 'Тіркеу парақтары' } },
      { kind: 'QUALITATIVE', name: { kk: 'Қанағаттану деңгейі' }, unit: '%', baseline: 40, target: 80, method: { kk: 'Сауалнама' } },
    ],
    innovation: { kk: 'Мобильді қосымша арқылы ұпай жинау' },
    sustainability: { kk: 'Материалдар ашық қолжетімді' },
    partners: [],
    risks: [],
  },
  annex5: {
    lines: [
      { id: 'l1', category: 'SALARY', name: { kk: 'Еңбекақы' }, unit: 'ай', quantity: 9, unitCost: 800_000, isInstitutionalSupport: false },
      { id: 'l2', category: 'EVENTS', name: { kk: 'Семинарлар' }, unit: 'іс-шара', quantity: 4, unitCost: 450_000, isInstitutionalSupport: false },
      { id: 'l3', category: 'EQUIPMENT', name: { kk: 'Ноутбук' }, unit: 'дана', quantity: 2, unitCost: 500_000, isInstitutionalSupport: true },
    ],
  },
};
