import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY, registerPdfFonts } from './fonts';

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

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9, paddingTop: 36, paddingBottom: 56, paddingHorizontal: 40, lineHeight: 1.35, color: '#0f172a' },
  heading: { fontSize: 14, textAlign: 'center', marginBottom: 4 },
  subheading: { fontSize: 11, textAlign: 'center', marginBottom: 12, color: '#334155' },
  meta: { borderWidth: 1, borderColor: '#cbd5e1', marginBottom: 12 },
  metaRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#e2e8f0' },
  metaLabel: { width: '32%', padding: 4, backgroundColor: '#f1f5f9', color: '#334155' },
  metaValue: { width: '68%', padding: 4 },
  table: { borderWidth: 1, borderColor: '#cbd5e1', marginBottom: 8 },
  tr: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#e2e8f0' },
  th: { padding: 3, backgroundColor: '#f1f5f9', color: '#334155', fontSize: 8 },
  td: { padding: 3, fontSize: 8 },
  p: { marginBottom: 3 },
  h2: { fontSize: 11, marginTop: 8, marginBottom: 4 },
  sign: { flexDirection: 'row', marginTop: 24 },
  signRole: { width: '40%' },
  signLine: { width: '30%', borderBottomWidth: 1, borderBottomColor: '#0f172a', marginHorizontal: 8 },
  signName: { width: '30%' },
  footer: { position: 'absolute', bottom: 24, left: 40, right: 40, fontSize: 8, color: '#64748b', textAlign: 'center' },
});

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
        <View style={s.sign} wrap={false}>
          <Text style={s.signRole}>{data.signature.role}</Text>
          <View style={s.signLine} />
          <Text style={s.signName}>{data.signature.name}</Text>
        </View>
        <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => data.page(pageNumber, totalPages)} />
      </Page>
    </Document>
  );
}

/** The report PDF as bytes (starts with %PDF). */
export async function renderDiscussionReportPdf(data: DiscussionReportPdfData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<DiscussionReportDocument data={data} />);
}
