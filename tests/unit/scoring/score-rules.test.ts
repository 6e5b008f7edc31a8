import { describe, expect, it } from 'vitest';
import { almatyEndOfDay } from '@/lib/rules';
import { parseCriterionDefinitions, scoreSheetErrors, scoringClosedReason, scoringDeadline, signedTotal } from '@/lib/services/scoring/score-rules';

const criteria = parseCriterionDefinitions([
  { id: 'capacity', titleKk: 'Әлеует', titleRu: 'Потенциал', min: 1, max: 5 },
  { id: 'content', min: 1, max: 7 },
  { id: 'regional_experience', min: 0, max: 3, allowed: [0, 3] },
  { id: 'broken', min: 5, max: 1 },
  'nonsense',
]);
const scores = (values: (number | null)[], comments = true) =>
  ['capacity', 'content', 'regional_experience'].map((criterionId, i) => ({ criterionId, value: values[i] ?? null, comment: comments && values[i] !== null ? 'ok' : '' }));

describe('score sheet rules (SC-1, SC-2)', () => {
  it('SC-1: reads the competition criteria, leaving malformed ones out', () => {
    expect(criteria.map((c) => c.id)).toEqual(['capacity', 'content', 'regional_experience']);
    expect(criteria[0]).toMatchObject({ titleKk: 'Әлеует', titleRu: 'Потенциал', titleEn: null });
  });

  it('SC-2: a draft may leave criteria out, but every value given is an integer in range (and an allowed one)', () => {
    expect(scoreSheetErrors(criteria, scores([3, null, null]), false)).toEqual({});
    expect(scoreSheetErrors(criteria, scores([6, 2.5, 1]), false)).toEqual({ capacity: 'OUT_OF_RANGE', content: 'NOT_INTEGER', regional_experience: 'OUT_OF_RANGE' });
    expect(scoreSheetErrors(criteria, [{ criterionId: 'ghost', value: 1, comment: '' }], false)).toEqual({ ghost: 'UNKNOWN_CRITERION' });
    expect(scoreSheetErrors(criteria, [{ criterionId: 'capacity', value: null, comment: 'no score yet' }], false)).toEqual({ capacity: 'commentNeedsScore' });
  });

  it('SC-2: signing needs every criterion scored and commented; the total is the sum', () => {
    expect(scoreSheetErrors(criteria, scores([3, 5, null]), true)).toEqual({ regional_experience: 'INCOMPLETE' });
    expect(scoreSheetErrors(criteria, scores([3, 5, 3], false), true)).toEqual({ capacity: 'commentRequired', content: 'commentRequired', regional_experience: 'commentRequired' });
    expect(scoreSheetErrors(criteria, scores([3, 5, 3]), true)).toEqual({});
    expect(signedTotal(criteria, scores([3, 5, 3]))).toEqual({ ok: true, total: 11 });
  });
});

describe('the scoring room (DL-5)', () => {
  const due = new Date('2026-12-15T00:00:00.000Z');
  it('closes at the end of the due day in Almaty (UTC+5)', () => {
    expect(scoringDeadline(due)).toEqual(almatyEndOfDay('2026-12-15'));
    expect(scoringDeadline(due)!.toISOString()).toBe('2026-12-15T18:59:59.999Z');
    const open = { competitionStatus: 'SCORING', commissionStatus: 'APPROVED', scoringDueOn: due };
    expect(scoringClosedReason(open, new Date('2026-12-15T18:59:59.999Z'))).toBeNull();
    expect(scoringClosedReason(open, new Date('2026-12-15T19:00:00.000Z'))).toBe('scoringDeadlinePassed');
  });

  it('needs the competition in SCORING and the final commission approved', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(scoringClosedReason({ competitionStatus: 'COI', commissionStatus: 'COI_DECLARATION', scoringDueOn: null }, now)).toBe('competitionNotScoring');
    expect(scoringClosedReason({ competitionStatus: 'SCORING', commissionStatus: 'COI_DECLARATION', scoringDueOn: due }, now)).toBe('commissionNotApproved');
    expect(scoringClosedReason({ competitionStatus: 'COMMISSION_MEETING', commissionStatus: 'APPROVED', scoringDueOn: due }, now)).toBe('competitionNotScoring');
  });
});
