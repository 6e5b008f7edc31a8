/**
 * Issue 7 — agreements: a SOCIAL_ORDER competition of the Almaty akimat with published results
 * whose winner, «Жасыл қала» (ngo@demeu.kz), has NO agreement yet (the operator generates it,
 * lib/services/agreements/generate-agreement.ts), and the release condition of the seeded
 * grant agreement's second tranche (Tranche.afterReportId = its interim creative report, MO-1).
 * Runs before issueReceipts, which numbers every submitted demo application in order of receipt.
 */
import { SOCIAL_ORDER_FORM } from '../../lib/validation/forms/social-order/technical-specification';
import { direction, HEAD_EMAIL, org, region, user, type SeedContext } from './context';
import { SOCIAL_ORDER_CRITERIA, SOCIAL_ORDER_REQUIRED_DOCUMENTS } from './forms';
import type { NgoKey } from './people';

function sections(ngoName: string, bidKzt: number) {
  return [
    { key: 'tsGoals', data: { charterGoals: ['Жасөспірімдердің бос уақытын ұйымдастыру', 'Экологиялық білім беру'], alignment: `${ngoName}: жарғы мақсаттары жасөспірімдерге арналған экологиялық клубтарды тікелей қамтиды.` } },
    {
      key: 'tsExperience',
      data: {
        similarProjects: 'Алматыда мектеп оқушыларына арналған экологиялық клубтар.',
        marketExperience: 'Әлеуметтік қызметтер нарығында 5 жыл.',
        marketExperienceYears: 5,
        previousProjects: [{ name: 'Жасыл мектеп', period: '2025', customerAndGeography: 'Алматы қаласының әкімдігі, Алматы', costKzt: 9_000_000, results: '400 оқушы' }],
      },
    },
    { key: 'tsTeam', data: { team: [{ fullName: 'Жоба үйлестірушісі', role: 'Үйлестіруші', qualification: 'Экология магистрі' }] } },
    {
      key: 'tsProject',
      data: {
        objectives: ['Бір жыл ішінде 240 жасөспірімді экологиялық клубтарға тарту'],
        mechanism: 'Аудандардағы 8 клуб, апта сайынғы сабақтар және айлық акциялар.',
        directBeneficiaries: 240,
        indirectBeneficiaries: 900,
        beneficiariesByCategory: [{ targetGroup: '12–17 жастағы жасөспірімдер', count: 240 }],
      },
    },
    {
      key: 'tsPlans',
      data: {
        activityPlan: [
          { activity: 'Клубтарды ашу және қатысушыларды тіркеу', timing: 'қаңтардың 2-онкүндігі', venue: 'Алматы, 8 аудан', responsible: 'Үйлестіруші' },
          { activity: 'Апта сайынғы клуб сабақтары', timing: 'ақпан — қараша', venue: 'Аудандық жастар орталықтары', responsible: 'Клуб жетекшілері' },
          { activity: 'Қалалық экологиялық форум', timing: 'қарашаның 3-онкүндігі', venue: 'Алматы', responsible: 'Үйлестіруші' },
        ],
        mediaPlan: [{ topic: 'Клубтардың ашылуы', responsible: 'Үйлестіруші', media: 'Instagram', plannedOn: '2027-01-20' }],
      },
    },
    {
      key: 'tsIndicators',
      data: {
        indicators: [
          { level: 'OUTPUT', kind: 'QUANTITATIVE', name: 'Клубтарға қатысушылар саны', unit: 'адам', baseline: 0, target: 240 },
          { level: 'OUTCOME', kind: 'QUALITATIVE', name: 'Қатысушылардың қанағаттану үлесі', unit: '%', target: 85 },
        ],
        risks: [{ risk: 'Қатысушылардың кетуі', mitigation: 'Ата-аналармен жұмыс, икемді кесте' }],
        headFullName: 'ҮЕҰ басшысы',
      },
    },
    { key: 'tsBid', data: { bidPriceKzt: bidKzt } },
  ];
}

