'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { generateAgreementAction } from '@/app/operator/agreements/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { generateAgreementSchema, type GenerateAgreementValues } from '@/lib/services/agreements/agreement-input';
import { useErrorText } from './use-error-text';

const DATE_FIELDS = ['periodStart', 'periodEnd', 'interimDueOn', 'finalDueOn'] as const;
const MONEY_FIELDS = ['prepaymentKzt', 'interimTrancheKzt', 'finalTrancheKzt'] as const;

/** The operator's agreement form: period, report due dates and the tranche plan (MO-1 checked on the server). */
export function GenerateAgreementForm({ defaults, capText }: { defaults: GenerateAgreementValues; capText: string }) {
  const t = useTranslations('agreements.generate');
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<GenerateAgreementValues>({ resolver: zodResolver(generateAgreementSchema), defaultValues: defaults });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await generateAgreementAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as keyof GenerateAgreementValues, { type: 'server', message: code });
      setFormError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
      return;
    }
    if (result.redirectTo) router.push(result.redirectTo);
  });

  // A field refused by the server shows the message with its parameters (e.g. the cap in tenge).
  const fieldError = (name: keyof GenerateAgreementValues) => {
    const code = errors[name]?.message;
    if (!code) return undefined;
    return formError && formError.code === code ? errorText(code, formError.params) : errorText(code);
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-6" aria-label={t('formLabel')}>
      {formError && formError.code !== 'fixErrors' && !Object.values(errors).some((e) => e?.message === formError.code) && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError.code, formError.params)}
        </p>
      )}
      <input type="hidden" {...register('applicationId')} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t('scheduleLegend')}</legend>
        {DATE_FIELDS.map((name) => {
          const err = fieldError(name);
          return (
            <FormField key={name} id={name} label={t(`fields.${name}`)} error={err}>
              <input type="date" className={inputClass} {...describedBy(name, { error: !!err })} {...register(name)} />
            </FormField>
          );
        })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t('tranchesLegend')}</legend>
        <p className="text-sm text-slate-700 sm:col-span-3">{capText}</p>
        {MONEY_FIELDS.map((name) => {
          const err = fieldError(name);
          return (
            <FormField key={name} id={name} label={t(`fields.${name}`)} hint={t(`hints.${name}`)} error={err}>
              <input type="text" inputMode="numeric" className={inputClass} {...describedBy(name, { hint: true, error: !!err })} {...register(name)} />
            </FormField>
          );
        })}
      </fieldset>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
