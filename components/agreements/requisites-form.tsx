'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateRequisitesAction } from '@/app/ngo/agreements/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { requisitesInputSchema, type RequisitesValues } from '@/lib/services/agreements/agreement-input';
import { useErrorText } from './use-error-text';

const BANK = ['bankName', 'iban', 'bic', 'address'] as const;
const SIGNATORY = ['fullName', 'position', 'basis'] as const;

/** The NGO's bank requisites and signatory of the agreement (while it is SENT_TO_NGO). */
export function RequisitesForm({ defaults }: { defaults: RequisitesValues }) {
  const t = useTranslations('agreements.requisites');
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<RequisitesValues>({ resolver: zodResolver(requisitesInputSchema), defaultValues: defaults });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await updateRequisitesAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as keyof RequisitesValues, { type: 'server', message: code });
      setFormError(result.formError);
      return;
    }
    setValue('expectedVersion', Number(values.expectedVersion) + 1);
    setSaved(true);
    router.refresh();
  });

  const field = (name: (typeof BANK)[number] | (typeof SIGNATORY)[number]) => {
    const err = errorText(errors[name]?.message);
    return (
      <FormField key={name} id={`req-${name}`} label={t(`fields.${name}`)} error={err}>
        <input type="text" className={inputClass} {...describedBy(`req-${name}`, { error: !!err })} {...register(name)} />
      </FormField>
    );
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-5" aria-label={t('formLabel')}>
      {formError && formError !== 'fixErrors' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      {saved && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('saved')}
        </p>
      )}
      <input type="hidden" {...register('agreementId')} />
      <input type="hidden" {...register('expectedVersion')} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t('bankLegend')}</legend>
        {BANK.map(field)}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">{t('signatoryLegend')}</legend>
        {SIGNATORY.map(field)}
      </fieldset>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
