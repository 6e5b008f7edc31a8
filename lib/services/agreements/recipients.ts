import type { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationRecipient } from '../notifications/enqueue-notifications';

/** The live members of an organisation (in-cabinet and e-mail recipients). */
export async function ngoRecipients(tx: Prisma.TransactionClient, organizationId: string): Promise<NotificationRecipient[]> {
  const members = await tx.organizationMembership.findMany({
    where: { organizationId, endedAt: null, user: { active: true } },
    select: { user: { select: { id: true, locale: true } } },
  });
  return members.map(({ user }) => ({ id: user.id, locale: user.locale }));
}
