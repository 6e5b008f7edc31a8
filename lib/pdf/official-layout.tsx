import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY } from './fonts';

/**
 * The layout every official document of the portal shares (commission protocols, the
 * discussion report): A4 page with the DejaVu font, a bordered meta table, headings, tables,
 * signature lines and the page-number footer. A document adds or overrides only what differs.
 */
export const officialStyles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9, paddingTop: 36, paddingBottom: 56, paddingHorizontal: 40, lineHeight: 1.35, color: '#0f172a' },
  heading: { fontSize: 15, textAlign: 'center', marginBottom: 4 },
  subheading: { fontSize: 11, textAlign: 'center', marginBottom: 12, color: '#334155' },
  meta: { borderWidth: 1, borderColor: '#cbd5e1', marginBottom: 12 },
  metaRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#e2e8f0' },
  metaLabel: { width: '32%', padding: 4, backgroundColor: '#f1f5f9', color: '#334155' },
  metaValue: { width: '68%', padding: 4 },
  h2: { fontSize: 12, marginTop: 10, marginBottom: 6, paddingBottom: 2, borderBottomWidth: 1, borderBottomColor: '#94a3b8' },
  h3: { fontSize: 10, marginTop: 8, marginBottom: 3 },
  p: { marginBottom: 3 },
  table: { borderWidth: 1, borderColor: '#cbd5e1', marginBottom: 6 },
  tr: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#e2e8f0' },
  th: { padding: 3, backgroundColor: '#f1f5f9', color: '#334155', fontSize: 8 },
  td: { padding: 3, fontSize: 8 },
  sign: { flexDirection: 'row', marginTop: 18 },
  signRole: { width: '40%' },
  signLine: { width: '30%', borderBottomWidth: 1, borderBottomColor: '#0f172a', marginHorizontal: 8 },
  signName: { width: '30%' },
  footer: { position: 'absolute', bottom: 24, left: 40, right: 40, fontSize: 8, color: '#64748b', textAlign: 'center' },
});

type Style = (typeof officialStyles)[keyof typeof officialStyles];

/** Signature lines: role, a line to sign on, the name; kept together on one page. */
export function SignatureLines({ signatures, signStyle = officialStyles.sign }: { signatures: { role: string; name: string }[]; signStyle?: Style }) {
  return (
    <View wrap={false}>
      {signatures.map((sig, i) => (
        <View key={i} style={signStyle}>
          <Text style={officialStyles.signRole}>{sig.role}</Text>
          <View style={officialStyles.signLine} />
          <Text style={officialStyles.signName}>{sig.name}</Text>
        </View>
      ))}
    </View>
  );
}

/** "Page N of M" at the foot of every page, in the document's language. */
export function PageFooter({ page }: { page: (pageNumber: number, totalPages: number) => string }) {
  return <Text style={officialStyles.footer} fixed render={({ pageNumber, totalPages }) => page(pageNumber, totalPages)} />;
}
