/**
 * CM-2 (L2562–2565) on the stored members of a social-order commission: the voting members
 * (chair + members; no delegation of votes) are odd in number and at least 3 — at least 5
 * when a single organiser runs the competition — with exactly one chair. Pure; the
 * decision is lib/rules' `commissionViolations('SOCIAL_ORDER', …)`.
 */
import { commissionViolations, type CommissionMember, type CommissionViolation } from '@/lib/rules';

export interface StoredMember {
  id: string;
  role: 'CHAIR' | 'DEPUTY' | 'MEMBER' | 'SECRETARY';
  side: 'NGO' | 'OPERATOR' | 'STATE' | 'CIVIL';
  votingRight: boolean;
  operatorEmployee: boolean;
}

export function toSocialOrderRuleMembers(members: StoredMember[]): CommissionMember[] {
  // A member without a vote (the secretary) is left out of the count by the engine.
  return members.map((m) => ({
    id: m.id,
    role: m.votingRight ? m.role : 'SECRETARY',
    side: m.side,
    operatorEmployee: m.operatorEmployee,
    yearsInDirection: 0,
  }));
}

export function socialOrderCommissionViolations(members: StoredMember[], singleOrganizer: boolean): CommissionViolation[] {
  return commissionViolations('SOCIAL_ORDER', toSocialOrderRuleMembers(members), { singleOrganizer });
}

/** Voting members (chair included) — the "all members" of CM-2's majority. */
export function votingMembers<T extends StoredMember>(members: T[]): T[] {
  return members.filter((m) => m.votingRight && m.role !== 'SECRETARY');
}
