import type { FormSpec } from '../spec/form-spec';

/**
 * The supplier's technical specification of a state social order (F-TS, Annex 1 of the
 * social-order documents, L3664–3927) plus the bid. Its sections map onto the scoring
 * criteria (§3.1): goals ↔ criterion 2, experience ↔ criterion 5 (market years also break
 * ties, SO-1), activity plan ↔ criterion 3, indicators ↔ criterion 6. The bid price is
 * judged at admission (SO-2: more than 20% below the allocated amount is dumping); a bid
 * above the allocated amount is invalid already in the draft.
 */
export const SOCIAL_ORDER_FORM: FormSpec = {
  version: 'social-order-ts-2026.1',
  sections: [
    {
      key: 'tsGoals',
      fields: [
        // F-TS 1: at least 3 goals of the charter matching the purchased service (L3686).
        { name: 'charterGoals', type: 'list', min: 3, max: 20, itemMax: 1000 },
        { name: 'alignment', type: 'text', max: 4000, multiline: true },
      ],
    },
    {
      key: 'tsExperience',
      fields: [
        { name: 'socialProgramsExperience', type: 'text', max: 4000, multiline: true, optional: true },
        { name: 'socialProgramsYears', type: 'integer', max: 100, optional: true },
        { name: 'similarProjects', type: 'text', max: 4000, multiline: true },
        { name: 'marketExperience', type: 'text', max: 4000, multiline: true },
        { name: 'marketExperienceYears', type: 'integer', max: 100 },
        {
          name: 'previousProjects',
          type: 'table',
          minRows: 1,
          maxRows: 30,
          columns: [
            { name: 'name', type: 'text', max: 500 },
            { name: 'period', type: 'text', max: 100 },
            { name: 'customerAndGeography', type: 'text', max: 500 },
            { name: 'costKzt', type: 'integer', max: 100_000_000_000, money: true },
            { name: 'results', type: 'text', max: 2000, multiline: true },
          ],
        },
      ],
    },
    {
      key: 'tsTeam',
      fields: [
        {
          name: 'team',
          type: 'table',
          minRows: 1,
          maxRows: 50,
          columns: [
            { name: 'fullName', type: 'text', max: 200 },
            { name: 'role', type: 'text', max: 200 },
            { name: 'qualification', type: 'text', max: 1000, multiline: true },
            { name: 'certificates', type: 'text', max: 500, optional: true },
          ],
        },
      ],
    },
    {
      key: 'tsProject',
      fields: [
        // F-TS 4.1: SMART objectives.
        { name: 'objectives', type: 'list', min: 1, max: 20, itemMax: 1000 },
        { name: 'mechanism', type: 'text', max: 8000, multiline: true },
        { name: 'directBeneficiaries', type: 'integer', max: 10_000_000 },
        { name: 'indirectBeneficiaries', type: 'integer', max: 100_000_000 },
        {
          name: 'beneficiariesByCategory',
          type: 'table',
          minRows: 1,
          maxRows: 20,
          columns: [
            { name: 'targetGroup', type: 'text', max: 300 },
            { name: 'count', type: 'integer', max: 10_000_000 },
          ],
        },
      ],
    },
    {
      key: 'tsPlans',
      fields: [
        {
          name: 'activityPlan',
          type: 'table',
          minRows: 1,
          maxRows: 100,
          columns: [
            { name: 'activity', type: 'text', max: 500 },
            // "to the dekad" (онкүндікті көрсетумен), free text such as «наурыздың 2-онкүндігі».
            { name: 'timing', type: 'text', max: 100 },
            { name: 'venue', type: 'text', max: 300 },
            { name: 'responsible', type: 'text', max: 200 },
          ],
        },
        {
          name: 'mediaPlan',
          type: 'table',
          minRows: 1,
          maxRows: 100,
          columns: [
            { name: 'topic', type: 'text', max: 500 },
            { name: 'responsible', type: 'text', max: 200 },
            { name: 'media', type: 'text', max: 300 },
            { name: 'plannedOn', type: 'date' },
          ],
        },
      ],
    },
    {
      key: 'tsIndicators',
      fields: [
        {
          name: 'indicators',
          type: 'table',
          minRows: 1,
          maxRows: 50,
          columns: [
            { name: 'level', type: 'select', options: ['INPUT', 'PROCESS', 'OUTPUT', 'OUTCOME', 'IMPACT'] },
            { name: 'kind', type: 'select', options: ['QUANTITATIVE', 'QUALITATIVE'] },
            { name: 'name', type: 'text', max: 500 },
            { name: 'unit', type: 'text', max: 50 },
            { name: 'baseline', type: 'integer', max: 100_000_000, optional: true },
            { name: 'target', type: 'integer', max: 100_000_000 },
          ],
        },
        {
          name: 'risks',
          type: 'table',
          minRows: 1,
          maxRows: 30,
          columns: [
            { name: 'risk', type: 'text', max: 500 },
            { name: 'mitigation', type: 'text', max: 2000, multiline: true },
          ],
        },
        { name: 'headFullName', type: 'text', max: 200 },
      ],
    },
    {
      key: 'tsBid',
      fields: [{ name: 'bidPriceKzt', type: 'integer', max: 100_000_000_000, money: true, withinLot: true }],
    },
  ],
};
