import type { ReactNode } from 'react';

export interface Column {
  label: string;
  align?: 'left' | 'right';
  /** A column whose header is read to screen readers but not shown (e.g. row actions). */
  srOnly?: boolean;
}

/** A bordered, horizontally scrollable table with column headers (th scope="col"). Rows go in as children. */
export function DataTable({ columns, children, caption, testId }: { columns: Column[]; children: ReactNode; caption?: string; testId?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid={testId}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-100">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`p-3 ${c.align === 'right' ? 'text-right' : ''}`}>
                {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <tr className="border-t border-slate-200">{children}</tr>;
}

export function Cell({ children, align, className = '' }: { children?: ReactNode; align?: 'left' | 'right'; className?: string }) {
  return <td className={`p-3 ${align === 'right' ? 'text-right' : ''} ${className}`}>{children}</td>;
}
