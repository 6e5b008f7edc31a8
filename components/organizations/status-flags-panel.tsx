import { getFormatter, getTranslations } from 'next-intl/server';
import type { StatusFlagState } from '@/lib/services/organizations/find-status-flags';

/**
 * EL-1 (grants §4.2): the registry flags of an organisation, each with its meaning. Read-only;
 * operator staff change them on the console. Active flags are shown first and in red, with
 * the date and the reason recorded by the operator.
 */
export async function StatusFlagsPanel({ flags, headingId = 'status-flags' }: { flags: StatusFlagState[]; headingId?: string }) {
  const [t, format] = await Promise.all([getTranslations('orgFlags'), getFormatter()]);
  const active = flags.filter((f) => f.active);
  return (
    <section aria-labelledby={headingId} data-testid="status-flags" className={`rounded-lg border p-5 ${active.length ? 'border-red-300 bg-red-50' : 'border-green-300 bg-green-50'}`}>
      <h2 id={headingId} className="mb-2 text-xl font-semibold">
        {t('title')}
      </h2>
      <p className={active.length ? 'font-medium text-red-900' : 'text-green-900'}>{active.length ? t('blocked') : t('clear')}</p>
      <ul className="mt-3 flex flex-col gap-3">
        {[...active, ...flags.filter((f) => !f.active)].map((f) => (
          <li key={f.flag} className={`rounded border bg-white p-3 ${f.active ? 'border-red-300' : 'border-slate-200'}`}>
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{t(`names.${f.flag}`)}</span>
              <span className={`rounded px-2 py-0.5 text-sm font-medium ${f.active ? 'bg-red-100 text-red-900' : 'bg-slate-100 text-slate-800'}`}>
                {f.active ? t('active') : t('inactive')}
              </span>
            </p>
            <p className="mt-1 text-sm text-slate-700">{t(`meanings.${f.flag}`)}</p>
            {f.active && f.changedAt && <p className="mt-1 text-sm">{t('since', { date: format.dateTime(f.changedAt, { dateStyle: 'long' }) })}</p>}
            {f.active && f.reason && <p className="mt-1 text-sm">{t('reason', { reason: f.reason })}</p>}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-700">{t('rule')}</p>
    </section>
  );
}
