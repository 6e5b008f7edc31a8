/**
 * Issue 7 (monitoring + completion evaluation, §3.2–3.4): a social-order competition of last
 * year of the Almaty akimat with two winners and their agreements —
 *  - «Мейірім» (ngo2@): IN_PROGRESS, three indicators, last quarter's monitoring record with
 *    the six scores and one open measure (MN-1..MN-3);
 *  - ngo4@'s NGO: COMPLETED (final report accepted), waiting for the expert council (§3.4).
 * Dates are relative to the seed clock.
 */
import { DEFAULT_RULE_SETTINGS } from '../../lib/rules';
import { quarterBounds, quarterOf } from '../../lib/rules/monitoring';
import { HEAD_EMAIL, org, region, user, type SeedContext } from './context';
import { SOCIAL_ORDER_CRITERIA, SOCIAL_ORDER_REQUIRED_DOCUMENTS } from './forms';
import type { NgoKey } from './people';

export async function loadPostAwardMonitoring(ctx: SeedContext): Promise<{ inProgressId: string; completedId: string }> {
  const { tx, clock } = ctx;
  const year = clock.year - 1;
  const operator = user(ctx, 'operator@demeu.kz');
  const announcedOn = clock.workdayOnOrBefore(clock.day(-330));
  const deadlineOn = clock.addDays(announcedOn, 22);
  const resultsOn = clock.addWorkingDays(deadlineOn, 10);
  const comp = await tx.competition.create({
    data: {
      kind: 'SOCIAL_ORDER',
      code: `SO-ALA-${year}-021`,
      organizerId: org(ctx, 'akimat').id,
      titleKk: 'Қарт адамдарға үйде әлеуметтік-тұрмыстық қолдау көрсету бойынша мемлекеттік әлеуметтік тапсырыс конкурсы',
      titleRu: 'Конкурс государственного социального заказа: социально-бытовая поддержка пожилых людей на дому',
      titleEn: 'State social order competition: home social support for older people',
      descriptionKk: 'Тапсырыс беруші — Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы.',
      descriptionRu: 'Заказчик — Управление занятости и социальных программ города Алматы.',
      year,
      status: 'RESULTS_PUBLISHED',
      windowMinDays: DEFAULT_RULE_SETTINGS.socialOrder.announcementMinCalendarDaysBeforeDeadline,
      aggregation: 'MEAN',
      tieBreak: 'MARKET_EXPERIENCE',
      criteria: SOCIAL_ORDER_CRITERIA,
      requiredDocuments: SOCIAL_ORDER_REQUIRED_DOCUMENTS,
      languages: ['kk', 'ru'],
      prepaymentMaxPercent: 50,
      dumpingPercent: 20,
      budgetKzt: 40_000_000n,
      allocatedKzt: 40_000_000n,
      announcedAt: clock.at(announcedOn, '10:00'),
      opensAt: clock.at(announcedOn, '10:00'),
      deadlineAt: clock.at(deadlineOn, '18:00'),
      openedAt: clock.at(deadlineOn, '18:00'),
      resultsPublishedAt: clock.at(resultsOn, '15:00'),
      createdById: user(ctx, 'akimat@demeu.kz'),
      createdAt: clock.at(clock.addDays(announcedOn, -2), '09:00'),
      lots: {
        create: [
          { number: 1, titleKk: 'Үйде қолдау (Алатау ауданы)', titleRu: 'Поддержка на дому (Алатауский район)', budgetKzt: 20_000_000n, regionId: region(ctx, '75') },
          { number: 2, titleKk: 'Үйде қолдау (Түрксіб ауданы)', titleRu: 'Поддержка на дому (Турксибский район)', budgetKzt: 20_000_000n, regionId: region(ctx, '75') },
        ],
      },
    },
    select: { id: true, lots: { orderBy: { number: 'asc' }, select: { id: true } } },
  });

  async function winner(ngo: NgoKey, lotId: string, bidKzt: bigint) {
    const o = org(ctx, ngo);
    const head = user(ctx, HEAD_EMAIL[ngo]);
    const submittedAt = clock.at(clock.addDays(deadlineOn, -2), '12:00');
    const app = await tx.application.create({
      data: {
        competitionId: comp.id,
        lotId,
        organizationId: o.id,
        status: 'WINNER',
        formVersion: 'social-order-ts-2026.1',
        languages: ['kk'],
        projectTitleKk: `${o.nameKk}: қарт адамдарға үйде қолдау`,
        projectTitleRu: `${o.nameRu}: поддержка пожилых людей на дому`,
        bidPriceKzt: bidKzt,
        marketExperienceYears: 5,
        submittedAt,
        submittedById: head,
        createdById: head,
        createdAt: clock.minutesLater(submittedAt, -3 * 24 * 60),
      },
      select: { id: true },
    });
    await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: 'SCORED', toStatus: 'WINNER', at: clock.at(resultsOn, '15:00'), actorId: operator } });
    return { appId: app.id, orgId: o.id, head };
  }

  const signedOn = clock.addWorkingDays(resultsOn, 8);
  // In progress: started after signing, runs for a year (so this quarter and the last are in it).
  const a = await winner('n2', comp.lots[0]!.id, 19_800_000n);
  const aStart = clock.addDays(signedOn, 1);
  const aEnd = clock.addDays(clock.today, 120);
  const inProgress = await tx.agreement.create({
    data: {
      applicationId: a.appId,
      competitionId: comp.id,
      organizationId: a.orgId,
      number: `ӘТ-${year}-021/1`,
      status: 'IN_PROGRESS',
      amountKzt: 19_800_000n,
      prepaymentKzt: 9_900_000n,
      periodStart: clock.date(aStart),
      periodEnd: clock.date(aEnd),
      signedAt: clock.at(signedOn, '16:00'),
      version: 3,
      createdAt: clock.at(signedOn, '09:00'),
    },
    select: { id: true },
  });
  for (const [i, ind] of [
    { level: 'OUTPUT' as const, nameKk: 'Қызмет алушылар саны', nameRu: 'Число получателей услуг', unit: 'адам', target: '300' },
    { level: 'OUTPUT' as const, nameKk: 'Үйге келулер саны', nameRu: 'Число визитов на дом', unit: 'келу', target: '2400' },
    { level: 'OUTCOME' as const, nameKk: 'Қанағаттанған алушылар үлесі', nameRu: 'Доля удовлетворённых получателей', unit: '%', target: '85' },
  ].entries()) {
    await tx.indicator.create({
      data: { agreementId: inProgress.id, applicationId: a.appId, level: ind.level, kind: 'QUANTITATIVE', nameKk: ind.nameKk, nameRu: ind.nameRu, unit: ind.unit, baseline: '0', target: ind.target, sortOrder: i + 1 },
    });
  }
  // Last quarter's monitoring record (MN-1) with one open measure (MN-3).
  const current = quarterOf(clock.today);
  const previous = current.quarter === 1 ? { year: current.year - 1, quarter: 4 } : { year: current.year, quarter: current.quarter - 1 };
  const visitedOn = clock.workdayOnOrBefore(clock.addDays(quarterBounds(previous).end, -10));
  await tx.monitoringVisit.create({
    data: {
      agreementId: inProgress.id,
      year: previous.year,
      quarter: previous.quarter,
      visitedOn: clock.date(visitedOn),
      monitorId: operator,
      processScore: 4,
      resultsScore: 3,
      satisfactionScore: 5,
      impactScore: 3,
      coverageScore: 4,
      standardsScore: 4,
      indicatorNotes: {
        process: 'Келу кестесі сақталады / График визитов соблюдается',
        results: 'Жоспарланған 300 алушының 160-ы қамтылды / Охвачено 160 из 300 получателей',
        satisfaction: 'Сауалнама: 92% қанағаттанған / Опрос: 92% удовлетворены',
        impact: 'Бағалауға әлі ерте / Оценивать пока рано',
        coverage: 'Алатау ауданының 4 учаскесі / 4 участка Алатауского района',
        standards: 'Стандартқа сай, 1 ескерту / Соответствует стандарту, 1 замечание',
      },
      findings: 'Жоба кестеге сай жүріп жатыр; қызмет алушылардың жеке істерінде қол қойылған келісімдер толық емес. / Проект идёт по графику; в личных делах получателей не все согласия подписаны.',
      status: 'SUBMITTED',
      submittedAt: clock.at(visitedOn, '17:00'),
      measures: {
        create: [
          {
            description: 'Барлық алушылардан дербес деректерді өңдеуге келісім алу / Получить согласия на обработку персональных данных у всех получателей',
            deadlineOn: clock.date(clock.addDays(clock.today, 20)),
            responsible: 'Жоба үйлестірушісі / Координатор проекта',
            status: 'OPEN',
            createdAt: clock.at(visitedOn, '17:00'),
          },
        ],
      },
    },
  });

  // Completed: the final report accepted; waiting for the expert council (§3.4).
  const b = await winner('n4', comp.lots[1]!.id, 19_500_000n);
  const bEnd = clock.workdayOnOrBefore(clock.day(-20));
  const completed = await tx.agreement.create({
    data: {
      applicationId: b.appId,
      competitionId: comp.id,
      organizationId: b.orgId,
      number: `ӘТ-${year}-021/2`,
      status: 'COMPLETED',
      amountKzt: 19_500_000n,
      prepaymentKzt: 9_750_000n,
      periodStart: clock.date(aStart),
      periodEnd: clock.date(bEnd),
      signedAt: clock.at(signedOn, '16:30'),
      version: 4,
      createdAt: clock.at(signedOn, '09:00'),
    },
    select: { id: true },
  });
  return { inProgressId: inProgress.id, completedId: completed.id };
}
