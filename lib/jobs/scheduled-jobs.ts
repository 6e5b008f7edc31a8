import type { PrismaClient } from '@/lib/generated/prisma/client';
import { sendScoringReminders } from '@/lib/services/reminders/send-scoring-reminders';
import { runCreativeAllocation } from '@/lib/services/creative-order/run-creative-allocation';
import { remindReportsDue } from '@/lib/services/reports/remind-reports-due';
import { runCompetitionClock } from './competition-clock';
import { deliverNotificationsJob } from './deliver-notifications';

/** A recurring job: what pg-boss runs, how often (cron in Asia/Almaty) and with what retries. */
export interface ScheduledJob {
  name: string;
  cron: string;
  /** Returns a small summary that pg-boss keeps as the job's output. */
  run(db: PrismaClient, now: Date): Promise<object>;
}

// Retries with exponential backoff: a failed run (database restarting, a lock timeout) is
// tried again 30 s, 60 s, 120 s … later; every handler is idempotent, so a retry is safe.
export const JOB_RETRY = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

export const SCHEDULED_JOBS: ScheduledJob[] = [
  // DL-1 / DL-5: the server clock opens and closes competitions and the scoring window.
  { name: 'competition-clock', cron: '* * * * *', run: runCompetitionClock },
  // DL-5: reminders 3 and 1 days before the scoring due date.
  { name: 'scoring-reminders', cron: '*/15 * * * *', run: (db, now) => sendScoringReminders(db, now) },
  // Creative order (seed 002 L111–112): places allocated and vouchers issued every day at 18:00
  // Asia/Almaty; one run per day (a retry or a second worker allocates nothing new).
  { name: 'creative-order-allocation', cron: '0 18 * * *', run: (db, now) => runCreativeAllocation(db, now) },
  // RP-1 / RP-2: reports due in 7 days and in 1 day are reminded once each, and an open report
  // whose due day is over is flagged overdue; hourly, so a day's run is never missed (idempotent).
  { name: 'report-reminders', cron: '5 * * * *', run: (db, now) => remindReportsDue(db, now) },
  deliverNotificationsJob, // the e-mail outbox, every minute (lib/jobs/deliver-notifications.ts)
];
