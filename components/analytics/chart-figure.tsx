import type { ReactNode } from 'react';
import type { CellValue, DataTableModel } from '@/lib/services/analytics/dataset-tables';

/**
 * One chart with its accessible alternative: a heading, a description, the chart (exposed as
 * one image named by the heading and described by the text) and a table with the same numbers.
 */
export function ChartFigure({
  id,
  title,
  description,
  headingLevel = 2,
  chart,
  table,
  tableCaption,
  formatCell,
  exportHref,
  exportLabel,
  empty,
  emptyText,
}: {
  id: string;
  title: string;
  description: string;
  headingLevel?: 2 | 3;
  chart: ReactNode;
  table: DataTableModel;
  tableCaption: string;
  formatCell: (value: CellValue, type: DataTableModel['columns'][number]['type']) => string;
  exportHref?: string;
  exportLabel?: string;
  empty?: boolean;
  emptyText?: string;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5" data-testid={`chart-${id}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <H id={`${id}-title`} className={headingLevel === 2 ? 'text-xl font-semibold' : 'text-lg font-semibold'}>{title}</H>
        {exportHref && exportLabel && (
          <a href={exportHref} className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50" data-testid={`export-${id}`}>
            {exportLabel}
          </a>
        )}
      </div>
      <p id={`${id}-desc`} className="text-slate-700">{description}</p>
      {empty ? (
        <p className="text-slate-600">{emptyText}</p>
      ) : (
        <>
          <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="w-full">
            {chart}
          </div>
          <div className="overflow-x-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm" data-testid={`table-${id}`}>
              <caption className="p-2 text-left text-sm font-medium text-slate-700">{tableCaption}</caption>
              <thead className="bg-slate-100">
                <tr>
                  {table.columns.map((c) => (
                    <th key={c.header} scope="col" className={`p-2 ${c.type === 'text' ? '' : 'text-right'}`}>{c.header}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i} className="border-t border-slate-200">
                    {row.map((v, j) => {
                      const type = table.columns[j]?.type ?? 'text';
                      return j === 0 ? (
                        <th key={j} scope="row" className="p-2 font-normal">{formatCell(v, type)}</th>
                      ) : (
                        <td key={j} className={`p-2 ${type === 'text' ? '' : 'text-right tabular-nums'}`}>{formatCell(v, type)}</td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
