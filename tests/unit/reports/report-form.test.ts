import { describe, expect, it } from 'vitest';
import { reportCompleteness, reportSectionCompleteness, reportSections, type ReportFormContext, type ReportSection } from '@/lib/validation/reports/report-form';
import { sectionDraftSchema } from '@/lib/validation/forms/spec/section-schema';

const keys = (s: ReportSection[]) => s.map((x) => x.key);
const ctx = (over: Partial<ReportFormContext> = {}): ReportFormContext => ({ indicators: [], indicatorValues: new Map(), attachmentKinds: [], sections: {}, ...over });
const section = (s: ReportSection[], key: string) => {
  const found = s.find((x) => x.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};

describe('report forms as data (F-IR, F-FR, F-IFR/F-FFR)', () => {
  it('F-IR: the 1st interim creative report has the baseline; later ones do not', () => {
    expect(keys(reportSections('INTERIM', 'CREATIVE', 1))).toEqual(['rpBaseline', 'rpActivities', 'rpIndicators', 'rpBeneficiaries', 'rpProblems', 'rpPartners', 'rpEvidence', 'rpSignoff']);
    expect(keys(reportSections('INTERIM', 'CREATIVE', 2))).not.toContain('rpBaseline');
  });
  it('F-FR: the final creative report has summary, results, social effect, future topics and recommendations for state bodies', () => {
    const k = keys(reportSections('FINAL', 'CREATIVE', 1));
    for (const key of ['rpSummary', 'rpResults', 'rpIndicators', 'rpBeneficiaries', 'rpSocialEffect', 'rpOrgDevelopment', 'rpFutureTopics', 'rpRecommendations', 'rpEvidence']) expect(k).toContain(key);
  });
  it('F-IFR / F-FFR: budget lines, supporting documents (required only in the final one)', () => {
    expect(keys(reportSections('INTERIM', 'FINANCIAL', 1))).toEqual(['rpBudget', 'rpFinanceDocs', 'rpSignoff']);
    const interimDocs = section(reportSections('INTERIM', 'FINANCIAL', 1), 'rpFinanceDocs');
    const finalDocs = section(reportSections('FINAL', 'FINANCIAL', 1), 'rpFinanceDocs');
    expect(reportSectionCompleteness(interimDocs, undefined, ctx()).complete).toBe(true); // L4233
    const fin = reportSectionCompleteness(finalDocs, undefined, ctx({ attachmentKinds: ['fin:salaries'] }));
    expect(fin.missing).toEqual(['doc.gpcPayments', 'doc.taxes', 'doc.supporting']);
  });

  it('beneficiaries: men + women must equal the total of the category', () => {
    const s = section(reportSections('INTERIM', 'CREATIVE', 1), 'rpBeneficiaries');
    expect(reportSectionCompleteness(s, { rows: [{ category: 'Жастар', total: 10, men: 4, women: 5 }] }, ctx()).errors).toEqual([{ path: 'rows.0.total', code: 'sexSplit' }]);
    expect(reportSectionCompleteness(s, { rows: [{ category: 'Жастар', total: 10, men: 4, women: 6 }] }, ctx()).complete).toBe(true);
    expect(reportSectionCompleteness(s, { rows: [] }, ctx()).missing).toEqual(['rows']);
  });

  it('budget: an overspent line needs a comment', () => {
    const s = section(reportSections('INTERIM', 'FINANCIAL', 1), 'rpBudget');
    const lines = [{ item: 'Жалға алу', planned: 100, spent: 150 }];
    expect(reportSectionCompleteness(s, { lines }, ctx()).errors).toEqual([{ path: 'lines.0.comment', code: 'overspentNeedsComment' }]);
    expect(reportSectionCompleteness(s, { lines: [{ ...lines[0], comment: 'Баға өсті' }] }, ctx()).complete).toBe(true);
  });

  it('indicators (§3.3): every indicator of the agreement needs an actual value; a qualitative one on its scale', () => {
    const s = section(reportSections('INTERIM', 'CREATIVE', 1), 'rpIndicators');
    const indicators = [
      { id: 'a', kind: 'QUANTITATIVE' as const, scalePoints: null },
      { id: 'b', kind: 'QUALITATIVE' as const, scalePoints: [1, 2, 3, 4, 5] },
    ];
    expect(reportSectionCompleteness(s, undefined, ctx({ indicators, indicatorValues: new Map([['a', 12]]) })).missing).toEqual(['indicator.b']);
    expect(reportSectionCompleteness(s, undefined, ctx({ indicators, indicatorValues: new Map([['a', 12], ['b', 7]]) })).errors).toEqual([{ path: 'indicator.b', code: 'notOnScale' }]);
    expect(reportSectionCompleteness(s, undefined, ctx({ indicators, indicatorValues: new Map([['a', 12], ['b', 4]]) })).complete).toBe(true);
  });

  it('F-EV: evidence is complete when every event has its required evidence', () => {
    const s = section(reportSections('INTERIM', 'CREATIVE', 1), 'rpEvidence');
    const sections = { rpActivities: { activities: [{ name: 'Семинар', eventType: 'seminar' }, { name: 'Кездесу', eventType: 'other' }] } };
    expect(reportSectionCompleteness(s, undefined, ctx()).errors).toEqual([{ path: 'events', code: 'noActivities' }]);
    const partial = reportSectionCompleteness(s, undefined, ctx({ sections, attachmentKinds: ['ev:2:programme', 'ev:2:participantList', 'ev:1:programme'] }));
    expect(partial.missing).toEqual(['event.1.participantList', 'event.1.presentation', 'event.1.trainerCv', 'event.1.trainingModule', 'event.1.certificateSamples']);
    const all = ['programme', 'participantList', 'presentation', 'trainerCv', 'trainingModule', 'certificateSamples'].map((t) => `ev:1:${t}`);
    expect(reportSectionCompleteness(s, undefined, ctx({ sections, attachmentKinds: [...all, 'ev:2:programme', 'ev:2:participantList'] })).complete).toBe(true);
  });

  it('the draft schema keeps partial data but refuses broken values', () => {
    const s = section(reportSections('INTERIM', 'CREATIVE', 1), 'rpActivities');
    if (s.sort !== 'fields') throw new Error('fields');
    expect(sectionDraftSchema(s.spec).safeParse({ activities: [{ name: 'Семинар' }] }).success).toBe(true);
    expect(sectionDraftSchema(s.spec).safeParse({ activities: [{ plannedParticipants: -3 }] }).success).toBe(false);
    expect(sectionDraftSchema(s.spec).safeParse({ activities: [{ eventType: 'party' }] }).success).toBe(false);
  });

  it('the whole report: incomplete sections are listed in order', () => {
    const r = reportCompleteness(reportSections('INTERIM', 'FINANCIAL', 1), ctx());
    expect(r.incomplete).toEqual(['rpBudget', 'rpSignoff']);
  });
});
