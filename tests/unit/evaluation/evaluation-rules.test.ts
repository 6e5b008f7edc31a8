import { describe, expect, it } from 'vitest';
import { almatyInstant, kzCalendar, RuleInputError, weekday } from '@/lib/rules';
import {
  annualEvaluationReportDue,
  discussionClosesOn,
  discussionPhase,
  EVALUATION_CRITERIA,
  evaluationMachine,
  evaluationScoreIssues,
  evaluationSheetTotal,
  evaluationSummary,
  evaluationTransitionAllowed,
  finalReportDue,
  isLate,
  preliminaryReportDue,
  responsesDue,
} from '@/lib/rules/evaluation';

const cal = kzCalendar();
const sheet = (v: number) => Object.fromEntries(EVALUATION_CRITERIA.map((k) => [k, v])) as Record<(typeof EVALUATION_CRITERIA)[number], number>;

describe('EV-1 criteria 1–5 points (L3374–3402, L3378)', () => {
  it('has the seven criteria of §3.4', () => {
    expect(EVALUATION_CRITERIA).toEqual(['relevance', 'planFulfilment', 'result', 'sustainability', 'longTermImpact', 'satisfaction', 'useOfFunds']);
  });
  it('accepts integers 1..5 and totals them', () => {
    expect(evaluationScoreIssues(sheet(1))).toEqual([]);
    expect(evaluationSheetTotal(sheet(5))).toBe(35);
    expect(evaluationSheetTotal(sheet(1))).toBe(7);
  });
  it('names 0, 6, fractions and missing criteria', () => {
    expect(evaluationScoreIssues({ ...sheet(3), relevance: 0, result: 6, satisfaction: 2.5, useOfFunds: undefined })).toEqual(['relevance', 'result', 'satisfaction', 'useOfFunds']);
    expect(() => evaluationSheetTotal({ ...sheet(3), result: 6 })).toThrow(RuleInputError);
  });
});

describe('EV-2 council result = mean of the sheets', () => {
  it('averages per criterion and the totals', () => {
    const s = evaluationSummary([sheet(4), { ...sheet(5), relevance: 3 }]);
    expect(s.means.relevance).toBe(3.5);
    expect(s.means.result).toBe(4.5);
    expect(s.meanTotal).toBe(30.5); // (28 + 33) / 2
    expect(s.sheets).toBe(2);
  });
  it('needs at least one sheet', () => {
    expect(() => evaluationSummary([])).toThrow(RuleInputError);
  });
});

describe('EV-3 preliminary report within 3 working days after the scoring (L3404–3406)', () => {
  it('counts working days, skipping the weekend', () => {
    expect(weekday('2027-03-03')).toBe(3); // Wednesday
    expect(preliminaryReportDue('2027-03-03', cal)).toBe('2027-03-09'); // Thu, Fri, (8 March holiday) Tue → Mon 8 is a holiday
  });
  it('skips public holidays (Nauryz 21–23 March)', () => {
    expect(preliminaryReportDue('2028-03-17', cal)).toBe('2028-03-27');
  });
});

describe('EV-4 public discussion ≥ 5 working days (L3408–3409); later comments not considered', () => {
  it('closes on the 5th working day after the publication day', () => {
    expect(discussionClosesOn('2027-04-05', cal)).toBe('2027-04-12'); // Mon → next Mon
  });
  it('is open from the publication instant to the end of the closing day (Almaty)', () => {
    const published = almatyInstant('2027-04-05', '10:00');
    expect(discussionPhase(almatyInstant('2027-04-05', '09:59'), published, '2027-04-12')).toBe('NOT_PUBLISHED');
    expect(discussionPhase(almatyInstant('2027-04-05', '10:00'), published, '2027-04-12')).toBe('OPEN');
    expect(discussionPhase(almatyInstant('2027-04-12', '23:59'), published, '2027-04-12')).toBe('OPEN');
    expect(discussionPhase(almatyInstant('2027-04-13', '00:00'), published, '2027-04-12')).toBe('CLOSED');
    expect(discussionPhase(new Date(), null, null)).toBe('NOT_PUBLISHED');
  });
});

describe('EV-5 responses within 3 working days after the discussion (L3414–3416)', () => {
  it('adds three working days to the closing day', () => {
    expect(responsesDue('2027-04-12', cal)).toBe('2027-04-15');
    expect(responsesDue('2027-04-16', cal)).toBe('2027-04-21'); // Fri → Wed
  });
});

describe('EV-6 final report within 1 working day after the decision (L3418–3421)', () => {
  it('counts from the last response, or from the close when nobody commented', () => {
    expect(finalReportDue('2027-04-12', '2027-04-14', cal)).toBe('2027-04-15');
    expect(finalReportDue('2027-04-12', null, cal)).toBe('2027-04-13');
    // A response during the discussion does not move the base before the close.
    expect(finalReportDue('2027-04-12', '2027-04-07', cal)).toBe('2027-04-13');
    expect(finalReportDue('2027-04-16', null, cal)).toBe('2027-04-19'); // Fri → Mon
  });
});

describe('EV-7 annual report by 5 February of the next year (L3423–3424)', () => {
  it('is due 5 February; a day off keeps the date and is flagged', () => {
    expect(annualEvaluationReportDue(2026, cal)).toEqual({ dueOn: '2027-02-05', dueOnDayOff: false });
    expect(weekday('2028-02-05')).toBe(6);
    expect(annualEvaluationReportDue(2027, cal)).toEqual({ dueOn: '2028-02-05', dueOnDayOff: true });
  });
});

describe('lateness', () => {
  it('is late only after the due day (Almaty)', () => {
    expect(isLate('2027-04-12', almatyInstant('2027-04-12', '23:00'), new Date())).toBe(false);
    expect(isLate('2027-04-12', almatyInstant('2027-04-13', '00:10'), new Date())).toBe(true);
    expect(isLate('2027-04-12', null, almatyInstant('2027-04-13', '09:00'))).toBe(true);
  });
});

describe('EV-8 evaluation status machine', () => {
  it('goes PENDING → SCORED → DISCUSSION → FINAL_PUBLISHED only', () => {
    expect(evaluationTransitionAllowed('PENDING', 'SCORED', 'EXPERT')).toBe(true);
    expect(evaluationTransitionAllowed('SCORED', 'DISCUSSION', 'OPERATOR')).toBe(true);
    expect(evaluationTransitionAllowed('DISCUSSION', 'FINAL_PUBLISHED', 'OPERATOR')).toBe(true);
    expect(evaluationTransitionAllowed('PENDING', 'DISCUSSION', 'OPERATOR')).toBe(false);
    expect(evaluationTransitionAllowed('SCORED', 'DISCUSSION', 'EXPERT')).toBe(false);
    expect(evaluationMachine.states.FINAL_PUBLISHED.terminal).toBe(true);
  });
});
