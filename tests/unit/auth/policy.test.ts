import { describe, expect, it } from 'vitest';
import { can, type Actor } from '@/lib/auth/policy';

const ngoA: Actor = { id: 'u-a', role: 'NGO', organizationIds: ['org-a'], headOfOrganizationIds: ['org-a'], expertId: null };
const ngoAStaff: Actor = { ...ngoA, id: 'u-a2', headOfOrganizationIds: [] };
const ngoB: Actor = { id: 'u-b', role: 'NGO', organizationIds: ['org-b'], headOfOrganizationIds: ['org-b'], expertId: null };
const operator: Actor = { id: 'u-op', role: 'OPERATOR', organizationIds: ['operator-org'], headOfOrganizationIds: [], expertId: null };
const admin: Actor = { id: 'u-admin', role: 'ADMIN', organizationIds: [], headOfOrganizationIds: [], expertId: null };
const expert: Actor = { id: 'u-ex', role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: 'ex-1' };
const conflictedExpert: Actor = { ...expert, id: 'u-ex2', expertId: 'ex-2' };
const outsideExpert: Actor = { ...expert, id: 'u-ex3', expertId: 'ex-3' };

const application = (status: string) => ({
  type: 'application' as const,
  organizationId: 'org-a',
  status,
  assignedExpertIds: ['ex-1', 'ex-2', 'ex-4'],
  // CI-2: ex-1 declared "no conflict"; ex-2 too, but is conflicted (e.g. automatically); ex-4 has not declared.
  noConflictExpertIds: ['ex-1', 'ex-2'],
  conflictedExpertIds: ['ex-2'],
});
const undeclaredExpert: Actor = { ...expert, id: 'u-ex4', expertId: 'ex-4' };

describe('policy: areas of the portal', () => {
  it.each([
    ['ngo', ngoA, true],
    ['ngo', operator, false],
    ['ngo', expert, false],
    ['operator', operator, true],
    ['operator', admin, true],
    ['operator', expert, false], // an expert can't open the operator console (403)
    ['operator', ngoA, false],
    ['expert', expert, true],
    ['expert', operator, false],
    ['admin', admin, true],
    ['admin', operator, false],
    ['ngo', null, false],
    ['operator', null, false],
  ] as const)('%s area, actor %o → %s', (area, actor, allowed) => {
    expect(can(actor, 'enter', { type: 'area', area })).toBe(allowed);
  });

  it('an NGO user without an organisation has no cabinet to enter', () => {
    expect(can({ ...ngoA, organizationIds: [] }, 'enter', { type: 'area', area: 'ngo' })).toBe(false);
  });
});

describe('policy: organisations (IDOR)', () => {
  it('members read and update their own organisation, never another one', () => {
    expect(can(ngoA, 'read', { type: 'organization', id: 'org-a' })).toBe(true);
    expect(can(ngoA, 'update', { type: 'organization', id: 'org-a' })).toBe(true);
    expect(can(ngoB, 'read', { type: 'organization', id: 'org-a' })).toBe(false);
    expect(can(ngoB, 'update', { type: 'organization', id: 'org-a' })).toBe(false);
    expect(can(ngoB, 'apply', { type: 'organization', id: 'org-a' })).toBe(false);
  });

  it('only the head invites staff', () => {
    expect(can(ngoA, 'invite-staff', { type: 'organization', id: 'org-a' })).toBe(true);
    expect(can(ngoAStaff, 'invite-staff', { type: 'organization', id: 'org-a' })).toBe(false);
  });

  it('EL-1 status flags are set by operator staff only', () => {
    expect(can(operator, 'set-status-flags', { type: 'organization', id: 'org-a' })).toBe(true);
    expect(can(ngoA, 'set-status-flags', { type: 'organization', id: 'org-a' })).toBe(false);
    expect(can(expert, 'set-status-flags', { type: 'organization', id: 'org-a' })).toBe(false);
  });
});

describe('policy: competitions', () => {
  it('anyone reads a published competition; a draft is staff-only', () => {
    expect(can(null, 'read', { type: 'competition', status: 'OPEN' })).toBe(true);
    expect(can(null, 'read', { type: 'competition', status: 'DRAFT' })).toBe(false);
    expect(can(ngoA, 'read', { type: 'competition', status: 'DRAFT' })).toBe(false);
    expect(can(operator, 'read', { type: 'competition', status: 'DRAFT' })).toBe(true);
  });
  it('only staff manage competitions', () => {
    expect(can(operator, 'manage', { type: 'competition', status: 'OPEN' })).toBe(true);
    expect(can(expert, 'manage', { type: 'competition', status: 'OPEN' })).toBe(false);
    expect(can(ngoA, 'manage', { type: 'competition', status: 'OPEN' })).toBe(false);
  });
});

