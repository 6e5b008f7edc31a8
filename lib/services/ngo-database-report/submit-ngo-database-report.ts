import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { checkTransition, ngoDatabaseReportStatus, type NgoDatabaseReportTimeliness } from '@/lib/rules';
import {
  missingReportFields,
  toLanguageDocuments,
  type MissingReportField,
  type SaveNgoDatabaseReportInput,
} from '@/lib/validation/ngo-database-report';
import { refuse, type ServiceError, type ServiceResult } from '../result';
import { OLDEST_REPORT_YEARS_BACK, previousReportYear } from './save-ngo-database-report';

export type SubmitNgoDatabaseReportResult =
  | ServiceResult<{ reportId: string; version: number; submittedAt: Date; timeliness: NgoDatabaseReportTimeliness }>
  | { ok: false; error: ServiceError & { code: 'incomplete' }; missing: MissingReportField[] };

/**
 * Sends the yearly report to the operator («Жіберу», §2.3 step 8) together with the
 * content on the screen, in one transaction: DRAFT → SUBMITTED, or RETURNED → SUBMITTED
 * after a correction (ST-*, lib/rules/status/ngo-database-report-status.ts).
 *
 * DB-6: refused with the list of missing fields (section, field, language) when any
 * required text is empty in Kazakh or in Russian — and then NOTHING is written (the user's
 * screen keeps what they typed).
 *
 * DB-1 / EL-2: `submittedAt` is the server's clock at the FIRST sending. A late sending
 * is accepted and judged LATE by ngoDatabaseReportStatus. A resubmission after a return
 * keeps the first sending time (the report counted as sent from then on); the
 * resubmission itself is in the audit trail.
 */
export async function submitNgoDatabaseReport(
  db: PrismaClient,
  actor: Actor,
  input: SaveNgoDatabaseReportInput & { organizationId: string },
  context: RequestContext,
  now: Date = new Date(),
): Promise<SubmitNgoDatabaseReportResult> {
  const { organizationId, year, expectedVersion, report } = input;
  const existing = await db.ngoDatabaseReport.findUnique({
    where: { organizationId_year: { organizationId, year } },
    select: { id: true, status: true, version: true, submittedAt: true, submittedById: true },
  });
  const from = existing?.status ?? 'DRAFT';

  if (!can(actor, 'submit', { type: 'ngoDatabaseReport', organizationId, status: from })) {
    return refuse(actor.organizationIds.includes(organizationId) ? 'notEditable' : 'forbidden');
  }
  if (!existing) {
    const latest = previousReportYear(now);
    if (year > latest || year < latest - OLDEST_REPORT_YEARS_BACK) return refuse('yearNotReportable');
  }
  if ((existing?.version ?? 0) !== expectedVersion) return refuse('staleVersion');

  // DB-6 / DB-7: both languages, every required field.
  const missing = missingReportFields(report);
  if (missing.length > 0) return { ok: false, error: { code: 'incomplete', params: { count: missing.length } }, missing };

  const transition = checkTransition('ngoDatabaseReport', from, 'SUBMITTED', 'NGO');
  if (!transition.ok) return refuse('notEditable');

  const docs = toLanguageDocuments(report);
  const submittedAt = existing?.submittedAt ?? now;
  const timeliness = ngoDatabaseReportStatus({ reportYear: year, submittedAt, asOf: now });
  const data = {
    status: 'SUBMITTED',
    sectionsKk: docs.kk as Prisma.InputJsonObject,
    sectionsRu: docs.ru as Prisma.InputJsonObject,
    submittedAt,
    submittedById: existing?.submittedById ?? actor.id,
  };

  try {
    return await db.$transaction(async (tx) => {
      let reportId: string;
      if (existing) {
        const updated = await tx.ngoDatabaseReport.updateMany({
          where: { id: existing.id, version: expectedVersion, status: from },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count !== 1) return refuse('staleVersion');
        reportId = existing.id;
      } else {
        reportId = (await tx.ngoDatabaseReport.create({ data: { ...data, organizationId, year, version: 1 } })).id;
      }
      const version = expectedVersion + 1;
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: transition.transition.action === 'RESUBMIT' ? 'ngoDatabaseReport.resubmitted' : 'ngoDatabaseReport.submitted',
          object: { type: 'NgoDatabaseReport', id: reportId },
          before: { status: from, version: expectedVersion },
          after: { year, status: 'SUBMITTED', version, submittedAt, sentAt: now, timeliness },
        },
        context,
      );
      return { ok: true as const, reportId, version, submittedAt, timeliness };
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return refuse('staleVersion');
    throw error;
  }
}
