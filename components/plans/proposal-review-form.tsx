'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { reviewProposalAction } from '@/app/operator/topic-proposals/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { reviewTopicProposalSchema, type ReviewTopicProposalFormValues, type ReviewTopicProposalInput } from '@/lib/services/plans/topic-proposal-input';
import type { Option } from './plan-topic-form';
import { useSetupError } from './use-setup-error';

/** Accept (optionally adding a plan topic) or reject with a comment; a refused submit keeps everything typed. */
export function ProposalReviewForm({ initial, plans, directions, regions }: { initial: ReviewTopicProposalFormValues; plans: Option[]; directions: Option[]; regions: Option[] }) {
  const t = useTranslations('topicProposals.review');
  const errorText = useSetupError();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ReviewTopicProposalFormValues, unknown, ReviewTopicProposalInput>({ resolver: zodResolver(reviewTopicProposalSchema), defaultValues: initial });
  const decision = useWatch({ control, name: 'decision' });
  const createTopic = useWatch({ control, name: 'createTopic' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await reviewProposalAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as keyof ReviewTopicProposalFormValues, { type: 'server', message: code });
      setFormError(result.formError);
      return;
    }
    router.refresh();
  });
  const err = (name: keyof ReviewTopicProposalFormValues) => errorText(errors[name]?.message);
  const select = (name: 'planId' | 'directionId' | 'regionId', label: string, options: Option[], empty: string) => (
    <FormField id={name} label={label} error={err(name)}>
      <select className={inputClass} {...describedBy(name, { error: !!err(name) })} {...register(name)}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" aria-label={t('legend')}>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t('legend')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="decisionChoice" checked={decision === 'ACCEPT'} onChange={() => setValue('decision', 'ACCEPT')} />
          {t('accept')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="decisionChoice" checked={decision === 'REJECT'} onChange={() => setValue('decision', 'REJECT')} />
          {t('reject')}
        </label>
      </fieldset>
      {decision === 'ACCEPT' && (
        <div className="flex flex-col gap-4 rounded border border-slate-200 p-4">
          <label className="flex items-center gap-2">
            <input type="checkbox" {...register('createTopic')} />
            {t('createTopic')}
          </label>
          {createTopic && (
            <>
              {select('planId', t('plan'), plans, t('choosePlan'))}
              <FormField id="titleKk" label={t('titleKk')} error={err('titleKk')}>
                <input className={inputClass} {...describedBy('titleKk', { error: !!err('titleKk') })} {...register('titleKk')} />
              </FormField>
              <FormField id="titleRu" label={t('titleRu')} error={err('titleRu')}>
                <input className={inputClass} {...describedBy('titleRu', { error: !!err('titleRu') })} {...register('titleRu')} />
              </FormField>
              <div className="grid gap-4 sm:grid-cols-2">
                {select('directionId', t('direction'), directions, '—')}
                {select('regionId', t('region'), regions, t('wholeCountry'))}
              </div>
              <FormField id="budgetKzt" label={t('budget')} error={err('budgetKzt')}>
                <input inputMode="numeric" className={`${inputClass} max-w-xs`} {...describedBy('budgetKzt', { error: !!err('budgetKzt') })} {...register('budgetKzt')} />
              </FormField>
            </>
          )}
        </div>
      )}
      <FormField id="comment" label={t('comment')} hint={t('commentHint')} error={err('comment')}>
        <textarea rows={4} className={inputClass} {...describedBy('comment', { hint: true, error: !!err('comment') })} {...register('comment')} />
      </FormField>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('saving') : t('submit')}
        </button>
      </div>
    </form>
  );
}
