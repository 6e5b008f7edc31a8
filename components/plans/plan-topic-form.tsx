'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { savePlanTopicAction } from '@/app/operator/plans/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { planTopicSchema, type PlanTopicFormValues, type PlanTopicInput } from '@/lib/services/plans/plan-topic-input';
import { useSetupError } from './use-setup-error';

export interface Option {
  id: string;
  label: string;
}

/** Add or edit a topic of a plan; a refused save keeps everything typed. */
export function PlanTopicForm({ initial, directions, regions }: { initial: PlanTopicFormValues; directions: Option[]; regions: Option[] }) {
  const t = useTranslations('plans.form');
  const errorText = useSetupError();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<PlanTopicFormValues, unknown, PlanTopicInput>({ resolver: zodResolver(planTopicSchema), defaultValues: initial });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await savePlanTopicAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as keyof PlanTopicFormValues, { type: 'server', message: code });
      setFormError(result.formError);
      return;
    }
    setValue('topicId', result.topicId);
    setValue('expectedUpdatedAt', result.updatedAt);
    setSaved(true);
    router.push('/operator/plans');
    router.refresh();
  });

  const err = (name: keyof PlanTopicFormValues) => errorText(errors[name]?.message);
  const text = (name: 'titleKk' | 'titleRu' | 'goalKk' | 'goalRu' | 'expectedResultKk' | 'expectedResultRu', area = false) => (
    <FormField id={name} label={t(name)} error={err(name)}>
      {area ? (
        <textarea rows={3} className={inputClass} {...describedBy(name, { error: !!err(name) })} {...register(name)} />
      ) : (
        <input className={inputClass} {...describedBy(name, { error: !!err(name) })} {...register(name)} />
      )}
    </FormField>
  );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex max-w-3xl flex-col gap-4">
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      {saved && <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{t('saved')}</p>}
      {text('titleKk')}
      {text('titleRu')}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="directionId" label={t('direction')} error={err('directionId')}>
          <select className={inputClass} {...describedBy('directionId', { error: !!err('directionId') })} {...register('directionId')}>
            <option value="">{t('chooseDirection')}</option>
            {directions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="regionId" label={t('region')} error={err('regionId')}>
          <select className={inputClass} {...describedBy('regionId', { error: !!err('regionId') })} {...register('regionId')}>
            <option value="">{t('wholeCountry')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      {text('goalKk', true)}
      {text('goalRu', true)}
      {text('expectedResultKk', true)}
      {text('expectedResultRu', true)}
      <FormField id="budgetKzt" label={t('budget')} hint={t('budgetHint')} error={err('budgetKzt')}>
        <input inputMode="numeric" className={`${inputClass} max-w-xs`} {...describedBy('budgetKzt', { hint: true, error: !!err('budgetKzt') })} {...register('budgetKzt')} />
      </FormField>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