describe('policy: applications', () => {
  it('the applicant edits and submits only its own draft (submitted means frozen)', () => {
    expect(can(ngoA, 'update', application('DRAFT'))).toBe(true);
    expect(can(ngoA, 'submit', application('DRAFT'))).toBe(true);
    expect(can(ngoA, 'update', application('SUBMITTED'))).toBe(false);
    expect(can(ngoB, 'update', application('DRAFT'))).toBe(false);
    expect(can(ngoB, 'read', application('DRAFT'))).toBe(false);
  });

  it('CI-1: an assigned expert reads and scores; a conflicted or unassigned one does not', () => {
    expect(can(expert, 'read', application('UNDER_REVIEW'))).toBe(true);
    expect(can(expert, 'score', application('UNDER_REVIEW'))).toBe(true);
    expect(can(conflictedExpert, 'read', application('UNDER_REVIEW'))).toBe(false);
    expect(can(conflictedExpert, 'score', application('UNDER_REVIEW'))).toBe(false);
    expect(can(outsideExpert, 'read', application('UNDER_REVIEW'))).toBe(false);
    expect(can(outsideExpert, 'score', application('UNDER_REVIEW'))).toBe(false);
  });

  it('CI-2: an assigned expert who has not declared "no conflict" yet reads and scores nothing', () => {
    expect(can(undeclaredExpert, 'read', application('UNDER_REVIEW'))).toBe(false);
    expect(can(undeclaredExpert, 'score', application('UNDER_REVIEW'))).toBe(false);
  });

  it('CI-1: a subject built without the expert lists denies every expert (fail closed)', () => {
    const bare = { type: 'application' as const, organizationId: 'org-a', status: 'UNDER_REVIEW' };
    expect(can(expert, 'read', bare)).toBe(false);
    expect(can(expert, 'score', bare)).toBe(false);
    expect(can(expert, 'read', { ...bare, assignedExpertIds: ['ex-1'], noConflictExpertIds: ['ex-1'] })).toBe(false);
  });

  it('staff review, but never score', () => {
    expect(can(operator, 'review', application('SUBMITTED'))).toBe(true);
    expect(can(operator, 'score', application('UNDER_REVIEW'))).toBe(false);
    expect(can(ngoA, 'review', application('SUBMITTED'))).toBe(false);
  });

  it('anonymous visitors read no application', () => {
    expect(can(null, 'read', application('SUBMITTED'))).toBe(false);
  });
});

describe('policy: withdrawing an application', () => {
  it('the applicant may withdraw a draft or a submitted application, nobody else, and nothing decided', () => {
    expect(can(ngoA, 'withdraw', application('DRAFT'))).toBe(true);
    expect(can(ngoA, 'withdraw', application('SUBMITTED'))).toBe(true);
    expect(can(ngoA, 'withdraw', application('ADMITTED'))).toBe(false);
    expect(can(ngoB, 'withdraw', application('SUBMITTED'))).toBe(false);
    expect(can(operator, 'withdraw', application('SUBMITTED'))).toBe(false);
  });
});

describe('policy: NGO database report (DB-1)', () => {
  const report = (status: string) => ({ type: 'ngoDatabaseReport' as const, organizationId: 'org-a', status });
  it('the NGO edits and sends its own report while a draft or returned', () => {
    expect(can(ngoA, 'update', report('DRAFT'))).toBe(true);
    expect(can(ngoAStaff, 'submit', report('RETURNED'))).toBe(true);
    expect(can(ngoA, 'update', report('SUBMITTED'))).toBe(false);
    expect(can(ngoA, 'update', report('APPROVED'))).toBe(false);
    expect(can(ngoB, 'read', report('DRAFT'))).toBe(false);
    expect(can(ngoB, 'update', report('DRAFT'))).toBe(false);
  });
  it('operator staff read every report and review a sent one', () => {
    expect(can(operator, 'read', report('DRAFT'))).toBe(true);
    expect(can(operator, 'review', report('SUBMITTED'))).toBe(true);
    expect(can(operator, 'review', report('DRAFT'))).toBe(false);
    expect(can(ngoA, 'review', report('SUBMITTED'))).toBe(false);
    expect(can(expert, 'read', report('SUBMITTED'))).toBe(false);
  });
});

describe('policy: users', () => {
  it('only an admin changes roles, and not their own', () => {
    expect(can(admin, 'change-role', { type: 'user', id: 'u-a' })).toBe(true);
    expect(can(admin, 'change-role', { type: 'user', id: 'u-admin' })).toBe(false);
    expect(can(operator, 'change-role', { type: 'user', id: 'u-a' })).toBe(false);
  });
});
