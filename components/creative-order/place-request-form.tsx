'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { requestPlaceAction } from '@/app/(public)/creative-clubs/[id]/actions';
import { requestCreativePlaceInputSchema } from '@/lib/services/creative-order/creative-order-input';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

type FormIn = z.input<typeof requestCreativePlaceInputSchema>;
type FormOut = z.output<typeof requestCreativePlaceInputSchema>;
type Key = Exclude<keyof FormIn, 'clubId'>;

export interface CategoryOption {
  code: string;
  label: string;
}

export function PlaceRequestForm({ clubId, categories }: { clubId: string; categories: CategoryOption[] }) {
  const t = useTranslations('creativeOrder.request');
  const te = useTranslations('creativeOrder.errors');
  const format = useFormatter();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [nextRunAt, setNextRunAt] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(requestCreativePlaceInputSchema),
    defaultValues: { clubId, representativeIin: '', representativeName: '', representativePhone: '', childIin: '', childName: '', childBirthDate: '', priorityCategory: '' },
    shouldFocusError: true,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setNextRunAt(null);
    const result = await requestPlaceAction(clubId, values);
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors);
      for (const [field, code] of fields) setError(field as Key, { type: 'server', message: code });
      if (fields[0]) setFocus(fields[0][0] as Key);
      setFormError(result.formError ?? 'fixErrors');
      return;
    }
    setNextRunAt(result.nextRunAt);
    router.refresh();
  });

  const err = (key: Key) => {
    const code = errors[key]?.message;
    return code ? (te.has(code) ? te(code as never) : code) : undefined;
  };
  const field = (key: Key, hint = false) => ({ ...describedBy(`request-${key}`, { hint, error: !!errors[key] }), ...register(key) });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="request-title">
      <h2 id="request-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      {nextRunAt && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('success', { at: format.dateTime(new Date(nextRunAt), { dateStyle: 'long', timeStyle: 'short' }) })}
        </p>
      )}
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {formError === 'fixErrors' ? t('fixErrors') : te.has(formError) ? te(formError as never) : te('generic')}
        </p>
      )}
      <input type="hidden" {...register('clubId')} />
      <fieldset className="flex flex-col gap-4">
        <legend className="px-1 font-semibold">{t('representative')}</legend>
        <FormField id="request-representativeName" label={t('representativeName')} error={err('representativeName')}>
          <input autoComplete="name" className={inputClass} {...field('representativeName')} />
        </FormField>
        <FormField id="request-representativeIin" label={t('representativeIin')} hint={t('iinHint')} error={err('representativeIin')}>
          <input inputMode="numeric" maxLength={12} autoComplete="off" className={inputClass} {...field('representativeIin', true)} />
        </FormField>
        <FormField id="request-representativePhone" label={t('representativePhone')} error={err('representativePhone')}>
          <input type="tel" autoComplete="tel" className={inputClass} {...field('representativePhone')} />
        </FormField>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="px-1 font-semibold">{t('child')}</legend>
        <FormField id="request-childName" label={t('childName')} error={err('childName')}>
          <input autoComplete="off" className={inputClass} {...field('childName')} />
        </FormField>
        <FormField id="request-childIin" label={t('childIin')} hint={t('iinHint')} error={err('childIin')}>
          <input inputMode="numeric" maxLength={12} autoComplete="off" className={inputClass} {...field('childIin', true)} />
        </FormField>
        <FormField id="request-childBirthDate" label={t('childBirthDate')} error={err('childBirthDate')}>
          <input type="date" className={inputClass} {...field('childBirthDate')} />
        </FormField>
        <FormField id="request-priorityCategory" label={t('priorityCategory')} hint={t('priorityHint')} error={err('priorityCategory')}>
          <select className={inputClass} {...field('priorityCategory', true)}>
            <option value="">{t('noCategory')}</option>
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </FormField>
      </fieldset>
      <button type="submit" disabled={isSubmitting} className="self-start rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
