import type { Prisma } from '@/lib/generated/prisma/client';

export interface NotificationRecipient {
  id: string;
  locale: 'kk' | 'ru' | 'en';
}

export interface EnqueueNotificationsInput {
  /** Template key, e.g. 'commission.coi_opened'; the outbox worker renders it per locale. */
  templateKey: string;
  /** Everything the template needs; stored as JSON (bigint → string). */
  payload: Record<string, unknown>;
  object: { type: string; id: string };
  /** Unique per event; the recipient and channel are appended, so re-running an event is a no-op. */
  dedupeKey: string;
  now: Date;
  /** In-cabinet notifications (shown at once, unread until opened). */
  inApp?: NotificationRecipient[];
  /** E-mails, PENDING in the outbox until the worker delivers them. */
  email?: NotificationRecipient[];
}

const json = (value: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue;

/**
 * Writes notifications into the outbox inside the caller's transaction, so a notification
 * exists if and only if the event it announces was committed. Duplicate dedupe keys are
 * skipped: a job that runs twice (reminders) does not notify twice.
 */
export async function enqueueNotifications(tx: Prisma.TransactionClient, input: EnqueueNotificationsInput): Promise<number> {
  const payload = json(input.payload);
  const base = { templateKey: input.templateKey, payload, objectType: input.object.type, objectId: input.object.id, createdAt: input.now };
  const rows: Prisma.NotificationCreateManyInput[] = [
    ...(input.inApp ?? []).map((r) => ({
      ...base,
      channel: 'IN_APP' as const,
      recipientId: r.id,
      locale: r.locale,
      dedupeKey: `${input.dedupeKey}:in-app:${r.id}`,
      status: 'SENT',
      sentAt: input.now,
      nextAttemptAt: null,
    })),
    ...(input.email ?? []).map((r) => ({
      ...base,
      channel: 'EMAIL' as const,
      recipientId: r.id,
      locale: r.locale,
      dedupeKey: `${input.dedupeKey}:email:${r.id}`,
      status: 'PENDING',
      nextAttemptAt: input.now,
    })),
  ];
  if (rows.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data: rows, skipDuplicates: true });
  return count;
}
