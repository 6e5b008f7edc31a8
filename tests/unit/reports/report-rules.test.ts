import { describe, expect, it } from 'vitest';
import {
  evidenceChecklist,
  evidenceKind,
  parseEvidenceKind,
  reportBudgetTotals,
  reportDueState,
  reportReminderDue,
  requiredEvidence,
  lineBalance,
} from '@/lib/rules/reports';
import { reportAccess, reportEditRefusal } from '@/lib/services/reports/report-access';
import type { Actor } from '@/lib/auth/policy';

describe('RP-1 reportDueState', () => {
  it('RP-1: a draft with more than 7 days left is upcoming', () => {
    expect(reportDueState('DRAFT', '2026-12-20', '2026-12-01')).toEqual({ state: 'UPCOMING', daysLeft: 19 });
  });
  it('RP-1: 7 days or fewer (including the due day itself) is due soon', () => {
    expect(reportDueState('DRAFT', '2026-12-08', '2026-12-01').state).toBe('DUE_SOON');
    expect(reportDueState('RETURNED', '2026-12-01', '2026-12-01')).toEqual({ state: 'DUE_SOON', daysLeft: 0 });
  });
  it('RP-1: the day after the due day a draft or returned report is overdue', () => {
    expect(reportDueState('DRAFT', '2026-12-01', '2026-12-02')).toEqual({ state: 'OVERDUE', daysLeft: -1 });
    expect(reportDueState('RETURNED', '2026-12-01', '2026-12-10').state).toBe('OVERDUE');
  });
  it('RP-1: a sent, reviewed or accepted report is in, never overdue', () => {
    for (const s of ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED']) expect(reportDueState(s, '2026-12-01', '2027-01-01').state).toBe('IN');
  });
  it('rejects a bad date and a negative band', () => {
    expect(() => reportDueState('DRAFT', '2026-02-30', '2026-01-01')).toThrow();
    expect(() => reportDueState('DRAFT', '2026-02-01', '2026-01-01', -1)).toThrow();
  });
});

describe('RP-2 reportReminderDue', () => {
  it('RP-2: 8 days before: no reminder; 7..2 days: the 7-day one; 1..0 days: the 1-day one', () => {
    expect(reportReminderDue('DRAFT', '2026-12-10', '2026-12-02')).toBeNull();
    expect(reportReminderDue('DRAFT', '2026-12-10', '2026-12-03')).toEqual({ daysBefore: 7, daysLeft: 7 });
    expect(reportReminderDue('DRAFT', '2026-12-10', '2026-12-08')).toEqual({ daysBefore: 7, daysLeft: 2 });
    expect(reportReminderDue('DRAFT', '2026-12-10', '2026-12-09')).toEqual({ daysBefore: 1, daysLeft: 1 });
    expect(reportReminderDue('RETURNED', '2026-12-10', '2026-12-10')).toEqual({ daysBefore: 1, daysLeft: 0 });
  });
  it('RP-2: none once overdue or once sent', () => {
    expect(reportReminderDue('DRAFT', '2026-12-10', '2026-12-11')).toBeNull();
    expect(reportReminderDue('SUBMITTED', '2026-12-10', '2026-12-09')).toBeNull();
  });
});

describe('F-EV evidence checklist', () => {
  it('F-EV: every event needs the programme and the participant list', () => {
    expect(requiredEvidence('other')).toEqual(['programme', 'participantList']);
    expect(requiredEvidence(undefined)).toEqual(['programme', 'participantList']);
  });
  it('F-EV 10: a seminar also needs the presentation, trainer CV, training module and certificate samples', () => {
    expect(requiredEvidence('seminar')).toEqual(['programme', 'participantList', 'presentation', 'trainerCv', 'trainingModule', 'certificateSamples']);
  });
  it('F-EV: the checklist says which evidence is present and which required one is missing', () => {
    const c = evidenceChecklist('concert', ['programme', 'photosVideos']);
    expect(c.complete).toBe(false);
    expect(c.missing).toEqual(['participantList', 'script']);
    expect(c.items.find((i) => i.type === 'photosVideos')).toEqual({ type: 'photosVideos', required: false, present: true });
    expect(evidenceChecklist('concert', ['programme', 'participantList', 'script']).complete).toBe(true);
  });
  it('evidence kinds round-trip and reject junk', () => {
    expect(parseEvidenceKind(evidenceKind(3, 'programme'))).toEqual({ eventNo: 3, type: 'programme' });
    expect(parseEvidenceKind('ev:0:programme')).toBeNull();
    expect(parseEvidenceKind('charter')).toBeNull();
    expect(parseEvidenceKind('ev:1:../x')).toBeNull();
  });
});

describe('F-IFR/F-FFR budget balance', () => {
  it('balance = planned − spent per line and in total; overspent lines are named', () => {
    expect(lineBalance({ planned: 100_000, spent: 40_000 })).toBe(60_000);
    expect(reportBudgetTotals([{ planned: 100_000, spent: 40_000 }, { planned: 50_000, spent: 70_000 }])).toEqual({ planned: 150_000, spent: 110_000, balance: 40_000, overspentLines: [1] });
  });
  it('rejects fractions and negatives', () => {
    expect(() => lineBalance({ planned: 1.5, spent: 0 })).toThrow();
    expect(() => lineBalance({ planned: 1, spent: -1 })).toThrow();
  });
});

describe('report access', () => {
  const ngo: Actor = { id: 'u1', role: 'NGO', organizationIds: ['org1'], headOfOrganizationIds: [], expertId: null };
  const other: Actor = { ...ngo, id: 'u2', organizationIds: ['org2'] };
  const operator: Actor = { id: 'op', role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
  const expert: Actor = { id: 'ex', role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: 'e1' };
  it('members edit while DRAFT or RETURNED; an accepted report is frozen', () => {
    expect(reportEditRefusal(ngo, { organizationId: 'org1', status: 'DRAFT' })).toBeNull();
    expect(reportEditRefusal(ngo, { organizationId: 'org1', status: 'RETURNED' })).toBeNull();
    expect(reportEditRefusal(ngo, { organizationId: 'org1', status: 'SUBMITTED' })).toBe('reportNotEditable');
    expect(reportEditRefusal(ngo, { organizationId: 'org1', status: 'ACCEPTED' })).toBe('reportFrozen');
  });
  it('another NGO, an expert and nobody see nothing; the operator reads and reviews but does not edit', () => {
    expect(reportEditRefusal(other, { organizationId: 'org1', status: 'DRAFT' })).toBe('reportNotFound');
    expect(reportAccess(expert, { organizationId: 'org1', status: 'DRAFT' })).toEqual({ read: false, edit: false, review: false, member: false });
    expect(reportAccess(null, { organizationId: 'org1', status: 'DRAFT' }).read).toBe(false);
    expect(reportAccess(operator, { organizationId: 'org1', status: 'SUBMITTED' })).toEqual({ read: true, edit: false, review: true, member: false });
    expect(reportEditRefusal(operator, { organizationId: 'org1', status: 'DRAFT' })).toBe('forbidden');
  });
});
