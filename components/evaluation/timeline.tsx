import { useFormatter, useTranslations } from 'next-intl';
import type { EvaluationTimeline } from '@/lib/services/evaluation/evaluation-queries';

/** EV-3..EV-6: the due dates with a warning when one is (or was) missed. */
export function EvaluationTimelineView({ timeline, status }: { timeline: EvaluationTimeline; status: string }) {
  const t = useTranslations('evaluation');
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const items: { key: string; label: string; date: string | null; late: boolean; show: boolean }[] = [
    { key: 'preliminary', label: t('timeline.preliminary'), date: timeline.preliminaryDue, late: timeline.preliminaryLate, show: status !== 'PENDING' },
    { key: 'discussion', label: t('timeline.discussion'), date: timeline.discussionClosesOn, late: false, show: timeline.discussionClosesOn !== null },
    { key: 'responses', label: t('timeline.responses'), date: timeline.responsesDue, late: timeline.responsesLate, show: timeline.responsesDue !== null },
    { key: 'final', label: t('timeline.final'), date: timeline.finalDue, late: timeline.finalLate, show: timeline.finalDue !== null },
  ];
  const shown = items.filter((i) => i.show && i.date);
  if (shown.length === 0) return <p className="text-slate-600">{t('timeline.pending')}</p>;
  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="timeline-heading" className="text-xl font-semibold">{t('timeline.title')}</h2>
      <ul className="mt-2 flex flex-col gap-1">
        {shown.map((i) => (
          <li key={i.key} data-testid={`due-${i.key}`}>
            {i.label}: <span className="font-medium">{day(i.date!)}</span>
            {i.late && <span role="note" className="ml-2 rounded bg-red-100 px-2 py-0.5 text-red-900">{t('timeline.late')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
