/**
 * Who may see and act on a competition's results: operator staff (policy: manage the
 * competition), the CHAIR of its approved commission, or another member of that commission.
 * Pure — the caller loads the members.
 */
import { can, type Actor } from '@/lib/auth/policy';

export type ResultsRole = 'staff' | 'chair' | 'member';

export interface ResultsMember {
  expertId: string | null;
  userId: string | null;
  role: string;
  removedAt: Date | null;
}

export function resultsRole(actor: Actor | null, competition: { status: string }, members: ResultsMember[]): ResultsRole | null {
  if (!actor) return null;
  if (can(actor, 'manage', { type: 'competition', status: competition.status })) return 'staff';
  const mine = members.filter(
    (m) => m.removedAt === null && ((actor.expertId !== null && m.expertId === actor.expertId) || (m.userId !== null && m.userId === actor.id)),
  );
  if (mine.length === 0) return null;
  return mine.some((m) => m.role === 'CHAIR' && m.expertId !== null && actor.role === 'EXPERT') ? 'chair' : 'member';
}

/** The commission whose members decide (the approved selection commission). */
export const APPROVED_SELECTION = { purpose: 'SELECTION' as const, status: 'APPROVED' };
