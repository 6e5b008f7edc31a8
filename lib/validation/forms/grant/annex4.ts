import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { checkPeriod, decimal, integer, isObject, isoDate, localizedText, plainText, rows, url, bin, type RequirementsFn } from '../common';

/**
 * Annex 4 — «Ұсынылған әлеуметтік жоба және (немесе) бағдарламаның мазмұны» / content of
 * the project (§4.5, L1213–1214). Built to answer criterion 3 of §4.6: (a) the problem
 * with statistics and official sources; (b) beneficiaries and scale; (c) how the
 * activities achieve the goal; (d) a monitoring plan with quantitative AND qualitative
 * indicators; (e) innovation — and criterion 4 (sustainability).
 */
export const INDICATOR_KINDS = ['QUANTITATIVE', 'QUALITATIVE'] as const;

const source = z.object({ title: plainText(500).optional(), url: url().optional() });
const targetGroup = z.object({ category: localizedText(300).optional(), count: integer(100_000_000).optional() });
const task = z.object({ text: localizedText(1000).optional() });
const activity = z
  .object({
    title: localizedText(500).optional(),
    startDate: isoDate().optional(),
    endDate: isoDate().optional(),
    place: localizedText(300).optional(),
    responsible: plainText(200).optional(),
    expectedResult: localizedText(1000).optional(),
  })
  .superRefine((v, ctx) => checkPeriod(v, 'startDate', 'endDate', ctx));
const indicator = z.object({
  kind: z.enum(INDICATOR_KINDS, { error: 'invalidChoice' }).optional(),
  name: localizedText(500).optional(),
  unit: plainText(50).optional(),
  baseline: decimal(1_000_000_000).optional(),
  target: decimal(1_000_000_000).optional(),
  /** How it is measured (data source, survey, scale). */
  method: localizedText(1000).optional(),
});
const partner = z.object({ name: plainText(300).optional(), bin: bin().optional(), role: localizedText(1000).optional() });
const risk = z.object({ risk: localizedText(500).optional(), mitigation: localizedText(1000).optional() });

export const annex4DraftSchema = () =>
  z.object({
    problem: localizedText(8000).optional(),
    sources: rows(source, 30).optional(),
    targetGroups: rows(targetGroup, 30).optional(),
    directBeneficiaries: integer(100_000_000).optional(),
    indirectBeneficiaries: integer(100_000_000).optional(),
    goal: localizedText(2000).optional(),
    tasks: rows(task, 20).optional(),
    activities: rows(activity, 200).optional(),
    indicators: rows(indicator, 100).optional(),
    innovation: localizedText(4000).optional(),
    sustainability: localizedText(4000).optional(),
    partners: rows(partner, 30).optional(),
    risks: rows(risk, 30).optional(),
  });

export type Annex4Draft = z.input<ReturnType<typeof annex4DraftSchema>>;

export const annex4Requirements: RequirementsFn = (d, req) => {
  req.text(d, 'problem');
  req.list(d, 'sources', 1, (r, p) => req.value(r, 'title', `${p}.title`));
  req.list(d, 'targetGroups', 1, (r, p) => {
    req.text(r, 'category', `${p}.category`);
    req.value(r, 'count', `${p}.count`);
  });
  req.value(d, 'directBeneficiaries');
  req.value(d, 'indirectBeneficiaries');
  req.text(d, 'goal');
  req.list(d, 'tasks', 1, (r, p) => req.text(r, 'text', `${p}.text`));
  req.list(d, 'activities', 1, (r, p) => {
    req.text(r, 'title', `${p}.title`);
    req.value(r, 'startDate', `${p}.startDate`);
    req.value(r, 'endDate', `${p}.endDate`);
    req.text(r, 'place', `${p}.place`);
    req.value(r, 'responsible', `${p}.responsible`);
    req.text(r, 'expectedResult', `${p}.expectedResult`);
  });
  req.list(d, 'indicators', 1, (r, p) => {
    req.value(r, 'kind', `${p}.kind`);
    req.text(r, 'name', `${p}.name`);
    req.value(r, 'unit', `${p}.unit`);
    req.value(r, 'baseline', `${p}.baseline`);
    req.value(r, 'target', `${p}.target`);
    req.text(r, 'method', `${p}.method`);
  });
  // Criterion 3(d): the monitoring plan needs both kinds of indicators.
  const indicators = isObject(d) && Array.isArray(d.indicators) ? d.indicators : [];
  const kinds = new Set(indicators.map((i) => (isObject(i) ? i.kind : undefined)));
  if (indicators.length > 0 && !kinds.has('QUANTITATIVE')) req.error('indicators', 'needQuantitative');
  if (indicators.length > 0 && !kinds.has('QUALITATIVE')) req.error('indicators', 'needQualitative');
  req.text(d, 'innovation');
  req.text(d, 'sustainability');
  req.list(d, 'partners', 0, (r, p) => {
    req.value(r, 'name', `${p}.name`);
    req.text(r, 'role', `${p}.role`);
  });
  req.list(d, 'risks', 0, (r, p) => {
    req.text(r, 'risk', `${p}.risk`);
    req.text(r, 'mitigation', `${p}.mitigation`);
  });
};
