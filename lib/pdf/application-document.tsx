import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { PDF_FONT_FAMILY } from './fonts';

/**
 * The grant application as a document (official layout): a header with the competition,
 * the lot, the receipt number and the server's timestamp; the organisation; each annex
 * as a document (tables for lists — activities, indicators, budget lines with totals);
 * the attached files with their SHA-256; a footer with the receipt hash and page numbers.
 * Labels come translated in the reader's language; content is printed as entered.
 */

export interface PdfTexts {
  /** The reader's language (the document's language tag). */
  locale?: string;
  /** Translations under `submission.pdf` and section names, already resolved. */
  t: (key: string, values?: Record<string, string | number>) => string;
  sectionName: (key: string) => string;
  /** Label of a field of a section by its path without row numbers ('annex4', ['activities', 'title']). */
  fieldLabel: (section: string, path: string[]) => string;
  /** Label of a choice value (budget category, indicator kind), or the value itself. */
  valueLabel: (section: string, path: string[], value: string) => string;
  money: (tenge: number) => string;
  number: (n: number) => string;
  dateTime: (d: Date) => string;
  date: (isoDate: string) => string;
  statusLabel: string;
  languageName: (code: string) => string;
}

export interface PdfSection {
  key: string;
  data: unknown;
  /** Annex 5: totals computed by the rule engine (never trusted from the stored JSON). */
  budget?: { lineAmounts: number[]; total: number; institutionalSupport: number; institutionalSupportPercent: number } | null;
}

export interface PdfApplication {
  draft: boolean;
  competitionTitle: string;
  competitionCode: string | null;
  lot: string | null;
  projectTitle: string | null;
  receiptNumber: string | null;
  submittedAt: Date | null;
  printedAt: Date;
  receiptHash: string | null;
  organization: { bin: string; nameKk: string; nameRu: string };
  sections: PdfSection[];
  attachments: { title: string; language: string | null; fileName: string; sha256: string }[];
}

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9, paddingTop: 36, paddingBottom: 64, paddingHorizontal: 40, lineHeight: 1.35, color: '#0f172a' },
  watermark: {
    position: 'absolute',
    top: 360,
    left: 40,
    right: 40,
    textAlign: 'center',
    fontSize: 46,
    color: '#e2e8f0',
    transform: 'rotate(-30deg)',
  },
  draftBanner: { borderWidth: 1, borderColor: '#b91c1c', color: '#b91c1c', padding: 6, marginBottom: 10, textAlign: 'center', fontSize: 11 },
  title: { fontSize: 15, marginBottom: 4 },
  subtitle: { fontSize: 11, marginBottom: 10, color: '#334155' },
  meta: { borderWidth: 1, borderColor: '#cbd5e1', marginBottom: 14 },
  metaRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#e2e8f0' },
  metaLabel: { width: '32%', padding: 4, backgroundColor: '#f1f5f9', color: '#334155' },
  metaValue: { width: '68%', padding: 4 },
  h2: { fontSize: 12, marginTop: 12, marginBottom: 6, paddingBottom: 2, borderBottomWidth: 1, borderBottomColor: '#94a3b8' },
  h3: { fontSize: 10, marginTop: 6, marginBottom: 3, color: '#334155' },
  field: { flexDirection: 'row', marginBottom: 2 },
  fieldLabel: { width: '32%', color: '#475569', paddingRight: 6 },
  fieldValue: { width: '68%' },
  table: { borderWidth: 1, borderColor: '#cbd5e1', marginBottom: 6 },
  tr: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#e2e8f0' },
  th: { padding: 3, backgroundColor: '#f1f5f9', color: '#334155', fontSize: 8 },
  td: { padding: 3, fontSize: 8 },
  totalRow: { flexDirection: 'row', backgroundColor: '#f8fafc' },
  footerHash: { position: 'absolute', bottom: 40, left: 40, right: 40, fontSize: 7, color: '#475569', borderTopWidth: 1, borderTopColor: '#cbd5e1', paddingTop: 4 },
  footerLeft: { position: 'absolute', bottom: 24, left: 40, fontSize: 7, color: '#475569' },
  // A4 is 841.89 pt high; a render-prop Text is placed from the top (react-pdf ignores `bottom` for it).
  footerRight: { position: 'absolute', top: 809, left: 300, right: 40, fontSize: 7, color: '#475569', textAlign: 'right' },
});

const LANGS = ['kk', 'ru', 'en'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `{ kk?, ru? }` — a text entered in the application's language(s). */
const isLocalized = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LANGS.includes(k)) && Object.values(v).every((x) => x === undefined || typeof x === 'string');
const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const isMoneyKey = (key: string) => /Kzt$/.test(key) || key === 'unitCost' || key === 'amount';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A money column's header names the currency once (unless the form's label already does). */
const withCurrency = (label: string, money: boolean) => (money && !/теңге|тенге|tenge|KZT/i.test(label) ? `${label}, KZT` : label);
/** A SHA-256 hex in two lines of 32, so it wraps the same way in every cell. */
const hashLines = (hex: string) => (hex.length === 64 ? `${hex.slice(0, 32)}\n${hex.slice(32)}` : hex);

