/**
 * The protocol of the social-order commission's decision (stage 6, L2599–2620, CM-2
 * L2574–2578): what the commission decided, read from the DB, and the same content turned
 * into the translated, formatted strings of one language (kk or ru) that
 * lib/pdf/social-order-protocol.tsx lays out.
 *
 * Per lot: every submitted bid (NGO, BIN, bid price, the commission's score, the SO-1
 * discount, the conditional price, the rank — or "not admitted" with its reason: SO-2
 * dumping, SO-1 criterion 1 = 0, or the operator's admission comment), the winner and why
 * (lowest conditional price, or the market-experience tie-break when its conditional price
 * equals another's), each voting member's vote and the CM-2 result (majority of ALL voting
 * members, the chair's casting vote on a tie).
 *
 * The ranking stored by compute-social-order-results.ts is authoritative; a bid that has no
 * ranking row (knocked out) gets its score re-derived from the signed sheets with the same
 * pure aggregation (rank-applications.ts) so the protocol can say why.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { minimumNonDumpingPrice } from '@/lib/rules';
import type { SocialOrderProtocolPdfData } from '@/lib/pdf/social-order-protocol';
import { ADMITTED_STATUSES } from '../results/compute-results';
import { allocatedAmountOf } from './allocated';
import { votingMembers } from './commission-check';
import { rankSocialOrderLot } from './rank-applications';
import { socialOrderSettingsOf } from './settings';
import { tallyVotes, type VoteChoice, type VoteTally } from './vote-tally';

export type ExclusionCode = 'SO-1' | 'SO-2';

export interface SocialOrderProtocolBid {
  applicationId: string;
  organization: { nameKk: string; nameRu: string; bin: string };
  bidPriceKzt: bigint | null;
  marketExperienceYears: number | null;
  admitted: boolean;
  rank: number | null;
  /** The commission's whole-point score (rounded mean of the signed sheets); null when never scored. */
  score: number | null;
  discountPercent: number | null;
  conditionalPriceKzt: bigint | null;
  winner: boolean;
  /** SO-1 (criterion 1 = 0) / SO-2 (dumping) codes of a bid that left the competition. */
  exclusions: ExclusionCode[];
  /** Application.statusReason of a bid not admitted (may hold the operator's comment). */
  statusReason: string | null;
}

export interface SocialOrderProtocolMember {
  id: string;
  name: string;
  role: 'CHAIR' | 'DEPUTY' | 'MEMBER' | 'SECRETARY';
  votingRight: boolean;
  expertId: string | null;
  userId: string | null;
  removedAt: Date | null;
}

export interface SocialOrderProtocolLot {
  id: string;
  number: number;
  titleKk: string;
  titleRu: string;
  allocatedKzt: number | null;
  /** SO-2: the lowest bid that is not dumping. */
  minimumBidKzt: number | null;
  decisionId: string | null;
  outcome: 'HELD' | 'NOT_HELD' | null;
  bids: SocialOrderProtocolBid[];
  winner: { applicationId: string; basis: 'LOWEST_CONDITIONAL_PRICE' | 'MARKET_EXPERIENCE'; tiedWith: string[] } | null;
  /** One line per voting member (`vote: null` = did not vote). */
  votes: { memberId: string; name: string; role: SocialOrderProtocolMember['role']; vote: VoteChoice | null }[];
  tally: VoteTally | null;
  votedAt: Date | null;
}

export interface SocialOrderProtocol {
  competition: {
    id: string;
    code: string | null;
    status: string;
    titleKk: string;
    titleRu: string;
    customer: { nameKk: string; nameRu: string };
    allocatedKzt: bigint | null;
    dumpingPercent: number;
    prepaymentPercent: number;
    discountBands: { from: number; percent: number }[];
  };
  commission: { id: string; orderNumber: string | null; orderDate: Date | null; members: SocialOrderProtocolMember[] } | null;
  lots: SocialOrderProtocolLot[];
  /** Every lot has a decision and the commission's votes on it: the protocol can be drawn up. */
  votesRecorded: boolean;
}

