import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { afterFailedAttempt, MAX_DELIVERY_ATTEMPTS } from '@/lib/mail/backoff';
import { mailConfigFromEnv, type MailConfig } from '@/lib/mail/config';
import { renderMail } from '@/lib/mail/render';
import { createMailTransport } from '@/lib/mail/transport';

export interface DeliverEmailOptions {
  /** SMTP server and sender; from the environment (SMTP_HOST, SMTP_PORT, MAIL_FROM) when not given. */
  config?: MailConfig;
  /** Rows claimed per round; a run goes on until no due row is left or `maxPerRun` were handled. */
  batchSize?: number;
  maxPerRun?: number;
  /** How long a claimed row belongs to this run; if the worker dies, another run takes it after this. */
  leaseMs?: number;
}

export interface DeliverEmailSummary {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

const DEFAULT_LEASE_MS = 5 * 60_000;
// nodemailer's codes for "could not talk to the server at all" (as opposed to a refused message).
const CONNECTION_ERRORS = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED']);

/**
 * The e-mail outbox worker: delivers PENDING e-mail notifications (written by
 * enqueueNotifications in the same transaction as their event) through SMTP.
 *
 * A row is claimed in a short transaction with FOR UPDATE SKIP LOCKED: the claim counts the
 * attempt, stamps the run's token and moves nextAttemptAt to the end of a lease, so two
 * concurrent runs never take the same row, and a row whose worker crashed mid-way becomes due
 * again when the lease ends (delivered, not lost). Only the run holding the token may then
 * mark it SENT (with sentAt and the Message-ID) or, on an SMTP error, schedule the retry with
 * exponential backoff (lib/mail/backoff.ts) — after the last attempt it is FAILED, the error
 * kept in lastError. The Message-ID is fixed per notification, so should an e-mail ever go out
 * twice (a crash between the SMTP "250 OK" and the update) mail clients show it once.
 */
export async function deliverEmailNotifications(db: PrismaClient, now: Date, options: DeliverEmailOptions = {}): Promise<DeliverEmailSummary> {
  const config = options.config ?? mailConfigFromEnv();
  const batchSize = options.batchSize ?? 25;
  const maxPerRun = options.maxPerRun ?? 500;
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
  const summary: DeliverEmailSummary = { claimed: 0, sent: 0, retrying: 0, failed: 0 };

  // A row whose last attempt's worker died (lease over, no attempts left) is not tried again.
  summary.failed += await db.notification.updateMany({
    where: { channel: 'EMAIL', status: 'PENDING', attempts: { gte: MAX_DELIVERY_ATTEMPTS }, nextAttemptAt: { lte: now } },
    data: { status: 'FAILED', nextAttemptAt: null, claimToken: null, lastError: 'the worker stopped during the last delivery attempt' },
  }).then((r) => r.count);

  const transport = createMailTransport(config);
  const domain = /@([^>\s]+)>?\s*$/.exec(config.from)?.[1] ?? 'demeu.local';
  try {
    while (summary.claimed < maxPerRun) {
      const token = randomUUID();
      const claimed = await db.$queryRaw<{ id: string }[]>`
        UPDATE "Notification" SET "attempts" = "attempts" + 1, "claimToken" = ${token}, "claimedAt" = ${now}, "nextAttemptAt" = ${leaseUntil}
        WHERE "id" IN (
          SELECT "id" FROM "Notification"
          WHERE "channel" = 'EMAIL' AND "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND "attempts" < ${MAX_DELIVERY_ATTEMPTS}
          ORDER BY "nextAttemptAt", "id"
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING "id"`;
      if (claimed.length === 0) break;
      summary.claimed += claimed.length;

      const rows = await db.notification.findMany({
        where: { id: { in: claimed.map((c) => c.id) }, claimToken: token },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          templateKey: true,
          locale: true,
          payload: true,
          objectType: true,
          objectId: true,
          attempts: true,
          recipient: { select: { email: true, name: true, role: true, active: true } },
        },
      });
      let serverDown: string | null = null;
      for (const row of rows) {
        const mine = { id: row.id, claimToken: token, status: 'PENDING' };
        if (!row.recipient.active) {
          summary.failed += (await db.notification.updateMany({ where: mine, data: { status: 'FAILED', nextAttemptAt: null, claimToken: null, lastError: 'the recipient account is deactivated' } })).count;
          continue;
        }
        const messageId = `<notification.${row.id}@${domain}>`;
        try {
          // The server did not answer for an earlier row of this round: the others wait for the retry too.
          if (serverDown) throw new Error(serverDown);
          const mail = await renderMail({ ...row, recipient: row.recipient }, config.portalUrl);
          await transport.sendMail({
            from: config.from,
            to: { name: row.recipient.name, address: row.recipient.email },
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            messageId,
            headers: { 'X-Demeu-Notification': row.id, 'Auto-Submitted': 'auto-generated' },
          });
          summary.sent += (await db.notification.updateMany({ where: mine, data: { status: 'SENT', sentAt: now, messageId, lastError: null, claimToken: null, nextAttemptAt: null } })).count;
        } catch (error) {
          const next = afterFailedAttempt(row.attempts, now);
          const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
          const code = (error as { code?: unknown }).code;
          if (typeof code === 'string' && CONNECTION_ERRORS.has(code)) serverDown = lastError;
          await db.notification.updateMany({ where: mine, data: { status: next.status, nextAttemptAt: next.nextAttemptAt, lastError, claimToken: null } });
          if (next.status === 'FAILED') summary.failed += 1;
          else summary.retrying += 1;
        }
      }
      if (claimed.length < batchSize || serverDown) break;
    }
  } finally {
    transport.close();
  }
  return summary;
}
