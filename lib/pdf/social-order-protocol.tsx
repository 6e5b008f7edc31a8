import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { registerPdfFonts } from './fonts';
import { PageFooter, SignatureLines, officialStyles } from './official-layout';

/**
 * The protocol of the state social order commission's decision (stage 6, L2599–2620, CM-2
 * L2574–2578) in Kazakh or Russian: the competition (customer, allocated amount, SO-2
 * dumping threshold, MO-1 prepayment cap, SO-1 discount bands), the commission, per lot
 * every bid with its score, discount, conditional price, rank or the reason it was not
 * admitted, the winner and why, each member's vote and the result. Every text arrives
 * already translated and formatted (lib/services/social-order/decision-protocol-data.ts);
 * the document only lays it out, in the layout of protocol-document.tsx.
 */
export interface SocialOrderProtocolBidRow {
  rank: string;
  ngo: string;
  bin: string;
  bid: string;
  score: string;
  discount: string;
  conditional: string;
  admission: string;
}

export interface SocialOrderProtocolPdfLot {
  title: string;
  info: string;
  bids: SocialOrderProtocolBidRow[];
  winner: string;
  basis: string | null;
  votes: { member: string; vote: string }[];
  votedAt: string;
  tally: string;
  result: string;
}

export interface SocialOrderProtocolPdfData {
  locale: 'kk' | 'ru';
  heading: string;
  competition: string;
  meta: { label: string; value: string }[];
  membersTitle: string;
  memberColumns: { name: string; role: string };
  members: { name: string; role: string }[];
  lotsTitle: string;
  bidColumns: { rank: string; ngo: string; bid: string; score: string; discount: string; conditional: string; admission: string };
  votesTitle: string;
  voteColumns: { member: string; vote: string };
  lots: SocialOrderProtocolPdfLot[];
  signatures: { role: string; name: string }[];
  page: (page: number, total: number) => string;
}

const s = { ...officialStyles, ...StyleSheet.create({ heading: { ...officialStyles.heading, fontSize: 14 }, strong: { marginBottom: 3, fontWeight: 'bold' } }) };

const BID_COLUMNS = ['rank', 'ngo', 'bid', 'score', 'discount', 'conditional', 'admission'] as const;
const BID_WIDTHS = { rank: '6%', ngo: '27%', bid: '14%', score: '7%', discount: '8%', conditional: '14%', admission: '24%' } as const;

/** A bordered table whose rows never split; the header may repeat on the next page (the ranking's, as in protocol-document.tsx). */
function Table({ columns, rows, repeatHeader = false }: { columns: { label: string; width: string }[]; rows: string[][]; repeatHeader?: boolean }) {
  return (
    <View style={s.table}>
      <View style={s.tr} fixed={repeatHeader}>
        {columns.map((c, i) => (
          <Text key={i} style={[s.th, { width: c.width }]}>{c.label}</Text>
        ))}
      </View>
      {rows.map((row, ri) => (
        <View key={ri} style={s.tr} wrap={false}>
          {row.map((v, i) => (
            <Text key={i} style={[s.td, { width: columns[i]?.width ?? '10%' }]}>{v}</Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export function SocialOrderProtocolDocument({ data }: { data: SocialOrderProtocolPdfData }) {
  return (
    <Document title={`${data.heading} — ${data.competition}`} language={data.locale}>
      <Page size="A4" style={s.page}>
        <Text style={s.heading}>{data.heading}</Text>
        <Text style={s.subheading}>{data.competition}</Text>
        <View style={s.meta}>
          {data.meta.map((m, i) => (
            <View key={i} style={s.metaRow}>
              <Text style={s.metaLabel}>{m.label}</Text>
              <Text style={s.metaValue}>{m.value}</Text>
            </View>
          ))}
        </View>

        <Text style={s.h2}>{data.membersTitle}</Text>
        <Table
          columns={[{ label: data.memberColumns.name, width: '60%' }, { label: data.memberColumns.role, width: '40%' }]}
          rows={data.members.map((m) => [m.name, m.role])}
        />

        <Text style={s.h2}>{data.lotsTitle}</Text>
        {data.lots.map((lot, li) => (
          <View key={li}>
            <Text style={s.h3}>{lot.title}</Text>
            {lot.info && <Text style={s.p}>{lot.info}</Text>}
            {lot.bids.length > 0 && (
              <Table
                repeatHeader
                columns={BID_COLUMNS.map((c) => ({ label: data.bidColumns[c], width: BID_WIDTHS[c] }))}
                rows={lot.bids.map((b) => BID_COLUMNS.map((c) => (c === 'ngo' ? `${b.ngo}\n${b.bin}` : b[c])))}
              />
            )}
            <Text style={s.strong}>{lot.winner}</Text>
            {lot.basis && <Text style={s.p}>{lot.basis}</Text>}
            <View wrap={false}>
              <Text style={s.h3}>{data.votesTitle}</Text>
              {lot.votedAt && <Text style={s.p}>{lot.votedAt}</Text>}
              <Table
                columns={[{ label: data.voteColumns.member, width: '60%' }, { label: data.voteColumns.vote, width: '40%' }]}
                rows={lot.votes.map((v) => [v.member, v.vote])}
              />
              <Text style={s.p}>{lot.tally}</Text>
              <Text style={s.strong}>{lot.result}</Text>
            </View>
          </View>
        ))}

        <SignatureLines signatures={data.signatures} />
        <PageFooter page={data.page} />
      </Page>
    </Document>
  );
}

/** The protocol PDF as bytes (starts with %PDF). */
export async function renderSocialOrderProtocolPdf(data: SocialOrderProtocolPdfData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<SocialOrderProtocolDocument data={data} />);
}
