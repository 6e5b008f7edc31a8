/**
 * Reference data, organisations, accounts, NGO database reports and the expert register.
 */
import { almatyInstant, ngoDatabaseReportDeadline, requiredNgoDatabaseReportYear } from '../../lib/rules';
import type { NominationSource, Prisma } from '../../lib/generated/prisma/client';
import { toLanguageDocuments, type NgoDatabaseReportForm } from '../../lib/validation/ngo-database-report';
import { NGO_CONTENT, toRussianSpelling } from './application-content';
import { decreeTransfer } from './clock';
import { HEAD_EMAIL, direction, org, user, type SeedContext } from './context';
import { BANKS, makeBin, makeIban, makeIin } from './ids';
import { ORGANIZATIONS } from './organizations';
import { NGO_KEYS, PEOPLE, type NgoKey } from './people';
import { DIRECTIONS, MRP_RATES, REGIONS } from './reference';

export async function loadReference(ctx: SeedContext): Promise<void> {
  const { tx } = ctx;
  for (const [i, r] of REGIONS.entries()) {
    const row = await tx.region.create({ data: { ...r, sortOrder: i + 1 }, select: { id: true } });
    ctx.regions.set(r.code, row.id);
  }
  for (const d of DIRECTIONS) {
    const row = await tx.direction.create({ data: { ...d, sortOrder: d.number }, select: { id: true } });
    ctx.directions.set(d.number, row.id);
  }
  await tx.mrpRate.createMany({ data: Object.entries(MRP_RATES).map(([year, amount]) => ({ year: Number(year), amountKzt: BigInt(amount) })) });
}

/** Users first (organisations reference them for the status flags), then organisations and cabinets. */
export async function loadOrganizationsAndUsers(ctx: SeedContext, passwordHashes: Map<string, string>): Promise<void> {
  const { tx, clock } = ctx;
  for (const p of PEOPLE) {
    const iin = makeIin(p.birthDate, p.sex, p.iinSerial);
    const passwordHash = passwordHashes.get(p.email);
    if (!passwordHash) throw new Error(`seed: no password hash for ${p.email}`);
    const row = await tx.user.create({
      data: {
        email: p.email,
        name: p.name,
        passwordHash,
        role: p.role,
        locale: p.locale,
        iin,
        phone: p.phone,
        emailVerifiedAt: clock.at(-420, '10:00'),
      },
      select: { id: true },
    });
    ctx.users.set(p.email, row.id);
    ctx.iins.set(p.email, iin);
  }

  const byEmail = new Map(PEOPLE.map((p) => [p.email, p]));
  const operatorUser = user(ctx, 'operator@demeu.kz');

  for (const o of ORGANIZATIONS) {
    const bin = makeBin(o.registeredOn, o.binSerial);
    const head = o.headEmail ? byEmail.get(o.headEmail) : undefined;
    const bank = BANKS[o.bank];
    const row = await tx.organization.create({
      data: {
        kind: o.kind,
        bin,
        legalForm: o.legalForm,
        nameKk: o.nameKk,
        nameRu: o.nameRu,
        nameEn: o.nameEn,
        shortNameKk: o.shortNameKk,
        shortNameRu: o.shortNameRu,
        charterSubjectKk: o.charterSubjectKk ?? null,
        charterSubjectRu: o.charterSubjectRu ?? null,
        charterPurposeKk: o.charterPurposeKk ?? null,
        charterPurposeRu: o.charterPurposeRu ?? null,
        activityTypes: o.activityTypes,
        regionId: ctx.regions.get(o.regionCode) ?? null,
        legalAddress: o.legalAddress,
        actualAddress: o.actualAddress,
        phone: o.phone,
        email: o.email,
        website: o.website ?? null,
        registeredOn: clock.date(o.registeredOn),
        headFullName: head?.name ?? o.headFullName ?? null,
        headPosition: o.headPosition,
        headIin: o.headEmail ? (ctx.iins.get(o.headEmail) ?? null) : null,
        headPhone: head?.phone ?? null,
        headEmail: o.headEmail ?? null,
        bankName: `${bank.nameKk} / ${bank.nameRu}`,
        iban: makeIban(o.bank, o.account13),
        bic: bank.bic,
        kbe: o.kbe,
        isCentralBody: o.isCentralBody ?? false,
        // EL-1: «Болашақ жастары» — property arrested by a bailiff's order (eligibility refusals).
        ...(o.key === 'n3'
          ? { propertyArrested: true, propertyArrestSetAt: clock.at(-20, '16:40'), propertyArrestSetById: operatorUser }
          : {}),
      },
      select: { id: true, bin: true, nameKk: true, nameRu: true },
    });
    ctx.orgs.set(o.key, row);
  }

  for (const p of PEOPLE) {
    if (!p.membership) continue;
    await tx.organizationMembership.create({
      data: {
        organizationId: org(ctx, p.membership.org).id,
        userId: user(ctx, p.email),
        role: p.membership.role,
        position: p.membership.position,
        createdAt: clock.at(-400, '12:00'),
      },
    });
  }

  for (const o of ORGANIZATIONS) {
    for (const [i, p] of o.persons.entries()) {
      await tx.organizationPerson.create({
        data: {
          organizationId: org(ctx, o.key).id,
          role: p.role,
          fullName: p.fullName,
          iin: p.accountEmail ? (ctx.iins.get(p.accountEmail) ?? null) : p.person ? makeIin(p.person.birthDate, p.person.sex, p.person.serial) : null,
          bin: p.orgKey ? org(ctx, p.orgKey).bin : p.outsideBin ? makeBin(p.outsideBin.registeredOn, p.outsideBin.serial) : null,
          userId: p.accountEmail ? user(ctx, p.accountEmail) : null,
          position: p.position ?? null,
          sharePercent: p.role === 'FOUNDER' && o.legalForm === 'PUBLIC_ASSOCIATION' ? null : (p.sharePercent ?? null),
          since: clock.date(p.since),
          createdAt: clock.minutesLater(clock.at(-400, '12:00'), i),
        },
      });
    }
  }
}

