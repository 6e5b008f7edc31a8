import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetTotals, budgetViolations } from '@/lib/rules';
import {
  GRANT_SECTION_KEYS,
  annex5BudgetSummary,
  applicationCompleteness,
  grantSectionDraftSchemaFor,
  grantSectionDraftSchemas,
  grantSectionSchemaFor,
  grantSectionSchemas,
  sectionCompleteness,
} from '@/lib/validation/forms/grant';
import { repairSectionData } from '@/lib/validation/forms/grant/repair';
import { completeKk } from './fixtures';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const LOT = 10_000_000;

describe('grant annexes 1–5 (§4.5): a complete example passes', () => {
  it.each(GRANT_SECTION_KEYS)('%s is complete and passes the strict schema', (key) => {
    expect(sectionCompleteness(key, completeKk[key], { lotAmountKzt: LOT, languages: ['kk', 'ru'] })).toEqual({ complete: true, missing: [], errors: [] });
    expect(grantSectionSchemas[key].safeParse(completeKk[key]).success).toBe(true);
    expect(grantSectionDraftSchemas[key].safeParse(completeKk[key]).success).toBe(true);
  });

  it('the whole package is complete and consistent (annex 1 requested = annex 5 total)', () => {
    const r = applicationCompleteness(completeKk, { lotAmountKzt: LOT, languages: ['kk', 'ru'] });
    expect(r.complete).toBe(true);
    expect(r.completeKeys).toEqual([...GRANT_SECTION_KEYS]);
  });

  it('an empty draft is valid for autosave but lists what is missing', () => {
    for (const key of GRANT_SECTION_KEYS) {
      expect(grantSectionDraftSchemas[key].safeParse({}).success).toBe(true);
      const r = sectionCompleteness(key, {});
      expect(r.complete).toBe(false);
      expect(r.missing.length).toBeGreaterThan(0);
    }
    expect(grantSectionSchemas.annex1.safeParse({}).success).toBe(false);
  });
});

describe('missing required fields and wrong types are reported with paths', () => {
  it('annex 1: missing title, contact e-mail; wrong types', () => {
    const d = clone(completeKk.annex1) as Record<string, unknown>;
    delete d.projectTitle;
    (d.contactPerson as Record<string, unknown>).email = '';
    expect(sectionCompleteness('annex1', d).missing).toEqual(['projectTitle', 'contactPerson.email']);

    const wrong = { ...clone(completeKk.annex1), requestedKzt: '1000', periodStart: '2026-13-45', contactPerson: { email: 'not-mail' } };
    const r = sectionCompleteness('annex1', wrong);
    expect(r.complete).toBe(false);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { path: 'requestedKzt', code: 'notNumber' },
        { path: 'periodStart', code: 'invalidDate' },
        { path: 'contactPerson.email', code: 'invalidEmail' },
      ]),
    );
  });

  it('annex 1: fractional tenge, negative amounts, end before start, requested above the lot', () => {
    const r = sectionCompleteness(
      'annex1',
      { ...clone(completeKk.annex1), requestedKzt: 10_000_001, ownContributionKzt: -1, periodEnd: '2026-02-01' },
      { lotAmountKzt: LOT },
    );
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { path: 'ownContributionKzt', code: 'negative' },
        { path: 'periodEnd', code: 'periodOrder' },
        { path: 'requestedKzt', code: 'exceedsLot' },
      ]),
    );
    expect(sectionCompleteness('annex1', { requestedKzt: 10.5 }).errors).toEqual([{ path: 'requestedKzt', code: 'notInteger' }]);
  });

  it('annex 2: BIN checksum, IBAN, BIC and required nested head fields', () => {
    const d = { ...clone(completeKk.annex2), bin: '100140000004', bank: { name: 'Bank', bic: 'x', iban: 'KZ00000' }, head: { fullName: 'A' } };
    const r = sectionCompleteness('annex2', d);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { path: 'bin', code: 'invalidBin' },
        { path: 'bank.bic', code: 'invalidBic' },
        { path: 'bank.iban', code: 'invalidIban' },
      ]),
    );
    expect(r.missing).toEqual(expect.arrayContaining(['head.position', 'head.phone', 'head.email']));
  });

  it('annex 3: at least one specialist; every row field checked with its row index', () => {
    expect(sectionCompleteness('annex3', { ...clone(completeKk.annex3), team: [] }).missing).toEqual(['team']);
    const r = sectionCompleteness('annex3', { ...clone(completeKk.annex3), team: [{ fullName: 'X', experienceYears: 'five' }] });
    expect(r.missing).toEqual(expect.arrayContaining(['team.0.role', 'team.0.qualification']));
    expect(r.errors).toEqual([{ path: 'team.0.experienceYears', code: 'notNumber' }]);
  });

  it('annex 4: the monitoring plan needs quantitative AND qualitative indicators (criterion 3d)', () => {
    const d = clone(completeKk.annex4);
    d.indicators = d.indicators!.filter((i) => i.kind === 'QUANTITATIVE');
    expect(sectionCompleteness('annex4', d).errors).toEqual([{ path: 'indicators', code: 'needQualitative' }]);
    const noActivities = { ...clone(completeKk.annex4), activities: [{ title: { kk: 'Семинар' }, startDate: '2026-05-02', endDate: '2026-05-01' }] };
    const r = sectionCompleteness('annex4', noActivities);
    expect(r.missing).toEqual(expect.arrayContaining(['activities.0.place', 'activities.0.responsible', 'activities.0.expectedResult']));
    expect(r.errors).toEqual([{ path: 'activities.0.endDate', code: 'periodOrder' }]);
    expect(sectionCompleteness('annex4', { indicators: [{ kind: 'OTHER' }] }).errors).toContainEqual({ path: 'indicators.0.kind', code: 'invalidChoice' });
  });

  it('texts longer than allowed are refused already in the draft', () => {
    const r = grantSectionDraftSchemas.annex1.safeParse({ projectTitle: { kk: 'ә'.repeat(301) } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['projectTitle', 'kk'], message: 'tooLong' });
  });
});