function scalarText(section: string, path: string[], value: unknown, x: PdfTexts, inTable = false): string {
  const key = path[path.length - 1] ?? '';
  if (isEmpty(value)) return x.t('empty');
  // In a table the column header names the currency; elsewhere the amount carries it.
  if (typeof value === 'number') return isMoneyKey(key) && !inTable ? x.money(value) : x.number(value);
  if (typeof value === 'boolean') return value ? x.t('yes') : x.t('no');
  if (typeof value === 'string') return ISO_DATE.test(value) ? x.date(value) : /^[A-Z][A-Z_]+$/.test(value) ? x.valueLabel(section, path, value) : value;
  if (isLocalized(value)) {
    const entries = LANGS.filter((l) => typeof value[l] === 'string' && (value[l] as string).trim() !== '');
    if (entries.length === 0) return x.t('empty');
    if (entries.length === 1) return String(value[entries[0]!]);
    return entries.map((l) => `[${l.toUpperCase()}] ${String(value[l])}`).join('\n');
  }
  if (Array.isArray(value)) return value.map((v) => scalarText(section, path, v, x)).join('; ');
  if (isObject(value)) {
    return Object.entries(value)
      .filter(([, v]) => !isEmpty(v))
      .map(([k, v]) => `${x.fieldLabel(section, [...path, k])}: ${scalarText(section, [...path, k], v, x)}`)
      .join('\n');
  }
  return String(value);
}

