'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { mayManageMonitoring } from '@/lib/services/monitoring/access';
import { completeMonitoringMeasure } from '@/lib/services/monitoring/complete-measure';
import { completeMeasureInputSchema, fieldErrorsOf, monitoringVisitInputSchema } from '@/lib/services/monitoring/monitoring-input';
import { recordMonitoringVisit } from '@/lib/services/monitoring/record-monitoring-visit';
import type { FormState } from '@/components/monitoring/monitoring-forms';

/** MN-1..MN-3: the quarter's record — staff, THIS agreement (loaded by id), the service decides. */
export async function recordVisitAction(input: unknown): Promise<FormState> {
  try {
    const actor = await requireUser('/operator/monitoring');
    const parsed = monitoringVisitInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: 'fixErrors' };
    const agreement = await db.agreement.findUnique({ where: { id: parsed.data.agreementId }, select: { id: true } });
    if (!agreement) return { ok: false, fieldErrors: {}, formError: 'agreementNotFound' };
    if (!mayManageMonitoring(actor)) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const r = await recordMonitoringVisit(db, actor, parsed.data, await requestContext());
    if (!r.ok) return { ok: false, fieldErrors: r.fieldErrors, formError: r.error.code };
    revalidatePath(`/operator/monitoring/${agreement.id}`);
    revalidatePath('/operator/monitoring');
    return { ok: true };
  } catch (error) {
    console.error('recordVisitAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}

/** MN-3: OPEN → DONE — staff, THIS measure. */
export async function completeMeasureAction(input: unknown): Promise<FormState> {
  try {
    const actor = await requireUser('/operator/monitoring');
    const parsed = completeMeasureInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: {}, formError: 'fixErrors' };
    const measure = await db.monitoringMeasure.findUnique({ where: { id: parsed.data.measureId }, select: { visit: { select: { agreementId: true } } } });
    if (!measure) return { ok: false, fieldErrors: {}, formError: 'measureNotFound' };
    if (!mayManageMonitoring(actor)) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const r = await completeMonitoringMeasure(db, actor, parsed.data, await requestContext());
    if (!r.ok) return { ok: false, fieldErrors: {}, formError: r.error.code };
    revalidatePath(`/operator/monitoring/${measure.visit.agreementId}`);
    revalidatePath('/operator/monitoring');
    return { ok: true };
  } catch (error) {
    console.error('completeMeasureAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
