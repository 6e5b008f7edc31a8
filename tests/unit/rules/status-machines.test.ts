import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUSES,
  allowedTransitions,
  APPLICATION_STATUSES,
  canTransition,
  checkTransition,
  COMMISSION_STATUSES,
  COMPETITION_STATUSES,
  getMachine,
  isTerminalStatus,
  MACHINE_NAMES,
  NGO_DATABASE_REPORT_STATUSES,
  REPORT_STATUSES,
  ROLES,
  RuleInputError,
  SCORE_SHEET_STATUSES,
  STATUS_MACHINES,
  type MachineName,
} from '@/lib/rules';

const machines = MACHINE_NAMES.map((name) => [name, getMachine(name)] as const);

describe('ST-* every machine table is well formed', () => {
  it('has the seven machines', () => {
    expect(MACHINE_NAMES).toEqual(['application', 'competition', 'commission', 'agreement', 'report', 'scoreSheet', 'ngoDatabaseReport']);
    expect(STATUS_MACHINES.application.statuses).toBe(APPLICATION_STATUSES);
    expect(STATUS_MACHINES.competition.statuses).toBe(COMPETITION_STATUSES);
    expect(STATUS_MACHINES.commission.statuses).toBe(COMMISSION_STATUSES);
    expect(STATUS_MACHINES.agreement.statuses).toBe(AGREEMENT_STATUSES);
    expect(STATUS_MACHINES.report.statuses).toBe(REPORT_STATUSES);
    expect(STATUS_MACHINES.ngoDatabaseReport.statuses).toBe(NGO_DATABASE_REPORT_STATUSES);
    expect(STATUS_MACHINES.scoreSheet.statuses).toBe(SCORE_SHEET_STATUSES);
    for (const [, m] of machines) expect(m.initial).toBe('DRAFT');
  });
  it.each(machines)('%s: UPPER_SNAKE statuses, labelled, every status reachable from the initial one', (name, m) => {
    for (const s of m.statuses) {
      expect(s).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
      expect(m.states[s]?.staffLabelKey).toBe(`status.${name}.${s}.staff`);
      expect(m.states[s]?.publicLabelKey).toMatch(new RegExp(`^status\\.${name}\\.[A-Z_]+\\.public$`));
    }
    expect(new Set(m.statuses).size).toBe(m.statuses.length);
    const seen = new Set<string>([m.initial]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of m.transitions) {
        if (seen.has(t.from) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...m.statuses].sort());
  });
  it.each(machines)('%s: every transition declares roles and label keys', (name, m) => {
    for (const t of m.transitions) {
      expect(t.action).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
      expect(t.roles.length).toBeGreaterThan(0);
      for (const r of t.roles) expect(ROLES).toContain(r);
      expect(t.staffLabelKey).toBe(`transition.${name}.${t.action}.staff`);
      expect(t.publicLabelKey).toBe(`transition.${name}.${t.action}.public`);
      expect(m.statuses).toContain(t.from);
      expect(m.statuses).toContain(t.to);
      expect(t.from).not.toBe(t.to);
    }
  });
});

describe('ST-* each declared transition is allowed', () => {
  const all = machines.flatMap(([name, m]) => m.transitions.map((t) => [name, `${t.from} → ${t.to} (${t.action})`, t] as const));
  it.each(all)('%s %s', (name, _label, t) => {
    expect(canTransition(name, t.from, t.to)).toBe(true);
    const kind = t.kinds?.[0];
    for (const role of t.roles) {
      expect(canTransition(name, t.from, t.to, { role, kind })).toBe(true);
      expect(checkTransition(name, t.from, t.to, role, { kind }).ok).toBe(true);
      expect(allowedTransitions(name, t.from, role, { kind })).toContainEqual(t);
    }
    for (const role of ROLES.filter((r) => !t.roles.includes(r))) {
      if (!getMachine(name).transitions.some((o) => o.from === t.from && o.to === t.to && o.roles.includes(role))) {
        expect(checkTransition(name, t.from, t.to, role, { kind })).toEqual({ ok: false, code: 'ROLE_NOT_ALLOWED' });
      }
    }
  });
});

describe('ST-* terminal statuses have no way out', () => {
  const terminals = machines.flatMap(([name, m]) => m.statuses.filter((s) => m.states[s]?.terminal).map((s) => [name, s] as const));
  it('declares terminals', () => {
    expect(terminals).toContainEqual(['application', 'WITHDRAWN']);
    expect(terminals).toContainEqual(['application', 'NOT_ADMITTED']);
    expect(terminals).toContainEqual(['application', 'NOT_HELD']);
    expect(terminals).toContainEqual(['competition', 'RESULTS_PUBLISHED']);
    expect(terminals).toContainEqual(['competition', 'NOT_HELD']);
    expect(terminals).toContainEqual(['competition', 'CANCELLED']);
    expect(terminals).toContainEqual(['agreement', 'CLOSED']);
    expect(terminals).toContainEqual(['report', 'ACCEPTED']);
  });
  it.each(terminals)('%s %s → anything is refused', (name, from) => {
    expect(isTerminalStatus(name, from)).toBe(true);
    for (const to of getMachine(name).statuses) expect(canTransition(name, from, to)).toBe(false);
    for (const role of ROLES) expect(allowedTransitions(name, from, role)).toEqual([]);
  });
});