/** Reads one social-order competition's decision protocol; null when there is no such social-order competition. */
export async function loadSocialOrderProtocol(db: PrismaClient, competitionId: string): Promise<SocialOrderProtocol | null> {
  const c = await db.competition.findUnique({
    where: { id: competitionId },
    select: {
      id: true, kind: true, code: true, status: true, titleKk: true, titleRu: true, allocatedKzt: true, prepaymentMaxPercent: true, dumpingPercent: true, settings: true,
      organizer: { select: { nameKk: true, nameRu: true } },
      lots: { orderBy: { number: 'asc' }, select: { id: true, number: true, titleKk: true, titleRu: true, budgetKzt: true } },
      commissions: {
        where: { purpose: 'SELECTION', status: 'APPROVED' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          id: true, orderNumber: true, orderDate: true,
          members: {
            orderBy: { appointedAt: 'asc' },
            select: { id: true, role: true, votingRight: true, expertId: true, userId: true, removedAt: true, user: { select: { name: true } }, expert: { select: { user: { select: { name: true } } } } },
          },
        },
      },
      decisions: {
        where: { lotId: { not: null } },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true, lotId: true, outcome: true, meetingAt: true, commissionId: true,
          votes: { select: { memberId: true, vote: true, castAt: true } },
          rankingRows: { select: { applicationId: true, rank: true, score: true, discountPercent: true, conditionalPriceKzt: true, winner: true } },
        },
      },
    },
  });
  if (!c || c.kind !== 'SOCIAL_ORDER') return null;
  const settings = socialOrderSettingsOf(c);
  const commissionRow = c.commissions[0] ?? null;
  const members: SocialOrderProtocolMember[] = (commissionRow?.members ?? []).map((m) => ({
    id: m.id,
    name: m.expert?.user.name ?? m.user?.name ?? '—',
    role: m.role,
    votingRight: m.votingRight,
    expertId: m.expertId,
    userId: m.userId,
    removedAt: m.removedAt,
  }));
  const current = members.filter((m) => m.removedAt === null);
  const voters = votingMembers(current.map((m) => ({ ...m, side: 'STATE' as const, operatorEmployee: false })));
  const chair = voters.find((m) => m.role === 'CHAIR') ?? null;

  const applications = await db.application.findMany({
    where: { competitionId: c.id, submittedAt: { not: null }, withdrawnAt: null },
    orderBy: { submittedAt: 'asc' },
    select: { id: true, lotId: true, status: true, statusReason: true, bidPriceKzt: true, marketExperienceYears: true, organization: { select: { nameKk: true, nameRu: true, bin: true } } },
  });
  const sheets = commissionRow
    ? await db.scoreSheet.findMany({
        where: { commissionId: commissionRow.id, status: 'SIGNED', total: { not: null }, applicationId: { in: applications.map((a) => a.id) } },
        select: { applicationId: true, total: true, scores: { select: { criterionId: true, value: true } } },
      })
    : [];

  const lots: SocialOrderProtocolLot[] = c.lots.map((lot) => {
    const allocated = allocatedAmountOf(lot, c);
    const decision = c.decisions.find((d) => d.lotId === lot.id) ?? null;
    const apps = applications.filter((a) => a.lotId === lot.id);
    // SO-1 / SO-2 re-derived from the sheets, only for bids the stored ranking does not hold.
    const derived =
      allocated !== null
        ? rankSocialOrderLot(
            apps.filter((a) => a.bidPriceKzt !== null).map((a) => ({ id: a.id, bidPriceKzt: Number(a.bidPriceKzt), marketExperienceYears: a.marketExperienceYears ?? 0 })),
            sheets.map((s) => ({ applicationId: s.applicationId, total: s.total ?? 0, scores: Object.fromEntries(s.scores.map((x) => [x.criterionId, x.value])) })),
            allocated,
            settings,
          ).rows
        : [];
    const bids: SocialOrderProtocolBid[] = apps.map((a) => {
      const row = decision?.rankingRows.find((r) => r.applicationId === a.id) ?? null;
      const d = derived.find((r) => r.applicationId === a.id) ?? null;
      const reason = a.statusReason ?? '';
      const exclusions: ExclusionCode[] = [];
      if (reason.includes('SO-1') || (!row && d?.excludedFor.includes('NOT_CONFORMING'))) exclusions.push('SO-1');
      if (reason.includes('SO-2') || (!row && d?.excludedFor.includes('DUMPING'))) exclusions.push('SO-2');
      const admitted = row !== null || (ADMITTED_STATUSES.has(a.status) && exclusions.length === 0);
      return {
        applicationId: a.id,
        organization: a.organization,
        bidPriceKzt: a.bidPriceKzt,
        marketExperienceYears: a.marketExperienceYears,
        admitted,
        rank: row?.rank ?? null,
        score: row ? Number(row.score) : (d?.totalScore ?? null),
        discountPercent: row ? row.discountPercent : (d?.discountPercent ?? null),
        conditionalPriceKzt: row ? row.conditionalPriceKzt : null,
        winner: row?.winner ?? false,
        exclusions: admitted ? [] : exclusions,
        statusReason: admitted ? null : a.statusReason,
      };
    });
    bids.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity));
    const w = bids.find((b) => b.winner) ?? null;
    // SO-1: the lowest conditional price wins; an equal conditional price goes to more market experience.
    const tiedWith = w ? bids.filter((b) => b !== w && b.rank !== null && b.conditionalPriceKzt !== null && b.conditionalPriceKzt === w.conditionalPriceKzt).map((b) => b.applicationId) : [];
    const cast = new Map((decision?.votes ?? []).map((v) => [v.memberId, v.vote]));
    const ids = voters.map((m) => m.id);
    const recorded = (decision?.votes.length ?? 0) > 0;
    return {
      id: lot.id,
      number: lot.number,
      titleKk: lot.titleKk,
      titleRu: lot.titleRu,
      allocatedKzt: allocated,
      minimumBidKzt: allocated !== null ? minimumNonDumpingPrice(allocated, settings.dumpingShare) : null, // SO-2
      decisionId: decision?.id ?? null,
      outcome: decision?.outcome ?? null,
      bids,
      winner: w ? { applicationId: w.applicationId, basis: tiedWith.length > 0 ? 'MARKET_EXPERIENCE' : 'LOWEST_CONDITIONAL_PRICE', tiedWith } : null,
      votes: voters.map((m) => ({ memberId: m.id, name: m.name, role: m.role, vote: cast.get(m.id) ?? null })),
      // CM-2: a majority of ALL voting members, the chair's vote breaks a tie.
      tally:
        recorded && chair
          ? tallyVotes(ids, chair.id, (decision?.votes ?? []).filter((v) => ids.includes(v.memberId)).map((v) => ({ memberId: v.memberId, vote: v.vote })))
          : null,
      votedAt: recorded ? (decision?.meetingAt ?? decision?.votes[0]?.castAt ?? null) : null,
    };
  });

  return {
    competition: {
      id: c.id,
      code: c.code,
      status: c.status,
      titleKk: c.titleKk,
      titleRu: c.titleRu,
      customer: c.organizer,
      allocatedKzt: c.allocatedKzt,
      dumpingPercent: Math.round(settings.dumpingShare * 100),
      prepaymentPercent: Math.min(c.prepaymentMaxPercent ?? 50, 50), // MO-1: at most 50%
      discountBands: settings.discountBands.map((b) => ({ from: b.from, percent: Math.round(b.rate * 100) })),
    },
    commission: commissionRow ? { id: commissionRow.id, orderNumber: commissionRow.orderNumber, orderDate: commissionRow.orderDate, members } : null,
    lots,
    votesRecorded: lots.length > 0 && lots.every((l) => l.decisionId !== null && l.tally !== null),
  };
}

