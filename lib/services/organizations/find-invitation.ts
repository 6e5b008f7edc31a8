import type { PrismaClient } from '@/lib/generated/prisma/client';
import { invitationTokenHash } from './invitation-token';

export type InvitationState = 'PENDING' | 'EXPIRED' | 'REVOKED' | 'USED';

/** Why an invitation can't be used, as an i18n code (orgErrors.*). */
export const INVITATION_REFUSALS: Record<Exclude<InvitationState, 'PENDING'>, string> = {
  EXPIRED: 'invitationExpired',
  REVOKED: 'invitationRevoked',
  USED: 'invitationUsed',
};

export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (invitation.acceptedAt) return 'USED';
  if (invitation.revokedAt) return 'REVOKED';
  // The link works up to and including its expiry instant (server clock).
  if (invitation.expiresAt.getTime() < now.getTime()) return 'EXPIRED';
  return 'PENDING';
}

/** The invitation behind a link (by the token's hash), with its organisation, or null for an unknown token. */
export async function findInvitationByToken(db: PrismaClient, token: string, now: Date = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invitation = await db.organizationInvitation.findUnique({
    where: { tokenHash: invitationTokenHash(token) },
    include: { organization: { select: { id: true, bin: true, nameKk: true, nameRu: true, nameEn: true } } },
  });
  if (!invitation) return null;
  const existingAccount = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { ...invitation, state: invitationState(invitation, now), hasAccount: existingAccount !== null };
}
