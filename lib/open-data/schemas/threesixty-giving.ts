/**
 * Our own schema of EXACTLY the 360Giving fields Demeu emits, written from the 360Giving
 * Data Standard 1.4 documentation (grant: id, title, description, currency, amountAwarded,
 * awardDate, recipientOrganization or recipientIndividual, fundingOrganization are required;
 * dates are YYYY-MM-DD or full date-time; currency ISO 4217; countryCode ISO 3166-1 alpha-2).
 * Objects are strict: a field we did not document is an error.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$/, 'YYYY-MM-DD');
const dateTime = z.iso.datetime({ offset: true });
const dateOrDateTime = z.union([isoDate, dateTime]);

/** org-id.guide: KZ-BIN + the 12-digit Business Identification Number. */
export const orgIdSchema = z.string().regex(/^KZ-BIN-\d{12}$/);

export const organizationSchema = z.strictObject({
  id: orgIdSchema,
  name: z.string().min(1),
  /** Russian name (the primary `name` is Kazakh). */
  alternateName: z.string().min(1).optional(),
});

export const plannedDatesSchema = z.strictObject({
  startDate: isoDate,
  endDate: isoDate,
});

export const locationSchema = z.strictObject({
  /** Region code of the portal (KATO prefix) or `KZ` for republic-wide. */
  id: z.string().min(1),
  name: z.string().min(1),
  countryCode: z.literal('KZ'),
});

export const grantProgrammeSchema = z.strictObject({
  code: z.string().min(1),
  title: z.string().min(1),
  url: z.url(),
});

export const classificationSchema = z.strictObject({
  vocabulary: z.literal('KZ-NGO-DIRECTIONS'),
  code: z.string().regex(/^\d{1,2}$/),
  title: z.string().min(1),
});

export const grantSchema = z.strictObject({
  /** 360G-<prefix>-<internal id>. */
  id: z.string().regex(/^360G-[A-Za-z0-9]+-[A-Za-z0-9_-]+$/),
  title: z.string().min(1).max(140),
  description: z.string().min(1),
  currency: z.literal('KZT'),
  /** Whole tenge. */
  amountAwarded: z.number().int().positive(),
  awardDate: dateOrDateTime,
  plannedDates: z.array(plannedDatesSchema).length(1).optional(),
  recipientOrganization: z.array(organizationSchema).length(1),
  fundingOrganization: z.array(organizationSchema).length(1),
  grantProgramme: z.array(grantProgrammeSchema).length(1),
  beneficiaryLocation: z.array(locationSchema).length(1),
  classifications: z.array(classificationSchema).max(1),
  fromOpenCall: z.literal('Yes'),
  dataSource: z.url(),
});
export type Grant = z.infer<typeof grantSchema>;

export const grantPackageSchema = z.strictObject({
  version: z.literal('1.4'),
  title: z.string().min(1),
  description: z.string().min(1),
  modified: dateTime,
  identifier: z.string().min(1),
  publisher: z.strictObject({ name: z.string().min(1), website: z.url() }),
  license: z.url(),
  accessURL: z.url(),
  downloadURL: z.url(),
  grants: z.array(grantSchema).refine((gs) => new Set(gs.map((g) => g.id)).size === gs.length, 'grant ids must be unique'),
});
export type GrantPackage = z.infer<typeof grantPackageSchema>;

/** Columns of the 360Giving flat CSV (the standard's column titles, with roll-up paths). */
export const GRANT_CSV_COLUMNS = [
  'Identifier',
  'Title',
  'Description',
  'Currency',
  'Amount Awarded',
  'Award Date',
  'Planned Dates:Start Date',
  'Planned Dates:End Date',
  'Recipient Org:Identifier',
  'Recipient Org:Name',
  'Recipient Org:Alternate Name',
  'Funding Org:Identifier',
  'Funding Org:Name',
  'Funding Org:Alternate Name',
  'Grant Programme:Code',
  'Grant Programme:Title',
  'Grant Programme:URL',
  'Beneficiary Location:Identifier',
  'Beneficiary Location:Name',
  'Beneficiary Location:Country Code',
  'Classifications:Vocabulary',
  'Classifications:Code',
  'Classifications:Title',
  'From An Open Call?',
  'Data Source',
] as const;