/**
 * The NGO database report of `key` for `year`, complete in both languages (DB-6), as the
 * bilingual form object of the portal; stored through `toLanguageDocuments` exactly as a
 * report filed in the portal.
 */
function reportOf(ctx: SeedContext, key: NgoKey, year: number): NgoDatabaseReportForm {
  const seed = ORGANIZATIONS.find((o) => o.key === key);
  if (!seed) throw new Error(`seed: no report content for ${key}`);
  const content = NGO_CONTENT[key];
  const head = PEOPLE.find((p) => p.email === HEAD_EMAIL[key]);
  if (!head) throw new Error(`seed: no head for ${key}`);
  const n = NGO_KEYS.indexOf(key) + 1;
  const income = 18_000_000 + n * 4_350_000 + (year % 2) * 1_200_000;
  const grant = Math.round(income * 0.55);
  const order = Math.round(income * 0.25);
  const fees = seed.legalForm === 'PUBLIC_ASSOCIATION' ? Math.round(income * 0.04) : 0;
  const donations = income - grant - order - fees;
  const projects = Math.round(income * 0.78);
  const admin = Math.round(income * 0.12);
  const assets = content.property.reduce((s, p) => s + p.valueKzt, 0) + Math.round(income * 0.1);
  const identifierOf = (p: (typeof seed.persons)[number]): string => {
    if (p.accountEmail) return ctx.iins.get(p.accountEmail) ?? '';
    if (p.person) return makeIin(p.person.birthDate, p.person.sex, p.person.serial);
    if (p.orgKey) return org(ctx, p.orgKey).bin;
    if (p.outsideBin) return makeBin(p.outsideBin.registeredOn, p.outsideBin.serial);
    return '';
  };
  return {
    general: {
      legalAddress: { kk: seed.legalAddress, ru: content.legalAddressRu },
      headFullName: { kk: head.name, ru: toRussianSpelling(head.name) },
      activities: { kk: seed.charterSubjectKk ?? '', ru: seed.charterSubjectRu ?? '' },
      branches: { kk: '', ru: '' },
      staffCount: content.staffCount,
      volunteersCount: content.volunteersCount,
      beneficiariesCount: 600 + n * 215,
    },
    founders: {
      items: seed.persons
        .filter((p) => p.role === 'FOUNDER')
        .map((p) => ({
          name: { kk: p.fullName, ru: p.orgKey ? org(ctx, p.orgKey).nameRu : toRussianSpelling(p.fullName) },
          identifier: identifierOf(p),
          sharePercent: null,
        })),
    },
    property: { items: content.property.map((p) => ({ description: { ...p.description }, valueKzt: p.valueKzt })) },
    finances: {
      sources: [
        { type: 'STATE_GRANT', note: { kk: '«Азаматтық бастамаларды қолдау орталығы» КеАҚ', ru: 'НАО «Центр поддержки гражданских инициатив»' }, amountKzt: grant },
        { type: 'SOCIAL_ORDER', note: { kk: '', ru: '' }, amountKzt: order },
        ...(fees > 0 ? [{ type: 'MEMBERSHIP_FEES' as const, note: { kk: '', ru: '' }, amountKzt: fees }] : []),
        { type: 'DONATIONS_RESIDENT', note: { kk: 'Жергілікті кәсіпкерлердің қайырымдылық көмегі', ru: 'Благотворительная помощь местного бизнеса' }, amountKzt: donations },
      ],
      spending: [
        { direction: { kk: 'Әлеуметтік жобаларды іске асыру', ru: 'Реализация социальных проектов' }, amountKzt: projects },
        { direction: { kk: 'Әкімшілік шығыстар', ru: 'Административные расходы' }, amountKzt: admin },
      ],
    },
    projects: {
      items: [
        {
          title: { ...content.yearProject.title },
          customer: { ...content.yearProject.customer },
          amountKzt: grant,
          startDate: `${year}-03-01`,
          endDate: `${year}-11-30`,
        },
      ],
    },
    balance: { assetsKzt: assets, liabilitiesKzt: Math.round(assets * 0.18) },
  };
}

