/**
 * 4. The NGO award cycle (AWARD) of the ministry, placed in the phase the yearly calendar
 * gives for today (AW-5..AW-10): accepting applications → candidate list → scoring
 * (winner selection) → winners published / paid.
 */
import { awardCalendar, splitAward, type ApplicationStatus, type CompetitionStatus } from '../../lib/rules';
import { createApplication, type StatusStep } from './applications';
import { direction, org, user, type SeedContext } from './context';
import { AWARD_CRITERIA, AWARD_REQUIRED_DOCUMENTS } from './forms';
import { BANKS, makeIban } from './ids';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE, type NgoKey } from './people';
import { DIRECTIONS, mrpFor } from './reference';

const NOMINATIONS: {
  ngo: NgoKey;
  direction: number;
  submitDay: number;
  contributionKk: string;
  innovationsKk: string;
  projects: { name: string; period: string; results: string }[];
  recommendations: { authorName: string; authorPosition: string; authorOrganization: string; authorKind: 'NGO' | 'STATE_BODY' | 'OTHER' }[];
}[] = [
  {
    ngo: 'n4',
    direction: 15,
    submitDay: 14,
    contributionKk: 'Ұйым 2019 жылдан бері 14 өңірдегі қоғамдық кеңестердің 600-ден астам мүшесін оқытты, «Қоғамдық кеңес мектебі» бағдарламасын әзірледі.',
    innovationsKk: 'Қоғамдық кеңестер отырыстарының онлайн-трансляциясы және азаматтардың өтініштерін цифрлық бақылау құралы.',
    projects: [
      { name: 'Қоғамдық кеңес мектебі', period: '2023-02-01 — 2023-11-30', results: '14 өңір, 620 қатысушы' },
      { name: 'Ашық әкімдік: азаматтық мониторинг', period: '2024-03-01 — 2024-12-01', results: '85 мемлекеттік қызметке мониторинг жүргізілді' },
    ],
    recommendations: [
      { authorName: 'Мұрат Серікұлы Әлиев', authorPosition: 'Төраға', authorOrganization: 'Астана қаласының Қоғамдық кеңесі', authorKind: 'OTHER' },
      { authorName: 'Айнұр Болатқызы Жақсыбекова', authorPosition: 'Басқарма басшысы', authorOrganization: 'Астана қаласының Қоғамдық даму басқармасы', authorKind: 'STATE_BODY' },
      { authorName: 'Ерлан Бақытжанұлы Жолдасов', authorPosition: 'Атқарушы директор', authorOrganization: '«Қазақстан ҮЕҰ одағы» ЗТБ', authorKind: 'NGO' },
    ],
  },
  {
    ngo: 'n5',
    direction: 15,
    submitDay: 27,
    contributionKk: 'Павлодар облысында ҮЕҰ-ға арналған ресурстық орталық жұмыс істейді: 3 жылда 140 ұйымға консультация берілді.',
    innovationsKk: 'Шағын ҮЕҰ-ға арналған «тәлімгер-ұйым» әдісі.',
    projects: [
      { name: 'ҮЕҰ ресурстық орталығы', period: '2023-01-15 — 2025-12-20', results: '140 ұйымға консультация, 35 жаңа бастама' },
    ],
    recommendations: [
      { authorName: 'Бекзат Қайратұлы Мұхамеджанов', authorPosition: 'Бөлім басшысы', authorOrganization: 'Павлодар облысының Ішкі саясат басқармасы', authorKind: 'STATE_BODY' },
      { authorName: 'Ольга Викторовна Ким', authorPosition: 'Директор', authorOrganization: '«Достық үйі» КММ', authorKind: 'OTHER' },
    ],
  },
  {
    ngo: 'n8',
    direction: 7,
    submitDay: 21,
    contributionKk: 'Арал өңірінде көпбалалы отбасылардың 900-ден астам баласы тегін үйірмелер мен жазғы мектептерге тартылды.',
    innovationsKk: 'Ауылдық мектептердегі «тәлімгер-студент» бағдарламасы және мобильді кітапхана.',
    projects: [
      { name: 'Арал жазғы мектебі', period: '2023-06-01 — 2023-08-31', results: '240 бала' },
      { name: 'Тәлімгер-студент', period: '2024-09-01 — 2025-05-31', results: '60 тәлімгер, 300 бала' },
    ],
    recommendations: [
      { authorName: 'Гүлжан Әбдіқадырқызы Сейітова', authorPosition: 'Аудан әкімінің орынбасары', authorOrganization: 'Арал ауданы әкімдігі', authorKind: 'STATE_BODY' },
      { authorName: 'Мәлік Есенұлы Дәулетов', authorPosition: 'Директор', authorOrganization: '№ 45 жалпы білім беретін мектеп, Арал қ.', authorKind: 'OTHER' },
    ],
  },
  {
    ngo: 'n2',
    direction: 7,
    submitDay: 30,
    contributionKk: 'Шымкентте 5 жыл бойы көпбалалы және толық емес отбасыларға тұрақты көмек көрсетілді: 1 300 отбасы қамтылды.',
    innovationsKk: 'Отбасыларды қолдаудың жеке жоспары және еріктілердің «аула елшілері» желісі.',
    projects: [
      { name: 'Мейірімді аула', period: '2023-04-01 — 2023-12-20', results: '520 отбасы' },
      { name: 'Мектепке жол', period: '2024-08-01 — 2024-09-15', results: '780 балаға оқу құралдары' },
    ],
    recommendations: [
      { authorName: 'Әлия Нұрланқызы Тұрсынбекова', authorPosition: 'Бөлім басшысы', authorOrganization: 'Шымкент қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы', authorKind: 'STATE_BODY' },
      { authorName: 'Асқар Ермекұлы Бекболатов', authorPosition: 'Төраға', authorOrganization: '«Шаңырақ» көпбалалы отбасылар бірлестігі', authorKind: 'NGO' },
    ],
  },
];

