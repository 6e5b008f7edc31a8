'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { createStrategicPartnershipAction } from '@/app/operator/strategic-partnership/new/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { createStrategicPartnershipSchema, type CreateStrategicPartnershipFormValues } from '@/lib/services/strategic-partnership/input';

const box = 'flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5';
const ERROR_KEYS = new Set([
  'required',
  'tooLong',
  'tooMany',
  'number',
  'integer',
  'outOfRange',
  'dateTime',
  'criterionId',
  'minAboveMax',
  'criteriaMissing',
  'duplicateCriterion',
  'organizerNotFound',
  'organizerNotCentralBody',
  'forbidden',
  'fixErrors',
  'generic',
]);

const emptyCriterion = () => ({ id: '', titleKk: '', titleRu: '', min: 0, max: 10 });

/**
 * The new strategic-partnership competition: a central executive body as organiser (seed 000
 * L86 — only central bodies are offered, the server checks again), the subject, the budget,
 * the deadline and the selection criteria, defined here per competition (L102–106). A refused
 * submit keeps everything typed.
 */
export function SpCreateForm({ organizers, year }: { organizers: { id: string; name: string }[]; year: number }) {
  const t = useTranslations('strategicPartnership');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<CreateStrategicPartnershipFormValues>({
    resolver: zodResolver(createStrategicPartnershipSchema) as unknown as Resolver<CreateStrategicPartnershipFormValues>,
    defaultValues: {
      organizerId: organizers[0]?.id ?? '',
      year,
      titleKk: '',
      titleRu: '',
      titleEn: '',
      descriptionKk: '',
      descriptionRu: '',
      deadlineAt: '',
      budgetKzt: 0,
      criteria: [emptyCriterion()],
      aggregation: 'MEAN',
    },
  });
  const criteria = useFieldArray({ control, name: 'criteria' });
  const err = (code: string | undefined) => (code ? t(`errors.${ERROR_KEYS.has(code) ? code : 'generic'}` as never) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createStrategicPartnershipAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as never, { type: 'server', message: code });
      setFormError(result.formError);
      return;
    }
    router.push('/operator/strategic-partnership');
  });

  const text = (name: 'titleKk' | 'titleRu' | 'titleEn', label: string) => (
    <FormField id={`sp-${name}`} label={label} error={err(errors[name]?.message)}>
      <input className={inputClass} {...describedBy(`sp-${name}`, { error: !!errors[name] })} {...register(name)} />
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 font-medium text-red-800">
          {err(formError)}
        </p>
      )}
      <section aria-labelledby="sp-main" className={box}>
        <h2 id="sp-main" className="text-xl font-semibold">{t('new.mainSection')}</h2>
        {organizers.length === 0 ? (
          <p className="text-amber-800">{t('new.noCentralBodies')}</p>
        ) : (
          <FormField id="sp-organizerId" label={t('new.organizer')} hint={t('new.organizerHint')} error={err(errors.organizerId?.message)}>
            <select className={inputClass} {...describedBy('sp-organizerId', { hint: true, error: !!errors.organizerId })} {...register('organizerId')}>
              {organizers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </FormField>
        )}
        {text('titleKk', t('new.titleKk'))}
        {text('titleRu', t('new.titleRu'))}
        {text('titleEn', t('new.titleEn'))}
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="sp-year" label={t('new.year')} error={err(errors.year?.message)}>
            <input type="number" className={inputClass} {...describedBy('sp-year', { error: !!errors.year })} {...register('year', { valueAsNumber: true })} />
          </FormField>
          <FormField id="sp-budgetKzt" label={t('new.budget')} error={err(errors.budgetKzt?.message)}>
            <input type="number" min={0} step={1} className={inputClass} {...describedBy('sp-budgetKzt', { error: !!errors.budgetKzt })} {...register('budgetKzt', { valueAsNumber: true })} />
          </FormField>
          <FormField id="sp-deadlineAt" label={t('new.deadline')} hint={t('new.deadlineHint')} error={err(errors.deadlineAt?.message)}>
            <input type="datetime-local" className={inputClass} {...describedBy('sp-deadlineAt', { hint: true, error: !!errors.deadlineAt })} {...register('deadlineAt')} />
          </FormField>
        </div>
        <FormField id="sp-aggregation" label={t('new.aggregation')}>
          <select className={inputClass} id="sp-aggregation" {...register('aggregation')}>
            <option value="MEAN">{t('new.aggregationMean')}</option>
            <option value="SUM">{t('new.aggregationSum')}</option>
          </select>
        </FormField>
      </section>

      <section aria-labelledby="sp-criteria" className={box}>
        <h2 id="sp-criteria" className="text-xl font-semibold">{t('new.criteriaSection')}</h2>
        <p className="text-slate-600">{t('new.criteriaLead')}</p>
        {errors.criteria?.message && (
          <p role="alert" className="font-medium text-red-700">
            {err(errors.criteria.message)}
          </p>
        )}
        {errors.criteria?.root?.message && (
          <p role="alert" className="font-medium text-red-700">
            {err(errors.criteria.root.message)}
          </p>
        )}
        <ol className="flex flex-col gap-4">
          {criteria.fields.map((field, i) => {
            const e = errors.criteria?.[i];
            const id = (name: string) => `sp-criteria-${i}-${name}`;
            return (
              <li key={field.id} className="rounded border border-slate-200 p-4">
                <fieldset className="flex flex-col gap-3">
                  <legend className="font-semibold">{t('new.criterionLegend', { number: i + 1 })}</legend>
                  <div className="grid gap-3 sm:grid-cols-3">
                    <FormField id={id('id')} label={t('new.criterionId')} hint={t('new.criterionIdHint')} error={err(e?.id?.message)}>
                      <input className={inputClass} {...describedBy(id('id'), { hint: true, error: !!e?.id })} {...register(`criteria.${i}.id`)} />
                    </FormField>
                    <FormField id={id('min')} label={t('new.criterionMin')} error={err(e?.min?.message)}>
                      <input type="number" className={inputClass} {...describedBy(id('min'), { error: !!e?.min })} {...register(`criteria.${i}.min`, { valueAsNumber: true })} />
                    </FormField>
                    <FormField id={id('max')} label={t('new.criterionMax')} error={err(e?.max?.message)}>
                      <input type="number" className={inputClass} {...describedBy(id('max'), { error: !!e?.max })} {...register(`criteria.${i}.max`, { valueAsNumber: true })} />
                    </FormField>
                  </div>
                  <FormField id={id('titleKk')} label={t('new.criterionTitleKk')} error={err(e?.titleKk?.message)}>
                    <input className={inputClass} {...describedBy(id('titleKk'), { error: !!e?.titleKk })} {...register(`criteria.${i}.titleKk`)} />
                  </FormField>
                  <FormField id={id('titleRu')} label={t('new.criterionTitleRu')} error={err(e?.titleRu?.message)}>
                    <input className={inputClass} {...describedBy(id('titleRu'), { error: !!e?.titleRu })} {...register(`criteria.${i}.titleRu`)} />
                  </FormField>
                  <div>
                    <button type="button" onClick={() => criteria.remove(i)} className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
                      {t('new.removeCriterion', { number: i + 1 })}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div>
          <button type="button" onClick={() => criteria.append(emptyCriterion())} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-slate-50">
            {t('new.addCriterion')}
          </button>
        </div>
      </section>

      <div>
        <button type="submit" disabled={isSubmitting || organizers.length === 0} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('new.saving') : t('new.create')}
        </button>
      </div>
    </form>
  );
}
