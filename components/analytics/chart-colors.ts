/**
 * Chart colours, each with at least 3:1 contrast against the white card (WCAG 1.4.11) and
 * distinguishable from each other; the data is also in the table below every chart.
 */
export const CHART_COLORS = {
  primary: '#115e59', // brand-700, 7.6:1 on white
  secondary: '#b45309', // amber-700, 5.0:1 on white
  deadline: '#b91c1c', // red-700, 6.5:1 on white
  grid: '#cbd5e1',
  axis: '#334155', // slate-700
} as const;
