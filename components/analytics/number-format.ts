'use client';
import { useFormatter } from 'next-intl';

export type ValueFormat = 'money' | 'integer' | 'decimal' | 'percent';

/** Formats chart values the way the tables beside them do. */
export function useValueFormatter(format: ValueFormat): (value: number) => string {
  const f = useFormatter();
  return (value: number) => {
    if (format === 'money') return `${f.number(value, { maximumFractionDigits: 0 })} ₸`;
    if (format === 'percent') return f.number(value, { style: 'percent', maximumFractionDigits: 1 });
    if (format === 'decimal') return f.number(value, { maximumFractionDigits: 2 });
    return f.number(value, { maximumFractionDigits: 0 });
  };
}
