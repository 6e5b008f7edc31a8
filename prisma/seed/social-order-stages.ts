/**
 * Issue 6 — the state social order at every operator stage (lib/services/social-order/**),
 * in addition to the Almaty akimat's OPEN competition of social-order.ts:
 *  - a plan of topics under PUBLIC DISCUSSION now (stage 3, ≥ 10 working days) with one
 *    comment waiting for the state body's conclusion, and a plan not yet put to discussion;
 *  - a DRAFT competition whose announcement dates the operator sets (L2581–2584);
 *  - a competition at ADMISSION after its deadline with the SUBMITTED bids of «Жасыл қала»
 *    (ngo@), «Мейірім» (ngo2@, a dumping bid, SO-2) and ngo4@'s NGO;
 *  - a competition at the COMMISSION_MEETING with an APPROVED 5-member commission
 *    (CM-2, single organiser) whose members signed their sheets for the three SCORED bids:
 *    the operator computes the SO-1 ranking, records the votes and publishes the results.
 * Runs before issueReceipts, which numbers every submitted demo application in order of receipt.
 */
import { SOCIAL_ORDER_FORM } from '../../lib/validation/forms/social-order/technical-specification';
import { DEFAULT_RULE_SETTINGS } from '../../lib/rules';
import { direction, expert, HEAD_EMAIL, org, region, user, type SeedContext } from './context';
import { SOCIAL_ORDER_CRITERIA, SOCIAL_ORDER_REQUIRED_DOCUMENTS } from './forms';
import type { NgoKey } from './people';

const FORM_VERSION = SOCIAL_ORDER_FORM.version;

type Scores = { conformity: number; charter_goals: number; activity_plan: number; ngo_database: number; experience: number; indicators: number };

function competitionData(ctx: SeedContext, x: { code: string; status: string; titleKk: string; titleRu: string; titleEn: string; allocated: bigint; planId: string }) {
  const year = Number(ctx.clock.today.slice(0, 4));
  return {
    kind: 'SOCIAL_ORDER' as const,
    code: x.code,
    planId: x.planId,
    organizerId: org(ctx, 'akimat').id,
    titleKk: x.titleKk,
    titleRu: x.titleRu,
    titleEn: x.titleEn,
    descriptionKk: 'Тапсырыс беруші — Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы. Алдын ала төлем — шарт сомасының 50%-ына дейін.',
    descriptionRu: 'Заказчик — Управление занятости и социальных программ города Алматы. Предоплата — до 50% суммы договора.',
    year,
    status: x.status,
    windowMinDays: DEFAULT_RULE_SETTINGS.socialOrder.announcementMinCalendarDaysBeforeDeadline,
    aggregation: 'MEAN' as const,
    tieBreak: 'MARKET_EXPERIENCE',
    criteria: SOCIAL_ORDER_CRITERIA,
    requiredDocuments: SOCIAL_ORDER_REQUIRED_DOCUMENTS,
    languages: ['kk' as const, 'ru' as const],
    prepaymentMaxPercent: 50,
    dumpingPercent: 20,
    budgetKzt: x.allocated,
    allocatedKzt: x.allocated,
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
    createdById: user(ctx, 'akimat@demeu.kz'),
  };
}

/**
 * The supplier's technical specification (F-TS) in the portal's form
 * (lib/validation/forms/social-order/technical-specification.ts), complete, with the bid.
 */
