/**
 * The report forms as data: interim creative report F-IR (Annex 3), final creative report
 * F-FR (Annex 4), interim/final financial reports F-IFR/F-FFR (Annexes 5–6) and the event
 * evidence checklist F-EV (social-order-forms-monitoring.md L3969–4255). Grants use the same
 * forms (the grant rules give no separate report form).
 *
 * Sections are of four sorts:
 * - 'fields': plain fields and tables described with the shared form-spec engine
 *   (lib/validation/forms/spec), stored in Report.sections[<key>];
 * - 'indicators': the agreement's Indicator rows with target values, the NGO types the
 *   actual value (stored as IndicatorValue rows, §3.3);
 * - 'evidence': F-EV per event (activity row) — uploaded files of kind `ev:<n>:<type>`;
 * - 'financeDocs': supporting documents of the financial report — files of kind `fin:<type>`.
 *
 * Section keys are also i18n namespaces (labels `<field>` / `<table>_<column>`) and
 * ReportReviewComment.sectionKey.
 */
import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { decimal, isObject, plainText, type FormErrorCode } from '@/lib/validation/forms/common';
import type { SectionSpec } from '@/lib/validation/forms/spec/form-spec';
import { sectionDraftSchema, specSectionCompleteness } from '@/lib/validation/forms/spec/section-schema';
import { EVENT_TYPES, evidenceChecklist, parseEvidenceKind } from '@/lib/rules/reports/event-evidence';
import { reportBudgetTotals } from '@/lib/rules/reports/report-budget';

export const REPORT_FORM_VERSION = 'report-2026.1';

export type ReportKindName = 'INTERIM' | 'FINAL';
export type ReportTypeName = 'CREATIVE' | 'FINANCIAL';

export type ReportSection =
  | { key: string; sort: 'fields'; spec: SectionSpec }
  | { key: 'rpIndicators'; sort: 'indicators' }
  | { key: 'rpEvidence'; sort: 'evidence' }
  | { key: 'rpFinanceDocs'; sort: 'financeDocs'; required: boolean };

const LONG = 5000;
const longText = (name: string, optional = false) => ({ name, type: 'text' as const, max: LONG, multiline: true, ...(optional ? { optional } : {}) });

const fields = (key: string, f: SectionSpec['fields']): ReportSection => ({ key, sort: 'fields', spec: { key, fields: f } });

/** F-IR 2 / F-FR 2: activities plan vs. actual (ir_activities, fr_activities). Row N = event "Қосымша N". */
const activitiesTable = {
  name: 'activities',
  type: 'table' as const,
  minRows: 1,
  maxRows: 100,
  columns: [
    { name: 'name', type: 'text' as const, max: 300 },
    { name: 'eventType', type: 'select' as const, options: EVENT_TYPES },
    { name: 'venue', type: 'text' as const, max: 300 },
    { name: 'plannedDate', type: 'date' as const },
    { name: 'actualDate', type: 'date' as const, optional: true },
    { name: 'plannedParticipants', type: 'integer' as const, max: 10_000_000 },
    { name: 'actualParticipants', type: 'integer' as const, max: 10_000_000, optional: true },
    { name: 'comment', type: 'text' as const, max: 2000, multiline: true, optional: true },
  ],
};

/** F-IR 2: per-task narrative (ir_task_steps). */
const taskStepsTable = {
  name: 'taskSteps',
  type: 'table' as const,
  minRows: 1,
  maxRows: 50,
  columns: [
    { name: 'work', type: 'text' as const, max: 3000, multiline: true },
    { name: 'analysis', type: 'text' as const, max: 3000, multiline: true },
    { name: 'change', type: 'text' as const, max: 3000, multiline: true },
  ],
};

/** F-FR 3.2: beneficiaries by category and sex (fr_beneficiary_stats_by_sex, extended by category). */
const beneficiaries = fields('rpBeneficiaries', [
  {
    name: 'rows',
    type: 'table',
    minRows: 1,
    maxRows: 50,
    columns: [
      { name: 'category', type: 'text', max: 200 },
      { name: 'total', type: 'integer', max: 100_000_000 },
      { name: 'men', type: 'integer', max: 100_000_000 },
      { name: 'women', type: 'integer', max: 100_000_000 },
    ],
  },
]);

const problems = fields('rpProblems', [longText('problems'), longText('corrections', true)]);
const partners = fields('rpPartners', [longText('partners', true)]);
const signoff = fields('rpSignoff', [
  { name: 'compiledBy', type: 'text', max: 200 },
  { name: 'phone', type: 'text', max: 40, format: 'phone' },
  { name: 'signedOn', type: 'date' },
]);

/** F-IFR / F-FFR: budget lines (planned, spent; the balance is derived). */
const budget = fields('rpBudget', [
  {
    name: 'lines',
    type: 'table',
    minRows: 1,
    maxRows: 100,
    columns: [
      { name: 'item', type: 'text', max: 300 },
      { name: 'planned', type: 'integer', max: 100_000_000_000, money: true },
      { name: 'spent', type: 'integer', max: 100_000_000_000, money: true },
      { name: 'comment', type: 'text', max: 1000, multiline: true, optional: true },
    ],
  },
]);

