import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { revokeUserSessionsSchema, type RevokeUserSessionsFormValues } from '@/lib/validation/user-access';
import { adminAccountInput, adminRefusal, type AdminAccountRefusal } from './admin-account-input';
import type { ServiceResult } from '../result';

export interface RevokeUserSessionsOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

export type RevokeUserSessionsResult = ServiceResult<{ sessionVersion: number }> | AdminAccountRefusal;

const refused = (code: string) => adminRefusal(code);

/**
 * "End all sessions" of an account (issue 9 item 5) — a lost laptop, a shared password: an
 * administrator bumps User.sessionVersion with a reason, so every session signed in before
 * ends on its next request (lib/auth/session.ts getActor); role and active stay as they are.
 * Not for the administrator's own account (`selfChange`). One audit event
 * `user.sessions_revoked` in the same transaction.
 */
export async function revokeUserSessions(
  db: PrismaClient,
  actor: Actor,
  rawInput: RevokeUserSessionsFormValues,
  context: RequestContext,
  options: RevokeUserSessionsOptions = {},
): Promise<RevokeUserSessionsResult> {
  const checked = adminAccountInput(revokeUserSessionsSchema, rawInput, actor);
  if (!checked.ok) return checked;
  const input = checked.input;
  const clock = options.now ?? (() => new Date());

  return db.$transaction(
    async (tx) => {
      const self = await tx.user.findUnique({ where: { id: actor.id }, select: { role: true, active: true } });
      if (self?.role !== 'ADMIN' || !self.active) return refused('forbidden');
      // Atomic increment: two revocations at once both count, neither is lost.
      const updated = await tx.user.updateMany({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
      if (updated.count !== 1) return refused('userNotFound');
      const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, sessionVersion: true } });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'user.sessions_revoked',
          object: { type: 'User', id: input.userId },
          before: { email: user.email, sessionVersion: user.sessionVersion - 1 },
          after: { email: user.email, sessionVersion: user.sessionVersion, at: clock().toISOString() },
          reason: input.reason,
        },
        context,
      );
      return { ok: true as const, sessionVersion: user.sessionVersion };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
