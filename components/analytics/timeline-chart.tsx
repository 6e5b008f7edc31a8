'use client';
import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './chart-colors';

/** Submissions per Almaty day up to the deadline day, the deadline marked by a labelled line. */
export function SubmissionsTimelineChart({
  days,
  deadlineDate,
  deadlineLabel,
  seriesLabel,
}: {
  days: { date: string; count: number }[];
  deadlineDate: string;
  deadlineLabel: string;
  seriesLabel: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <AreaChart data={days} accessibilityLayer={false} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis dataKey="date" stroke={CHART_COLORS.axis} tick={{ fontSize: 12 }} tickFormatter={(d: string) => d.slice(5)} />
        <YAxis allowDecimals={false} stroke={CHART_COLORS.axis} width={48} />
        <Tooltip />
        <Area type="monotone" dataKey="count" name={seriesLabel} stroke={CHART_COLORS.primary} fill={CHART_COLORS.primary} fillOpacity={0.25} strokeWidth={2} isAnimationActive={false} />
        <ReferenceLine x={deadlineDate} stroke={CHART_COLORS.deadline} strokeWidth={2} strokeDasharray="6 3" label={{ value: deadlineLabel, position: 'top', fill: CHART_COLORS.deadline, fontSize: 12 }} />
      </AreaChart>
    </ResponsiveContainer>
  );
}
