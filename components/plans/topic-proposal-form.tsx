'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { saveProposalAction, submitProposalAction, type ProposalActionState } from '@/app/ngo/topic-proposals/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { topicProposalDraftSchema, type TopicProposalDraft, type TopicProposalFormValues } from '@/lib/services/plans/topic-proposal-input';
import type { Option } from './plan-topic-form';
import { useSetupError } from './use-setup-error';

type TextField = 'title' | 'rationale' | 'goal' | 'tasks' | 'description' | 'geography' | 'expectedResults';

/**
 * An NGO's topic proposal (§4.4 stage 1): «Save the draft» keeps it as typed; «Send»
 * saves it and sends it if complete — a refused sending keeps the saved draft and marks
 * the missing fields.
 */
export function TopicProposalForm({ initial, directions }: { initial: TopicProposalFormValues; directions: Option[] }) {
  const t = useTranslations('topicProposals');
  const tl = useTranslations('languages');
  const errorText = useSetupError();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<TopicProposalFormValues, unknown, TopicProposalDraft>({ resolver: zodResolver(topicProposalDraftSchema), defaultValues: initial });

  const handle = (action: (v: TopicProposalDraft) => Promise<ProposalActionState>) =>
    handleSubmit(async (values) => {
      setFormError(null);
      setNotice(null);
      clearErrors();
      const result = await action(values);
      const id = result.proposalId;
      if (id && !getValues('proposalId')) {
        // Later saves update this draft. The address follows it only on success: on a refusal
        // the action's revalidation would render the draft's own page and drop the field errors.
        setValue('proposalId', id);
        if (result.ok) window.history.replaceState(null, '', `/ngo/topic-proposals/${id}`);
      }
      if (!result.ok) {
        for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as keyof TopicProposalFormValues, { type: 'server', message: code });
        setFormError(result.formError);
        return;
      }
      if (result.submitted) {
        router.push(`/ngo/topic-proposals/${result.proposalId}`);
        router.refresh();
        return;
      }
      setNotice(t('saved'));
    });

  const err = (name: keyof TopicProposalFormValues) => errorText(errors[name]?.message);
  const field = (name: TextField, rows = 0, hint?: string) => (
    <FormField id={name} label={t(`fields.${name}`)} hint={hint} error={err(name)}>
      {rows > 0 ? (
        <textarea rows={rows} className={inputClass} {...describedBy(name, { hint: !!hint, error: !!err(name) })} {...register(name)} />
      ) : (
        <input className={inputClass} {...describedBy(name, { hint: !!hint, error: !!err(name) })} {...register(name)} />
      )}
    </FormField>
  );

  return (
    <form noValidate className="flex max-w-3xl flex-col gap-4" onSubmit={(e) => void handle(saveProposalAction)(e)}>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      {notice && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      )}
      <FormField id="language" label={t('fields.language')} error={err('language')}>
        <select className={`${inputClass} max-w-xs`} {...describedBy('language', { error: !!err('language') })} {...register('language')}>
          <option value="kk">{tl('kk')}</option>
          <option value="ru">{tl('ru')}</option>
        </select>
      </FormField>
      {field('title')}
      <FormField id="directionId" label={t('fields.direction')} error={err('directionId')}>
        <select className={inputClass} {...describedBy('directionId', { error: !!err('directionId') })} {...register('directionId')}>
          <option value="">{t('fields.chooseDirection')}</option>
          {directions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </FormField>
      {field('rationale', 4, t('fields.rationaleHint'))}
      {field('goal', 2)}
      {field('tasks', 4)}
      {field('description', 4)}
      <FormField id="amountKzt" label={t('fields.amount')} hint={t('fields.amountHint')} error={err('amountKzt')}>
        <input inputMode="numeric" className={`${inputClass} max-w-xs`} {...describedBy('amountKzt', { hint: true, error: !!err('amountKzt') })} {...register('amountKzt')} />
      </FormField>
      {field('geography')}
      {field('expectedResults', 4)}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={isSubmitting} className="rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
          {isSubmitting ? t('saving') : t('save')}
        </button>
        <button
          type="button"
          disabled={isSubmitting}
          onClick={() => void handle(submitProposalAction)()}
          className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
