import { useTranslations } from 'next-intl';
import type { QuarterState } from '@/lib/rules/monitoring';

const tone: Record<QuarterState, string> = {
  RECORDED: 'border-green-300 bg-green-50 text-green-900',
  MISSING: 'border-red-300 bg-red-50 text-red-900',
  DUE: 'border-amber-300 bg-amber-50 text-amber-900',
  FUTURE: 'border-slate-200 bg-slate-50 text-slate-700',
};

/** MN-1: the project's quarters with their state (recorded / missing / due / future). */
export function QuarterStrip({ quarters }: { quarters: { year: number; quarter: number; state: QuarterState }[] }) {
  const t = useTranslations('monitoring');
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t('quarters.title')}>
      {quarters.map((q) => (
        <li key={`${q.year}-${q.quarter}`} className={`rounded border px-2 py-1 text-sm ${tone[q.state]}`} data-state={q.state}>
          {t('quarters.item', { year: q.year, quarter: q.quarter, state: t(`quarterState.${q.state}`) })}
        </li>
      ))}
    </ul>
  );
}
