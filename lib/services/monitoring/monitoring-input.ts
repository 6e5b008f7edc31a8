import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { MONITORING_INDICATORS, MONITORING_SCORE_MAX, MONITORING_SCORE_MIN } from '@/lib/rules/monitoring';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'monitoring.errors.date');
const score = z.coerce
  .number({ error: 'monitoring.errors.score' })
  .int('monitoring.errors.score')
  .min(MONITORING_SCORE_MIN, 'monitoring.errors.score')
  .max(MONITORING_SCORE_MAX, 'monitoring.errors.score');
const note = z.string().trim().max(2000, 'monitoring.errors.tooLong').default('');

export const measureInputSchema = z.object({
  description: z.string().trim().min(3, 'monitoring.errors.measureDescription').max(2000, 'monitoring.errors.tooLong'),
  deadlineOn: isoDate,
  responsible: z.string().trim().max(200, 'monitoring.errors.tooLong').default(''),
});

/** MN-1/MN-2: one monitoring record — the quarter, the six scores with notes, findings, measures. */
export const monitoringVisitInputSchema = z.object({
  agreementId: z.string().min(1),
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number({ error: 'monitoring.errors.quarter' }).int().min(1, 'monitoring.errors.quarter').max(4, 'monitoring.errors.quarter'),
  visitedOn: isoDate,
  scores: z.object(Object.fromEntries(MONITORING_INDICATORS.map((k) => [k, score])) as Record<(typeof MONITORING_INDICATORS)[number], typeof score>),
  notes: z.object(Object.fromEntries(MONITORING_INDICATORS.map((k) => [k, note])) as Record<(typeof MONITORING_INDICATORS)[number], typeof note>),
  findings: z.string().trim().min(3, 'monitoring.errors.findings').max(8000, 'monitoring.errors.tooLong'),
  measures: z.array(measureInputSchema).max(20).default([]),
});
export type MonitoringVisitFormValues = z.input<typeof monitoringVisitInputSchema>;
export type MonitoringVisitInput = z.output<typeof monitoringVisitInputSchema>;

export const completeMeasureInputSchema = z.object({
  measureId: z.string().min(1),
  note: z.string().trim().max(2000, 'monitoring.errors.tooLong').default(''),
});
export type CompleteMeasureFormValues = z.input<typeof completeMeasureInputSchema>;

/** Flattens zod issues to `{ 'scores.process': 'monitoring.errors.score' }`. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path.map(String).join('.') || 'form'] ??= issue.message;
  return out;
}
