import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import type { ServiceResult } from '../result';

/**
 * The user has seen these in-cabinet notifications: stamps `readAt` on those of them
 * that are the user's OWN and still unread (ids of anyone else's are silently ignored, so
 * a forged id changes nothing). Reading is not a change of any domain object, so no audit
 * event is written (the audit trail records state changes, not page views).
 */
export async function markNotificationsRead(db: PrismaClient, actor: Actor, ids: string[], now: Date = new Date()): Promise<ServiceResult<{ count: number }>> {
  const unique = [...new Set(ids)].slice(0, 500);
  if (unique.length === 0) return { ok: true, count: 0 };
  const { count } = await db.notification.updateMany({
    where: { id: { in: unique }, recipientId: actor.id, channel: 'IN_APP', readAt: null },
    data: { readAt: now },
  });
  return { ok: true, count };
}
