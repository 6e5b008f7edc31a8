import type { FormSpec } from '../spec/form-spec';

/**
 * The application for a strategic partnership (seed 000: a central state body's order for
 * implementing a strategic partnership). No template is prescribed, so the form asks for
 * what the commission's per-competition criteria are scored on: the proposal, the
 * organisation's capacity, and the amount — completeness is checked before submission,
 * which the ministry's letter names as the reason creative unions were refused (L108–112).
 */
export const STRATEGIC_PARTNERSHIP_FORM: FormSpec = {
  version: 'strategic-partnership-2026.1',
  sections: [
    {
      key: 'spProposal',
      fields: [
        { name: 'projectName', type: 'text', max: 500 },
        { name: 'goal', type: 'text', max: 2000, multiline: true },
        { name: 'tasks', type: 'list', min: 1, max: 20, itemMax: 1000 },
        { name: 'description', type: 'text', max: 8000, multiline: true },
        { name: 'expectedResults', type: 'text', max: 4000, multiline: true },
        { name: 'periodStart', type: 'date' },
        { name: 'periodEnd', type: 'date' },
        { name: 'requestedKzt', type: 'integer', max: 100_000_000_000, money: true, withinLot: true },
      ],
    },
    {
      key: 'spCapacity',
      fields: [
        { name: 'experience', type: 'text', max: 8000, multiline: true },
        {
          name: 'team',
          type: 'table',
          minRows: 1,
          maxRows: 50,
          columns: [
            { name: 'fullName', type: 'text', max: 200 },
            { name: 'role', type: 'text', max: 200 },
            { name: 'qualification', type: 'text', max: 1000, multiline: true },
          ],
        },
        { name: 'partners', type: 'text', max: 4000, multiline: true, optional: true },
        { name: 'headFullName', type: 'text', max: 200 },
      ],
    },
  ],
};
