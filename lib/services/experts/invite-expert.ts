import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { INVITATION_TTL_DAYS, invitationTokenHash, newInvitationToken } from '../organizations/invitation-token';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { checkExpertReferences } from './check-references';
import { fieldErrorsOf, inviteExpertSchema, type InviteExpertFormValues } from './expert-input';

export interface ExpertServiceOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

/** Where the invited expert opens the invitation (relative to the portal's address). */
export const expertInvitationPath = (token: string) => `/expert-invitations/${token}`;

export type InviteExpertResult =
  | { ok: true; expertId: string; userId: string; token: string; path: string; expiresAt: Date }
  | { ok: false; error: { code: string; field?: string }; fieldErrors: Record<string, string> };

/**
 * Operator staff enter an expert into the register (GC-5, GC-6: nominated by an NGO, by the
 * operator or by themselves; GC-7: directions with years of experience) and invite them by
 * e-mail. In ONE transaction: a User with the EXPERT role and no password, the Expert entry
 * (PENDING until the expert sets a password), a one-time invitation (only the token's
 * SHA-256 stored, valid 7 days), the e-mail in the outbox ('expert.invitation' with the
 * link) and the audit event. The token is returned once so staff can pass the link on.
 */
export async function inviteExpert(
  db: PrismaClient,
  actor: Actor,
  rawInput: InviteExpertFormValues,
  context: RequestContext,
  options: ExpertServiceOptions = {},
): Promise<InviteExpertResult> {
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return { ok: false, error: { code: 'forbidden' }, fieldErrors: {} };
  const parsed = inviteExpertSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());
  const refused = (code: string, field?: string) => ({ ok: false as const, error: { code, ...(field ? { field } : {}) }, fieldErrors: field ? { [field]: code } : {} });

  const problem = await checkExpertReferences(db, { nominatedByOrganizationId: input.nominatedByOrganizationId, directionIds: input.directions.map((d) => d.directionId) });
  if (problem) return refused(problem.code, problem.field);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return refused('emailTaken', 'email');

  const token = newInvitationToken();
  const path = expertInvitationPath(token);
  try {
    return await db.$transaction(async (tx) => {
      const now = clock();
      const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
      const user = await tx.user.create({ data: { email: input.email, name: input.fullName, role: 'EXPERT', locale: input.locale, passwordHash: null }, select: { id: true } });
      const expert = await tx.expert.create({
        data: {
          userId: user.id,
          nominationSource: input.nominationSource,
          nominatedByOrganizationId: input.nominatedByOrganizationId,
          employerName: input.employerName,
          position: input.position,
          operatorEmployee: input.operatorEmployee,
          status: 'PENDING',
          approvedById: actor.id,
          createdAt: now,
          directions: { create: input.directions.map((d) => ({ directionId: d.directionId, yearsOfExperience: d.years })) },
        },
        select: { id: true },
      });
      const invitation = await tx.expertInvitation.create({
        data: { expertId: expert.id, tokenHash: invitationTokenHash(token), expiresAt, invitedById: actor.id, createdAt: now },
        select: { id: true },
      });
      await enqueueNotifications(tx, {
        templateKey: 'expert.invitation',
        payload: { path, name: input.fullName, expiresAt: expiresAt.toISOString() },
        object: { type: 'ExpertInvitation', id: invitation.id },
        dedupeKey: `expert.invitation:${invitation.id}`,
        now,
        email: [{ id: user.id, locale: input.locale }],
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'expert.invited',
          object: { type: 'Expert', id: expert.id },
          after: {
            userId: user.id,
            email: input.email,
            name: input.fullName,
            status: 'PENDING',
            nominationSource: input.nominationSource,
            nominatedByOrganizationId: input.nominatedByOrganizationId,
            employerName: input.employerName,
            operatorEmployee: input.operatorEmployee,
            directions: input.directions,
            invitationId: invitation.id,
            expiresAt: expiresAt.toISOString(),
          },
        },
        context,
      );
      return { ok: true as const, expertId: expert.id, userId: user.id, token, path, expiresAt };
    });
  } catch (error) {
    // The same e-mail registered at the same moment: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') return refused('emailTaken', 'email');
    throw error;
  }
}
