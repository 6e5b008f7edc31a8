import type { PrismaClient, Role } from '@/lib/generated/prisma/client';
import { verifyPassword } from '@/lib/auth/passwords';
import { SIGN_IN_WINDOW_MINUTES, signInLocked } from '@/lib/auth/throttle';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

/**
 * Checks an e-mail and password. Every attempt is recorded (for throttling) and audited;
 * a locked account or address is refused before the password is even looked at.
 */
export async function authenticate(
  db: PrismaClient,
  credentials: { email: string; password: string },
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<{ user: AuthenticatedUser }>> {
  const email = credentials.email.trim().toLowerCase();
  const ip = context.ip ?? 'unknown';
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);

  const [forAccount, fromIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, at: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  if (signInLocked({ forAccount, fromIp })) {
    // Audited, but not counted as a failure: otherwise anyone could keep the owner locked out
    // for ever by trying every few minutes (the lock ends a window after the failures).
    await db.$transaction(async (tx) => {
      await recordAuditEvent(tx, { actor: null, action: 'auth.sign-in-throttled', object: { type: 'Account', id: email } }, context);
    });
    return refuse('signInLocked', { params: { minutes: SIGN_IN_WINDOW_MINUTES } });
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  const success = Boolean(user && user.active && passwordOk);

  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip, success, at: now } });
    if (success && user) await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAuditEvent(
      tx,
      {
        actor: success && user ? { id: user.id, role: user.role } : null,
        action: success ? 'auth.signed-in' : 'auth.sign-in-failed',
        object: { type: success && user ? 'User' : 'Account', id: success && user ? user.id : email },
      },
      context,
    );
  });

  if (!success || !user) return refuse('invalidCredentials');
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
