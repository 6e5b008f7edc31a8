import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf, almatyInstant, compareIsoDates } from '@/lib/rules';
import type { ServiceError } from '../result';
import { meetingInputSchema, type MeetingFormValues } from './meeting-input';
import { resultsRole } from './results-access';

export interface RecordMeetingOptions {
  now?: () => Date;
}

export type RecordMeetingResult = { ok: true; meetingId: string; version: number } | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}): { ok: false; error: ServiceError; fieldErrors: Record<string, string> } => ({
  ok: false,
  error: { code, ...extra },
  fieldErrors: extra.field ? { [extra.field]: code } : {},
});

/**
 * The commission meeting record (grants stage 5, L1034–1035: the scores are discussed and
 * the commission decides): date and place, protocol number and date, each member present or
 * absent, and per lot the decision's comment and each present voting member's vote
 * (for / against / abstain). Operator staff (the secretary's work) while the competition is
 * at its COMMISSION_MEETING; editable until the results are published. Optimistic lock on
 * CommissionMeeting.version. Audited in the same transaction.
 */
export async function recordMeeting(
  db: PrismaClient,
  actor: Actor,
  rawInput: MeetingFormValues,
  context: RequestContext,
  options: RecordMeetingOptions = {},
): Promise<RecordMeetingResult> {
  const parsed = meetingInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || 'form'] ??= issue.message;
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(
    async (tx) => {
      const competition = await tx.competition.findUnique({
        where: { id: input.competitionId },
        select: {
          id: true,
          status: true,
          commissions: {
            where: { purpose: 'SELECTION', status: 'APPROVED' },
            orderBy: { createdAt: 'desc' },
            take: 1,
            select: {
              id: true,
              meeting: { select: { id: true, version: true } },
              members: { where: { removedAt: null }, select: { id: true, role: true, userId: true, expertId: true, removedAt: true, votingRight: true } },
            },
          },
          decisions: { where: { lotId: { not: null } }, select: { id: true, status: true } },
        },
      });
      if (!competition) return refused('competitionNotFound');
      const commission = competition.commissions[0];
      if (resultsRole(actor, competition, commission?.members ?? []) !== 'staff') return refused('forbidden');
      if (competition.status !== 'COMMISSION_MEETING') return refused('notAtMeeting', { params: { status: competition.status } });
      if (!commission) return refused('noApprovedCommission');

      // Dates: the meeting happened (server clock), the protocol is dated on or after it.
      const heldAt = almatyInstant(input.heldAt.slice(0, 10), input.heldAt.slice(11));
      if (heldAt.getTime() > now.getTime()) return refused('heldAtFuture', { field: 'heldAt' });
      if (compareIsoDates(input.protocolDate, almatyDateOf(heldAt)) < 0) return refused('protocolBeforeMeeting', { field: 'protocolDate' });

      const members = new Map(commission.members.map((m) => [m.id, m]));
      const present = new Set<string>();
      for (const a of input.attendance) {
        if (!members.has(a.memberId)) return refused('unknownMember');
        if (a.present) present.add(a.memberId);
      }
      if (present.size === 0) return refused('nobodyPresent', { field: 'attendance' });

      const decisions = new Map(competition.decisions.map((d) => [d.id, d]));
      for (const d of input.decisions) {
        const stored = decisions.get(d.decisionId);
        if (!stored) return refused('unknownDecision');
        if (stored.status !== 'DRAFT') return refused('alreadyPublished');
        for (const v of d.votes) {
          if (v.vote === '') continue;
          const m = members.get(v.memberId);
          if (!m) return refused('unknownMember');
          // Only a member present at the meeting with a voting right votes (the secretary has none).
          if (!m.votingRight) return refused('noVotingRight', { field: `votes.${d.decisionId}.${v.memberId}` });
          if (!present.has(v.memberId)) return refused('voteOfAbsent', { field: `votes.${d.decisionId}.${v.memberId}` });
        }
      }

      const existing = commission.meeting;
      if ((existing?.version ?? -1) !== input.expectedVersion) return refused('staleMeeting');
      const data = {
        heldAt,
        place: input.place,
        protocolNumber: input.protocolNumber,
        protocolDate: new Date(`${input.protocolDate}T00:00:00.000Z`),
        notes: input.notes.length > 0 ? input.notes : null,
        recordedById: actor.id,
      };
      let meetingId: string;
      let version: number;
      if (existing) {
        const updated = await tx.commissionMeeting.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
        if (updated.count !== 1) return refused('staleMeeting');
        meetingId = existing.id;
        version = existing.version + 1;
        await tx.commissionMeetingAttendance.deleteMany({ where: { meetingId } });
      } else {
        const created = await tx.commissionMeeting.create({ data: { ...data, commissionId: commission.id }, select: { id: true, version: true } });
        meetingId = created.id;
        version = created.version;
      }
      await tx.commissionMeetingAttendance.createMany({
        data: commission.members.map((m) => ({ meetingId, memberId: m.id, present: present.has(m.id) })),
      });

      for (const d of input.decisions) {
        await tx.decision.update({
          where: { id: d.decisionId },
          data: { comment: d.comment.length > 0 ? d.comment : null, meetingAt: heldAt, protocolNumber: input.protocolNumber, protocolDate: data.protocolDate },
        });
        await tx.decisionVote.deleteMany({ where: { decisionId: d.decisionId } });
        const votes = d.votes.flatMap((v) => (v.vote === '' ? [] : [{ decisionId: d.decisionId, memberId: v.memberId, vote: v.vote, castAt: heldAt }]));
        if (votes.length > 0) await tx.decisionVote.createMany({ data: votes });
      }

      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: existing ? 'commission.meeting_updated' : 'commission.meeting_recorded',
          object: { type: 'CommissionMeeting', id: meetingId },
          before: existing ? { version: existing.version } : null,
          after: {
            ...data,
            version,
            present: [...present],
            decisions: input.decisions.map((d) => ({ id: d.decisionId, comment: d.comment, votes: d.votes.filter((v) => v.vote !== '') })),
          },
        },
        context,
      );
      return { ok: true as const, meetingId, version };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
