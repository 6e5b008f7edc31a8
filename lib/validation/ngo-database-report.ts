/**
 * The yearly NGO database report (ҮЕҰ деректер қорына есеп, DB-1..DB-7,
 * shared/domain/grants-awards-ngo-database.md §2): its sections as zod schemas, shared by
 * the form (react-hook-form + zodResolver) and the server actions.
 *
 * SHAPE (decided here, DB-6):
 * - In the form and in the services the report is ONE bilingual object: every text field
 *   is `{ kk, ru }`; numbers, dates, identifiers and enumerations are language-neutral and
 *   appear once. Nothing can drift between the two languages except the texts themselves.
 * - In the database (NgoDatabaseReport.sectionsKk / sectionsRu) each column holds a
 *   complete document in ONE language — the same keys, text fields as plain strings, the
 *   language-neutral values mirrored into both — so each column is the report "as filed
 *   in Kazakh" / "as filed in Russian" (what infonpo.kz keeps and what the operator reads
 *   side by side). `toLanguageDocuments` writes them, `fromLanguageDocuments` reads them
 *   back; only these two functions know about the storage shape.
 *
 * A DRAFT accepts partial data (empty texts, null numbers, empty lists) but never malformed
 * data (negative money, a bad IIN/BIN, a share over 100 %). SENDING additionally requires
 * completeness: `missingReportFields` lists every required field that is empty, per
 * language for texts (DB-6: one language filled in is not enough).
 *
 * Messages are i18n keys under `ngoReport.errors.*`.
 */
import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { binProblem, iinProblem } from './kz-identifiers';

export const REPORT_LANGUAGES = ['kk', 'ru'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const REPORT_SECTIONS = ['general', 'founders', 'property', 'finances', 'projects', 'balance'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Sources of funds (DB-7 «қаражат көздері»): where the money of the reporting year came from. */
export const FUND_SOURCE_TYPES = [
  'STATE_GRANT',
  'SOCIAL_ORDER',
  'NGO_AWARD',
  'DONATIONS_RESIDENT',
  'DONATIONS_NON_RESIDENT',
  'MEMBERSHIP_FEES',
  'OWN_INCOME',
  'OTHER',
] as const;
export type FundSourceType = (typeof FUND_SOURCE_TYPES)[number];

export const MAX_ROWS = 50;
/** Integer tenge; far above any NGO's turnover, far below Number.MAX_SAFE_INTEGER. */
export const MAX_AMOUNT_KZT = 1_000_000_000_000_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A bilingual text. Both halves may be empty in a draft; completeness is checked on sending. */
const bilingual = (max: number) =>
  z.object({
    kk: z.string().trim().max(max, 'tooLong'),
    ru: z.string().trim().max(max, 'tooLong'),
  });
export type BilingualText = { kk: string; ru: string };

/** Money in integer tenge, or null while not yet entered. */
const amount = z
  .number({ message: 'number' })
  .int('integer')
  .min(0, 'nonNegative')
  .max(MAX_AMOUNT_KZT, 'tooLarge')
  .nullable();

const count = z.number({ message: 'number' }).int('integer').min(0, 'nonNegative').max(10_000_000, 'tooLarge').nullable();

const isoDateOrEmpty = z
  .string()
  .trim()
  .refine((v) => v === '' || (ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), 'date');

/** IIN of a natural person or BIN of a legal entity (12 digits with the mod-11 control digit). */
const iinOrBin = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') return;
    if (!/^\d{12}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'iinOrBinFormat' });
    else if (iinProblem(v) !== null && binProblem(v) !== null) ctx.addIssue({ code: 'custom', message: 'iinOrBinChecksum' });
  });

// ── sections ────────────────────────────────────────────────────────────────────────────

