import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db';
import { authOptions } from './options';
import { can, type Action, type Actor, type Subject } from './policy';

/**
 * The signed-in actor, re-read from the database on every request (once per request,
 * thanks to React's cache): a deactivated account or a session older than the last
 * role change is treated as signed out.
 */
export const getActor = cache(async (): Promise<(Actor & { email: string; name: string }) | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationIds: user.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: user.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: user.expert?.id ?? null,
  };
});

/** Pages and actions that need a signed-in user: anyone else goes to the sign-in page. */
export async function requireUser(returnTo = '/') {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** Signed in AND allowed: a signed-in user without the right sees the 403 page. */
export async function requirePermission(action: Action, subject: Subject, returnTo = '/') {
  const actor = await requireUser(returnTo);
  if (!can(actor, action, subject)) forbidden();
  return actor;
}
