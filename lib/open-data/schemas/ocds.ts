/**
 * Our own schema of EXACTLY the OCDS fields Demeu emits, written from the Open Contracting
 * Data Standard 1.1 documentation and codelists (release: ocid, id, date, tag, initiationType
 * required; dates are full date-times; tenderStatus, awardStatus, contractStatus, releaseTag,
 * partyRole, method, procurementCategory codelists) and the lots extension (tender.lots,
 * awards.relatedLots). Objects are strict: a field we did not document is an error.
 */
import { z } from 'zod';

const dateTime = z.iso.datetime({ offset: true });

export const valueSchema = z.strictObject({
  /** Whole tenge. */
  amount: z.number().int().nonnegative(),
  currency: z.literal('KZT'),
});

export const periodSchema = z.strictObject({
  startDate: dateTime,
  endDate: dateTime,
});

export const organizationReferenceSchema = z.strictObject({
  id: z.string().regex(/^KZ-BIN-\d{12}$/),
  name: z.string().min(1),
});

export const partySchema = z.strictObject({
  id: z.string().regex(/^KZ-BIN-\d{12}$/),
  name: z.string().min(1),
  identifier: z.strictObject({
    scheme: z.literal('KZ-BIN'),
    id: z.string().regex(/^\d{12}$/),
    legalName: z.string().min(1),
  }),
  roles: z.array(z.enum(['buyer', 'procuringEntity', 'payer', 'supplier', 'payee'])).min(1),
});

export const TENDER_STATUSES = ['planning', 'planned', 'active', 'complete', 'cancelled', 'unsuccessful', 'withdrawn'] as const;

export const lotSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  status: z.enum(TENDER_STATUSES),
  value: valueSchema,
});

export const tenderSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  status: z.enum(TENDER_STATUSES),
  procuringEntity: organizationReferenceSchema,
  value: valueSchema.optional(),
  procurementMethod: z.literal('open'),
  mainProcurementCategory: z.literal('services'),
  awardCriteria: z.literal('ratedCriteria'),
  datePublished: dateTime.optional(),
  tenderPeriod: periodSchema.optional(),
  lots: z.array(lotSchema),
});

export const awardSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  status: z.literal('active'),
  date: dateTime,
  value: valueSchema,
  suppliers: z.array(organizationReferenceSchema).length(1),
  relatedLots: z.array(z.string().min(1)).max(1),
});

export const transactionSchema = z.strictObject({
  id: z.string().min(1),
  date: dateTime,
  value: valueSchema,
  payer: organizationReferenceSchema,
  payee: organizationReferenceSchema,
});

export const contractSchema = z.strictObject({
  id: z.string().min(1),
  awardID: z.string().min(1),
  title: z.string().min(1),
  status: z.enum(['pending', 'active', 'terminated', 'cancelled']),
  value: valueSchema,
  period: periodSchema,
  dateSigned: dateTime,
  implementation: z.strictObject({ transactions: z.array(transactionSchema) }),
});

export const RELEASE_TAGS = ['tender', 'tenderUpdate', 'tenderCancellation', 'award', 'contract', 'implementation'] as const;

export const releaseSchema = z
  .strictObject({
    /** ocds-<prefix>-<internal id>. */
    ocid: z.string().regex(/^ocds-[a-z0-9]{6}-.+$/),
    id: z.string().min(1),
    date: dateTime,
    tag: z.array(z.enum(RELEASE_TAGS)).min(1),
    initiationType: z.literal('tender'),
    language: z.literal('kk'),
    parties: z.array(partySchema).min(1),
    buyer: organizationReferenceSchema,
    tender: tenderSchema,
    awards: z.array(awardSchema),
    contracts: z.array(contractSchema),
  })
  .superRefine((r, ctx) => {
    // Every organisation reference points at an entry of `parties`; every contract at an award.
    const parties = new Set(r.parties.map((p) => p.id));
    const refs = [r.buyer, r.tender.procuringEntity, ...r.awards.flatMap((a) => a.suppliers), ...r.contracts.flatMap((c) => c.implementation.transactions.flatMap((t) => [t.payer, t.payee]))];
    for (const ref of refs) if (!parties.has(ref.id)) ctx.addIssue({ code: 'custom', message: `organisation ${ref.id} is not in parties` });
    const awards = new Set(r.awards.map((a) => a.id));
    for (const c of r.contracts) if (!awards.has(c.awardID)) ctx.addIssue({ code: 'custom', message: `contract ${c.id} refers to unknown award ${c.awardID}` });
    const lots = new Set(r.tender.lots.map((l) => l.id));
    for (const a of r.awards) for (const l of a.relatedLots) if (!lots.has(l)) ctx.addIssue({ code: 'custom', message: `award ${a.id} refers to unknown lot ${l}` });
  });
export type Release = z.infer<typeof releaseSchema>;

export const releasePackageSchema = z.strictObject({
  uri: z.url(),
  version: z.literal('1.1'),
  extensions: z.array(z.url()),
  publishedDate: dateTime,
  publisher: z.strictObject({ name: z.string().min(1) }),
  license: z.url(),
  publicationPolicy: z.url(),
  releases: z.array(releaseSchema).refine((rs) => new Set(rs.map((r) => `${r.ocid}/${r.id}`)).size === rs.length, 'release ids must be unique per ocid'),
});
export type ReleasePackage = z.infer<typeof releasePackageSchema>;
