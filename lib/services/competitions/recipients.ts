import type { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationRecipient } from '@/lib/services/notifications/enqueue-notifications';

/** Every live, active member of these organisations (in-cabinet notifications). */
export async function organizationRecipients(tx: Prisma.TransactionClient, organizationIds: string[]): Promise<NotificationRecipient[]> {
  if (organizationIds.length === 0) return [];
  const rows = await tx.organizationMembership.findMany({
    where: { organizationId: { in: organizationIds }, endedAt: null, user: { active: true } },
    select: { user: { select: { id: true, locale: true } } },
  });
  const seen = new Map<string, NotificationRecipient>();
  for (const { user } of rows) seen.set(user.id, { id: user.id, locale: user.locale });
  return [...seen.values()];
}

/** One user as an e-mail recipient, if active. */
export async function userRecipient(tx: Prisma.TransactionClient, userId: string | null): Promise<NotificationRecipient[]> {
  if (!userId) return [];
  const u = await tx.user.findUnique({ where: { id: userId }, select: { id: true, locale: true, active: true } });
  return u && u.active ? [{ id: u.id, locale: u.locale }] : [];
}