/** General data and people (§2.2 docs 3, 6): address, head, activity, staff, volunteers, beneficiaries. */
export const generalSectionSchema = z.object({
  legalAddress: bilingual(500),
  headFullName: bilingual(200),
  activities: bilingual(4000),
  /** Branches and representative offices (optional). */
  branches: bilingual(2000),
  staffCount: count,
  volunteersCount: count,
  beneficiariesCount: count,
});

/** DB-7: founders (participants) — name, IIN or BIN, share. */
export const founderSchema = z.object({
  name: bilingual(300),
  identifier: iinOrBin,
  /** Public associations have no shares: left empty. */
  sharePercent: z.number({ message: 'number' }).min(0, 'nonNegative').max(100, 'percent').nullable(),
});
export const foundersSectionSchema = z.object({ items: z.array(founderSchema).max(MAX_ROWS, 'tooManyRows') });

/** DB-7: composition of property (§2.2 doc 10: title documents). */
export const propertyItemSchema = z.object({ description: bilingual(1000), valueKzt: amount });
export const propertySectionSchema = z.object({ items: z.array(propertyItemSchema).max(MAX_ROWS, 'tooManyRows') });

/** DB-7: sources of funds and directions of spending. */
export const fundSourceSchema = z.object({
  type: z.union([z.enum(FUND_SOURCE_TYPES), z.literal('')], { message: 'required' }),
  /** Donor / programme; required when the type is OTHER. */
  note: bilingual(500),
  amountKzt: amount,
});
export const spendingItemSchema = z.object({ direction: bilingual(500), amountKzt: amount });
export const financesSectionSchema = z.object({
  sources: z.array(fundSourceSchema).max(MAX_ROWS, 'tooManyRows'),
  spending: z.array(spendingItemSchema).max(MAX_ROWS, 'tooManyRows'),
});

/** §2.2 doc 8: project applications, social-order contracts, grant agreements in force during the year. */
export const projectItemSchema = z
  .object({
    title: bilingual(500),
    /** Customer (тапсырыс беруші) or donor. */
    customer: bilingual(500),
    amountKzt: amount,
    startDate: isoDateOrEmpty,
    endDate: isoDateOrEmpty,
  })
  .refine((p) => p.startDate === '' || p.endDate === '' || p.startDate <= p.endDate, { path: ['endDate'], message: 'endBeforeStart' });
export const projectsSectionSchema = z.object({ items: z.array(projectItemSchema).max(MAX_ROWS, 'tooManyRows') });

/** §2.2 doc 9: the balance sheet at 31 December of the reporting year. Net assets = assets − liabilities. */
export const balanceSectionSchema = z.object({ assetsKzt: amount, liabilitiesKzt: amount });

/** The whole report as a draft (partial data allowed, malformed data refused). */
export const ngoDatabaseReportSchema = z.object({
  general: generalSectionSchema,
  founders: foundersSectionSchema,
  property: propertySectionSchema,
  finances: financesSectionSchema,
  projects: projectsSectionSchema,
  balance: balanceSectionSchema,
});
export type NgoDatabaseReportForm = z.output<typeof ngoDatabaseReportSchema>;
export type NgoDatabaseReportFormInput = z.input<typeof ngoDatabaseReportSchema>;

/** Optimistic locking travels with every write: the version the user's copy was based on. */
export const saveNgoDatabaseReportInputSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  expectedVersion: z.number().int().min(0),
  report: ngoDatabaseReportSchema,
});
export type SaveNgoDatabaseReportInput = z.output<typeof saveNgoDatabaseReportInputSchema>;

export const REVIEW_DECISIONS = ['APPROVE', 'RETURN'] as const;
export const reviewNgoDatabaseReportInputSchema = z
  .object({
    reportId: z.string().min(1),
    expectedVersion: z.number().int().min(0),
    decision: z.enum(REVIEW_DECISIONS),
    comment: z.string().trim().max(4000, 'tooLong'),
  })
  // A return without the reason is useless to the NGO.
  .refine((v) => v.decision !== 'RETURN' || v.comment.length > 0, { path: ['comment'], message: 'commentRequired' });