describe('ST-* undeclared transitions are refused', () => {
  it.each<[MachineName, string, string]>([
    ['application', 'SUBMITTED', 'DRAFT'], // submitted means frozen
    ['application', 'DRAFT', 'ADMITTED'],
    ['application', 'DRAFT', 'WINNER'],
    ['application', 'ADMITTED', 'WINNER'], // must be scored first
    ['application', 'NOT_ADMITTED', 'ADMITTED'],
    ['application', 'WITHDRAWN', 'SUBMITTED'],
    ['application', 'UNDER_REVIEW', 'WINNER'],
    ['competition', 'DRAFT', 'OPEN'],
    ['competition', 'OPEN', 'SCORING'],
    ['competition', 'CLOSED', 'OPEN'],
    ['competition', 'RESULTS_PUBLISHED', 'SCORING'],
    ['competition', 'NOT_HELD', 'OPEN'],
    ['commission', 'DISSOLVED', 'DRAFT'],
    ['scoreSheet', 'SIGNED', 'DRAFT'],
    ['agreement', 'DRAFT', 'SIGNED'],
    ['agreement', 'SIGNED', 'DRAFT'],
    ['agreement', 'TERMINATED', 'IN_PROGRESS'],
    ['report', 'SUBMITTED', 'DRAFT'],
    ['report', 'SUBMITTED', 'ACCEPTED'],
    ['report', 'ACCEPTED', 'RETURNED'],
    ['ngoDatabaseReport', 'APPROVED', 'DRAFT'],
  ])('%s %s → %s', (name, from, to) => {
    expect(canTransition(name, from, to)).toBe(false);
    expect(checkTransition(name, from, to, 'ADMIN')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
  });
});

describe('ST-* roles and kinds', () => {
  it('only the NGO submits; the NGO cannot admit itself', () => {
    expect(canTransition('application', 'DRAFT', 'SUBMITTED', { role: 'NGO' })).toBe(true);
    expect(canTransition('application', 'DRAFT', 'SUBMITTED', { role: 'OPERATOR' })).toBe(false);
    expect(canTransition('application', 'SUBMITTED', 'ADMITTED', { role: 'NGO' })).toBe(false);
    expect(allowedTransitions('application', 'DRAFT', 'NGO').map((t) => t.to)).toEqual(['SUBMITTED', 'WITHDRAWN']);
    expect(allowedTransitions('application', 'SUBMITTED', 'EXPERT')).toEqual([]);
  });
  it('only the system closes a competition (DL-1: the server clock decides)', () => {
    expect(checkTransition('competition', 'OPEN', 'CLOSED', 'SYSTEM').ok).toBe(true);
    expect(checkTransition('competition', 'OPEN', 'CLOSED', 'OPERATOR')).toEqual({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });
  it('grants cannot skip the COI round (CI-2); the social order may', () => {
    expect(canTransition('competition', 'ADMISSION', 'SCORING', { kind: 'GRANT' })).toBe(false);
    expect(checkTransition('competition', 'ADMISSION', 'SCORING', 'OPERATOR', { kind: 'GRANT' })).toEqual({ ok: false, code: 'KIND_NOT_ALLOWED' });
    expect(canTransition('competition', 'ADMISSION', 'SCORING', { kind: 'SOCIAL_ORDER' })).toBe(true);
    expect(canTransition('commission', 'DRAFT', 'APPROVED', { kind: 'GRANT' })).toBe(false);
    expect(canTransition('commission', 'DRAFT', 'APPROVED', { kind: 'SOCIAL_ORDER' })).toBe(true);
  });
  it('only awards are paid through the application; only the social order excludes after scoring', () => {
    expect(canTransition('application', 'WINNER', 'PAID', { kind: 'AWARD' })).toBe(true);
    expect(canTransition('application', 'WINNER', 'PAID', { kind: 'GRANT' })).toBe(false);
    expect(canTransition('application', 'SCORED', 'NOT_ADMITTED', { kind: 'SOCIAL_ORDER' })).toBe(true);
    expect(canTransition('application', 'SCORED', 'NOT_ADMITTED', { kind: 'GRANT' })).toBe(false);
    expect(isTerminalStatus('application', 'WINNER')).toBe(false);
  });
  it('only the expert signs a sheet; a signed sheet can only be voided', () => {
    expect(allowedTransitions('scoreSheet', 'DRAFT', 'EXPERT').map((t) => t.to)).toEqual(['SIGNED']);
    expect(allowedTransitions('scoreSheet', 'SIGNED', 'EXPERT')).toEqual([]);
    expect(allowedTransitions('scoreSheet', 'SIGNED', 'OPERATOR').map((t) => t.to)).toEqual(['VOIDED']);
  });
  it('sealed scoring: the applicant sees one public label for UNDER_REVIEW and SCORED', () => {
    const s = getMachine('application').states;
    expect(s.UNDER_REVIEW?.publicLabelKey).toBe('status.application.UNDER_EVALUATION.public');
    expect(s.SCORED?.publicLabelKey).toBe(s.UNDER_REVIEW?.publicLabelKey);
    expect(s.SCORED?.staffLabelKey).not.toBe(s.UNDER_REVIEW?.staffLabelKey);
  });
});

describe('ST-* bad input', () => {
  it('refuses unknown machines, statuses, roles and kinds', () => {
    expect(() => canTransition('invoice' as 'report', 'DRAFT', 'SUBMITTED')).toThrow(RuleInputError);
    expect(() => canTransition('application', 'SUBMITED', 'ADMITTED')).toThrow(RuleInputError);
    expect(() => canTransition('application', 'SUBMITTED', 'admitted')).toThrow(RuleInputError);
    expect(() => allowedTransitions('application', 'DRAFT', 'PUBLIC' as 'NGO')).toThrow(RuleInputError);
    expect(() => canTransition('application', 'DRAFT', 'SUBMITTED', { kind: 'LOTTERY' as 'GRANT' })).toThrow(RuleInputError);
    expect(() => isTerminalStatus('report', 'LOST')).toThrow(RuleInputError);
  });
});
