import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY, registerPdfFonts } from './fonts';

/**
 * The diploma of an award laureate (AW-9, AW-10) in Kazakh or Russian, A4 landscape: the
 * heading, the organisation, the direction, the award year and amount, the diploma number
 * and the signature line. Every text arrives already translated and formatted.
 */
export interface AwardDiplomaPdfData {
  locale: 'kk' | 'ru';
  heading: string;
  subtitle: string;
  awardedTo: string;
  organization: string;
  bin: string;
  direction: string;
  amount: string;
  number: string;
  date: string;
  signatureRole: string;
}

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, padding: 36, color: '#0f172a' },
  frame: { flexGrow: 1, borderWidth: 3, borderColor: '#1d4ed8', padding: 36, alignItems: 'center', justifyContent: 'center' },
  heading: { fontSize: 40, fontWeight: 'bold', letterSpacing: 4, marginBottom: 10, color: '#1e3a8a' },
  subtitle: { fontSize: 14, textAlign: 'center', marginBottom: 24, color: '#334155' },
  awardedTo: { fontSize: 12, marginBottom: 8, color: '#475569' },
  organization: { fontSize: 22, fontWeight: 'bold', textAlign: 'center', marginBottom: 4 },
  bin: { fontSize: 10, color: '#475569', marginBottom: 18 },
  line: { fontSize: 12, textAlign: 'center', marginBottom: 6 },
  footer: { flexDirection: 'row', width: '100%', marginTop: 36, alignItems: 'flex-end' },
  footerLeft: { width: '40%', fontSize: 10, color: '#334155' },
  signRole: { width: '35%', fontSize: 10, textAlign: 'right' },
  signLine: { width: '25%', borderBottomWidth: 1, borderBottomColor: '#0f172a', marginLeft: 8, height: 14 },
});

export function AwardDiplomaDocument({ data }: { data: AwardDiplomaPdfData }) {
  return (
    <Document title={`${data.number} — ${data.organization}`} language={data.locale}>
      <Page size="A4" orientation="landscape" style={s.page}>
        <View style={s.frame}>
          <Text style={s.heading}>{data.heading}</Text>
          <Text style={s.subtitle}>{data.subtitle}</Text>
          <Text style={s.awardedTo}>{data.awardedTo}</Text>
          <Text style={s.organization}>{data.organization}</Text>
          <Text style={s.bin}>{data.bin}</Text>
          <Text style={s.line}>{data.direction}</Text>
          <Text style={s.line}>{data.amount}</Text>
          <View style={s.footer}>
            <Text style={s.footerLeft}>
              {data.number}
              {'\n'}
              {data.date}
            </Text>
            <Text style={s.signRole}>{data.signatureRole}</Text>
            <View style={s.signLine} />
          </View>
        </View>
      </Page>
    </Document>
  );
}

/** The diploma PDF as bytes (starts with %PDF). */
export async function renderAwardDiplomaPdf(data: AwardDiplomaPdfData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<AwardDiplomaDocument data={data} />);
}
