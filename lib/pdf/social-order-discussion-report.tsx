import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { registerPdfFonts } from './fonts';
import { PageFooter, SignatureLines, officialStyles } from './official-layout';

/**
 * F-5.1 "Report on the completion of the public discussion of the social-order topics"
 * (L2486–2511) in Kazakh or Russian: per comment the planned topic, the short content, the
 * state body's conclusion and the rejection justification; the accepted / rejected totals;
 * the late comments (not considered, L2514–2516). Every text arrives translated and
 * formatted; the document only lays it out (the pattern of protocol-document.tsx).
 */
export interface DiscussionReportPdfData {
  locale: 'kk' | 'ru';
  heading: string;
  plan: string;
  meta: { label: string; value: string }[];
  columns: { number: string; topic: string; comment: string; conclusion: string; justification: string };
  rows: { number: string; topic: string; comment: string; conclusion: string; justification: string }[];
  empty: string | null;
  totals: string;
  lateTitle: string | null;
  late: string[];
  signature: { role: string; name: string };
  page: (page: number, total: number) => string;
}

// The report's own spacing: a smaller heading, looser tables, more room to sign.
const s = {
  ...officialStyles,
  ...StyleSheet.create({
    heading: { ...officialStyles.heading, fontSize: 14 },
    table: { ...officialStyles.table, marginBottom: 8 },
    h2: { fontSize: 11, marginTop: 8, marginBottom: 4 },
    sign: { ...officialStyles.sign, marginTop: 24 },
  }),
};

const widths = { number: '6%', topic: '22%', comment: '32%', conclusion: '14%', justification: '26%' } as const;
const cols = ['number', 'topic', 'comment', 'conclusion', 'justification'] as const;

export function DiscussionReportDocument({ data }: { data: DiscussionReportPdfData }) {
  return (
    <Document title={data.heading} language={data.locale}>
      <Page size="A4" style={s.page}>
        <Text style={s.heading}>{data.heading}</Text>
        <Text style={s.subheading}>{data.plan}</Text>
        <View style={s.meta}>
          {data.meta.map((m, i) => (
            <View key={i} style={s.metaRow}>
              <Text style={s.metaLabel}>{m.label}</Text>
              <Text style={s.metaValue}>{m.value}</Text>
            </View>
          ))}
        </View>
        {data.empty ? (
          <Text style={s.p}>{data.empty}</Text>
        ) : (
          <View style={s.table}>
            <View style={s.tr} fixed>
              {cols.map((c) => (
                <Text key={c} style={[s.th, { width: widths[c] }]}>{data.columns[c]}</Text>
              ))}
            </View>
            {data.rows.map((r, i) => (
              <View key={i} style={s.tr} wrap={false}>
                {cols.map((c) => (
                  <Text key={c} style={[s.td, { width: widths[c] }]}>{r[c]}</Text>
                ))}
              </View>
            ))}
          </View>
        )}
        <Text style={s.p}>{data.totals}</Text>
        {data.lateTitle && (
          <>
            <Text style={s.h2}>{data.lateTitle}</Text>
            {data.late.map((l, i) => (
              <Text key={i} style={s.td}>{l}</Text>
            ))}
          </>
        )}
        <SignatureLines signatures={[data.signature]} signStyle={s.sign} />
        <PageFooter page={data.page} />
      </Page>
    </Document>
  );
}

/** The report PDF as bytes (starts with %PDF). */
export async function renderDiscussionReportPdf(data: DiscussionReportPdfData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<DiscussionReportDocument data={data} />);
}
