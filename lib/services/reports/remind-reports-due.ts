import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { addCalendarDays, almatyDateOf } from '@/lib/rules';
import { OPEN_REPORT_STATUSES, REPORT_REMINDER_DAYS_BEFORE, reportDueState, reportReminderDue } from '@/lib/rules/reports/report-due';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { organizationRecipients } from './report-data';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const asDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export interface RemindReportsDueResult {
  /** Reports for which a reminder was written this run. */
  reminded: number;
  /** Reports flagged overdue this run. */
  flaggedOverdue: number;
}

/**
 * The job body «report due» (the lead registers it; run it daily): for every report the NGO
 * still has to send (DRAFT / RETURNED),
 * - RP-2: a reminder `report_due` 7 days and 1 day before Report.dueOn — each once (the
 *   notification dedupe key names the band, so a second run the same day is a no-op);
 * - RP-1: once its due day is over, Report.overdueAt is set (once), with an audit event
 *   `report.overdue` and a notification `report_overdue` to the NGO.
 * The server clock comes in as `now`; the day is the Almaty day of it (DL-1).
 */
export async function remindReportsDue(db: PrismaClient, now: Date): Promise<RemindReportsDueResult> {
  const today = almatyDateOf(now);
  const horizon = addCalendarDays(today, Math.max(...REPORT_REMINDER_DAYS_BEFORE));
  const candidates = await db.report.findMany({
    where: { status: { in: [...OPEN_REPORT_STATUSES] }, dueOn: { lte: asDate(horizon) } },
    select: { id: true, agreementId: true, kind: true, type: true, seq: true, status: true, dueOn: true, overdueAt: true, agreement: { select: { number: true, organizationId: true } } },
    orderBy: { dueOn: 'asc' },
  });
  let reminded = 0;
  let flaggedOverdue = 0;
  for (const r of candidates) {
    const dueOn = isoDay(r.dueOn);
    const payload = {
      reportId: r.id,
      agreementId: r.agreementId,
      agreementNumber: r.agreement.number,
      kind: r.kind,
      type: r.type,
      seq: r.seq,
      dueOn,
      href: `/ngo/agreements/${r.agreementId}/reports/${r.id}`,
    };
    const reminder = reportReminderDue(r.status, dueOn, today);
    if (reminder) {
      const count = await db.$transaction(async (tx) => {
        const recipients = await organizationRecipients(tx, r.agreement.organizationId);
        return enqueueNotifications(tx, {
          templateKey: 'report_due',
          payload: { ...payload, daysLeft: reminder.daysLeft },
          object: { type: 'Report', id: r.id },
          dedupeKey: `report_due:${r.id}:${dueOn}:d${reminder.daysBefore}`,
          now,
          inApp: recipients,
          email: recipients,
        });
      });
      if (count > 0) reminded += 1;
    }
    if (reportDueState(r.status, dueOn, today).state === 'OVERDUE' && r.overdueAt === null) {
      const flagged = await db.$transaction(async (tx: Prisma.TransactionClient) => {
        const updated = await tx.report.updateMany({ where: { id: r.id, overdueAt: null, status: { in: [...OPEN_REPORT_STATUSES] } }, data: { overdueAt: now } });
        if (updated.count !== 1) return false;
        await recordAuditEvent(
          tx,
          { actor: null, action: 'report.overdue', object: { type: 'Report', id: r.id }, before: { overdueAt: null }, after: { status: r.status, dueOn, overdueAt: now.toISOString() } },
          { requestId: null, ip: null },
        );
        const recipients = await organizationRecipients(tx, r.agreement.organizationId);
        await enqueueNotifications(tx, {
          templateKey: 'report_overdue',
          payload,
          object: { type: 'Report', id: r.id },
          dedupeKey: `report_overdue:${r.id}:${dueOn}`,
          now,
          inApp: recipients,
          email: recipients,
        });
        return true;
      });
      if (flagged) flaggedOverdue += 1;
    }
  }
  return { reminded, flaggedOverdue };
}
