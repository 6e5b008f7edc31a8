import type { PrismaClient } from '@/lib/generated/prisma/client';
import { deliverEmailNotifications } from '@/lib/services/notifications/deliver-email-notifications';
import type { ScheduledJob } from './scheduled-jobs';

/**
 * The e-mail outbox, every minute: PENDING e-mail notifications whose time has come are sent
 * through SMTP (SMTP_HOST / SMTP_PORT / MAIL_FROM; in development the local capture), failed
 * ones retried with backoff. Safe to run twice at once (rows are claimed with SKIP LOCKED).
 */
export const deliverNotificationsJob: ScheduledJob = {
  name: 'deliver-notifications',
  cron: '* * * * *',
  run: (db: PrismaClient, now: Date) => deliverEmailNotifications(db, now),
};
