/**
 * Every number of DOMAIN.md is a *default*, stored as a setting of the competition (or
 * programme) and editable by operator staff (DOMAIN.md, "every number below is a default").
 * The functions of the engine take these as optional parameters; this table is the single
 * place where the defaults live, so a settings form can prefill from it and a test can
 * prove a changed setting changes the answer.
 */
export const DEFAULT_RULE_SETTINGS = {
  deadlines: {
    /** DL-3 (grants §4.4 stage 2, L969–970): submission window 20–30 calendar days. */
    grantWindowMinCalendarDays: 20,
    grantWindowMaxCalendarDays: 30,
    /** DL-4 / GC-10 (L1004–1009): COI forms within 3 working days of the close. */
    coiDueWorkingDays: 3,
    /** DL-5 (L1032): expert scoring for 15 working days. */
    scoringWorkingDays: 15,
    /** Issue 5: experts with unsigned sheets are reminded 3 and 1 calendar days before the scoring due date. */
    scoringReminderDaysBefore: [3, 1],
  },
  socialOrder: {
    /** Stage 6 (L2581–2584): announcement ≥ 20 calendar days before the application deadline. */
    announcementMinCalendarDaysBeforeDeadline: 20,
    /** Stage 6 (L2581–2584): announcement ≤ 3 working days after the documentation is approved. */
    announcementMaxWorkingDaysAfterApproval: 3,
    /** Stage 3 (L2335–2336): public discussion of topics ≥ 10 working days. */
    publicDiscussionMinWorkingDays: 10,
    /** Stage 6 (L2638–2660): review and scoring within 10 working days of opening. */
    reviewWorkingDays: 10,
    /** SO-2 (L1445–1447): dumping when the bid is more than 20% below the allocated amount. */
    dumpingShare: 0.2,
    /** SO-1 (§3.1, L2845–2857): conditional discount bands, `from` is an inclusive integer score. */
    discountBands: [
      { from: 10, rate: 0.1 },
      { from: 16, rate: 0.2 },
      { from: 21, rate: 0.3 },
    ],
  },
  scoring: {
    /** SC-4 (§4.7, L1167): the best score must be strictly above 50% of the maximum. */
    notHeldThresholdShare: 0.5,
    /** SC-2: aggregation is not fixed by the source; mean is the default setting. */
    aggregation: 'mean' as const,
  },
  commission: {
    /** CM-1 / GC-3 (L984–985): up to 15 people incl. chair, deputy and secretary. */
    grantMaxMembers: 15,
    /** CM-1 / GC-2 (L981, L1530): ≥ 70% NGO-nominated experts. */
    grantMinNgoShare: 0.7,
    /** CM-1 / GC-7 (L997–1000): ≥ 2 years' work in the direction. */
    grantMinYearsInDirection: 2,
    /** CM-2 (stage 6, L2562–2565): odd, ≥ 3; ≥ 5 when formed by a single organiser. */
    socialOrderMinMembers: 3,
    socialOrderMinMembersSingleOrganizer: 5,
    /** CM-3 (seed 000, L97–100): ≥ 3 state-body and ≥ 4 civil-society members. */
    strategicMinState: 3,
    strategicMinCivil: 4,
  },
  money: {
    /** MO-1 / GF-1 (L1487): grant prepayment up to 40%. */
    grantPrepaymentShare: 0.4,
    /** MO-1 (L1411–1413): social-order prepayment up to 50%. */
    socialOrderPrepaymentShare: 0.5,
    /** MO-1 / GF-3 (L1564–1568): institutional (material-technical) support up to 10%. */
    institutionalSupportMaxShare: 0.1,
  },
  awards: {
    /** AW-3 (L674, L786): minimum award 2,000 MRP. */
    minimumMrp: 2000,
    /** AW-12 (L846–848): no new nomination within 3 years of an award. */
    cooldownYears: 3,
    /** AW-14 (L816–819): at least two recommendations. */
    minRecommendations: 2,
    /** AW-5 (L738): announcement by 1 July. */
    announceBy: '07-01',
    /** AW-6 (L741): applications by 1 September. */
    applyBy: '09-01',
    /** AW-7 (L828–829): candidate list within 10 working days after acceptance closes. */
    candidateListWorkingDays: 10,
    /** AW-9 (L838–839): winners by 1 December. */
    winnersBy: '12-01',
    /** AW-10 (L841–843): payment and diploma by 20 December. */
    paymentBy: '12-20',
  },
  ngoDatabase: {
    /** DB-1 (L491–492): report for the previous year by 31 March. */
    reportDue: '03-31',
  },
  creativeOrder: {
    /** other-mechanisms.md (seed 002, L111–112): allocation every day at 18:00. */
    dailyRunTime: '18:00',
  },
  interRater: {
    /** Not in the sources: an expert is flagged when their mean deviation from the
     * other experts exceeds 20% of the maximum score (a setting, not a rule of law). */
    outlierShare: 0.2,
    /** Not in the sources: a per-application spread above 30% of the maximum is flagged. */
    highSpreadShare: 0.3,
    /** An expert is only judged on at least this many shared applications. */
    minSharedApplications: 3,
  },
} as const;

export type RuleSettings = typeof DEFAULT_RULE_SETTINGS;
