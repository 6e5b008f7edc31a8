import type { PrismaClient, Role } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { ASSIGNABLE_ROLES, changeUserAccessSchema, type ChangeUserAccessFormValues } from '@/lib/validation/user-access';
import { adminAccountInput, adminRefusal, type AdminAccountRefusal } from './admin-account-input';
import type { ServiceResult } from '../result';

export interface ChangeUserAccessOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

export type UserAccessAuditAction = 'user.role_changed' | 'user.deactivated' | 'user.reactivated';

export type ChangeUserAccessResult =
  | ServiceResult<{ action: UserAccessAuditAction; role: Role; active: boolean; sessionVersion: number }>
  | AdminAccountRefusal;

const refused = adminRefusal;

const isAssignable = (role: string) => (ASSIGNABLE_ROLES as readonly string[]).includes(role);

/**
 * An administrator changes a staff account's role (OPERATOR ⇄ ADMIN) and/or deactivates or
 * reactivates any account, with a reason (issue 9 item 5). Refusals (codes under admin.errors):
 * `forbidden` (not an active ADMIN), `selfChange` (own account: no self-demotion or lockout),
 * `userNotFound`, `staleUser` (the account changed since the form was rendered: sessionVersion
 * is the optimistic-lock token), `roleNotAssignable` (NGO / EXPERT come from memberships and the
 * expert register, never from here), `noChange`, `lastAdmin` (the portal keeps one active ADMIN).
 * Every change bumps User.sessionVersion — every existing session of the account ends on its
 * next request (lib/auth/session.ts getActor) — and writes ONE audit event with before / after
 * and the reason, in the same transaction.
 */
export async function changeUserAccess(
  db: PrismaClient,
  actor: Actor,
  rawInput: ChangeUserAccessFormValues,
  context: RequestContext,
  options: ChangeUserAccessOptions = {},
): Promise<ChangeUserAccessResult> {
  const checked = adminAccountInput(changeUserAccessSchema, rawInput, actor);
  if (!checked.ok) return checked;
  const input = checked.input;
  const clock = options.now ?? (() => new Date());

  return db.$transaction(
    async (tx) => {
      // Lock order (always the same, so two admins never deadlock): every active ADMIN row, then
      // the target. Two admins deactivating each other at once are serialised here, and the
      // second one sees the first one's change (READ COMMITTED re-checks a locked row).
      const activeAdmins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND active = true ORDER BY id FOR UPDATE`;
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
      const target = await tx.user.findUnique({
        where: { id: input.userId },
        select: { id: true, email: true, role: true, active: true, sessionVersion: true },
      });
      if (!target) return refused('userNotFound');
      if (target.sessionVersion !== input.expectedSessionVersion) return refused('staleUser');

      const roleChanges = target.role !== input.role;
      // NGO comes from a membership, EXPERT from the register: only OPERATOR ⇄ ADMIN here.
      if (roleChanges && !(isAssignable(target.role) && isAssignable(input.role))) return refused('roleNotAssignable', { field: 'role' });
      const activeChanges = target.active !== input.active;
      if (!roleChanges && !activeChanges) return refused('noChange');

      // The portal keeps at least one active administrator.
      const losesAdmin = target.role === 'ADMIN' && target.active && (input.role !== 'ADMIN' || !input.active);
      if (losesAdmin && activeAdmins.filter((a) => a.id !== target.id).length === 0) return refused('lastAdmin');
      // The actor's own account, re-read under the lock: still an active ADMIN (not demoted or
      // deactivated a moment ago by another administrator).
      if (!activeAdmins.some((a) => a.id === actor.id)) return refused('forbidden');

      const updated = await tx.user.updateMany({
        where: { id: target.id, sessionVersion: input.expectedSessionVersion },
        data: { role: input.role, active: input.active, sessionVersion: { increment: 1 } },
      });
      if (updated.count !== 1) return refused('staleUser');

      const action: UserAccessAuditAction = activeChanges ? (input.active ? 'user.reactivated' : 'user.deactivated') : 'user.role_changed';
      const sessionVersion = target.sessionVersion + 1;
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action,
          object: { type: 'User', id: target.id },
          before: { email: target.email, role: target.role, active: target.active, sessionVersion: target.sessionVersion },
          after: { email: target.email, role: input.role, active: input.active, sessionVersion, at: clock().toISOString() },
          reason: input.reason,
        },
        context,
      );
      return { ok: true as const, action, role: input.role, active: input.active, sessionVersion };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
