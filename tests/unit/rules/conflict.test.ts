import { describe, expect, it } from 'vitest';
import { coiComplete, coiDeclarationGaps, conflictsOf, RuleInputError, type ExpertProfile } from '@/lib/rules';

const clean: ExpertProfile = { operatorEmployee: false, nominatedByOrgId: 'nominator', affiliatedOrgIds: ['club'], relativeOrgIds: ['cousin-ngo'], declaredConflictApplicationIds: ['app-9'] };
const app = { id: 'app-1', orgId: 'applicant', partnerOrgIds: ['partner'] };
const applicants = ['applicant', 'other'];

describe('CI-1 conflict of interest', () => {
  it.each<[string, Partial<ExpertProfile>, Partial<typeof app>, string[], string[]]>([
    ['no conflict', {}, {}, applicants, []],
    ['operator employee', { operatorEmployee: true }, {}, applicants, ['OPERATOR_EMPLOYEE']],
    ['nominating NGO applied (another lot)', {}, {}, [...applicants, 'nominator'], ['NOMINATOR_APPLIED']],
    ['self-nominated expert (no nominator)', { nominatedByOrgId: undefined }, {}, [...applicants, 'nominator'], []],
    ['belongs to the applicant', { affiliatedOrgIds: ['applicant'] }, {}, applicants, ['AFFILIATED_APPLICANT']],
    ['belongs to a named partner', { affiliatedOrgIds: ['partner'] }, {}, applicants, ['AFFILIATED_PARTNER']],
    ['relative at the applicant', { relativeOrgIds: ['applicant'] }, {}, applicants, ['RELATIVE']],
    ['relative at a partner', { relativeOrgIds: ['partner'] }, {}, applicants, ['RELATIVE']],
    ['declared on this application', { declaredConflictApplicationIds: ['app-1'] }, {}, applicants, ['DECLARED']],
    [
      'everything at once, in order',
      { operatorEmployee: true, affiliatedOrgIds: ['applicant', 'partner'], relativeOrgIds: ['applicant'], declaredConflictApplicationIds: ['app-1'] },
      {},
      [...applicants, 'nominator'],
      ['OPERATOR_EMPLOYEE', 'NOMINATOR_APPLIED', 'AFFILIATED_APPLICANT', 'AFFILIATED_PARTNER', 'RELATIVE', 'DECLARED'],
    ],
  ])('%s', (_n, expert, application, list, codes) => {
    expect(conflictsOf({ ...clean, ...expert }, { ...app, ...application }, list)).toEqual(codes);
  });
  it('refuses malformed input', () => {
    expect(() => conflictsOf({ ...clean, operatorEmployee: 'no' as unknown as boolean }, app, applicants)).toThrow(RuleInputError);
    expect(() => conflictsOf({ ...clean, affiliatedOrgIds: 'x' as unknown as string[] }, app, applicants)).toThrow(RuleInputError);
    expect(() => conflictsOf(clean, { ...app, orgId: '' }, applicants)).toThrow(RuleInputError);
    expect(() => conflictsOf(clean, app, [''])).toThrow(RuleInputError);
  });
});

describe('CI-2 COI declaration covers every admitted application', () => {
  const decl = [
    { expertId: 'e1', applicationId: 'a1', hasConflict: false },
    { expertId: 'e1', applicationId: 'a2', hasConflict: true },
    { expertId: 'e2', applicationId: 'a1', hasConflict: false },
  ];
  it('lists the missing applications per expert', () => {
    expect(coiDeclarationGaps(['e1', 'e2', 'e3'], ['a1', 'a2'], decl)).toEqual([
      { expertId: 'e1', missingApplicationIds: [] },
      { expertId: 'e2', missingApplicationIds: ['a2'] },
      { expertId: 'e3', missingApplicationIds: ['a1', 'a2'] },
    ]);
    expect(coiComplete('e1', ['a1', 'a2'], decl)).toBe(true);
    expect(coiComplete('e2', ['a1', 'a2'], decl)).toBe(false);
  });
  it('refuses malformed input', () => {
    expect(() => coiDeclarationGaps(['e1'], ['a1'], [{ expertId: '', applicationId: 'a1', hasConflict: false }])).toThrow(RuleInputError);
    expect(() => coiDeclarationGaps('e1' as unknown as string[], ['a1'], [])).toThrow(RuleInputError);
  });
});
