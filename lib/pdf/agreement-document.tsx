import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { registerPdfFonts } from './fonts';
import { PageFooter, SignatureLines, officialStyles } from './official-layout';

/**
 * The agreement (шарт / договор) of a grant or a social order in Kazakh or Russian: parties
 * with BIN and requisites, subject, amount and period, the activities and indicators of the
 * winning application, the reporting schedule, the tranche plan (MO-1) and the signatories.
 * Every text arrives already translated and formatted; the document only lays it out. The
 * creation date is the revision's, so the same revision always renders the same bytes.
 */
export interface AgreementPdfData {
  locale: 'kk' | 'ru';
  title: string;
  heading: string;
  subheading: string;
  createdAt: Date;
  meta: { label: string; value: string }[];
  sections: { title: string; paragraphs: string[] }[];
  tables: { title: string; columns: string[]; widths: string[]; rows: string[][]; empty: string }[];
  signatures: { role: string; name: string }[];
  page: (page: number, total: number) => string;
}

const s = officialStyles;

export function AgreementDocument({ data }: { data: AgreementPdfData }) {
  return (
    <Document title={data.title} language={data.locale} creationDate={data.createdAt} modificationDate={data.createdAt} producer="Demeu" creator="Demeu">
      <Page size="A4" style={s.page}>
        <Text style={s.heading}>{data.heading}</Text>
        <Text style={s.subheading}>{data.subheading}</Text>
        <View style={s.meta}>
          {data.meta.map((m) => (
            <View key={m.label} style={s.metaRow}>
              <Text style={s.metaLabel}>{m.label}</Text>
              <Text style={s.metaValue}>{m.value}</Text>
            </View>
          ))}
        </View>
        {data.sections.map((sec, i) => (
          <View key={`s${i}`}>
            <Text style={s.h2}>{sec.title}</Text>
            {sec.paragraphs.map((p, j) => (
              <Text key={j} style={s.p}>
                {p}
              </Text>
            ))}
          </View>
        ))}
        {data.tables.map((table, ti) => (
          <View key={`t${ti}`}>
            <Text style={s.h2}>{table.title}</Text>
            {table.rows.length === 0 ? (
              <Text style={s.p}>{table.empty}</Text>
            ) : (
              <View style={s.table}>
                <View style={s.tr} fixed>
                  {table.columns.map((c, i) => (
                    <Text key={i} style={[s.th, { width: table.widths[i] }]}>
                      {c}
                    </Text>
                  ))}
                </View>
                {table.rows.map((row, ri) => (
                  <View key={ri} style={s.tr} wrap={false}>
                    {row.map((v, i) => (
                      <Text key={i} style={[s.td, { width: table.widths[i] }]}>
                        {v}
                      </Text>
                    ))}
                  </View>
                ))}
              </View>
            )}
          </View>
        ))}
        <SignatureLines signatures={data.signatures} />
        <PageFooter page={data.page} />
      </Page>
    </Document>
  );
}

/** The agreement PDF as bytes (starts with %PDF). */
export async function renderAgreementDocument(data: AgreementPdfData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<AgreementDocument data={data} />);
}