describe('the competition language rule (Competition.languages / allLanguagesRequired)', () => {
  const ruOnly = {
    ...clone(completeKk.annex1),
    projectTitle: { ru: 'Сортируй — сохрани город' },
    geography: { ru: 'Алматы' },
    summary: { ru: 'Обучение жителей раздельному сбору.' },
  };

  it('kk-only text is complete when any one language suffices', () => {
    expect(sectionCompleteness('annex1', completeKk.annex1, { languages: ['kk', 'ru'], allLanguagesRequired: false }).complete).toBe(true);
  });
  it('ru-only text is complete when any one language suffices', () => {
    expect(sectionCompleteness('annex1', ruOnly, { languages: ['kk', 'ru'], allLanguagesRequired: false }).complete).toBe(true);
  });
  it('when both languages are required, every text field misses its other language', () => {
    const r = sectionCompleteness('annex1', completeKk.annex1, { languages: ['kk', 'ru'], allLanguagesRequired: true });
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['projectTitle.ru', 'geography.ru', 'summary.ru']);
    const both = { ...clone(completeKk.annex1), projectTitle: { kk: 'а', ru: 'б' }, geography: { kk: 'а', ru: 'б' }, summary: { kk: 'а', ru: 'б' } };
    expect(sectionCompleteness('annex1', both, { languages: ['kk', 'ru'], allLanguagesRequired: true }).complete).toBe(true);
  });
  it('a Kazakh-only competition does not accept a Russian-only text', () => {
    expect(sectionCompleteness('annex1', ruOnly, { languages: ['kk'] }).missing).toEqual(['projectTitle', 'geography', 'summary']);
  });
  it('whitespace does not count as filled', () => {
    expect(sectionCompleteness('annex1', { ...clone(completeKk.annex1), projectTitle: { kk: '   ' } }).missing).toEqual(['projectTitle']);
  });
  it('the strict schema for a competition reports the same paths', () => {
    const r = grantSectionSchemaFor('annex1', { languages: ['kk', 'ru'], allLanguagesRequired: true }).safeParse(completeKk.annex1);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['projectTitle.ru', 'geography.ru', 'summary.ru']);
  });
});

