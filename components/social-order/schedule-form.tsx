'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { kzCalendar } from '@/lib/rules';
import { checkAnnouncementDates } from '@/lib/services/social-order/announcement-check';
import { setScheduleAction } from '@/app/operator/social-order/[id]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { almatyLocal, scheduleFormSchema, type ScheduleFormValues } from './schedule-form-schema';

const primary = 'self-start rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

/**
 * The operator's announcement dates (L2581–2584) with the engine's verdict shown live
 * (same `checkAnnouncementDates` on the DL-2 calendar with the decree overrides the server
 * passes); the server checks again and its refusal lands on the form, keeping the values.
 */
export function ScheduleForm({
  competitionId,
  defaults,
  settings,
  overrides,
}: {
  competitionId: string;
  defaults: ScheduleFormValues;
  settings: { announceAfterDocsMaxWorkingDays: number; minAnnouncementCalendarDays: number };
  overrides: { extraDaysOff: string[]; extraWorkingDays: string[] };
}) {
  const t = useTranslations('socialOrder');
  const router = useRouter();
  const [serverError, setServerError] = useState<{ code: string; params?: Record<string, string | number>; issues?: string[] } | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, control, formState: { errors, isSubmitting } } = useForm<ScheduleFormValues>({ resolver: zodResolver(scheduleFormSchema), defaultValues: defaults });
  const values = useWatch({ control });
  const cal = useMemo(() => kzCalendar(overrides), [overrides]);

  const live = useMemo(() => {
    const p = scheduleFormSchema.safeParse({ ...values, expectedVersion: defaults.expectedVersion });
    if (!p.success) return null;
    try {
      return checkAnnouncementDates({ documentationApprovedOn: p.data.documentationApprovedOn, announcedAt: almatyLocal(p.data.announcedAt), deadlineAt: almatyLocal(p.data.deadlineAt) }, settings, cal);
    } catch {
      return null; // an impossible date (e.g. 31 February) — the field errors say it
    }
  }, [values, defaults.expectedVersion, settings, cal]);

  const onSubmit = handleSubmit(async (v) => {
    setServerError(null);
    setSaved(false);
    const r = await setScheduleAction(competitionId, v);
    if (!r.ok) {
      setServerError({ code: r.code, ...(r.params ? { params: r.params } : {}), ...(r.issues ? { issues: r.issues } : {}) });
      return;
    }
    setSaved(true);
    router.refresh();
  });
  const err = (k: keyof ScheduleFormValues) => (errors[k]?.message ? t(`errors.${errors[k]?.message}` as never) : undefined);
  const field = (k: 'documentationApprovedOn' | 'announcedAt' | 'deadlineAt') => ({ ...describedBy(`so-${k}`, { error: !!errors[k] }), ...register(k) });
  const params = live ? { latestAnnouncementOn: live.latestAnnouncementOn, earliestDeadlineOn: live.earliestDeadlineOn } : {};

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-4" aria-label={t('schedule.formLabel')}>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="so-documentationApprovedOn" label={t('detail.approvedOn')} error={err('documentationApprovedOn')}>
          <input type="date" className={inputClass} {...field('documentationApprovedOn')} />
        </FormField>
        <FormField id="so-announcedAt" label={t('detail.announcedAt')} error={err('announcedAt')}>
          <input type="datetime-local" className={inputClass} {...field('announcedAt')} />
        </FormField>
        <FormField id="so-deadlineAt" label={t('detail.deadlineAt')} error={err('deadlineAt')}>
          <input type="datetime-local" className={inputClass} {...field('deadlineAt')} />
        </FormField>
      </div>
      <div aria-live="polite" data-testid="so-live-check">
        {live &&
          (live.issues.length === 0 ? (
            <p className="text-green-800">{t('detail.datesOk')}</p>
          ) : (
            <ul className="list-disc rounded border border-amber-300 bg-amber-50 p-3 pl-8 text-amber-900">
              {live.issues.map((code) => (
                <li key={code}>{t(`errors.${code}` as never, params as never)}</li>
              ))}
            </ul>
          ))}
        {live && (
          <p className="mt-1 text-sm text-slate-600">
            {t('schedule.limits', { latestAnnouncementOn: live.latestAnnouncementOn, earliestDeadlineOn: live.earliestDeadlineOn })}
          </p>
        )}
      </div>
      {serverError && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800" data-testid="social-order-error">
          {(serverError.issues && serverError.issues.length > 0 ? serverError.issues : [serverError.code]).map((code) => (
            <p key={code}>{t(`errors.${code}` as never, (serverError.params ?? {}) as never)}</p>
          ))}
        </div>
      )}
      {saved && <p role="status" className="text-green-800">{t('schedule.saved')}</p>}
      <button type="submit" className={primary} disabled={isSubmitting}>
        {t('schedule.save')}
      </button>
    </form>
  );
}
