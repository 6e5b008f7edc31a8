// Grant annexes 1–5 filled so that they pass the strict annex schemas (lib/validation/forms/grant):
// a complete application, used by the submission tests and by the deadline-spike and fault
// benchmarks' bulk drafts.
import type { Prisma } from '@/lib/generated/prisma/client';

const kk = (text: string) => ({ kk: text });
export const COMPLETE_GRANT_SECTIONS = {
  annex1: {
    projectTitle: kk('Бөлек жина — қаланы сақта'),
    requestedKzt: 10_000_000,
    ownContributionKzt: 500_000,
    periodStart: '2027-02-01',
    periodEnd: '2027-11-30',
    geography: kk('Алматы қаласы, Әуезов ауданы'),
    summary: kk('Қалдықтарды бөлек жинауға тұрғындарды тарту.'),
    contactPerson: { fullName: 'Айгерім Нұрланова', position: 'Жоба жетекшісі', phone: '+7 701 234 5678', email: 'aigerim@example.kz' },
    signatory: { fullName: 'Айгерім Нұрланова', position: 'Төраға' },
  },
  annex2: {
    legalName: kk('«Жасыл қала» қоғамдық бірлестігі'),
    bin: '100140000003',
    registrationDate: '2010-01-14',
    legalAddress: kk('Алматы, Абай даңғылы, 1'),
    actualAddress: kk('Алматы, Абай даңғылы, 1'),
    charterSubject: kk('Экологиялық білім беру'),
    charterPurpose: kk('Қаланың экологиясын жақсарту'),
    head: { fullName: 'Айгерім Нұрланова', position: 'Төраға', phone: '+7 701 234 5678', email: 'aigerim@example.kz' },
    phone: '+7 727 123 4567',
    email: 'info@example.kz',
    bank: { name: 'Halyk Bank', bic: 'HSBKKZKX', iban: 'KZ86125KZT5004100100' },
    staffCount: 12,
  },
  annex3: {
    experienceYears: 10,
    experience: kk('Он жыл экологиялық жобалар.'),
    pastProjects: [],
    team: [{ fullName: 'Ержан Қалиев', role: kk('Тренер'), qualification: kk('Фасилитатор сертификаты'), experienceYears: 5 }],
    materialBase: kk('Кеңсе, проектор, ноутбуктар'),
  },
  annex4: {
    problem: kk('Қалдықтардың 8%-ы ғана бөлек жиналады (статистика).'),
    sources: [{ title: 'Статистика бюросы, 2025' }],
    targetGroups: [{ category: kk('Аула тұрғындары'), count: 5000 }],
    directBeneficiaries: 5000,
    indirectBeneficiaries: 20000,
    goal: kk('Бөлек жинауға қатысуды 35%-ға жеткізу'),
    tasks: [{ text: kk('Тұрғындарды оқыту') }],
    activities: [
      {
        title: kk('Аулалардағы семинарлар'),
        startDate: '2027-02-01',
        endDate: '2027-05-31',
        place: kk('Алматы'),
        responsible: 'Ержан Қалиев',
        expectedResult: kk('60 аулада семинар'),
      },
    ],
    indicators: [
      { kind: 'QUANTITATIVE', name: kk('Қатысушылар саны'), unit: 'адам', baseline: 0, target: 5000, method: kk('Тіркеу парақтары') },
      { kind: 'QUALITATIVE', name: kk('Қанағаттану деңгейі'), unit: 'балл', baseline: 2, target: 4, method: kk('Сауалнама, 1–5 шкала') },
    ],
    innovation: kk('Мобильді қосымша арқылы есепке алу'),
    sustainability: kk('Аула кеңестері жұмысты жалғастырады'),
  },
  annex5: {
    lines: [
      { id: 'l1', category: 'SALARY', name: kk('Жоба командасының еңбекақысы'), unit: 'ай', quantity: 10, unitCost: 950_000, isInstitutionalSupport: false },
      { id: 'l2', category: 'EQUIPMENT', name: kk('Ноутбук'), unit: 'дана', quantity: 1, unitCost: 500_000, isInstitutionalSupport: true },
    ],
  },
} satisfies Record<string, Prisma.InputJsonValue>;
