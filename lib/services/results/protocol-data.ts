/**
 * The protocol's content in one language (kk or ru): the results view (ranking, decisions,
 * meeting, attendance, votes) turned into the translated, formatted strings the PDF lays out.
 */
import type { ProtocolData } from '@/lib/pdf/protocol-document';
import type { ResultsView } from './results-view';

export interface ProtocolFormat {
  locale: 'kk' | 'ru';
  /** Translations of the `results` namespace in that language. */
  t: (key: string, values?: Record<string, string | number>) => string;
  money: (v: bigint | null) => string;
  number: (v: number, digits?: number) => string;
  dateTime: (d: Date) => string;
  /** A calendar day stored as a @db.Date (UTC midnight). */
  day: (d: Date) => string;
}

export function protocolData(view: ResultsView, f: ProtocolFormat): ProtocolData {
  const { t } = f;
  const text = (kk?: string | null, ru?: string | null) => (f.locale === 'kk' ? kk || ru : ru || kk) ?? '';
  const meeting = view.commission?.meeting ?? null;
  const present = new Map((meeting?.attendance ?? []).map((a) => [a.memberId, a.present]));
  const nameOf = new Map(view.members.map((m) => [m.id, m.name]));
  const chair = view.members.find((m) => m.role === 'CHAIR');
  const secretary = view.members.find((m) => m.role === 'SECRETARY');
  const c = view.competition;
  const meta = [
    ...(c.code ? [{ label: t('protocol.code'), value: c.code }] : []),
    { label: t('protocol.organizer'), value: text(c.organizer.nameKk, c.organizer.nameRu) },
    ...(meeting
      ? [
          { label: t('meeting.heldAt'), value: f.dateTime(meeting.heldAt) },
          { label: t('meeting.place'), value: meeting.place },
          { label: t('meeting.protocolDate'), value: f.day(meeting.protocolDate) },
        ]
      : []),
    ...(view.commission?.orderNumber
      ? [{ label: t('protocol.order'), value: view.commission.orderDate ? `${view.commission.orderNumber}, ${f.day(view.commission.orderDate)}` : view.commission.orderNumber }]
      : []),
    { label: t('protocol.rules'), value: t('rankingIntro', { max: view.settings.maxScore, threshold: Math.round(view.settings.thresholdShare * 100), aggregation: view.settings.aggregation }) },
  ];
  return {
    locale: f.locale,
    heading: t('protocol.heading', { number: meeting?.protocolNumber ?? '—' }),
    competition: text(c.titleKk, c.titleRu),
    meta,
    membersTitle: t('protocol.members'),
    memberColumns: { name: t('meeting.member'), role: t('protocol.role'), attendance: t('meeting.attendance') },
    members: view.members.map((m) => ({
      name: m.name,
      role: t(`roles.${m.role}`),
      attendance: present.get(m.id) === true ? t('protocol.present') : present.get(m.id) === false ? t('protocol.absent') : '—',
    })),
    lotsTitle: t('protocol.decisions'),
    rankingColumns: {
      rank: t('columns.rank'),
      ngo: t('columns.ngo'),
      score: t('columns.score'),
      experts: t('columns.experts'),
      requested: t('columns.requested'),
      awarded: t('columns.awarded'),
      winner: t('columns.winner'),
    },
    votesTitle: t('protocol.votes'),
    lots: view.lots.map((lot) => {
      const d = lot.decision;
      const votes = d?.votes ?? [];
      return {
        title: `${t('lot', { number: lot.number })}. ${text(lot.titleKk, lot.titleRu)}`,
        budget: `${t('lotBudget', { budget: f.money(lot.budgetKzt) })} · ${t('lotAwarded', { awarded: f.money(lot.awardedKzt) })}`,
        decision: !d ? t('noDecision') : d.outcome === 'NOT_HELD' ? t('notHeld', { reason: t(`notHeldReasons.${d.notHeldReason ?? 'UNKNOWN'}`) }) : t('held'),
        comment: d?.comment ?? null,
        rows: lot.rows.map((r) => ({
          rank: String(r.rank),
          ngo: text(r.organization.nameKk, r.organization.nameRu),
          bin: t('bin', { bin: r.organization.bin }),
          score: f.number(r.score, 3),
          experts: String(r.expertsCount),
          requested: f.money(r.requestedKzt),
          awarded: f.money(r.awardedKzt),
          winner: r.winner ? t('winnerYes') : t('winnerNo'),
        })),
        tally: t('meeting.tally', {
          forCount: votes.filter((v) => v.vote === 'FOR').length,
          againstCount: votes.filter((v) => v.vote === 'AGAINST').length,
          abstainCount: votes.filter((v) => v.vote === 'ABSTAIN').length,
        }),
        votes: votes.map((v) => ({ member: nameOf.get(v.memberId) ?? '—', vote: t(`votes.${v.vote}`) })),
      };
    }),
    notesTitle: t('meeting.notes'),
    notes: meeting?.notes ?? null,
    signatures: [
      { role: t('roles.CHAIR'), name: chair?.name ?? '' },
      { role: t('roles.SECRETARY'), name: secretary?.name ?? '' },
    ],
    page: (page, total) => t('protocol.page', { page, total }),
  };
}
