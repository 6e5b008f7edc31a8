import type { PrismaClient } from '@/lib/generated/prisma/client';
import { invitationState, INVITATION_REFUSALS } from '../organizations/find-invitation';
import { invitationTokenHash } from '../organizations/invitation-token';

export { invitationState, INVITATION_REFUSALS };

/** A well-formed token (as newInvitationToken makes them); anything else is not looked up. */
export const isTokenShaped = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token);

/** The expert invitation behind a link (by the token's hash), with the person it invites, or null. */
export async function findExpertInvitationByToken(db: PrismaClient, token: string, now: Date = new Date()) {
  if (!isTokenShaped(token)) return null;
  const invitation = await db.expertInvitation.findUnique({
    where: { tokenHash: invitationTokenHash(token) },
    include: { expert: { select: { id: true, status: true, user: { select: { name: true, email: true } } } } },
  });
  if (!invitation) return null;
  return { ...invitation, state: invitationState(invitation, now) };
}
