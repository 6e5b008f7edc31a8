import { z } from 'zod';
import { almatyInstant } from '@/lib/rules';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');
/** <input type="datetime-local"> value, read as Asia/Almaty wall time. */
const local = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'invalidDateTime');

/** The operator's dates form (L2581–2584); the form and the server action parse with it. */
export const scheduleFormSchema = z.object({
  expectedVersion: z.number().int().min(0),
  documentationApprovedOn: day,
  announcedAt: local,
  deadlineAt: local,
});
export type ScheduleFormValues = z.infer<typeof scheduleFormSchema>;

export const almatyLocal = (v: string): Date => almatyInstant(v.slice(0, 10), v.slice(11, 16));

export function scheduleFormToInput(v: ScheduleFormValues) {
  return { expectedVersion: v.expectedVersion, documentationApprovedOn: v.documentationApprovedOn, announcedAt: almatyLocal(v.announcedAt), deadlineAt: almatyLocal(v.deadlineAt) };
}