describe('annex 5 budget arithmetic (MO-1 / GF-3, SC-5)', () => {
  const line = (id: string, quantity: number, unitCost: number, isInstitutionalSupport = false) => ({
    id,
    category: 'OTHER' as const,
    name: { kk: id },
    unit: 'дана',
    quantity,
    unitCost,
    isInstitutionalSupport,
  });

  it('totals: quantity × unit cost in integer tenge, summed', () => {
    const s = annex5BudgetSummary({ lines: [line('a', 3, 333_333), line('b', 7, 1), line('c', 1, 100_000, true)] });
    expect(s.lineAmounts).toEqual([999_999, 7, 100_000]);
    expect(s.total).toBe(1_100_006);
    expect(s.institutionalSupport).toBe(100_000);
    expect(s.institutionalSupportMax).toBe(110_000);
    expect(s.institutionalSupportLimitPercent).toBe(10);
  });

  it('GF-3: an institutional share of exactly 10% is allowed', () => {
    const data = { lines: [line('a', 9, 100_000), line('b', 1, 100_000, true)] };
    expect(annex5BudgetSummary(data).institutionalSupportPercent).toBe(10);
    expect(grantSectionDraftSchemas.annex5.safeParse(data).success).toBe(true);
    expect(sectionCompleteness('annex5', data).complete).toBe(true);
  });

  it('GF-3: 10% + 1 tenge is refused already by the draft schema, on the table', () => {
    const data = { lines: [line('a', 9, 100_000), line('b', 1, 100_001, true)] };
    const r = grantSectionDraftSchemas.annex5.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([expect.objectContaining({ path: ['lines'], message: 'institutionalShare' })]);
    expect(sectionCompleteness('annex5', data).errors).toEqual([{ path: 'lines', code: 'institutionalShare' }]);
  });

  it('SC-5 with built schemas kept per lot amount: each lot is checked against its own amount, whatever was checked before', () => {
    const above = { lines: [line('a', 10, 1_000_000), line('b', 1, 1)] };
    // The same schema object serves the same lot (built once); another lot gets its own.
    expect(grantSectionDraftSchemaFor('annex5', { lotAmountKzt: LOT })).toBe(grantSectionDraftSchemaFor('annex5', { lotAmountKzt: LOT }));
    expect(sectionCompleteness('annex5', above, { lotAmountKzt: LOT }).errors).toEqual([{ path: 'lines', code: 'exceedsLot' }]);
    expect(sectionCompleteness('annex5', above, { lotAmountKzt: LOT * 2 }).errors).toEqual([]);
    expect(sectionCompleteness('annex5', above).errors).toEqual([]);
    expect(sectionCompleteness('annex5', above, { lotAmountKzt: LOT }).errors).toEqual([{ path: 'lines', code: 'exceedsLot' }]);
  });

  it('SC-5: a total above the lot amount is refused; equal is allowed', () => {
    const atLot = { lines: [line('a', 10, 1_000_000)] };
    expect(grantSectionDraftSchemaFor('annex5', { lotAmountKzt: LOT }).safeParse(atLot).success).toBe(true);
    const above = { lines: [line('a', 10, 1_000_000), line('b', 1, 1)] };
    const r = grantSectionDraftSchemaFor('annex5', { lotAmountKzt: LOT }).safeParse(above);
    expect(r.error?.issues).toEqual([expect.objectContaining({ path: ['lines'], message: 'exceedsLot' })]);
    expect(sectionCompleteness('annex5', above, { lotAmountKzt: LOT }).errors).toEqual([{ path: 'lines', code: 'exceedsLot' }]);
  });

  it('fractional quantities and costs are refused, not rounded; duplicate line ids are refused', () => {
    const r = sectionCompleteness('annex5', { lines: [line('a', 1.5, 100), line('b', 1, 0.5)] });
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { path: 'lines.0.quantity', code: 'notInteger' },
        { path: 'lines.1.unitCost', code: 'notInteger' },
      ]),
    );
    expect(sectionCompleteness('annex5', { lines: [line('a', 1, 100), line('a', 1, 50)] }).errors).toEqual([{ path: 'lines.1.id', code: 'duplicateId' }]);
  });

  it('an estimate whose lines are all zero is not complete', () => {
    expect(sectionCompleteness('annex5', { lines: [line('a', 0, 100)] }).errors).toEqual([{ path: 'lines', code: 'emptyBudget' }]);
    expect(sectionCompleteness('annex5', { lines: [] }).missing).toEqual(['lines']);
  });

  it('annex 1 requested amount must equal the annex 5 total', () => {
    const r = applicationCompleteness({ ...completeKk, annex1: { ...clone(completeKk.annex1), requestedKzt: 9_999_999 } });
    expect(r.complete).toBe(false);
    expect(r.errors).toEqual([{ section: 'annex1', path: 'requestedKzt', code: 'requestedMismatch' }]);
  });

  it('property: totals are never negative and equal the sum of quantity × unit cost; agrees with budgetViolations', () => {
    const lineArb = fc.record({
      quantity: fc.integer({ min: 0, max: 100_000 }),
      unitCost: fc.integer({ min: 0, max: 100_000_000 }),
      isInstitutionalSupport: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 40 }), fc.integer({ min: 0, max: 2 ** 50 }), (raw, lotAmount) => {
        const lines = raw.map((l, i) => ({ ...l, id: `l${i}` }));
        const s = annex5BudgetSummary({ lines }, { lotAmountKzt: lotAmount });
        const expected = lines.reduce((sum, l) => sum + l.quantity * l.unitCost, 0);
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBe(expected);
        expect(s.lineAmounts.reduce((a, b) => a + b, 0)).toBe(s.total);
        const rules = budgetViolations(
          lines.map((l) => ({ id: l.id, quantity: l.quantity, unitCost: l.unitCost, institutionalSupport: l.isInstitutionalSupport })),
          { lotAmount },
        );
        expect(s.violations).toEqual(rules.violations);
        expect(budgetTotals(lines.map((l) => ({ ...l, institutionalSupport: l.isInstitutionalSupport }))).total).toBe(s.total);
      }),
    );
  });
});

describe('older drafts are made loadable (repairSectionData)', () => {
  it('plain strings become texts in the application language; wrong types are dropped; numbers kept', () => {
    const repaired = repairSectionData('annex1', { projectTitle: 'Бөлек жина', requestedKzt: 14_500_000, periodStart: 5, signatory: { fullName: 'А' } }, 'kk');
    expect(repaired).toEqual({ projectTitle: { kk: 'Бөлек жина' }, requestedKzt: 14_500_000, signatory: { fullName: 'А' } });
    expect(repairSectionData('annex4', { goal: 'Мақсат', tasks: ['бір'] }, 'ru')).toEqual({ goal: { ru: 'Мақсат' }, tasks: [{ text: { ru: 'бір' } }] });
    // an over-limit budget is kept as typed (the user fixes it; nothing is lost)
    const over = { lines: [{ id: 'a', quantity: 1, unitCost: 100, isInstitutionalSupport: true }] };
    expect(repairSectionData('annex5', over, 'kk')).toEqual(over);
  });
});