export async function loadAgreementStage(ctx: SeedContext): Promise<{ competitionId: string; winnerApplicationId: string }> {
  const { tx, clock } = ctx;
  const akimatUser = user(ctx, 'akimat@demeu.kz');
  const operatorUser = user(ctx, 'operator@demeu.kz');
  const year = Number(clock.today.slice(0, 4));
  const closedOn = clock.workdayOnOrBefore(clock.day(-40));
  const announcedOn = clock.addDays(closedOn, -22);
  const resultsOn = clock.addWorkingDays(closedOn, 12);
  const allocated = 12_000_000n;
  const periodStart = clock.addDays(clock.today, 20);
  const periodEnd = clock.addDays(periodStart, 300);

  const comp = await tx.competition.create({
    data: {
      kind: 'SOCIAL_ORDER',
      code: `SO-ALA-${year - 1}-014`,
      organizerId: org(ctx, 'akimat').id,
      titleKk: 'Жасөспірімдерге арналған экологиялық клубтар бойынша мемлекеттік әлеуметтік тапсырыс конкурсы',
      titleRu: 'Конкурс государственного социального заказа: экологические клубы для подростков',
      titleEn: 'State social order competition: ecology clubs for teenagers',
      descriptionKk: 'Тапсырыс беруші — Алматы қаласының Жастар саясаты басқармасы. Алдын ала төлем — шарт сомасының 50%-ына дейін.',
      descriptionRu: 'Заказчик — Управление молодёжной политики города Алматы. Предоплата — до 50% суммы договора.',
      year,
      status: 'RESULTS_PUBLISHED',
      aggregation: 'MEAN',
      tieBreak: 'MARKET_EXPERIENCE',
      criteria: SOCIAL_ORDER_CRITERIA,
      requiredDocuments: SOCIAL_ORDER_REQUIRED_DOCUMENTS,
      languages: ['kk', 'ru'],
      prepaymentMaxPercent: 50,
      dumpingPercent: 20,
      budgetKzt: allocated,
      allocatedKzt: allocated,
      announcedAt: clock.at(announcedOn, '10:00'),
      opensAt: clock.at(announcedOn, '10:00'),
      deadlineAt: clock.at(closedOn, '18:00'),
      openedAt: clock.at(closedOn, '18:00'),
      resultsPublishedAt: clock.at(resultsOn, '15:00'),
      createdById: akimatUser,
      createdAt: clock.at(clock.addDays(announcedOn, -1), '09:00'),
      lots: {
        create: [
          {
            number: 1,
            titleKk: 'Жасөспірімдерге арналған экологиялық клубтар',
            titleRu: 'Экологические клубы для подростков',
            budgetKzt: allocated,
            regionId: region(ctx, '75'),
            directionId: direction(ctx, 6),
            periodStart: clock.date(periodStart),
            periodEnd: clock.date(periodEnd),
            status: 'RESULTS_PUBLISHED',
          },
        ],
      },
    },
    select: { id: true, lots: { select: { id: true } } },
  });
  const lotId = comp.lots[0]!.id;
  const bids: { ngo: NgoKey; bid: number; status: 'WINNER' | 'NOT_WINNER' }[] = [
    { ngo: 'n1', bid: 11_000_000, status: 'WINNER' },
    { ngo: 'n4', bid: 11_800_000, status: 'NOT_WINNER' },
  ];
  let winnerApplicationId = '';
  for (const [i, b] of bids.entries()) {
    const o = org(ctx, b.ngo);
    const head = user(ctx, HEAD_EMAIL[b.ngo]);
    const submittedAt = clock.at(clock.addDays(closedOn, -3 + i), '12:00');
    const app = await tx.application.create({
      data: {
        competitionId: comp.id,
        lotId,
        organizationId: o.id,
        status: b.status,
        formVersion: SOCIAL_ORDER_FORM.version,
        languages: ['kk'],
        projectTitleKk: `${o.nameKk}: жасөспірімдерге арналған экологиялық клубтар`,
        projectTitleRu: `${o.nameRu}: экологические клубы для подростков`,
        bidPriceKzt: BigInt(b.bid),
        marketExperienceYears: 5,
        submittedAt,
        submittedById: head,
        createdById: head,
        createdAt: clock.minutesLater(submittedAt, -3 * 24 * 60),
        sections: { create: sections(o.nameKk, b.bid).map((s) => ({ key: s.key, data: s.data, complete: true, updatedById: head })) },
      },
      select: { id: true },
    });
    await tx.applicationStatusChange.createMany({
      data: [
        { applicationId: app.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', at: submittedAt, actorId: head },
        { applicationId: app.id, fromStatus: 'SUBMITTED', toStatus: b.status, at: clock.at(resultsOn, '15:00'), actorId: operatorUser, reason: `SO-1 rank ${i + 1}` },
      ],
    });
    if (b.status === 'WINNER') winnerApplicationId = app.id;
  }

  // MO-1: the seeded grant agreement's 2nd tranche waits for its interim creative report.
  const grantAgreement = await tx.agreement.findFirst({ where: { status: 'IN_PROGRESS', competition: { kind: 'GRANT' } }, select: { id: true } });
  if (grantAgreement) {
    const interim = await tx.report.findFirst({ where: { agreementId: grantAgreement.id, kind: 'INTERIM', type: 'CREATIVE' }, select: { id: true } });
    if (interim) await tx.tranche.updateMany({ where: { agreementId: grantAgreement.id, seq: 2 }, data: { afterReportId: interim.id } });
  }
  return { competitionId: comp.id, winnerApplicationId };
}
