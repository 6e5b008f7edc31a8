'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { get, useFieldArray, useForm } from 'react-hook-form';
import { savePlanAction } from '@/app/operator/creative-order/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { saveCreativePlanInputSchema, type SaveCreativePlanFormValues } from '@/lib/services/creative-order/creative-order-input';
import type { z } from 'zod';

type PlanOutput = z.output<typeof saveCreativePlanInputSchema>;

/**
 * The operator's financing plan of the creative order (seed 002 L40–55): budget, priority
 * categories, the CO-2 dates and additional funds. Saving always works; the engine's
 * warnings about late dates are shown on the page after the save.
 */
export function CreativePlanForm({ initial, published }: { initial: SaveCreativePlanFormValues; published: boolean }) {
  const t = useTranslations('creativeOrder.plan');
  const te = useTranslations('creativeOrder.errors');
  const router = useRouter();
  const [formError, setFormError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SaveCreativePlanFormValues, unknown, PlanOutput>({ resolver: zodResolver(saveCreativePlanInputSchema), defaultValues: initial });
  const categories = useFieldArray({ control, name: 'priorityCategories' });
  const extra = useFieldArray({ control, name: 'extraFunds' });
  const errorText = (code: unknown, params?: Record<string, string | number>) =>
    typeof code === 'string' && code ? (te.has(code) ? te(code as never, (params ?? {}) as never) : te('generic')) : undefined;
  const err = (path: string) => errorText((get(errors, path) as { message?: unknown } | undefined)?.message);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setNotice(null);
    const result = await savePlanAction(values);
    if (!result.ok) {
      if (result.field) setError(result.field as never, { type: 'server', message: result.code });
      setFormError({ code: result.code, ...(result.params ? { params: result.params } : {}) });
      return;
    }
    setNotice(result.warnings.length > 0 ? t('savedWithWarnings', { count: result.warnings.length }) : t('saved'));
    router.refresh();
  });

  const input = (name: string, label: string, opts: { type?: string; number?: boolean; hint?: string; width?: string } = {}) => {
    const id = `plan-${name.replaceAll('.', '-')}`;
    const e = err(name);
    return (
      <FormField id={id} label={label} hint={opts.hint} error={e}>
        <input
          type={opts.type ?? 'text'}
          inputMode={opts.number ? 'numeric' : undefined}
          className={`${inputClass} ${opts.width ?? ''}`}
          {...describedBy(id, { hint: !!opts.hint, error: !!e })}
          {...register(name as never, opts.number ? { valueAsNumber: true } : {})}
        />
      </FormField>
    );
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-5">
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError.code, formError.params)}
        </p>
      )}
      {notice && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        {input('year', t('year'), { number: true, width: 'max-w-32' })}
        {input('budgetKzt', t('budget'), { number: true, hint: t('budgetHint') })}
        {input('titleKk', t('titleKk'))}
        {input('titleRu', t('titleRu'))}
      </div>

      <fieldset className="flex flex-col gap-3">
        <legend className="text-lg font-semibold">{t('datesTitle')}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          {input('draftPublishedOn', t('draftPublishedOn'), { type: 'date', hint: t('draftPublishedOnHint') })}
          {input('approvedOn', t('approvedOn'), { type: 'date' })}
          {input('approvedPublishedOn', t('approvedPublishedOn'), { type: 'date', hint: t('approvedPublishedOnHint') })}
          {input('volumePlacedOn', t('volumePlacedOn'), { type: 'date', hint: t('volumePlacedOnHint') })}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="text-lg font-semibold">{t('extraFundsTitle')}</legend>
        <p className="text-sm text-slate-600">{t('extraFundsHint')}</p>
        {extra.fields.map((row, i) => (
          <div key={row.id} className="flex flex-wrap items-end gap-3 border-t border-slate-200 pt-3">
            {input(`extraFunds.${i}.amountKzt`, t('extraAmount', { n: i + 1 }), { number: true, width: 'w-40' })}
            {input(`extraFunds.${i}.approvedOn`, t('extraApprovedOn', { n: i + 1 }), { type: 'date' })}
            {input(`extraFunds.${i}.placedOn`, t('extraPlacedOn', { n: i + 1 }), { type: 'date' })}
            <button type="button" onClick={() => extra.remove(i)} className="rounded border border-slate-400 px-3 py-2 hover:bg-slate-50">
              {t('removeExtra', { n: i + 1 })}
            </button>
          </div>
        ))}
        <p>
          <button type="button" onClick={() => extra.append({ amountKzt: Number.NaN, approvedOn: '', placedOn: '' })} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">
            {t('addExtra')}
          </button>
        </p>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="text-lg font-semibold">{t('categoriesTitle')}</legend>
        <p className="text-sm text-slate-600">{t('categoriesHint')}</p>
        {err('priorityCategories') && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {err('priorityCategories')}
          </p>
        )}
        {categories.fields.map((row, i) => (
          <div key={row.id} className="flex flex-wrap items-end gap-3 border-t border-slate-200 pt-3">
            {input(`priorityCategories.${i}.code`, t('categoryCode', { n: i + 1 }), { width: 'w-44' })}
            {input(`priorityCategories.${i}.labelKk`, t('categoryLabelKk', { n: i + 1 }))}
            {input(`priorityCategories.${i}.labelRu`, t('categoryLabelRu', { n: i + 1 }))}
            {input(`priorityCategories.${i}.rank`, t('categoryRank', { n: i + 1 }), { number: true, width: 'w-24' })}
            <button type="button" onClick={() => categories.remove(i)} className="rounded border border-slate-400 px-3 py-2 hover:bg-slate-50">
              {t('removeCategory', { n: i + 1 })}
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            onClick={() => categories.append({ code: '', labelKk: '', labelRu: '', rank: categories.fields.length })}
            className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t('addCategory')}
          </button>
        </p>
      </fieldset>

      {!published && (
        <div className="flex items-center gap-2">
          <input id="plan-publish" type="checkbox" className="h-4 w-4" {...register('publish')} />
          <label htmlFor="plan-publish" className="font-medium">
            {t('publish')}
          </label>
        </div>
      )}
      <p>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('saving') : t('save')}
        </button>
      </p>
    </form>
  );
}
