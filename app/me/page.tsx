import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';

const homeOf = { NGO: '/ngo', OPERATOR: '/operator', EXPERT: '/expert', ADMIN: '/admin' } as const;

/** After sign-in: each role lands in its own area. */
export default async function MyHomePage() {
  const actor = await requireUser('/me');
  redirect(homeOf[actor.role]);
}