function tsSections(ngoName: string, years: number, bidKzt: bigint) {
  return [
    {
      key: 'tsGoals',
      data: {
        charterGoals: ['Қарт адамдарды әлеуметтік қолдау', 'Мүгедектігі бар адамдарға көмек көрсету', 'Еріктілер қозғалысын дамыту'],
        alignment: `${ngoName}: жарғы мақсаттары үйде әлеуметтік-тұрмыстық қолдау көрсетуді тікелей қамтиды.`,
      },
    },
    {
      key: 'tsExperience',
      data: {
        similarProjects: 'Алматы мен облыста қарт адамдарға үйде көмек көрсету жобалары.',
        marketExperience: `Әлеуметтік қызметтер нарығында ${years} жыл.`,
        marketExperienceYears: years,
        previousProjects: [{ name: 'Қарттарға үйде көмек', period: '2024', customerAndGeography: 'Алматы қаласының әкімдігі, Алматы', costKzt: 12_000_000, results: '250 алушы' }],
      },
    },
    {
      key: 'tsTeam',
      data: {
        team: [
          { fullName: 'Жоба үйлестірушісі', role: 'Үйлестіруші', qualification: 'Әлеуметтік жұмыс магистрі' },
          { fullName: 'Психолог', role: 'Психолог', qualification: 'Жоғары білім, 6 жыл тәжірибе' },
        ],
      },
    },
    {
      key: 'tsProject',
      data: {
        objectives: ['Жыл соңына дейін 300 алушыға айына кемінде 8 рет үйде көмек көрсету'],
        mechanism: 'Әлеуметтік қызметкерлер мен еріктілердің үйге тұрақты келуі, жеке қолдау жоспарлары.',
        directBeneficiaries: 300,
        indirectBeneficiaries: 1200,
        beneficiariesByCategory: [{ targetGroup: 'Жалғыз тұратын қарт адамдар', count: 300 }],
      },
    },
    {
      key: 'tsPlans',
      data: {
        activityPlan: [{ activity: 'Үйге келу', timing: 'ай сайын, 1–3-онкүндік', venue: 'Алматы', responsible: 'Үйлестіруші' }],
        mediaPlan: [{ topic: 'Жоба нәтижелері', responsible: 'Үйлестіруші', media: 'Instagram', plannedOn: '2027-03-15' }],
      },
    },
    {
      key: 'tsIndicators',
      data: {
        indicators: [
          { level: 'OUTPUT', kind: 'QUANTITATIVE', name: 'Қызмет алушылар саны', unit: 'адам', target: 300 },
          { level: 'OUTCOME', kind: 'QUALITATIVE', name: 'Қанағаттану үлесі', unit: '%', target: 85 },
        ],
        risks: [{ risk: 'Алушылардың ауруы', mitigation: 'Емханалармен келісім, үйге келу кестесін икемді ету' }],
        headFullName: 'ҮЕҰ басшысы',
      },
    },
    { key: 'tsBid', data: { bidPriceKzt: Number(bidKzt) } },
  ];
}

async function bid(ctx: SeedContext, x: { competitionId: string; lotId: string; ngo: NgoKey; status: string; bidKzt: bigint; years: number; submittedAt: Date }) {
  const { tx } = ctx;
  const o = org(ctx, x.ngo);
  const head = user(ctx, HEAD_EMAIL[x.ngo]);
  const app = await tx.application.create({
    data: {
      competitionId: x.competitionId,
      lotId: x.lotId,
      organizationId: o.id,
      status: x.status,
      formVersion: FORM_VERSION,
      languages: ['kk'],
      projectTitleKk: `${o.nameKk}: үйде әлеуметтік-тұрмыстық қолдау`,
      projectTitleRu: `${o.nameRu}: социально-бытовая поддержка на дому`,
      bidPriceKzt: x.bidKzt,
      marketExperienceYears: x.years,
      submittedAt: x.submittedAt,
      submittedById: head,
      createdById: head,
      createdAt: ctx.clock.minutesLater(x.submittedAt, -3 * 24 * 60),
      sections: { create: tsSections(o.nameKk, x.years, x.bidKzt).map((s) => ({ key: s.key, data: s.data, complete: true, updatedById: head })) },
    },
    select: { id: true },
  });
  await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', at: x.submittedAt, actorId: head } });
  return app.id;
}