/** The nominee's recommendations with their contact phones (AW-14), as the form and the rows hold them. */
function recommendationsOf(n: (typeof NOMINATIONS)[number], seq: number, cycleYear: number) {
  return n.recommendations.map((r, i) => ({ ...r, phone: `+7 701 55${seq} ${10 + i}${i} 0${i}`, issuedOn: `${cycleYear}-08-0${1 + i}` }));
}

export async function loadAwardCycle(ctx: SeedContext): Promise<{ competitionId: string; status: CompetitionStatus }> {
  const { tx, clock } = ctx;
  const cycleYear = clock.today >= `${clock.year}-06-20` ? clock.year : clock.year - 1;
  const cal = awardCalendar(cycleYear, clock.cal);
  const mrp = mrpFor(cycleYear);
  const perDirection = BigInt(mrp) * 2000n; // AW-3 minimum: 2,000 MRP
  const announcedAt = clock.at(clock.workdayOnOrBefore(`${cycleYear}-06-20`), '10:00');
  const candidatesAt = clock.at(cal.candidateListBy, '17:00');
  const resultsAt = clock.at(clock.addDays(cal.winnersBy, -3), '12:00');
  const paymentDone = clock.now.getTime() > clock.endOf(cal.paymentBy).getTime();

  let status: CompetitionStatus;
  if (clock.now.getTime() <= cal.applyDeadline.getTime()) status = 'OPEN';
  else if (clock.now.getTime() < candidatesAt.getTime()) status = 'ADMISSION';
  else if (clock.today < cal.winnersBy) status = 'SCORING';
  else status = 'RESULTS_PUBLISHED';

  const { competitionId, lotByDirection } = await createAwardCycle(ctx, {
    cycleYear,
    status,
    perDirection,
    mrp,
    announcedAt,
    deadlineAt: cal.applyDeadline,
    reviewDueOn: cal.candidateListBy,
    candidatesPublishedAt: status === 'OPEN' || status === 'ADMISSION' ? null : candidatesAt,
    resultsDueOn: cal.winnersBy,
    resultsPublishedAt: status === 'RESULTS_PUBLISHED' ? resultsAt : null,
    paymentDueOn: cal.paymentBy,
    createdAt: clock.at(`${cycleYear}-06-12`, '11:00'),
  });
  const comp = { id: competitionId };

  // Laureates when the results are out: direction 15 → one laureate; direction 7 → two, split equally (AW-11).
  const laureatesOf: Record<number, NgoKey[]> = { 15: ['n4'], 7: ['n8', 'n2'] };
  let seq = 0;
  for (const n of NOMINATIONS) {
    seq += 1;
    const o = ORGANIZATIONS.find((x) => x.key === n.ngo);
    const head = PEOPLE.find((p) => p.membership?.org === n.ngo && p.membership.role === 'HEAD');
    if (!o || !head) throw new Error(`seed: award nominee ${n.ngo}`);
    const submittedAt = clock.past(clock.at(`${cycleYear}-08-${String(n.submitDay).padStart(2, '0')}`, '15:20'));
    const isLaureate = laureatesOf[n.direction]?.includes(n.ngo) ?? false;
    const steps: StatusStep[] = [{ to: 'SUBMITTED', at: submittedAt }];
    if (status === 'SCORING' || status === 'RESULTS_PUBLISHED') {
      steps.push({ to: 'ADMITTED', at: candidatesAt, reason: 'AW-7: үміткерлер тізбесіне енгізілді / включён в список соискателей' });
      steps.push({ to: 'UNDER_REVIEW', at: clock.minutesLater(candidatesAt, 60), actor: null });
    }
    if (status === 'RESULTS_PUBLISHED') {
      steps.push({ to: 'SCORED', at: clock.minutesLater(resultsAt, -24 * 60), actor: null });
      steps.push({ to: isLaureate ? 'WINNER' : 'NOT_WINNER', at: resultsAt });
      if (isLaureate && paymentDone) steps.push({ to: 'PAID' as ApplicationStatus, at: clock.at(clock.addDays(cal.paymentBy, -2), '12:00') });
    }
    const lotId = lotByDirection.get(n.direction) ?? null;
    const appId = await createApplication(ctx, {
      competitionId: comp.id,
      lotId,
      ngo: n.ngo,
      formVersion: 'award-2026.1',
      languages: ['kk'],
      projectTitleKk: o.nameKk,
      projectTitleRu: o.nameRu,
      createdAt: clock.past(clock.at(`${cycleYear}-08-${String(n.submitDay - 4).padStart(2, '0')}`, '10:00')),
      sections: {
        award1: {
          data: {
            addressee: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
            applicantName: o.nameKk,
            directionNumber: n.direction,
            fillDate: submittedAt.toISOString().slice(0, 10),
            signatory: { fullName: head.name, position: o.headPosition },
          },
          complete: true,
        },
        award2: {
          data: {
            legalName: o.nameKk,
            registrationDate: o.registeredOn,
            bin: org(ctx, n.ngo).bin,
            legalAddress: o.legalAddress,
            actualAddress: o.actualAddress,
            activitySubject: o.charterSubjectKk ?? '',
            activityPurpose: o.charterPurposeKk ?? '',
            head: { fullName: head.name, position: o.headPosition, phone: head.phone, email: head.email },
            bank: { name: BANKS[o.bank].nameKk, bic: BANKS[o.bank].bic, iban: makeIban(o.bank, o.account13) },
          },
          complete: true,
        },
        award3: {
          data: { contribution: n.contributionKk, directionNumber: n.direction, experienceProjects: n.projects, innovations: n.innovationsKk },
          complete: true,
        },
        awardRecommendations: { data: { recommendations: recommendationsOf(n, seq, cycleYear) }, complete: true },
      },
      submittedAt,
      steps,
      ...(status === 'SCORING' || status === 'RESULTS_PUBLISHED' ? { admission: { admitted: true, reasons: [], at: candidatesAt } } : {}),
    });
    await tx.awardNomination.create({
      data: {
        applicationId: appId,
        directionId: direction(ctx, n.direction),
        recommendationsCount: n.recommendations.length,
        recommendations: {
          create: recommendationsOf(n, seq, cycleYear).map((r) => ({ ...r, issuedOn: clock.date(r.issuedOn) })),
        },
      },
    });
  }

  if (status === 'RESULTS_PUBLISHED') {
    for (const [dn, keys] of Object.entries(laureatesOf)) {
      const shares = splitAward(Number(perDirection), keys.length);
      const base = Math.floor(Number(perDirection) / keys.length);
      for (const [i, key] of keys.entries()) {
        const app = await tx.application.findFirstOrThrow({ where: { competitionId: comp.id, organizationId: org(ctx, key).id }, select: { id: true } });
        await tx.laureate.create({
          data: {
            competitionId: comp.id,
            applicationId: app.id,
            organizationId: org(ctx, key).id,
            directionId: direction(ctx, Number(dn)),
            year: cycleYear,
            rank: i + 1,
            amountKzt: BigInt(shares[i] ?? 0),
            remainderKzt: BigInt((shares[i] ?? 0) - base),
            diplomaNumber: `№ ${cycleYear}/${dn}-${i + 1}`,
            paidAt: paymentDone ? clock.at(clock.addDays(cal.paymentBy, -2), '12:00') : null,
          },
        });
      }
    }
  }
  return { competitionId: comp.id, status };
}

