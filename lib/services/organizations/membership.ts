import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

type Reader = PrismaClient | Prisma.TransactionClient;

/**
 * The actor's live membership in the organisation, read from the database. Services check
 * this themselves (besides `can()` in the action) so that a stale session or a direct
 * call can never act for an organisation the user has left or never belonged to.
 */
export function liveMembership(db: Reader, userId: string, organizationId: string) {
  return db.organizationMembership.findFirst({
    where: { userId, organizationId, endedAt: null, user: { active: true, role: 'NGO' } },
    select: { id: true, role: true },
  });
}