export type ReviewNgoDatabaseReportInput = z.output<typeof reviewNgoDatabaseReportInputSchema>;

// ── empty values for the form ───────────────────────────────────────────────────────────

const emptyText = (): BilingualText => ({ kk: '', ru: '' });
export const emptyFounder = (): NgoDatabaseReportForm['founders']['items'][number] => ({ name: emptyText(), identifier: '', sharePercent: null });
export const emptyPropertyItem = (): NgoDatabaseReportForm['property']['items'][number] => ({ description: emptyText(), valueKzt: null });
export const emptyFundSource = (): NgoDatabaseReportForm['finances']['sources'][number] => ({ type: '', note: emptyText(), amountKzt: null });
export const emptySpendingItem = (): NgoDatabaseReportForm['finances']['spending'][number] => ({ direction: emptyText(), amountKzt: null });
export const emptyProject = (): NgoDatabaseReportForm['projects']['items'][number] => ({
  title: emptyText(),
  customer: emptyText(),
  amountKzt: null,
  startDate: '',
  endDate: '',
});

export function emptyReport(): NgoDatabaseReportForm {
  return {
    general: {
      legalAddress: emptyText(),
      headFullName: emptyText(),
      activities: emptyText(),
      branches: emptyText(),
      staffCount: null,
      volunteersCount: null,
      beneficiariesCount: null,
    },
    founders: { items: [emptyFounder()] },
    property: { items: [] },
    finances: { sources: [], spending: [] },
    projects: { items: [] },
    balance: { assetsKzt: null, liabilitiesKzt: null },
  };
}

// ── DB-6 completeness ───────────────────────────────────────────────────────────────────

/**
 * One field that must be filled before the report can be sent. `field` is the path inside
 * the section (`items.0.name`); `lang` is the language of a text field, null for a
 * language-neutral one. The form field name is `${section}.${field}[.${lang}]`.
 */
export interface MissingReportField {
  section: ReportSection;
  field: string;
  lang: ReportLanguage | null;
}

export const missingFieldName = (m: MissingReportField) => `${m.section}.${m.field}${m.lang ? `.${m.lang}` : ''}`;

/**
 * DB-6 / DB-7: every required field that is empty. A required text must be filled in BOTH
 * Kazakh and Russian; an optional text filled in one language must be filled in the other
 * too (the portal does not accept a report "in one language", L638–641). Required
 * language-neutral values (counts, amounts, dates, identifiers) are listed with lang null.
 * Returns [] when the report may be sent. Pure; the order is the order of the form.
 */
export function missingReportFields(report: NgoDatabaseReportForm): MissingReportField[] {
  const missing: MissingReportField[] = [];
  const text = (section: ReportSection, field: string, value: BilingualText, required: boolean) => {
    const kk = value.kk.trim() !== '';
    const ru = value.ru.trim() !== '';
    if (!required && !kk && !ru) return;
    if (!kk) missing.push({ section, field, lang: 'kk' });
    if (!ru) missing.push({ section, field, lang: 'ru' });
  };
  const value = (section: ReportSection, field: string, v: number | string | null) => {
    if (v === null || v === '') missing.push({ section, field, lang: null });
  };

  const g = report.general;
  text('general', 'legalAddress', g.legalAddress, true);
  text('general', 'headFullName', g.headFullName, true);
  text('general', 'activities', g.activities, true);
  text('general', 'branches', g.branches, false);
  value('general', 'staffCount', g.staffCount);
  value('general', 'volunteersCount', g.volunteersCount);
  value('general', 'beneficiariesCount', g.beneficiariesCount);

  // DB-7: an organisation always has at least one founder (participant).
  if (report.founders.items.length === 0) missing.push({ section: 'founders', field: 'items', lang: null });
  report.founders.items.forEach((f, i) => {
    text('founders', `items.${i}.name`, f.name, true);
    value('founders', `items.${i}.identifier`, f.identifier);
  });

  report.property.items.forEach((p, i) => {
    text('property', `items.${i}.description`, p.description, true);
    value('property', `items.${i}.valueKzt`, p.valueKzt);
  });

  report.finances.sources.forEach((s, i) => {
    value('finances', `sources.${i}.type`, s.type);
    text('finances', `sources.${i}.note`, s.note, s.type === 'OTHER');
    value('finances', `sources.${i}.amountKzt`, s.amountKzt);
  });
  report.finances.spending.forEach((s, i) => {
    text('finances', `spending.${i}.direction`, s.direction, true);
    value('finances', `spending.${i}.amountKzt`, s.amountKzt);
  });

  report.projects.items.forEach((p, i) => {
    text('projects', `items.${i}.title`, p.title, true);
    text('projects', `items.${i}.customer`, p.customer, true);
    value('projects', `items.${i}.amountKzt`, p.amountKzt);
    value('projects', `items.${i}.startDate`, p.startDate);
    value('projects', `items.${i}.endDate`, p.endDate);
  });

  value('balance', 'assetsKzt', report.balance.assetsKzt);
  value('balance', 'liabilitiesKzt', report.balance.liabilitiesKzt);
  return missing;
}

