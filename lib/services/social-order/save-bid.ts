import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { isDumping, minimumNonDumpingPrice } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { allocatedAmountOf } from './allocated';
import { socialOrderSettingsOf } from './settings';

/** The bid part of the supplier's technical specification (F-TS), as the form sends it. */
export const saveBidSchema = z.object({
  applicationId: z.string().min(1),
  expectedVersion: z.number().int().min(0),
  /** Integer tenge. */
  bidPriceKzt: z.number({ message: 'bidRequired' }).int('bidWholeTenge').positive('bidPositive'),
  /** SO-1 tie-break / criterion 5: years in the market of the purchased service (F-TS 2.3). */
  marketExperienceYears: z.number({ message: 'experienceRequired' }).int('experienceWholeYears').min(0, 'experienceNegative').max(100, 'experienceTooLarge'),
});
export type SaveBidInput = z.input<typeof saveBidSchema>;

/**
 * The NGO saves its bid price (and market experience) on its DRAFT social-order
 * application. A bid above the allocated amount is refused; a dumping bid (SO-2) is saved
 * but reported back with the lowest admissible price, because the admission check refuses
 * it (decide-social-order-admission.ts). Optimistic lock on Application.version; audit.
 */
export async function saveBid(
  db: PrismaClient,
  actor: Actor,
  raw: SaveBidInput,
  context: RequestContext,
): Promise<ServiceResult<{ version: number; dumping: boolean; minimumPriceKzt: number }>> {
  const parsed = saveBidSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message ?? 'invalidInput', { field: String(issue?.path[0] ?? 'form') });
  }
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const app = await tx.application.findUnique({
      where: { id: input.applicationId },
      select: {
        id: true, status: true, version: true, organizationId: true, bidPriceKzt: true, marketExperienceYears: true,
        lot: { select: { budgetKzt: true } },
        competition: { select: { kind: true, allocatedKzt: true, settings: true, dumpingPercent: true } },
      },
    });
    if (!app || app.competition.kind !== 'SOCIAL_ORDER') return refuse('applicationNotFound');
    if (!can(actor, 'update', { type: 'application', organizationId: app.organizationId, status: app.status })) return refuse('forbidden');
    if (app.version !== input.expectedVersion) return refuse('staleApplication');
    const allocated = allocatedAmountOf(app.lot, app.competition);
    if (allocated === null) return refuse('noAllocatedAmount');
    if (input.bidPriceKzt > allocated) return refuse('bidAboveAllocated', { field: 'bidPriceKzt', params: { allocated } });

    const updated = await tx.application.updateMany({
      where: { id: app.id, status: 'DRAFT', version: input.expectedVersion },
      data: { bidPriceKzt: BigInt(input.bidPriceKzt), marketExperienceYears: input.marketExperienceYears, version: { increment: 1 } },
    });
    if (updated.count !== 1) return refuse('staleApplication');
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'application.bid_saved',
        object: { type: 'Application', id: app.id },
        before: { bidPriceKzt: app.bidPriceKzt, marketExperienceYears: app.marketExperienceYears },
        after: { bidPriceKzt: input.bidPriceKzt, marketExperienceYears: input.marketExperienceYears },
      },
      context,
    );
    const { dumpingShare } = socialOrderSettingsOf(app.competition);
    return {
      ok: true as const,
      version: app.version + 1,
      dumping: isDumping(input.bidPriceKzt, allocated, dumpingShare), // SO-2
      minimumPriceKzt: minimumNonDumpingPrice(allocated, dumpingShare),
    };
  });
}