/**
 * NGO database reports (DB-1): for the report year competitions check now (EL-2) most NGOs
 * reported on time and were approved; «Денсаулық әлемі» (n7) has none, «Арал балалары» (n8)
 * reported late. The year before, everybody reported on time.
 */
export async function loadNgoDatabaseReports(ctx: SeedContext): Promise<void> {
  const { tx, clock } = ctx;
  const year = requiredNgoDatabaseReportYear(clock.now);
  const operatorUser = user(ctx, 'operator@demeu.kz');
  for (const reportYear of [year - 1, year]) {
    const deadline = ngoDatabaseReportDeadline(reportYear);
    for (const [i, key] of NGO_KEYS.entries()) {
      if (reportYear === year && key === 'n7') continue; // missing
      let submittedAt = almatyInstant(`${reportYear + 1}-03-${String(3 + i * 3).padStart(2, '0')}`, '11:20');
      if (reportYear === year && key === 'n8') {
        // late: a couple of weeks after 31 March (but never in the future)
        const late = deadline.getTime() + 15 * 86_400_000;
        const mid = deadline.getTime() + Math.floor((clock.now.getTime() - deadline.getTime()) / 2);
        submittedAt = new Date(Math.min(late, mid));
      }
      submittedAt = clock.past(submittedAt);
      const approvedAt = clock.past(new Date(submittedAt.getTime() + 3 * 86_400_000));
      const docs = toLanguageDocuments(reportOf(ctx, key, reportYear));
      await tx.ngoDatabaseReport.create({
        data: {
          organizationId: org(ctx, key).id,
          year: reportYear,
          status: 'APPROVED',
          sectionsKk: docs.kk as Prisma.InputJsonValue,
          sectionsRu: docs.ru as Prisma.InputJsonValue,
          submittedAt,
          submittedById: user(ctx, HEAD_EMAIL[key]),
          reviewedAt: approvedAt,
          reviewedById: operatorUser,
          approvedAt,
          version: 1,
          createdAt: new Date(submittedAt.getTime() - 5 * 86_400_000),
        },
      });
    }
  }
}

interface ExpertSeed {
  email: string;
  source: NominationSource;
  nominatedBy?: NgoKey;
  employerName: string;
  employerKey?: 'operator';
  position: string;
  operatorEmployee?: boolean;
  affiliatedWith?: NgoKey[];
  qualificationKk: string;
  qualificationRu: string;
  directions: [number, number][];
}

