'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './chart-colors';
import { useValueFormatter, type ValueFormat } from './number-format';

export interface BarSeries {
  key: string;
  label: string;
  color?: string;
}

/**
 * A bar chart drawn from server-prepared rows. Presentational for assistive technology: the
 * wrapping figure (ChartFigure) names it, and the table under it carries the same numbers.
 */
export function AnalyticsBarChart({
  data,
  series,
  format,
  layout = 'vertical',
  height = 320,
  domainMax,
}: {
  data: Record<string, string | number | null>[];
  series: BarSeries[];
  format: ValueFormat;
  /** 'vertical' = horizontal bars with category names on the left (long names read well). */
  layout?: 'vertical' | 'horizontal';
  height?: number;
  domainMax?: number;
}) {
  const fmt = useValueFormatter(format);
  const valueAxis = { tickFormatter: (v: number) => fmt(v), stroke: CHART_COLORS.axis, domain: [0, domainMax ?? 'auto'] as [number, number | 'auto'] };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout={layout} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        {layout === 'vertical' ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" dataKey="label" width={220} stroke={CHART_COLORS.axis} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="label" stroke={CHART_COLORS.axis} tick={{ fontSize: 12 }} />
            <YAxis type="number" {...valueAxis} width={90} />
          </>
        )}
        <Tooltip formatter={(v) => (typeof v === 'number' ? fmt(v) : String(v))} />
        {series.length > 1 && <Legend />}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color ?? (i === 0 ? CHART_COLORS.primary : CHART_COLORS.secondary)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