export async function loadSocialOrderStages(ctx: SeedContext): Promise<{ discussionPlanId: string; draftId: string; admissionId: string; meetingId: string; applicationIds: string[] }> {
  const { tx, clock } = ctx;
  const akimat = org(ctx, 'akimat');
  const akimatUser = user(ctx, 'akimat@demeu.kz');
  const year = Number(clock.today.slice(0, 4)) + 1;

  // Stage 3: a plan under public discussion now (opened 3 working days ago, 13 working days long).
  const opensOn = clock.workdayOnOrBefore(clock.day(-4));
  const closesOn = clock.addWorkingDays(opensOn, 12);
  const discussion = await tx.plan.create({
    data: {
      kind: 'SOCIAL_ORDER', year, ownerOrganizationId: akimat.id, budgetLevel: 'CITY_REPUBLICAN', budgetKzt: 45_000_000n, status: 'DRAFT',
      titleKk: `Алматы қаласы бойынша ${year} жылға жоспарланған әлеуметтік тапсырыс тақырыптары (талқылауда)`,
      titleRu: `Планируемые темы социального заказа города Алматы на ${year} год (на обсуждении)`,
      titleEn: `Planned social order topics of Almaty for ${year} (under discussion)`,
      discussionOpensAt: clock.at(opensOn, '00:00'),
      discussionClosesAt: clock.endOf(closesOn),
      publishedAt: clock.at(opensOn, '09:00'),
      createdById: akimatUser,
      createdAt: clock.at(-10, '10:00'),
      topics: {
        create: [
          {
            number: 1, directionId: direction(ctx, 6), regionId: region(ctx, '75'), budgetKzt: 25_000_000n,
            titleKk: 'Мүгедектігі бар балаларға арналған күндізгі оңалту топтары',
            titleRu: 'Дневные реабилитационные группы для детей с инвалидностью',
            titleEn: 'Day rehabilitation groups for children with disabilities',
            justificationKk: 'Қалада 7 800 мүгедектігі бар бала есепте тұр; күндізгі топтарға кезек — 640 бала (басқарманың 2026 жылғы деректері).',
            justificationRu: 'В городе на учёте 7 800 детей с инвалидностью; очередь в дневные группы — 640 детей (данные управления за 2026 год).',
            targetGroupKk: '3–14 жастағы мүгедектігі бар балалар және олардың ата-аналары', targetGroupRu: 'Дети с инвалидностью 3–14 лет и их родители',
            expectedResultKk: '160 бала жыл бойы күндізгі топтарға қатысады', expectedResultRu: '160 детей посещают дневные группы в течение года',
          },
          {
            number: 2, directionId: direction(ctx, 16), regionId: region(ctx, '75'), budgetKzt: 20_000_000n,
            titleKk: 'Жасөспірімдерге арналған кәсіптік бағдар беру клубтары',
            titleRu: 'Клубы профориентации для подростков',
            titleEn: 'Career guidance clubs for teenagers',
            justificationKk: '2026 жылғы сауалнама бойынша 9-сынып оқушыларының 58%-ы мамандық таңдауда көмек қажет деп санайды.',
            justificationRu: 'По опросу 2026 года 58% девятиклассников считают, что им нужна помощь в выборе профессии.',
            targetGroupKk: '14–17 жастағы жасөспірімдер', targetGroupRu: 'Подростки 14–17 лет',
            expectedResultKk: '1 200 жасөспірім кәсіптік бағдар беру бағдарламасынан өтеді', expectedResultRu: '1 200 подростков проходят программу профориентации',
          },
        ],
      },
    },
    select: { id: true, topics: { where: { number: 1 }, select: { id: true } } },
  });
  await tx.planTopicComment.create({
    data: {
      topicId: discussion.topics[0]!.id,
      authorId: user(ctx, 'ngo4@demeu.kz'),
      organizationId: org(ctx, 'n4').id,
      text: 'Күндізгі топтарға ата-аналарға арналған аптасына бір рет кеңес беруді қосуды ұсынамыз.',
      submittedAt: clock.past(clock.at(clock.addWorkingDays(opensOn, 1), '11:15')),
      status: 'PENDING',
    },
  });
  // A plan whose topics are not yet published for discussion.
  await tx.plan.create({
    data: {
      kind: 'SOCIAL_ORDER', year, ownerOrganizationId: akimat.id, budgetLevel: 'CITY_REPUBLICAN', budgetKzt: 15_000_000n, status: 'DRAFT',
      titleKk: `Алматы қаласы бойынша ${year} жылға арналған қосымша тақырыптар`,
      titleRu: `Дополнительные темы социального заказа города Алматы на ${year} год`,
      titleEn: `Additional social order topics of Almaty for ${year}`,
      createdById: akimatUser,
      createdAt: clock.at(-2, '15:00'),
      topics: {
        create: [
          {
            number: 1, regionId: region(ctx, '75'), budgetKzt: 15_000_000n,
            titleKk: 'Үйсіз адамдарға арналған әлеуметтік бейімдеу орталығы', titleRu: 'Центр социальной адаптации для лиц без определённого места жительства',
            titleEn: 'Social adaptation centre for homeless people',
            targetGroupKk: 'Белгілі тұрғылықты жері жоқ адамдар', targetGroupRu: 'Лица без определённого места жительства',
            expectedResultKk: '250 адам бейімдеу бағдарламасынан өтеді', expectedResultRu: '250 человек проходят программу адаптации',
          },
        ],
      },
    },
  });

  // Stage 6: a DRAFT competition — the operator sets the dates.
  const draft = await tx.competition.create({
    data: {
      ...competitionData(ctx, {
        code: `SO-ALA-${year - 1}-011`, status: 'DRAFT', allocated: 25_000_000n, planId: discussion.id,
        titleKk: 'Мүгедектігі бар балаларға арналған күндізгі оңалту топтары бойынша мемлекеттік әлеуметтік тапсырыс конкурсы',
        titleRu: 'Конкурс государственного социального заказа: дневные реабилитационные группы для детей с инвалидностью',
        titleEn: 'State social order competition: day rehabilitation groups for children with disabilities',
      }),
      createdAt: clock.at(-1, '11:00'),
      lots: { create: [{ number: 1, titleKk: 'Күндізгі оңалту топтары', titleRu: 'Дневные реабилитационные группы', budgetKzt: 25_000_000n, regionId: region(ctx, '75') }] },
    },
    select: { id: true },
  });

  // Stage 6: admission after the deadline.
  const admissionClosed = clock.workdayOnOrBefore(clock.day(-2));
  const admissionAnnounced = clock.addDays(admissionClosed, -21);
  const admission = await tx.competition.create({
    data: {
      ...competitionData(ctx, {
        code: `SO-ALA-${year - 1}-012`, status: 'ADMISSION', allocated: 24_000_000n, planId: discussion.id,
        titleKk: 'Қиын өмірлік жағдайдағы отбасыларға психологиялық-құқықтық кеңес беру бойынша мемлекеттік әлеуметтік тапсырыс конкурсы',
        titleRu: 'Конкурс государственного социального заказа: психолого-правовые консультации для семей в трудной жизненной ситуации',
        titleEn: 'State social order competition: psychological and legal counselling for families in a difficult life situation',
      }),
      announcedAt: clock.at(admissionAnnounced, '10:00'),
      opensAt: clock.at(admissionAnnounced, '10:00'),
      deadlineAt: clock.at(admissionClosed, '18:00'),
      openedAt: clock.at(admissionClosed, '18:00'),
      reviewDueOn: clock.date(clock.addWorkingDays(admissionClosed, 10)),
      createdAt: clock.at(admissionAnnounced, '09:00'),
      lots: { create: [{ number: 1, titleKk: 'Отбасыларға кеңес беру', titleRu: 'Консультации для семей', budgetKzt: 24_000_000n, regionId: region(ctx, '75') }] },
    },
    select: { id: true, lots: { select: { id: true } } },
  });
  const admissionLot = admission.lots[0]!.id;
  const admissionApps = [
    await bid(ctx, { competitionId: admission.id, lotId: admissionLot, ngo: 'n1', status: 'SUBMITTED', bidKzt: 22_000_000n, years: 4, submittedAt: clock.at(clock.addDays(admissionClosed, -3), '15:20') }),
    // SO-2: more than 20% below 24,000,000 (the lowest admissible is 19,200,000).
    await bid(ctx, { competitionId: admission.id, lotId: admissionLot, ngo: 'n2', status: 'SUBMITTED', bidKzt: 18_500_000n, years: 2, submittedAt: clock.at(clock.addDays(admissionClosed, -2), '11:05') }),
    await bid(ctx, { competitionId: admission.id, lotId: admissionLot, ngo: 'n4', status: 'SUBMITTED', bidKzt: 23_500_000n, years: 7, submittedAt: clock.at(admissionClosed, '16:40') }),
  ];

  // Stage 6: scored, the commission meets.
  const meetingClosed = clock.workdayOnOrBefore(clock.day(-16));
  const meetingAnnounced = clock.addDays(meetingClosed, -22);
  const meeting = await tx.competition.create({
    data: {
      ...competitionData(ctx, {
        code: `SO-ALA-${year - 1}-013`, status: 'COMMISSION_MEETING', allocated: 36_000_000n, planId: discussion.id,
        titleKk: 'Жасөспірімдерге кәсіптік бағдар беру клубтары бойынша мемлекеттік әлеуметтік тапсырыс конкурсы',
        titleRu: 'Конкурс государственного социального заказа: клубы профориентации для подростков',
        titleEn: 'State social order competition: career guidance clubs for teenagers',
      }),
      announcedAt: clock.at(meetingAnnounced, '10:00'),
      opensAt: clock.at(meetingAnnounced, '10:00'),
      deadlineAt: clock.at(meetingClosed, '18:00'),
      openedAt: clock.at(meetingClosed, '18:00'),
      reviewDueOn: clock.date(clock.addWorkingDays(meetingClosed, 10)),
      createdAt: clock.at(meetingAnnounced, '09:00'),
      lots: { create: [{ number: 1, titleKk: 'Кәсіптік бағдар беру клубтары', titleRu: 'Клубы профориентации', budgetKzt: 36_000_000n, regionId: region(ctx, '75') }] },
    },
    select: { id: true, lots: { select: { id: true } } },
  });
  const meetingLot = meeting.lots[0]!.id;
  const scored: { ngo: NgoKey; bidKzt: bigint; years: number; scores: Scores }[] = [
    // 16 points → 20% → 27,200,000
    { ngo: 'n1', bidKzt: 34_000_000n, years: 4, scores: { conformity: 1, charter_goals: 1, activity_plan: 3, ngo_database: 2, experience: 5, indicators: 4 } },
    // 11 points → 10% → 27,000,000
    { ngo: 'n2', bidKzt: 30_000_000n, years: 2, scores: { conformity: 1, charter_goals: 1, activity_plan: 3, ngo_database: 2, experience: 2, indicators: 2 } },
    // 23 points → 30% → 22,400,000: the lowest conditional price, the winner
    { ngo: 'n4', bidKzt: 32_000_000n, years: 7, scores: { conformity: 2, charter_goals: 1, activity_plan: 6, ngo_database: 2, experience: 6, indicators: 6 } },
  ];
  const approvedAt = clock.at(clock.addWorkingDays(meetingClosed, 1), '10:00');
  const commission = await tx.commission.create({
    data: { competitionId: meeting.id, purpose: 'SELECTION', status: 'APPROVED', orderNumber: '№ 47-ӘТ', orderDate: clock.date(clock.addWorkingDays(meetingClosed, 1)), approvedAt, approvedById: user(ctx, 'operator@demeu.kz'), version: 1 },
    select: { id: true },
  });
  const expertEmails = ['expert@demeu.kz', 'expert2@demeu.kz', 'expert3@demeu.kz', 'expert4@demeu.kz', 'expert5@demeu.kz'];
  for (const [i, email] of expertEmails.entries()) {
    await tx.commissionMember.create({ data: { commissionId: commission.id, expertId: expert(ctx, email), role: i === 0 ? 'CHAIR' : 'MEMBER', side: i < 3 ? 'STATE' : 'CIVIL', appointedAt: approvedAt } });
  }
  await tx.commissionMember.create({ data: { commissionId: commission.id, userId: akimatUser, role: 'SECRETARY', side: 'STATE', votingRight: false, appointedAt: approvedAt } });
  const meetingApps: string[] = [];
  for (const [i, s] of scored.entries()) {
    const id = await bid(ctx, { competitionId: meeting.id, lotId: meetingLot, ngo: s.ngo, status: 'SCORED', bidKzt: s.bidKzt, years: s.years, submittedAt: clock.at(clock.addDays(meetingClosed, -2 + i), '12:00') });
    meetingApps.push(id);
    const total = Object.values(s.scores).reduce((a, b) => a + b, 0);
    for (const email of expertEmails) {
      await tx.scoreSheet.create({
        data: {
          expertId: expert(ctx, email), applicationId: id, commissionId: commission.id, status: 'SIGNED', total,
          signedAt: clock.at(clock.addWorkingDays(meetingClosed, 4), '16:00'),
          scores: { create: Object.entries(s.scores).map(([criterionId, value]) => ({ criterionId, value })) },
        },
      });
    }
  }
  return { discussionPlanId: discussion.id, draftId: draft.id, admissionId: admission.id, meetingId: meeting.id, applicationIds: [...admissionApps, ...meetingApps] };
}