/** Supporting documents of the final financial report (L4249–4255); the interim one may go without (L4233). */
export const FINANCE_DOC_TYPES = ['salaries', 'gpcPayments', 'taxes', 'supporting'] as const;
export type FinanceDocType = (typeof FINANCE_DOC_TYPES)[number];
export const financeDocKind = (type: string) => `fin:${type}`;
export function parseFinanceDocKind(kind: string): FinanceDocType | null {
  const m = /^fin:([A-Za-z]{1,40})$/.exec(kind);
  return m && (FINANCE_DOC_TYPES as readonly string[]).includes(m[1] as string) ? (m[1] as FinanceDocType) : null;
}

/** The sections of a report, in the order of the official form. */
export function reportSections(kind: ReportKindName, type: ReportTypeName, seq: number): ReportSection[] {
  if (type === 'FINANCIAL') return [budget, { key: 'rpFinanceDocs', sort: 'financeDocs', required: kind === 'FINAL' }, signoff];
  const indicators: ReportSection = { key: 'rpIndicators', sort: 'indicators' };
  const evidence: ReportSection = { key: 'rpEvidence', sort: 'evidence' };
  if (kind === 'INTERIM') {
    return [
      // F-IR 1: the baseline is described only in the 1st interim report (L3983–3984).
      ...(seq === 1 ? [fields('rpBaseline', [longText('baseline')])] : []),
      fields('rpActivities', [activitiesTable, taskStepsTable]),
      indicators,
      beneficiaries,
      problems,
      partners,
      evidence,
      signoff,
    ];
  }
  return [
    fields('rpSummary', [longText('summary')]),
    fields('rpActivities', [activitiesTable]),
    fields('rpResults', [longText('goalAchievement'), longText('effectVsBaseline'), longText('deviations'), longText('satisfaction', true), longText('mediaCoverage', true)]),
    indicators,
    beneficiaries,
    fields('rpSocialEffect', [longText('concreteResults'), longText('longTermEffect')]),
    problems,
    partners,
    fields('rpOrgDevelopment', [longText('orgDevelopment')]),
    fields('rpFutureTopics', [
      {
        name: 'topics',
        type: 'table',
        minRows: 1,
        maxRows: 30,
        columns: [
          { name: 'continuation', type: 'text', max: 2000, multiline: true },
          { name: 'mainProblems', type: 'text', max: 2000, multiline: true },
        ],
      },
    ]),
    fields('rpRecommendations', [longText('recommendations')]),
    evidence,
    signoff,
  ];
}

export const ALL_SECTION_KEYS = [
  'rpBaseline',
  'rpSummary',
  'rpActivities',
  'rpResults',
  'rpIndicators',
  'rpBeneficiaries',
  'rpSocialEffect',
  'rpProblems',
  'rpPartners',
  'rpOrgDevelopment',
  'rpFutureTopics',
  'rpRecommendations',
  'rpEvidence',
  'rpBudget',
  'rpFinanceDocs',
  'rpSignoff',
] as const;

// ─── indicators ───────────────────────────────────────────────────────────────────────

export const MAX_INDICATOR_VALUE = 1_000_000_000_000;

/** Draft of the indicators section: the actual value (a number, §3.3) and a comment per indicator. */
export const indicatorValuesSchema = z.object(
  {
    values: z
      .array(
        z.object(
          {
            indicatorId: z.string({ error: 'invalid' }).min(1, 'invalid').max(40, 'invalid'),
            actual: decimal(MAX_INDICATOR_VALUE).optional(),
            comment: plainText(2000).optional(),
          },
          { error: 'invalid' },
        ),
      )
      .max(200, 'tooMany'),
  },
  { error: 'invalid' },
);
export type IndicatorValuesInput = z.infer<typeof indicatorValuesSchema>;

export interface ReportIndicator {
  id: string;
  kind: 'QUANTITATIVE' | 'QUALITATIVE';
  /** Qualitative: the points of its scale (the value must be one of them). */
  scalePoints: number[] | null;
}

// ─── completeness ─────────────────────────────────────────────────────────────────────

export interface ReportFormContext {
  /** The agreement's indicators. */
  indicators: ReportIndicator[];
  /** indicatorId → reported actual value. */
  indicatorValues: Map<string, number>;
  /** Attachment.kind of every live attachment of the report. */
  attachmentKinds: string[];
  /** Report.sections (the activities are needed by the evidence section). */
  sections: Record<string, unknown>;
}

export interface ReportSectionCompleteness {
  complete: boolean;
  /** Paths of required fields still empty (`activities`, `rows.0.men`, `indicator.<id>`, `event.2.programme`…). */
  missing: string[];
  /** Broken values or row rules (`rows.0.total` sexSplit, `lines.1.comment` overspent…). */
  errors: { path: string; code: FormErrorCode | ReportRuleCode }[];
}

