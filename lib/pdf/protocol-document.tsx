import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { registerPdfFonts } from './fonts';
import { PageFooter, SignatureLines, officialStyles } from './official-layout';

/**
 * The protocol of the commission meeting (хаттама / протокол, grants stage 5, L1034–1036) in
 * Kazakh or Russian: the meeting's date and place, the commission with its attendance, per
 * lot the decision (held / not held with the SC-4 reason), the ranking (SC-2/3/5) and the
 * votes, and the signature lines of the chair and the secretary. Every text arrives already
 * translated and formatted; the document only lays it out.
 */

export interface ProtocolLot {
  title: string;
  budget: string;
  decision: string;
  comment: string | null;
  rows: { rank: string; ngo: string; bin: string; score: string; experts: string; requested: string; awarded: string; winner: string }[];
  tally: string;
  votes: { member: string; vote: string }[];
}

export interface ProtocolData {
  locale: 'kk' | 'ru';
  heading: string;
  competition: string;
  meta: { label: string; value: string }[];
  membersTitle: string;
  members: { name: string; role: string; attendance: string }[];
  memberColumns: { name: string; role: string; attendance: string };
  lotsTitle: string;
  rankingColumns: { rank: string; ngo: string; score: string; experts: string; requested: string; awarded: string; winner: string };
  votesTitle: string;
  lots: ProtocolLot[];
  notesTitle: string;
  notes: string | null;
  signatures: { role: string; name: string }[];
  page: (page: number, total: number) => string;
}

const s = officialStyles;

const RANK_WIDTHS = ['7%', '31%', '10%', '8%', '16%', '16%', '12%'];

export function ProtocolDocument({ data }: { data: ProtocolData }) {
  const r = data.rankingColumns;
  return (
    <Document title={`${data.heading} — ${data.competition}`} language={data.locale}>
      <Page size="A4" style={s.page}>
        <Text style={s.heading}>{data.heading}</Text>
        <Text style={s.subheading}>{data.competition}</Text>
        <View style={s.meta}>
          {data.meta.map((m) => (
            <View key={m.label} style={s.metaRow}>
              <Text style={s.metaLabel}>{m.label}</Text>
              <Text style={s.metaValue}>{m.value}</Text>
            </View>
          ))}
        </View>

        <Text style={s.h2}>{data.membersTitle}</Text>
        <View style={s.table}>
          <View style={s.tr}>
            <Text style={[s.th, { width: '50%' }]}>{data.memberColumns.name}</Text>
            <Text style={[s.th, { width: '30%' }]}>{data.memberColumns.role}</Text>
            <Text style={[s.th, { width: '20%' }]}>{data.memberColumns.attendance}</Text>
          </View>
          {data.members.map((m, i) => (
            <View key={i} style={s.tr} wrap={false}>
              <Text style={[s.td, { width: '50%' }]}>{m.name}</Text>
              <Text style={[s.td, { width: '30%' }]}>{m.role}</Text>
              <Text style={[s.td, { width: '20%' }]}>{m.attendance}</Text>
            </View>
          ))}
        </View>

        <Text style={s.h2}>{data.lotsTitle}</Text>
        {data.lots.map((lot, li) => (
          <View key={li}>
            <Text style={s.h3}>{lot.title}</Text>
            <Text style={s.p}>{lot.budget}</Text>
            <Text style={s.p}>{lot.decision}</Text>
            {lot.comment && <Text style={s.p}>{lot.comment}</Text>}
            {lot.rows.length > 0 && (
              <View style={s.table}>
                <View style={s.tr} fixed>
                  {[r.rank, r.ngo, r.score, r.experts, r.requested, r.awarded, r.winner].map((h, i) => (
                    <Text key={i} style={[s.th, { width: RANK_WIDTHS[i] }]}>
                      {h}
                    </Text>
                  ))}
                </View>
                {lot.rows.map((row, ri) => (
                  <View key={ri} style={s.tr} wrap={false}>
                    {[row.rank, `${row.ngo}\n${row.bin}`, row.score, row.experts, row.requested, row.awarded, row.winner].map((v, i) => (
                      <Text key={i} style={[s.td, { width: RANK_WIDTHS[i] }]}>
                        {v}
                      </Text>
                    ))}
                  </View>
                ))}
              </View>
            )}
            <Text style={s.p}>
              {data.votesTitle}: {lot.tally}
            </Text>
            {lot.votes.map((v, vi) => (
              <Text key={vi} style={s.td}>
                {v.member} — {v.vote}
              </Text>
            ))}
          </View>
        ))}

        {data.notes && (
          <>
            <Text style={s.h2}>{data.notesTitle}</Text>
            <Text style={s.p}>{data.notes}</Text>
          </>
        )}

        <SignatureLines signatures={data.signatures} />
        <PageFooter page={data.page} />
      </Page>
    </Document>
  );
}

/** The protocol PDF as bytes (starts with %PDF). */
export async function renderProtocolPdf(data: ProtocolData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<ProtocolDocument data={data} />);
}
