'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { setStatusFlagAction } from '@/app/operator/organizations/[id]/actions';
import type { StatusFlag } from '@/lib/services/organizations/status-flags';
import { statusFlagChangeSchema, type StatusFlagChange, type StatusFlagChangeInput } from '@/lib/validation/organization-profile';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { useErrorText } from './use-error-text';

/** Sets (or clears) one EL-1 flag; the reason is mandatory and goes into the audit trail. */
export function StatusFlagForm({ organizationId, flag, active }: { organizationId: string; flag: StatusFlag; active: boolean }) {
  const t = useTranslations('orgConsole');
  const tf = useTranslations('orgFlags');
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const id = `reason-${flag}`;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<StatusFlagChangeInput, unknown, StatusFlagChange>({
    resolver: zodResolver(statusFlagChangeSchema),
    defaultValues: { flag, value: !active, reason: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    const result = await setStatusFlagAction(organizationId, values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as 'reason', { type: 'server', message: code });
      if (result.formError) setFormError(result.formError);
      return;
    }
    reset({ flag, value: active, reason: '' });
    setDone(true);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${flag}-title`} className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
      <h3 id={`${flag}-title`} className="flex flex-wrap items-center gap-2 font-semibold">
        {tf(`names.${flag}`)}
        <span className={`rounded px-2 py-0.5 text-sm font-medium ${active ? 'bg-red-100 text-red-900' : 'bg-slate-100 text-slate-800'}`}>{active ? tf('active') : tf('inactive')}</span>
      </h3>
      <FormField id={id} label={active ? t('reasonToClear') : t('reasonToSet')} hint={t('reasonHint')} error={errorText(errors.reason?.message)}>
        <textarea rows={2} className={inputClass} {...describedBy(id, { hint: true, error: !!errors.reason })} {...register('reason')} />
      </FormField>
      {formError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errorText(formError)}
        </p>
      )}
      {done && (
        <p role="status" className="text-sm text-green-900">
          {t('flagSaved')}
        </p>
      )}
      <button
        type="submit"
        disabled={isSubmitting}
        className={`self-start rounded px-4 py-2 font-semibold text-white disabled:opacity-60 ${active ? 'bg-brand-700 hover:bg-brand-800' : 'bg-red-700 hover:bg-red-800'}`}
      >
        {active ? t('clearFlag', { flag: tf(`names.${flag}`) }) : t('setFlag', { flag: tf(`names.${flag}`) })}
      </button>
    </form>
  );
}
