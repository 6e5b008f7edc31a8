/**
 * CM-2 (L2574–2578): the social-order commission decides by a majority of ALL its voting
 * members (not of those present); on a tie the chair's vote decides. Members vote
 * themselves — no delegation — so each member has at most one vote; a member who did not
 * vote counts towards the total but not for the decision.
 * Pure. (A candidate for lib/rules; kept here because this slice does not own lib/rules.)
 */
export type VoteChoice = 'FOR' | 'AGAINST' | 'ABSTAIN';

export interface VoteTally {
  adopted: boolean;
  members: number;
  for: number;
  against: number;
  abstain: number;
  notVoted: number;
  /** The chair's vote broke a FOR = AGAINST tie. */
  castingVoteUsed: boolean;
}

export function tallyVotes(memberIds: string[], chairId: string, votes: { memberId: string; vote: VoteChoice }[]): VoteTally {
  const byMember = new Map<string, VoteChoice>();
  for (const v of votes) {
    if (!memberIds.includes(v.memberId)) throw new Error(`not a voting member: ${v.memberId}`);
    if (byMember.has(v.memberId)) throw new Error(`second vote of ${v.memberId}`);
    byMember.set(v.memberId, v.vote);
  }
  const count = (c: VoteChoice) => [...byMember.values()].filter((v) => v === c).length;
  const forN = count('FOR');
  const againstN = count('AGAINST');
  const total = memberIds.length;
  const majority = forN * 2 > total;
  const tie = !majority && forN === againstN && forN > 0;
  const adopted = majority || (tie && byMember.get(chairId) === 'FOR');
  return { adopted, members: total, for: forN, against: againstN, abstain: count('ABSTAIN'), notVoted: total - byMember.size, castingVoteUsed: tie };
}