const EXPERTS: readonly ExpertSeed[] = [
  {
    email: 'expert@demeu.kz',
    source: 'NGO',
    nominatedBy: 'n9',
    employerName: 'Л.Н. Гумилев атындағы Еуразия ұлттық университеті',
    position: 'Саясаттану кафедрасының доценті',
    qualificationKk: 'Саяси ғылымдар кандидаты; азаматтық қоғам және қоғамдық кеңестер бойынша 8 жылдық сараптама тәжірибесі',
    qualificationRu: 'Кандидат политических наук; 8 лет экспертной работы по гражданскому обществу и общественным советам',
    directions: [[15, 8], [12, 5], [11, 3]],
  },
  {
    email: 'expert2@demeu.kz',
    source: 'NGO',
    nominatedBy: 'n9',
    employerName: '«Қоғамдық келісім» РММ',
    position: 'Талдау бөлімінің бас сарапшысы',
    qualificationKk: 'Әлеуметтану магистрі; этносаралық қатынастар саласындағы зерттеулер',
    qualificationRu: 'Магистр социологии; исследования в сфере межэтнических отношений',
    directions: [[12, 6], [15, 4], [10, 3]],
  },
  {
    email: 'expert3@demeu.kz',
    source: 'NGO',
    nominatedBy: 'n5',
    employerName: 'Торайғыров университеті',
    position: 'Тарих кафедрасының профессоры',
    qualificationKk: 'Тарих ғылымдарының докторы; этномәдени бірлестіктермен жұмыс тәжірибесі',
    qualificationRu: 'Доктор исторических наук; опыт работы с этнокультурными объединениями',
    directions: [[12, 7], [15, 2]],
  },
  {
    email: 'expert4@demeu.kz',
    source: 'NGO',
    nominatedBy: 'n8',
    employerName: 'Оңтүстік Қазақстан медициналық академиясы',
    position: 'Әлеуметтік жұмыс кафедрасының аға оқытушысы',
    affiliatedWith: ['n2'],
    qualificationKk: 'Әлеуметтік жұмыс магистрі; әлеуметтік осал топтармен жұмыс',
    qualificationRu: 'Магистр социальной работы; работа с социально уязвимыми группами',
    directions: [[6, 5], [12, 3], [15, 2]],
  },
  {
    email: 'expert5@demeu.kz',
    source: 'NGO',
    nominatedBy: 'n4',
    employerName: 'Ә.Х. Марғұлан атындағы Археология институты',
    position: 'Жетекші ғылыми қызметкер',
    qualificationKk: 'Тарих магистрі; тарихи-мәдени мұра объектілерін құжаттау',
    qualificationRu: 'Магистр истории; документирование объектов историко-культурного наследия',
    directions: [[11, 6], [10, 5], [2, 2]],
  },
  {
    email: 'expert6@demeu.kz',
    source: 'OPERATOR',
    employerName: 'Әл-Фараби атындағы Қазақ ұлттық университеті',
    position: 'Мемлекеттік басқару кафедрасының профессоры',
    qualificationKk: 'Экономика ғылымдарының докторы; әлеуметтік жобаларды бағалау',
    qualificationRu: 'Доктор экономических наук; оценка социальных проектов',
    directions: [[15, 10], [12, 4], [11, 3], [2, 3]],
  },
  {
    email: 'expert7@demeu.kz',
    source: 'NGO',
    nominatedBy: 'n9',
    employerName: '«Jas Qadam» жастар ресурстық орталығы',
    position: 'Жоба менеджері',
    qualificationKk: 'Бакалавр; жастар саясаты саласында 1 жылдық тәжірибе',
    qualificationRu: 'Бакалавр; 1 год опыта в сфере молодёжной политики',
    directions: [[4, 1]],
  },
  {
    email: 'expert8@demeu.kz',
    source: 'OPERATOR',
    employerName: '«Азаматтық бастамаларды қолдау орталығы» КеАҚ',
    employerKey: 'operator',
    position: 'Мониторинг бөлімінің менеджері',
    operatorEmployee: true,
    qualificationKk: 'Мемлекеттік басқару магистрі; гранттық жобалар мониторингі',
    qualificationRu: 'Магистр государственного управления; мониторинг грантовых проектов',
    directions: [[15, 3]],
  },
];

export async function loadExperts(ctx: SeedContext): Promise<void> {
  const { tx, clock } = ctx;
  const operatorUser = user(ctx, 'operator@demeu.kz');
  for (const [i, e] of EXPERTS.entries()) {
    const row = await tx.expert.create({
      data: {
        userId: user(ctx, e.email),
        nominationSource: e.source,
        nominatedByOrganizationId: e.nominatedBy ? org(ctx, e.nominatedBy).id : null,
        employerName: e.employerName,
        employerOrganizationId: e.employerKey ? org(ctx, e.employerKey).id : null,
        position: e.position,
        operatorEmployee: e.operatorEmployee ?? false,
        affiliatedOrganizationIds: (e.affiliatedWith ?? []).map((k) => org(ctx, k).id),
        qualificationKk: e.qualificationKk,
        qualificationRu: e.qualificationRu,
        status: 'APPROVED',
        approvedAt: clock.at(-380 + i * 5, '15:00'),
        approvedById: operatorUser,
        createdAt: clock.at(-390 + i * 5, '10:00'),
        directions: {
          create: e.directions.map(([n, years]) => ({ directionId: direction(ctx, n), yearsOfExperience: years })),
        },
      },
      select: { id: true },
    });
    ctx.experts.set(e.email, row.id);
  }
}

/** DL-2 override example: a decree-moved day off at the end of the current year. */
export async function loadCalendarOverrides(ctx: SeedContext): Promise<void> {
  const { tx, clock } = ctx;
  const { dayOff, workingSaturday } = decreeTransfer(clock.year);
  const admin = user(ctx, 'admin@demeu.kz');
  await tx.calendarOverride.createMany({
    data: [
      {
        date: clock.date(dayOff),
        kind: 'DAY_OFF',
        reason: `ҚР Үкіметінің қаулысы бойынша демалыс күні ${workingSaturday} (сенбі) күнінен ${dayOff} күніне ауыстырылды / Выходной день перенесён с субботы ${workingSaturday} на ${dayOff} постановлением Правительства РК (демо-пример)`,
        createdById: admin,
      },
      {
        date: clock.date(workingSaturday),
        kind: 'WORKING_DAY',
        reason: `Жұмыс күні: ${dayOff} демалыс күнінің орнына / Рабочий день взамен выходного ${dayOff} (демо-пример)`,
        createdById: admin,
      },
    ],
  });
}
