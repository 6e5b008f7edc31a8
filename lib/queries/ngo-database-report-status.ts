import type { PrismaClient, Prisma } from '@/lib/generated/prisma/client';
import { ngoDatabaseReportStatus, requiredNgoDatabaseReportYear, type NgoDatabaseReportTimeliness } from '@/lib/rules';

type ReportReader = Pick<PrismaClient, 'ngoDatabaseReport'> | Pick<Prisma.TransactionClient, 'ngoDatabaseReport'>;

/**
 * EL-2 / DB-10: the NGO database report status a competition checks at `asOf`.
 *
 * Looks up the organisation's report for `requiredNgoDatabaseReportYear(asOf)` (the
 * latest year whose 31 March deadline has passed) and returns the rule engine's verdict
 * `ngoDatabaseReportStatus`: ON_TIME / LATE when it was sent at or before / after the
 * deadline, MISSING when it was never sent (DUE / NOT_DUE cannot occur for that year).
 *
 * A report counts once SENT: SUBMITTED, APPROVED and RETURNED-after-sending all carry
 * `submittedAt` (the first sending, server clock); a DRAFT does not count. A sending
 * later than `asOf` is ignored (the answer is "as it stood at asOf").
 *
 * Pass the transaction client when checking eligibility inside a write (DL-1: decided
 * at the moment of the write); `asOf` is the server's `now` of that write.
 */
export async function ngoDatabaseReportTimelinessFor(db: ReportReader, organizationId: string, asOf: Date): Promise<NgoDatabaseReportTimeliness> {
  const reportYear = requiredNgoDatabaseReportYear(asOf);
  const report = await db.ngoDatabaseReport.findUnique({
    where: { organizationId_year: { organizationId, year: reportYear } },
    select: { status: true, submittedAt: true },
  });
  const sentAt = report && report.status !== 'DRAFT' && report.submittedAt && report.submittedAt.getTime() <= asOf.getTime() ? report.submittedAt : null;
  return ngoDatabaseReportStatus({ reportYear, submittedAt: sentAt, asOf });
}
