import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { almatyDateOf } from '@/lib/rules';
import { toLanguageDocuments, type SaveNgoDatabaseReportInput } from '@/lib/validation/ngo-database-report';
import { refuse, type ServiceResult } from '../result';

/** The reporting year an NGO fills in at `now`: the calendar year that ended last (DB-1). */
export function previousReportYear(now: Date): number {
  return Number(almatyDateOf(now).slice(0, 4)) - 1;
}

/** How far back an NGO may still start a (late) report it never created. */
export const OLDEST_REPORT_YEARS_BACK = 5;

/**
 * Saves the NGO's yearly database report as a draft («Сақтау», §2.3 step 7): partial data
 * is fine (completeness is checked on sending, DB-6). Creates the report on the first
 * save. Only members of the organisation, and only while the report is DRAFT or RETURNED
 * (policy). Optimistic locking: `expectedVersion` must be the stored version (0 for a
 * report that does not exist yet), otherwise `staleVersion` and nothing is written.
 */
export async function saveNgoDatabaseReport(
  db: PrismaClient,
  actor: Actor,
  input: SaveNgoDatabaseReportInput & { organizationId: string },
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<{ reportId: string; version: number }>> {
  const { organizationId, year, expectedVersion } = input;
  const docs = toLanguageDocuments(input.report);
  const existing = await db.ngoDatabaseReport.findUnique({
    where: { organizationId_year: { organizationId, year } },
    select: { id: true, status: true, version: true },
  });

  if (!existing) {
    if (!can(actor, 'update', { type: 'ngoDatabaseReport', organizationId, status: 'DRAFT' })) return refuse('forbidden');
    // A year that has not ended cannot be reported; very old years are not started anew.
    const latest = previousReportYear(now);
    if (year > latest || year < latest - OLDEST_REPORT_YEARS_BACK) return refuse('yearNotReportable');
    if (expectedVersion !== 0) return refuse('staleVersion');
    try {
      return await db.$transaction(async (tx) => {
        const report = await tx.ngoDatabaseReport.create({
          data: {
            organizationId,
            year,
            status: 'DRAFT',
            sectionsKk: docs.kk as Prisma.InputJsonObject,
            sectionsRu: docs.ru as Prisma.InputJsonObject,
            version: 1,
          },
        });
        await recordAuditEvent(
          tx,
          { actor: { id: actor.id, role: actor.role }, action: 'ngoDatabaseReport.saved', object: { type: 'NgoDatabaseReport', id: report.id }, after: { year, status: 'DRAFT', version: 1 } },
          context,
        );
        return { ok: true as const, reportId: report.id, version: 1 };
      });
    } catch (error) {
      // Two members created it at the same moment: the (organizationId, year) unique index decides.
      if ((error as { code?: string }).code === 'P2002') return refuse('staleVersion');
      throw error;
    }
  }

  if (!can(actor, 'update', { type: 'ngoDatabaseReport', organizationId, status: existing.status })) {
    return refuse(actor.organizationIds.includes(organizationId) ? 'notEditable' : 'forbidden');
  }
  if (existing.version !== expectedVersion) return refuse('staleVersion');

  return db.$transaction(async (tx) => {
    // The version and status are checked again by the write itself (another save or a
    // sending may have committed between the read and here).
    const updated = await tx.ngoDatabaseReport.updateMany({
      where: { id: existing.id, version: expectedVersion, status: { in: ['DRAFT', 'RETURNED'] } },
      data: { sectionsKk: docs.kk as Prisma.InputJsonObject, sectionsRu: docs.ru as Prisma.InputJsonObject, version: { increment: 1 } },
    });
    if (updated.count !== 1) return refuse('staleVersion');
    const version = expectedVersion + 1;
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'ngoDatabaseReport.saved',
        object: { type: 'NgoDatabaseReport', id: existing.id },
        before: { version: expectedVersion },
        after: { year, status: existing.status, version },
      },
      context,
    );
    return { ok: true as const, reportId: existing.id, version };
  });
}
