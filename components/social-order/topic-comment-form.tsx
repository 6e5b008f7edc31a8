'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { submitCommentAction, type CommentActionState } from '@/app/(public)/social-order/[planId]/actions';
import { topicCommentSchema, type TopicCommentInput } from '@/lib/services/social-order/topic-comment-schema';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

const primary = 'self-start rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

/** Stage 3: a comment or proposal on one topic; a visitor without an account gives a name. */
export function TopicCommentForm({ planId, topicId, topicNumber, signedIn }: { planId: string; topicId: string; topicNumber: number; signedIn: boolean }) {
  const t = useTranslations('socialOrder');
  const router = useRouter();
  const [state, setState] = useState<CommentActionState | null>(null);
  const { register, handleSubmit, reset, setError, formState: { errors, isSubmitting } } = useForm<TopicCommentInput>({
    resolver: zodResolver(topicCommentSchema),
    defaultValues: { topicId, text: '', authorName: '' },
  });
  const onSubmit = handleSubmit(async (v) => {
    setState(null);
    const r = await submitCommentAction(planId, v);
    setState(r);
    if (!r.ok) {
      if (r.field === 'text' || r.field === 'authorName') setError(r.field, { type: 'server', message: r.code });
      return;
    }
    reset({ topicId, text: '', authorName: v.authorName });
    router.refresh();
  });
  const err = (k: 'text' | 'authorName') => (errors[k]?.message ? t(`errors.${errors[k]?.message}` as never) : undefined);
  const textId = `so-comment-text-${topicNumber}`;
  const nameId = `so-comment-name-${topicNumber}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3" aria-label={t('publicDiscussion.formLabel', { number: topicNumber })}>
      {!signedIn && (
        <FormField id={nameId} label={t('publicDiscussion.name')} hint={t('publicDiscussion.nameHint')} error={err('authorName')}>
          <input autoComplete="name" className={inputClass} {...describedBy(nameId, { hint: true, error: !!errors.authorName })} {...register('authorName')} />
        </FormField>
      )}
      <FormField id={textId} label={t('publicDiscussion.text', { number: topicNumber })} error={err('text')}>
        <textarea rows={4} className={inputClass} {...describedBy(textId, { error: !!errors.text })} {...register('text')} />
      </FormField>
      {state && !state.ok && state.field !== 'text' && state.field !== 'authorName' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{t(`errors.${state.code}` as never)}</p>
      )}
      {state?.ok && (
        <p role="status" className={state.late ? 'rounded border border-amber-300 bg-amber-50 p-3 text-amber-900' : 'text-green-800'}>
          {state.late ? t('publicDiscussion.late') : t('publicDiscussion.thanks')}
        </p>
      )}
      <button type="submit" className={primary} disabled={isSubmitting}>
        {t('publicDiscussion.send')}
      </button>
    </form>
  );
}