// ── totals shown on the form and the operator's page ────────────────────────────────────

const sum = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);

export function reportTotals(report: NgoDatabaseReportForm) {
  const { assetsKzt, liabilitiesKzt } = report.balance;
  return {
    propertyKzt: sum(report.property.items.map((p) => p.valueKzt)),
    incomeKzt: sum(report.finances.sources.map((s) => s.amountKzt)),
    spendingKzt: sum(report.finances.spending.map((s) => s.amountKzt)),
    projectsKzt: sum(report.projects.items.map((p) => p.amountKzt)),
    netAssetsKzt: assetsKzt === null || liabilitiesKzt === null ? null : assetsKzt - liabilitiesKzt,
  };
}

// ── storage: one document per language ─────────────────────────────────────────────────

type Json = Record<string, unknown>;

/** The two language documents stored in sectionsKk / sectionsRu (see the header comment). */
export function toLanguageDocuments(report: NgoDatabaseReportForm): Record<ReportLanguage, Json> {
  const doc = (l: ReportLanguage): Json => ({
    general: {
      legalAddress: report.general.legalAddress[l],
      headFullName: report.general.headFullName[l],
      activities: report.general.activities[l],
      branches: report.general.branches[l],
      staffCount: report.general.staffCount,
      volunteersCount: report.general.volunteersCount,
      beneficiariesCount: report.general.beneficiariesCount,
    },
    founders: { items: report.founders.items.map((f) => ({ name: f.name[l], identifier: f.identifier, sharePercent: f.sharePercent })) },
    property: { items: report.property.items.map((p) => ({ description: p.description[l], valueKzt: p.valueKzt })) },
    finances: {
      sources: report.finances.sources.map((s) => ({ type: s.type, note: s.note[l], amountKzt: s.amountKzt })),
      spending: report.finances.spending.map((s) => ({ direction: s.direction[l], amountKzt: s.amountKzt })),
    },
    projects: {
      items: report.projects.items.map((p) => ({
        title: p.title[l],
        customer: p.customer[l],
        amountKzt: p.amountKzt,
        startDate: p.startDate,
        endDate: p.endDate,
      })),
    },
    balance: { ...report.balance, netAssetsKzt: reportTotals(report).netAssetsKzt },
  });
  return { kk: doc('kk'), ru: doc('ru') };
}

const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown, key: string): Json[] => {
  // Early demo data stored some lists bare (`founders: [...]`) instead of `{ items: [...] }`.
  const raw = Array.isArray(v) ? v : obj(v)[key];
  return Array.isArray(raw) ? raw.slice(0, MAX_ROWS).map(obj) : [];
};
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Reads the two stored documents back into the bilingual form. Tolerant by design: any
 * missing or malformed value reads as empty (the form shows it, the user fixes it), so an
 * older stored shape never makes a report unreadable.
 */
