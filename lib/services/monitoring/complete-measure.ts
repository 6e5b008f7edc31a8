import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { canCompleteMeasure } from '@/lib/rules/monitoring';
import { refuse, type ServiceResult } from '../result';
import { mayManageMonitoring } from './access';
import { completeMeasureInputSchema, type CompleteMeasureFormValues } from './monitoring-input';

/** MN-3: the operator marks a required measure done (OPEN → DONE, once), audited. */
export async function completeMonitoringMeasure(
  db: PrismaClient,
  actor: Actor,
  rawInput: CompleteMeasureFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ measureId: string }>> {
  const parsed = completeMeasureInputSchema.safeParse(rawInput);
  if (!parsed.success) return refuse('fixErrors');
  if (!mayManageMonitoring(actor)) return refuse('forbidden');
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const measure = await tx.monitoringMeasure.findUnique({ where: { id: parsed.data.measureId }, select: { id: true, status: true, visitId: true } });
    if (!measure) return refuse('measureNotFound');
    if (!canCompleteMeasure(measure.status)) return refuse('measureAlreadyDone');
    const updated = await tx.monitoringMeasure.updateMany({
      where: { id: measure.id, status: 'OPEN' },
      data: { status: 'DONE', completedAt: now, completedById: actor.id, completionNote: parsed.data.note || null },
    });
    if (updated.count !== 1) return refuse('measureAlreadyDone');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'monitoring.measure_done',
        object: { type: 'MonitoringMeasure', id: measure.id },
        before: { status: 'OPEN' },
        after: { status: 'DONE', note: parsed.data.note || null },
      },
      context,
    );
    return { ok: true as const, measureId: measure.id };
  });
}
