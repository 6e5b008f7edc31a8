'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { decideAdmissionAction } from '@/app/operator/competitions/[id]/admission/[applicationId]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { ADMISSION_REASON_CODES } from '@/lib/rules';
import { decideAdmissionInputSchema, type DecideAdmissionFormValues, type DecideAdmissionInput } from '@/lib/services/admission/admission-input';

/** Admit, or not admit on R1–R4 grounds with a comment; a refused submit keeps everything typed. */
export function AdmissionForm({ applicationId, version, suggestedReasons }: { applicationId: string; version: number; suggestedReasons: string[] }) {
  const t = useTranslations('admission');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    control,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<DecideAdmissionFormValues, unknown, DecideAdmissionInput>({
    resolver: zodResolver(decideAdmissionInputSchema),
    defaultValues: { applicationId, expectedVersion: version, admitted: suggestedReasons.length === 0, reasons: suggestedReasons as DecideAdmissionInput['reasons'], comment: '' },
  });
  const admitted = useWatch({ control, name: 'admitted' });
  const errorText = (code?: string) => (code ? (t.has(`errors.${code}` as never) ? t(`errors.${code}` as never) : t('errors.generic')) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    // An admission carries no grounds (the checkboxes stay as typed in case the operator switches back).
    const result = await decideAdmissionAction(values.admitted ? { ...values, reasons: [] } : values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as 'comment' | 'reasons', { type: 'server', message: code });
      if (result.fieldErrors.comment) setFocus('comment');
      setFormError(result.formError);
      return;
    }
    router.refresh();
  });

  const reasonsError = admitted ? undefined : errorText(errors.reasons?.message);
  const commentError = errorText(errors.comment?.message);
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" aria-label={t('detail.decisionTitle')}>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t('form.legend')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="admittedChoice" value="yes" checked={admitted} onChange={() => setValue('admitted', true)} />
          {t('form.admit')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="admittedChoice" value="no" checked={!admitted} onChange={() => setValue('admitted', false)} />
          {t('form.notAdmit')}
        </label>
      </fieldset>
      {!admitted && (
        <fieldset className="flex flex-col gap-2" aria-describedby={reasonsError ? 'reasons-error' : undefined} aria-invalid={reasonsError ? true : undefined}>
          <legend className="mb-1 font-medium">{t('form.reasonsLegend')}</legend>
          {ADMISSION_REASON_CODES.map((code) => (
            <label key={code} className="flex items-start gap-2">
              <input type="checkbox" value={code} className="mt-1" {...register('reasons')} />
              <span>
                {t(`reasons.${code}`)}
                {suggestedReasons.includes(code) && <span className="ml-2 rounded bg-amber-100 px-1.5 text-sm text-amber-900">{t('form.suggested')}</span>}
              </span>
            </label>
          ))}
          {reasonsError && (
            <p id="reasons-error" role="alert" className="text-sm font-medium text-red-700">
              {reasonsError}
            </p>
          )}
        </fieldset>
      )}
      <FormField id="comment" label={t('form.comment')} hint={t('form.commentHint')} error={commentError}>
        <textarea rows={4} className={inputClass} {...describedBy('comment', { hint: true, error: !!commentError })} {...register('comment')} />
      </FormField>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('form.saving') : t('form.submit')}
        </button>
      </div>
    </form>
  );
}