export function fromLanguageDocuments(kkDoc: unknown, ruDoc: unknown): NgoDatabaseReportForm {
  const kk = obj(kkDoc);
  const ru = obj(ruDoc);
  const section = (name: string) => ({ kk: obj(kk[name]), ru: obj(ru[name]) });
  const t = (k: unknown, r: unknown): BilingualText => ({ kk: str(k), ru: str(r) });
  const rows = (name: string, key: string) => {
    const kkRows = list(kk[name], key);
    const ruRows = list(ru[name], key);
    return Array.from({ length: Math.max(kkRows.length, ruRows.length) }, (_, i) => ({ kk: kkRows[i] ?? {}, ru: ruRows[i] ?? {} }));
  };
  // Language-neutral values were mirrored; prefer the Kazakh copy, fall back to the Russian one.
  const n = (k: Json, r: Json, key: string) => num(k[key]) ?? num(r[key]);
  const s = (k: Json, r: Json, key: string) => str(k[key]) || str(r[key]);

  const g = section('general');
  const p = section('property');
  const b = section('balance');
  const propertyRows = rows('property', 'items');
  // Legacy: a single property line `{ description, fixedAssetsKzt }`.
  if (propertyRows.length === 0 && (p.kk.description !== undefined || p.kk.fixedAssetsKzt !== undefined)) {
    propertyRows.push({ kk: { description: p.kk.description, valueKzt: p.kk.fixedAssetsKzt }, ru: { description: p.ru.description, valueKzt: p.ru.fixedAssetsKzt } });
  }
  const sourceType = (k: Json): FundSourceType | '' => {
    const type = str(k.type);
    if ((FUND_SOURCE_TYPES as readonly string[]).includes(type)) return type as FundSourceType;
    return str(k.source) ? 'OTHER' : ''; // legacy free-text source
  };

  return {
    general: {
      legalAddress: t(g.kk.legalAddress, g.ru.legalAddress),
      headFullName: t(g.kk.headFullName, g.ru.headFullName),
      activities: t(g.kk.activities, g.ru.activities),
      branches: t(g.kk.branches, g.ru.branches),
      staffCount: n(g.kk, g.ru, 'staffCount'),
      volunteersCount: n(g.kk, g.ru, 'volunteersCount'),
      beneficiariesCount: n(g.kk, g.ru, 'beneficiariesCount'),
    },
    founders: {
      items: rows('founders', 'items').map(({ kk: k, ru: r }) => ({
        name: t(k.name, r.name),
        identifier: s(k, r, 'identifier'),
        sharePercent: n(k, r, 'sharePercent'),
      })),
    },
    property: { items: propertyRows.map(({ kk: k, ru: r }) => ({ description: t(k.description, r.description), valueKzt: n(k, r, 'valueKzt') })) },
    finances: {
      sources: rows('finances', 'sources').map(({ kk: k, ru: r }) => ({
        type: sourceType(k),
        note: t(k.note ?? k.source, r.note ?? r.source),
        amountKzt: n(k, r, 'amountKzt'),
      })),
      spending: rows('finances', 'spending').map(({ kk: k, ru: r }) => ({ direction: t(k.direction, r.direction), amountKzt: n(k, r, 'amountKzt') })),
    },
    projects: {
      items: rows('projects', 'items').map(({ kk: k, ru: r }) => ({
        title: t(k.title, r.title),
        customer: t(k.customer, r.customer),
        amountKzt: n(k, r, 'amountKzt'),
        startDate: s(k, r, 'startDate'),
        endDate: s(k, r, 'endDate'),
      })),
    },
    balance: { assetsKzt: n(b.kk, b.ru, 'assetsKzt'), liabilitiesKzt: n(b.kk, b.ru, 'liabilitiesKzt') },
  };
}
