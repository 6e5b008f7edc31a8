'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { reviewReportAction } from '@/app/operator/database-reports/[id]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { reviewNgoDatabaseReportInputSchema, type ReviewNgoDatabaseReportInput } from '@/lib/validation/ngo-database-report';
import { useErrorText } from './fields';

/** Approve or return a sent report; a return needs the comment the NGO will read. */
export function ReviewForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations('ngoReportReview.detail');
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ReviewNgoDatabaseReportInput>({
    resolver: zodResolver(reviewNgoDatabaseReportInputSchema),
    defaultValues: { reportId, expectedVersion: version, decision: 'APPROVE', comment: '' },
  });

  const submit = (decision: ReviewNgoDatabaseReportInput['decision']) => {
    setValue('decision', decision);
    return handleSubmit(async (values) => {
      setFormError(null);
      const result = await reviewReportAction(values);
      if (!result.ok) {
        for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as 'comment', { type: 'server', message: code });
        if (result.fieldErrors.comment) setFocus('comment');
        setFormError(result.formError);
        return;
      }
      router.refresh();
    })();
  };

  const commentError = errorText(errors.comment?.message);
  return (
    <section aria-labelledby="review" className="rounded-lg border border-brand-600 bg-white p-5">
      <h2 id="review" className="mb-3 text-xl font-semibold">{t('decisionTitle')}</h2>
      <form noValidate onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-4">
        {formError && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
            {errorText(formError)}
          </p>
        )}
        <FormField id="comment" label={t('comment')} hint={t('commentHint')} error={commentError}>
          <textarea rows={4} className={inputClass} {...describedBy('comment', { hint: true, error: !!commentError })} {...register('comment')} />
        </FormField>
        <div className="flex flex-wrap gap-3">
          <button type="button" disabled={isSubmitting} onClick={() => void submit('APPROVE')} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {t('approve')}
          </button>
          <button type="button" disabled={isSubmitting} onClick={() => void submit('RETURN')} className="rounded border border-amber-700 px-5 py-2 font-semibold text-amber-900 hover:bg-amber-50 disabled:opacity-60">
            {t('return')}
          </button>
        </div>
      </form>
    </section>
  );
}