/** Report-specific rule codes (keys of `report.rules`). */
export type ReportRuleCode = 'sexSplit' | 'overspentNeedsComment' | 'notOnScale' | 'noActivities';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const rowsOf = (obj: unknown, key: string): Record<string, unknown>[] => {
  const v = isObject(obj) ? obj[key] : undefined;
  return Array.isArray(v) ? v.map((r) => (isObject(r) ? r : {})) : [];
};

/** The activities (events) of the report: F-EV is checked per event. */
export function reportEvents(sections: Record<string, unknown>): { no: number; name: string; eventType: string | undefined }[] {
  return rowsOf(sections.rpActivities, 'activities').map((r, i) => ({
    no: i + 1,
    name: typeof r.name === 'string' ? r.name : '',
    eventType: typeof r.eventType === 'string' && r.eventType !== '' ? r.eventType : undefined,
  }));
}

/** Evidence types present per event number. */
export function evidenceByEvent(attachmentKinds: readonly string[]): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  for (const kind of attachmentKinds) {
    const p = parseEvidenceKind(kind);
    if (!p) continue;
    const set = map.get(p.eventNo) ?? new Set<string>();
    set.add(p.type);
    map.set(p.eventNo, set);
  }
  return map;
}

export function reportSectionCompleteness(section: ReportSection, data: unknown, ctx: ReportFormContext): ReportSectionCompleteness {
  switch (section.sort) {
    case 'fields': {
      const base = specSectionCompleteness(section.spec, data);
      const errors: ReportSectionCompleteness['errors'] = [...base.errors];
      if (section.key === 'rpBeneficiaries') {
        // F-FR 3.2: men + women = the number of recipients of the category.
        rowsOf(data, 'rows').forEach((r, i) => {
          const total = num(r.total);
          const men = num(r.men);
          const women = num(r.women);
          if (total !== undefined && men !== undefined && women !== undefined && men + women !== total) errors.push({ path: `rows.${i}.total`, code: 'sexSplit' });
        });
      }
      if (section.key === 'rpBudget') {
        // F-IFR/F-FFR: a line spent over its plan is explained.
        const lines = rowsOf(data, 'lines');
        const numeric = lines.map((l) => ({ planned: num(l.planned) ?? 0, spent: num(l.spent) ?? 0, comment: l.comment }));
        if (numeric.every((l) => Number.isSafeInteger(l.planned) && Number.isSafeInteger(l.spent) && l.planned >= 0 && l.spent >= 0)) {
          for (const i of reportBudgetTotals(numeric).overspentLines) {
            const c = numeric[i]?.comment;
            if (typeof c !== 'string' || c.trim() === '') errors.push({ path: `lines.${i}.comment`, code: 'overspentNeedsComment' });
          }
        }
      }
      return { complete: base.missing.length === 0 && errors.length === 0, missing: base.missing, errors };
    }
    case 'indicators': {
      const missing: string[] = [];
      const errors: ReportSectionCompleteness['errors'] = [];
      for (const ind of ctx.indicators) {
        const v = ctx.indicatorValues.get(ind.id);
        if (v === undefined) missing.push(`indicator.${ind.id}`);
        else if (ind.kind === 'QUALITATIVE' && ind.scalePoints && ind.scalePoints.length > 0 && !ind.scalePoints.includes(v)) {
          errors.push({ path: `indicator.${ind.id}`, code: 'notOnScale' });
        }
      }
      return { complete: missing.length === 0 && errors.length === 0, missing, errors };
    }
    case 'evidence': {
      const events = reportEvents(ctx.sections);
      if (events.length === 0) return { complete: false, missing: [], errors: [{ path: 'events', code: 'noActivities' }] };
      const present = evidenceByEvent(ctx.attachmentKinds);
      const missing = events.flatMap((e) => evidenceChecklist(e.eventType, present.get(e.no) ?? []).missing.map((t) => `event.${e.no}.${t}`));
      return { complete: missing.length === 0, missing, errors: [] };
    }
    case 'financeDocs': {
      if (!section.required) return { complete: true, missing: [], errors: [] };
      const present = new Set(ctx.attachmentKinds.map(parseFinanceDocKind).filter((t) => t !== null));
      const missing = FINANCE_DOC_TYPES.filter((t) => !present.has(t)).map((t) => `doc.${t}`);
      return { complete: missing.length === 0, missing, errors: [] };
    }
  }
}

/** Every section's completeness, and the keys of the incomplete ones (submission is refused while any). */
export function reportCompleteness(sections: readonly ReportSection[], ctx: ReportFormContext) {
  const bySection = Object.fromEntries(sections.map((s) => [s.key, reportSectionCompleteness(s, ctx.sections[s.key], ctx)]));
  const incomplete = sections.filter((s) => !bySection[s.key]?.complete).map((s) => s.key);
  return { bySection, incomplete, complete: incomplete.length === 0 };
}

/** The lenient schema a section save accepts (types, lengths, formats; not completeness). */
export function reportSectionDraftSchema(section: ReportSection): z.ZodType | null {
  if (section.sort === 'fields') return sectionDraftSchema(section.spec);
  if (section.sort === 'indicators') return indicatorValuesSchema;
  return null; // file sections are filled by uploads, not by a form
}
