import type { FormSpec } from '../spec/form-spec';

/**
 * The NGO award nomination (§3 of the grants file): F-A1 the application, F-A2 the
 * applicant card with the bank details the award is paid to (AW-10), F-A3 the description of
 * the activity, and the recommendations (AW-14: at least the competition's minimum — 2 by
 * default — each with contact details; the count is decided by the engine at submission).
 */
export const AWARD_FORM: FormSpec = {
  version: 'award-2026.1',
  sections: [
    {
      key: 'award1',
      fields: [
        { name: 'addressee', type: 'text', max: 300 },
        { name: 'applicantName', type: 'text', max: 500 },
        { name: 'fillDate', type: 'date' },
        {
          name: 'signatory',
          type: 'group',
          fields: [
            { name: 'fullName', type: 'text', max: 200 },
            { name: 'position', type: 'text', max: 200 },
          ],
        },
      ],
    },
    {
      key: 'award2',
      fields: [
        { name: 'legalName', type: 'text', max: 500 },
        { name: 'registrationDate', type: 'date' },
        { name: 'bin', type: 'text', max: 12, format: 'bin' },
        { name: 'legalAddress', type: 'text', max: 500 },
        { name: 'actualAddress', type: 'text', max: 500 },
        { name: 'activitySubject', type: 'text', max: 2000, multiline: true },
        { name: 'activityPurpose', type: 'text', max: 2000, multiline: true },
        {
          name: 'head',
          type: 'group',
          fields: [
            { name: 'fullName', type: 'text', max: 200 },
            { name: 'position', type: 'text', max: 200 },
            { name: 'phone', type: 'text', max: 40, format: 'phone' },
            { name: 'email', type: 'text', max: 254, format: 'email' },
          ],
        },
        {
          name: 'bank',
          type: 'group',
          fields: [
            { name: 'name', type: 'text', max: 300 },
            { name: 'bic', type: 'text', max: 11, format: 'bic' },
            { name: 'iban', type: 'text', max: 40, format: 'iban' },
          ],
        },
      ],
    },
    {
      key: 'award3',
      fields: [
        { name: 'contribution', type: 'text', max: 8000, multiline: true },
        {
          name: 'experienceProjects',
          type: 'table',
          minRows: 1,
          maxRows: 30,
          columns: [
            { name: 'name', type: 'text', max: 500 },
            { name: 'period', type: 'text', max: 100 },
            { name: 'results', type: 'text', max: 4000, multiline: true },
          ],
        },
        { name: 'innovations', type: 'text', max: 8000, multiline: true },
      ],
    },
    {
      key: 'awardRecommendations',
      fields: [
        {
          name: 'recommendations',
          type: 'table',
          minRows: 1,
          maxRows: 20,
          // AW-14: each recommendation with contact details — a phone or an e-mail.
          oneOf: ['phone', 'email'],
          columns: [
            { name: 'authorName', type: 'text', max: 200 },
            { name: 'authorPosition', type: 'text', max: 200, optional: true },
            { name: 'authorOrganization', type: 'text', max: 300 },
            { name: 'authorKind', type: 'select', options: ['NGO', 'STATE_BODY', 'OTHER'] },
            { name: 'phone', type: 'text', max: 40, format: 'phone', optional: true },
            { name: 'email', type: 'text', max: 254, format: 'email', optional: true },
            { name: 'issuedOn', type: 'date', optional: true },
          ],
        },
      ],
    },
  ],
};
