import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { refuse, type ServiceResult } from '../result';
import { votingMembers } from './commission-check';
import { tallyVotes, type VoteTally } from './vote-tally';

export const recordSocialOrderVotesSchema = z.object({
  decisionId: z.string().min(1),
  votes: z
    .array(z.object({ memberId: z.string().min(1), vote: z.enum(['FOR', 'AGAINST', 'ABSTAIN']), comment: z.string().trim().max(2000).optional() }))
    .min(1, 'votesRequired'),
});
export type RecordSocialOrderVotesInput = z.input<typeof recordSocialOrderVotesSchema>;

/**
 * The commission's vote on a lot's draft decision (the ranking of
 * compute-social-order-results.ts), recorded per member as the portal vote / protocol
 * (CM-2, L2574–2578): one DecisionVote per voting member (no delegation; the secretary
 * has no vote), adopted by a majority of ALL voting members, a FOR = AGAINST tie broken
 * by the chair's vote. Adopted: the decision may be published (publish-social-order-results.ts
 * moves the bids to WINNER / NOT_WINNER). Not adopted: the votes and the refusal are
 * recorded (Decision.comment = NOT_ADOPTED). The votes are final — a second recording is refused (`alreadyVoted`).
 */
export async function recordSocialOrderVotes(
  db: PrismaClient,
  actor: Actor,
  raw: RecordSocialOrderVotesInput,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<ServiceResult<{ tally: VoteTally }>> {
  const parsed = recordSocialOrderVotesSchema.safeParse(raw);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'invalidInput', { field: 'votes' });
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(
    async (tx) => {
      const d = await tx.decision.findUnique({
        where: { id: input.decisionId },
        select: {
          id: true, status: true, commissionId: true,
          competition: { select: { kind: true, status: true } },
          commission: { select: { status: true, members: { where: { removedAt: null }, select: { id: true, role: true, side: true, votingRight: true } } } },
          votes: { select: { id: true } },
                  },
      });
      if (!d || d.competition.kind !== 'SOCIAL_ORDER' || !d.commission) return refuse('decisionNotFound');
      if (!can(actor, 'manage', { type: 'competition', status: d.competition.status })) return refuse('forbidden');
      if (d.status !== 'DRAFT') return refuse('decisionNotDraft');
      if (d.commission.status !== 'APPROVED') return refuse('commissionNotApproved');
      if (d.votes.length > 0) return refuse('alreadyVoted');

      const voters = votingMembers(d.commission.members.map((m) => ({ ...m, operatorEmployee: false })));
      const chair = voters.find((m) => m.role === 'CHAIR');
      if (!chair) return refuse('noChair');
      const ids = voters.map((m) => m.id);
      const seen = new Set<string>();
      for (const v of input.votes) {
        if (!ids.includes(v.memberId)) return refuse('notAVotingMember', { field: 'votes', params: { memberId: v.memberId } });
        if (seen.has(v.memberId)) return refuse('duplicateVote', { field: 'votes', params: { memberId: v.memberId } });
        seen.add(v.memberId);
      }
      const tally = tallyVotes(ids, chair.id, input.votes); // CM-2

      await tx.decisionVote.createMany({
        data: input.votes.map((v) => ({ decisionId: d.id, memberId: v.memberId, vote: v.vote, comment: v.comment ?? null, castAt: now })),
      });
      await tx.decision.update({ where: { id: d.id }, data: { meetingAt: now, comment: tally.adopted ? null : 'NOT_ADOPTED' } });

      // The statuses (WINNER / NOT_WINNER) change when the results are published
      // (publish-social-order-results.ts), not before: the ranking stays sealed until then.
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: tally.adopted ? 'decision.adopted' : 'decision.not_adopted',
          object: { type: 'Decision', id: d.id },
          after: { tally, votes: input.votes },
        },
        context,
      );
      return { ok: true as const, tally };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