export interface SocialOrderProtocolFormat {
  locale: 'kk' | 'ru';
  /** Translations of the `socialOrder.protocol` namespace in that language. */
  t: (key: string, values?: Record<string, string | number>) => string;
  money: (v: bigint | number | null) => string;
  dateTime: (d: Date) => string;
  /** A calendar day stored as a @db.Date (UTC midnight). */
  day: (d: Date) => string;
}

/** The protocol's strings in one language. Pure. */
export function socialOrderProtocolData(p: SocialOrderProtocol, f: SocialOrderProtocolFormat): SocialOrderProtocolPdfData {
  const { t } = f;
  const text = (kk?: string | null, ru?: string | null) => (f.locale === 'kk' ? kk || ru : ru || kk) ?? '';
  const c = p.competition;
  const members = (p.commission?.members ?? []).filter((m) => m.removedAt === null);
  const chair = members.find((m) => m.role === 'CHAIR');
  const secretary = members.find((m) => m.role === 'SECRETARY');
  const bands = c.discountBands.map((b) => t('band', { from: b.from, percent: b.percent })).join('; ');
  const order = p.commission?.orderNumber ? (p.commission.orderDate ? `${p.commission.orderNumber}, ${f.day(p.commission.orderDate)}` : p.commission.orderNumber) : null;
  const reason = (b: SocialOrderProtocolBid) => {
    const parts = [...(b.exclusions.includes('SO-2') ? [t('reasons.dumping')] : []), ...(b.exclusions.includes('SO-1') ? [t('reasons.knockout')] : [])];
    // The operator's own admission comment, without the codes already spelled out.
    const comment = (b.statusReason ?? '').replace(/SO-[12](,\s*)?/g, '').replace(/^[:\s,]+/, '').trim();
    if (comment) parts.push(comment);
    return parts.length > 0 ? parts.join('; ') : '—';
  };
  return {
    locale: f.locale,
    heading: t('heading'),
    competition: text(c.titleKk, c.titleRu),
    meta: [
      ...(c.code ? [{ label: t('code'), value: c.code }] : []),
      { label: t('customer'), value: text(c.customer.nameKk, c.customer.nameRu) },
      { label: t('allocated'), value: f.money(c.allocatedKzt) },
      { label: t('dumping'), value: t('dumpingValue', { percent: c.dumpingPercent }) },
      { label: t('prepayment'), value: t('prepaymentValue', { percent: c.prepaymentPercent }) },
      { label: t('discount'), value: bands },
      { label: t('winnerRule'), value: t('winnerRuleValue') },
      ...(order ? [{ label: t('order'), value: order }] : []),
    ],
    membersTitle: t('members'),
    memberColumns: { name: t('memberName'), role: t('memberRole') },
    members: members.map((m) => ({ name: m.name, role: t(`roles.${m.votingRight ? m.role : 'SECRETARY'}`) })),
    lotsTitle: t('lots'),
    bidColumns: { rank: t('columns.rank'), ngo: t('columns.ngo'), bid: t('columns.bid'), score: t('columns.score'), discount: t('columns.discount'), conditional: t('columns.conditional'), admission: t('columns.admission') },
    votesTitle: t('votesTitle'),
    voteColumns: { member: t('memberName'), vote: t('columns.vote') },
    lots: p.lots.map((lot) => {
      const w = lot.winner ? lot.bids.find((b) => b.applicationId === lot.winner!.applicationId) : undefined;
      const tally = lot.tally;
      return {
        title: t('lot', { number: lot.number, title: text(lot.titleKk, lot.titleRu) }),
        info: lot.allocatedKzt !== null && lot.minimumBidKzt !== null ? t('lotInfo', { allocated: f.money(lot.allocatedKzt), minimum: f.money(lot.minimumBidKzt) }) : '',
        bids: lot.bids.map((b) => ({
          rank: b.rank !== null ? String(b.rank) : '—',
          ngo: text(b.organization.nameKk, b.organization.nameRu),
          bin: t('bin', { bin: b.organization.bin }),
          bid: f.money(b.bidPriceKzt),
          score: b.score !== null ? String(b.score) : '—',
          discount: b.admitted && b.discountPercent !== null ? t('percent', { value: b.discountPercent }) : '—',
          conditional: b.conditionalPriceKzt !== null ? f.money(b.conditionalPriceKzt) : '—',
          admission: b.admitted ? (b.winner ? t('admittedWinner') : t('admitted')) : t('notAdmitted', { reason: reason(b) }),
        })),
        winner: w ? t('winner', { ngo: text(w.organization.nameKk, w.organization.nameRu), bid: f.money(w.bidPriceKzt), conditional: f.money(w.conditionalPriceKzt) }) : t('noWinner'),
        basis: !w || !lot.winner
          ? null
          : lot.winner.basis === 'LOWEST_CONDITIONAL_PRICE'
            ? t('basisLowest')
            : t('basisTieBreak', {
                others: lot.bids.filter((b) => lot.winner!.tiedWith.includes(b.applicationId)).map((b) => text(b.organization.nameKk, b.organization.nameRu)).join(', '),
                years: w.marketExperienceYears ?? 0,
              }),
        votes: lot.votes.map((v) => ({ member: v.role === 'CHAIR' ? `${v.name} (${t('roles.CHAIR')})` : v.name, vote: t(`vote.${v.vote ?? 'NONE'}`) })),
        votedAt: lot.votedAt ? t('votedAt', { at: f.dateTime(lot.votedAt) }) : '',
        tally: tally ? t('tally', { members: tally.members, for: tally.for, against: tally.against, abstain: tally.abstain, notVoted: tally.notVoted }) : '',
        result: !tally ? '' : tally.adopted ? (tally.castingVoteUsed ? t('adoptedCasting') : t('adopted')) : tally.castingVoteUsed ? t('notAdoptedCasting') : t('notAdopted'),
      };
    }),
    signatures: [
      { role: t('roles.CHAIR'), name: chair?.name ?? '' },
      { role: t('roles.SECRETARY'), name: secretary?.name ?? '' },
    ],
    page: (page, total) => t('page', { page, total }),
  };
}
