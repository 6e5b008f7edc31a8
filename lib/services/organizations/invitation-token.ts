import { createHash, randomBytes } from 'node:crypto';

/** Days an invitation link stays valid. */
export const INVITATION_TTL_DAYS = 7;

/** A fresh one-time token (256 random bits, URL-safe). Only its SHA-256 is stored. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');

export const invitationTokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Where the invitee opens the invitation (relative to the portal's address). */
export const invitationPath = (token: string) => `/invitations/${token}`;