interface AwardCycleDates {
  cycleYear: number;
  status: CompetitionStatus;
  perDirection: bigint;
  mrp: number;
  announcedAt: Date;
  deadlineAt: Date;
  reviewDueOn: string;
  candidatesPublishedAt: Date | null;
  resultsDueOn: string;
  resultsPublishedAt: Date | null;
  paymentDueOn: string;
  createdAt: Date;
}

/** The ministry's award competition of a cycle with one lot per AWARD direction (AW-4). */
async function createAwardCycle(ctx: SeedContext, c: AwardCycleDates): Promise<{ competitionId: string; lotByDirection: Map<number, string> }> {
  const { tx, clock } = ctx;
  const { cycleYear, status, perDirection, mrp, announcedAt } = c;
  const ministryUser = user(ctx, 'ministry@demeu.kz');
  const comp = await tx.competition.create({
    data: {
      kind: 'AWARD',
      code: `AW-${cycleYear}`,
      organizerId: org(ctx, 'ministry').id,
      titleKk: `${cycleYear} жылғы үкіметтік емес ұйымдарға арналған сыйлықақы`,
      titleRu: `Премия для неправительственных организаций ${cycleYear} года`,
      titleEn: `NGO Award ${cycleYear}`,
      descriptionKk: 'Сыйлықақы республикалық, салалық және өңірлік деңгейлердегі әлеуметтік міндеттерді шешуге қосқан үлесі үшін 15 бағыт бойынша беріледі.',
      descriptionRu: 'Премия присуждается за вклад в решение социальных задач на республиканском, отраслевом и региональном уровнях по 15 направлениям.',
      year: cycleYear,
      status,
      aggregation: 'MEAN',
      criteria: AWARD_CRITERIA,
      requiredDocuments: AWARD_REQUIRED_DOCUMENTS,
      languages: ['kk', 'ru'],
      budgetKzt: perDirection * 15n,
      mrpKzt: BigInt(mrp),
      settings: {
        minAwardMrp: 2000,
        cooldownYears: 3,
        directionsPerNgo: 1,
        minRecommendations: 2,
        recommendationYears: 3,
        candidateListWorkingDays: 10,
      },
      announcedAt,
      opensAt: announcedAt,
      deadlineAt: c.deadlineAt,
      reviewDueOn: clock.date(c.reviewDueOn),
      candidatesPublishedAt: c.candidatesPublishedAt,
      resultsDueOn: clock.date(c.resultsDueOn),
      resultsPublishedAt: c.resultsPublishedAt,
      paymentDueOn: clock.date(c.paymentDueOn),
      createdById: ministryUser,
      createdAt: c.createdAt,
    },
    select: { id: true },
  });
  const lotByDirection = new Map<number, string>();
  for (const d of DIRECTIONS.filter((x) => x.kinds.includes('AWARD'))) {
    const lot = await tx.lot.create({
      data: {
        competitionId: comp.id,
        number: d.number,
        directionId: direction(ctx, d.number),
        titleKk: d.nameKk,
        titleRu: d.nameRu,
        titleEn: d.nameEn,
        budgetKzt: perDirection,
        status,
      },
      select: { id: true },
    });
    lotByDirection.set(d.number, lot.id);
  }
  return { competitionId: comp.id, lotByDirection };
}

/**
 * The NEXT cycle, announced early (AW-5 says "by 1 July": earlier is allowed) and OPEN for
 * nominations until 1 September of its year — so NGOs can fill a nomination in the demo
 * whatever the date.
 */
export async function loadNextAwardCycle(ctx: SeedContext): Promise<{ competitionId: string }> {
  const { clock } = ctx;
  const cycleYear = (clock.today >= `${clock.year}-06-20` ? clock.year : clock.year - 1) + 1;
  const cal = awardCalendar(cycleYear, clock.cal);
  const mrp = mrpFor(cycleYear);
  const announcedAt = clock.past(clock.at(clock.today, '09:00'));
  const { competitionId } = await createAwardCycle(ctx, {
    cycleYear,
    status: 'OPEN',
    perDirection: BigInt(mrp) * 2000n,
    mrp,
    announcedAt,
    deadlineAt: cal.applyDeadline,
    reviewDueOn: cal.candidateListBy,
    candidatesPublishedAt: null,
    resultsDueOn: cal.winnersBy,
    resultsPublishedAt: null,
    paymentDueOn: cal.paymentBy,
    createdAt: announcedAt,
  });
  return { competitionId };
}