function Table({ columns, rows, totals }: { columns: { key: string; label: string; flex: number }[]; rows: string[][]; totals?: string[] }) {
  return (
    <View style={styles.table}>
      <View style={styles.tr} fixed>
        {columns.map((c) => (
          <Text key={c.key} style={[styles.th, { flex: c.flex }]}>
            {c.label}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} style={styles.tr} wrap={false}>
          {row.map((cell, j) => (
            <Text key={j} style={[styles.td, { flex: columns[j]?.flex ?? 1 }]}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
      {totals && (
        <View style={styles.totalRow} wrap={false}>
          {totals.map((cell, j) => (
            <Text key={j} style={[styles.td, { flex: columns[j]?.flex ?? 1 }]}>
              {cell}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

/** A list of objects as a table: one column per field that any row has (ids left out). */
function ListTable({ section, field, rows, x, budget }: { section: string; field: string; rows: Record<string, unknown>[]; x: PdfTexts; budget?: PdfSection['budget'] }) {
  const keys: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (k !== 'id' && !keys.includes(k)) keys.push(k);
  const withAmount = budget !== undefined && budget !== null && field === 'lines';
  const columns = [
    { key: '#', label: '№', flex: 0.35 },
    ...keys.map((k) => ({
      key: k,
      label: withCurrency(x.fieldLabel(section, [field, k]), isMoneyKey(k)),
      flex: isLocalized(rows.find((r) => !isEmpty(r[k]))?.[k]) ? 2 : 1,
    })),
    ...(withAmount ? [{ key: 'amount', label: withCurrency(x.fieldLabel(section, [field, 'amount']), true), flex: 1.2 }] : []),
  ];
  const body = rows.map((r, i) => [
    String(i + 1),
    ...keys.map((k) => scalarText(section, [field, k], r[k], x, true)),
    ...(withAmount ? [x.number(budget.lineAmounts[i] ?? 0)] : []),
  ]);
  const totals = withAmount ? [x.t('total'), ...keys.map(() => ''), x.number(budget.total)] : undefined;
  return <Table columns={columns} rows={body} totals={totals} />;
}

function SectionBody({ section, x }: { section: PdfSection; x: PdfTexts }) {
  const data = isObject(section.data) ? section.data : {};
  const entries = Object.entries(data).filter(([, v]) => !isEmpty(v));
  if (entries.length === 0) return <Text>{x.t('empty')}</Text>;
  const out: ReactNode[] = [];
  for (const [key, value] of entries) {
    if (Array.isArray(value) && value.some(isObject)) {
      out.push(
        <View key={key} wrap>
          <Text style={styles.h3}>{x.fieldLabel(section.key, [key])}</Text>
          <ListTable section={section.key} field={key} rows={value.filter(isObject)} x={x} budget={section.budget} />
        </View>,
      );
    } else if (isObject(value) && !isLocalized(value)) {
      out.push(
        <View key={key}>
          <Text style={styles.h3}>{x.fieldLabel(section.key, [key])}</Text>
          {Object.entries(value)
            .filter(([, v]) => !isEmpty(v))
            .map(([k, v]) => (
              <View key={k} style={styles.field} wrap={false}>
                <Text style={styles.fieldLabel}>{x.fieldLabel(section.key, [key, k])}</Text>
                <Text style={styles.fieldValue}>{scalarText(section.key, [key, k], v, x)}</Text>
              </View>
            ))}
        </View>,
      );
    } else {
      out.push(
        <View key={key} style={styles.field} wrap={false}>
          <Text style={styles.fieldLabel}>{x.fieldLabel(section.key, [key])}</Text>
          <Text style={styles.fieldValue}>{scalarText(section.key, [key], value, x)}</Text>
        </View>,
      );
    }
  }
  if (section.budget) {
    out.push(
      <View key="__budget" style={styles.field} wrap={false}>
        <Text style={styles.fieldLabel}>{x.fieldLabel(section.key, ['institutionalSupport'])}</Text>
        <Text style={styles.fieldValue}>
          {x.money(section.budget.institutionalSupport)} ({x.number(section.budget.institutionalSupportPercent)}%)
        </Text>
      </View>,
    );
  }
  return <>{out}</>;
}

function MetaRow({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.metaRow} wrap={false}>
      <Text style={styles.metaLabel}>{label}</Text>
      <Text style={styles.metaValue}>{value}</Text>
    </View>
  );
}

export function ApplicationDocument({ app, x }: { app: PdfApplication; x: PdfTexts }) {
  const title = `${x.t('documentTitle')}${app.receiptNumber ? ` № ${app.receiptNumber}` : ''}`;
  return (
    <Document title={title} author="Demeu" subject={app.competitionTitle} language={x.locale ?? 'kk'} creator="Demeu" producer="Demeu">
      <Page size="A4" style={styles.page} wrap>
        {app.draft && (
          <Text style={styles.watermark} fixed>
            {x.t('draft')}
          </Text>
        )}
        {app.draft && (
          <Text style={styles.draftBanner} fixed>
            {x.t('draft')}
          </Text>
        )}
        <Text style={styles.title}>{x.t('documentTitle')}</Text>
        {app.projectTitle && <Text style={styles.subtitle}>{app.projectTitle}</Text>}
        <View style={styles.meta}>
          <MetaRow label={x.t('competition')} value={app.competitionCode ? `${app.competitionTitle} (${app.competitionCode})` : app.competitionTitle} />
          <MetaRow label={x.t('lot')} value={app.lot ?? x.t('empty')} />
          <MetaRow label={x.t('status')} value={x.statusLabel} />
          <MetaRow label={x.t('receiptNumber')} value={app.receiptNumber ?? x.t('empty')} />
          <MetaRow label={x.t('receivedAt')} value={app.submittedAt ? x.dateTime(app.submittedAt) : x.t('empty')} />
          <MetaRow label={x.t('printedAt')} value={x.dateTime(app.printedAt)} />
        </View>

        <Text style={styles.h2}>{x.t('organization')}</Text>
        <View style={styles.meta}>
          <MetaRow label={x.t('bin')} value={app.organization.bin} />
          <MetaRow label={x.t('nameKk')} value={app.organization.nameKk} />
          <MetaRow label={x.t('nameRu')} value={app.organization.nameRu} />
        </View>

        {app.sections.map((s) => (
          <View key={s.key} break={s.key !== app.sections[0]?.key}>
            <Text style={styles.h2}>{x.sectionName(s.key)}</Text>
            <SectionBody section={s} x={x} />
          </View>
        ))}

        <View break>
          <Text style={styles.h2}>{x.t('attachments')}</Text>
          {app.attachments.length === 0 ? (
            <Text>{x.t('noAttachments')}</Text>
          ) : (
            <Table
              columns={[
                { key: 'kind', label: x.t('kind'), flex: 1.6 },
                { key: 'language', label: x.t('language'), flex: 0.6 },
                { key: 'file', label: x.t('fileName'), flex: 1.4 },
                { key: 'sha', label: x.t('sha256'), flex: 2.6 },
              ]}
              rows={app.attachments.map((a) => [a.title, a.language ? x.languageName(a.language) : x.t('empty'), a.fileName, hashLines(a.sha256)])}
            />
          )}
        </View>

        <Text style={styles.footerHash} fixed>
          {app.receiptHash ? `${x.t('receiptHash')}: ${app.receiptHash}` : x.t('draftNote')}
        </Text>
        <Text style={styles.footerLeft} fixed>
          {app.receiptNumber ?? x.t('draft')}
        </Text>
        <Text style={styles.footerRight} fixed render={({ pageNumber, totalPages }) => x.t('page', { page: pageNumber, total: totalPages })} />
      </Page>
    </Document>
  );
}
