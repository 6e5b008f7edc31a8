import type { ReactNode } from 'react';
import type { PdfSection, PdfTexts } from '@/lib/pdf/application-document';

/**
 * A submitted application's section, read-only, in HTML: the same data and labels as the
 * official PDF (lib/pdf — `applicationPdfData` orders the fields like the form, `pdfTexts`
 * translates the labels). Lists of rows are tables; content is shown as entered.
 */
const LANGS = ['kk', 'ru', 'en'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LANGS.includes(k)) && Object.values(v).every((x) => x === undefined || typeof x === 'string');
const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const isMoneyKey = (key: string) => /Kzt$/.test(key) || key === 'unitCost' || key === 'amount';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function scalar(section: string, path: string[], value: unknown, x: PdfTexts): string {
  const key = path[path.length - 1] ?? '';
  if (isEmpty(value)) return x.t('empty');
  if (typeof value === 'number') return isMoneyKey(key) ? x.money(value) : x.number(value);
  if (typeof value === 'boolean') return value ? x.t('yes') : x.t('no');
  if (typeof value === 'string') return ISO_DATE.test(value) ? x.date(value) : /^[A-Z][A-Z_]+$/.test(value) ? x.valueLabel(section, path, value) : value;
  if (isLocalized(value)) {
    const entries = LANGS.filter((l) => typeof value[l] === 'string' && (value[l] as string).trim() !== '');
    if (entries.length === 0) return x.t('empty');
    if (entries.length === 1) return String(value[entries[0]!]);
    return entries.map((l) => `[${l.toUpperCase()}] ${String(value[l])}`).join('\n');
  }
  if (Array.isArray(value)) return value.map((v) => scalar(section, path, v, x)).join('; ');
  if (isObject(value)) {
    return Object.entries(value)
      .filter(([, v]) => !isEmpty(v))
      .map(([k, v]) => `${x.fieldLabel(section, [...path, k])}: ${scalar(section, [...path, k], v, x)}`)
      .join('\n');
  }
  return String(value);
}

function ListTable({ section, field, rows, x, budget }: { section: string; field: string; rows: Record<string, unknown>[]; x: PdfTexts; budget?: PdfSection['budget'] }) {
  const keys: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (k !== 'id' && !keys.includes(k)) keys.push(k);
  const withAmount = !!budget && field === 'lines';
  return (
    <div className="overflow-x-auto rounded border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{x.fieldLabel(section, [field])}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">
              №
            </th>
            {keys.map((k) => (
              <th key={k} scope="col" className="p-2">
                {x.fieldLabel(section, [field, k])}
              </th>
            ))}
            {withAmount && (
              <th scope="col" className="p-2 text-right">
                {x.fieldLabel(section, [field, 'amount'])}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-slate-200 align-top">
              <td className="p-2">{i + 1}</td>
              {keys.map((k) => (
                <td key={k} className="whitespace-pre-line p-2">
                  {scalar(section, [field, k], r[k], x)}
                </td>
              ))}
              {withAmount && <td className="p-2 text-right">{x.money(budget.lineAmounts[i] ?? 0)}</td>}
            </tr>
          ))}
          {withAmount && (
            <tr className="border-t border-slate-300 bg-slate-50 font-semibold">
              <th scope="row" className="p-2" colSpan={keys.length + 1}>
                {x.t('total')}
              </th>
              <td className="p-2 text-right">{x.money(budget.total)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

export function SectionView({ section, x }: { section: PdfSection; x: PdfTexts }) {
  const data = isObject(section.data) ? section.data : {};
  const entries = Object.entries(data).filter(([, v]) => !isEmpty(v));
  if (entries.length === 0) return <p className="text-slate-600">{x.t('empty')}</p>;
  const out: ReactNode[] = [];
  const fields: [string, string][] = [];
  const flush = () => {
    if (fields.length === 0) return;
    out.push(
      <dl key={`f-${out.length}`} className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,18rem)_1fr]">
        {fields.splice(0).map(([label, value], i) => (
          <div key={i} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>,
    );
  };
  for (const [key, value] of entries) {
    if (Array.isArray(value) && value.some(isObject)) {
      flush();
      out.push(
        <div key={key} className="flex flex-col gap-2">
          <h4 className="font-semibold text-slate-800">{x.fieldLabel(section.key, [key])}</h4>
          <ListTable section={section.key} field={key} rows={value.filter(isObject)} x={x} budget={section.budget} />
        </div>,
      );
    } else if (isObject(value) && !isLocalized(value)) {
      for (const [k, v] of Object.entries(value)) if (!isEmpty(v)) fields.push([`${x.fieldLabel(section.key, [key])} — ${x.fieldLabel(section.key, [key, k])}`, scalar(section.key, [key, k], v, x)]);
    } else {
      fields.push([x.fieldLabel(section.key, [key]), scalar(section.key, [key], value, x)]);
    }
  }
  if (section.budget) fields.push([x.fieldLabel(section.key, ['institutionalSupport']), `${x.money(section.budget.institutionalSupport)} (${x.number(section.budget.institutionalSupportPercent)}%)`]);
  flush();
  return <div className="flex flex-col gap-4">{out}</div>;
}
