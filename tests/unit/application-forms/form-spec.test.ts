/**
 * Forms described as data (lib/validation/forms/spec): what autosave accepts and what
 * "complete" means, for the social-order F-TS, the award nomination and the strategic
 * partnership — one description, so the browser and the server can never disagree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationFormFor } from '@/lib/validation/forms/registry';
import type { SectionSpec } from '@/lib/validation/forms/spec/form-spec';
import { sectionDraftSchema, specSectionCompleteness } from '@/lib/validation/forms/spec/section-schema';

const SECTION: SectionSpec = {
  key: 'demo',
  fields: [
    { name: 'title', type: 'text', max: 10 },
    { name: 'note', type: 'text', max: 100, optional: true },
    { name: 'amount', type: 'integer', max: 1_000, money: true, withinLot: true },
    { name: 'goals', type: 'list', min: 2, max: 3, itemMax: 20 },
    { name: 'head', type: 'group', fields: [{ name: 'email', type: 'text', max: 254, format: 'email' }] },
    {
      name: 'contacts',
      type: 'table',
      minRows: 1,
      maxRows: 5,
      oneOf: ['phone', 'email'],
      columns: [
        { name: 'name', type: 'text', max: 50 },
        { name: 'kind', type: 'select', options: ['A', 'B'] },
        { name: 'phone', type: 'text', max: 40, format: 'phone', optional: true },
        { name: 'email', type: 'text', max: 254, format: 'email', optional: true },
      ],
    },
  ],
};

const complete = {
  title: 'Жоба',
  amount: 500,
  goals: ['бір', 'екі'],
  head: { email: 'head@example.kz' },
  contacts: [{ name: 'Әлия', kind: 'A', phone: '+7 701 000 00 01' }],
};

describe('a section described as data', () => {
  it('is complete when every required field is filled; optional fields may stay empty', () => {
    expect(specSectionCompleteness(SECTION, complete)).toEqual({ complete: true, missing: [], errors: [] });
  });

  it('names every missing required field by its path, including a group member and a table column', () => {
    const r = specSectionCompleteness(SECTION, { goals: ['бір'], contacts: [{ kind: 'B', email: 'x@example.kz' }] });
    expect(r.missing.sort()).toEqual(['amount', 'contacts.0.name', 'goals', 'head.email', 'title'].sort());
  });

  it('counts only filled list items towards the minimum', () => {
    expect(specSectionCompleteness(SECTION, { ...complete, goals: ['бір', '  '] }).missing).toEqual(['goals']);
  });

  it('a table row with neither of its one-of columns is an error on the first of them (AW-14: phone or e-mail)', () => {
    const r = specSectionCompleteness(SECTION, { ...complete, contacts: [{ name: 'Әлия', kind: 'A' }] });
    expect(r.errors).toEqual([{ path: 'contacts.0.phone', code: 'contactRequired' }]);
  });

  it('a money field within the lot is refused above the lot amount, only when the lot is known', () => {
    expect(sectionDraftSchema(SECTION, { lotAmountKzt: 400 }).safeParse({ amount: 500 }).error?.issues[0]?.message).toBe('exceedsLot');
    expect(sectionDraftSchema(SECTION).safeParse({ amount: 500 }).success).toBe(true);
  });

  it('the draft schema accepts a partial draft but checks types, lengths, formats and choices', () => {
    const schema = sectionDraftSchema(SECTION);
    expect(schema.safeParse({}).success).toBe(true);
    const codes = (v: unknown) => schema.safeParse(v).error?.issues.map((i) => i.message);
    expect(codes({ title: 'ұзындығы он бірден асады' })).toEqual(['tooLong']);
    expect(codes({ amount: 1.5 })).toEqual(['notInteger']);
    expect(codes({ amount: -1 })).toEqual(['negative']);
    expect(codes({ head: { email: 'not-an-email' } })).toEqual(['invalidEmail']);
    expect(codes({ contacts: [{ kind: 'C' }] })).toEqual(['invalidChoice']);
    expect(codes({ goals: ['1', '2', '3', '4'] })).toEqual(['tooMany']);
  });

  it('never throws on malformed data: anything is reported, never crashes the form', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const r = specSectionCompleteness(SECTION, data);
        expect(typeof r.complete).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('the registry of application forms by competition kind', () => {
  it('every mechanism with a portal form has one; the creative order applies differently', () => {
    expect(applicationFormFor('GRANT')?.sectionKeys).toEqual(['annex1', 'annex2', 'annex3', 'annex4', 'annex5']);
    expect(applicationFormFor('SOCIAL_ORDER')?.sectionKeys).toEqual(['tsGoals', 'tsExperience', 'tsTeam', 'tsProject', 'tsPlans', 'tsIndicators', 'tsBid']);
    expect(applicationFormFor('AWARD')?.sectionKeys).toEqual(['award1', 'award2', 'award3', 'awardRecommendations']);
    expect(applicationFormFor('STRATEGIC_PARTNERSHIP')?.sectionKeys).toEqual(['spProposal', 'spCapacity']);
    expect(applicationFormFor('CREATIVE_ORDER')).toBeNull();
  });

  it('F-TS 1: fewer than three charter goals is incomplete; three are enough', () => {
    const form = applicationFormFor('SOCIAL_ORDER')!;
    expect(form.sectionCompleteness('tsGoals', { charterGoals: ['a', 'b'], alignment: 'x' }).missing).toEqual(['charterGoals']);
    expect(form.sectionCompleteness('tsGoals', { charterGoals: ['a', 'b', 'c'], alignment: 'x' }).complete).toBe(true);
  });

  it('the whole form is complete only when every section is', () => {
    const form = applicationFormFor('STRATEGIC_PARTNERSHIP')!;
    const r = form.completeness([{ key: 'spProposal', data: {} }]);
    expect(r.complete).toBe(false);
    expect(r.completeKeys).toEqual([]);
    expect(Object.keys(r.sections)).toEqual(['spProposal', 'spCapacity']);
  });
});
