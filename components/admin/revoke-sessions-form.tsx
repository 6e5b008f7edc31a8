'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { revokeUserSessionsAction } from '@/app/admin/users/[id]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { revokeUserSessionsSchema, type RevokeUserSessionsFormValues, type RevokeUserSessionsInput } from '@/lib/validation/user-access';

/** "End all sessions" of an account, with the mandatory reason; a refused submit keeps it typed. */
export function RevokeSessionsForm({ userId }: { userId: string }) {
  const t = useTranslations('admin');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<RevokeUserSessionsFormValues, unknown, RevokeUserSessionsInput>({
    resolver: zodResolver(revokeUserSessionsSchema),
    defaultValues: { userId, reason: '' },
  });
  const errorText = (code?: string) => (code ? (t.has(`errors.${code}` as never) ? t(`errors.${code}` as never) : t('errors.generic')) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    const result = await revokeUserSessionsAction(values);
    if (!result.ok) {
      if (result.fieldErrors.reason) {
        setError('reason', { type: 'server', message: result.fieldErrors.reason });
        setFocus('reason');
      }
      setFormError(result.formError);
      return;
    }
    setValue('reason', '');
    setDone(true);
    router.refresh();
  });

  const reasonError = errorText(errors.reason?.message);
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" aria-labelledby="sessions-title">
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      {done && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('sessions.success')}
        </p>
      )}
      <FormField id="revoke-reason" label={t('sessions.reason')} hint={t('sessions.reasonHint')} error={reasonError}>
        <textarea rows={2} maxLength={600} className={inputClass} {...describedBy('revoke-reason', { hint: true, error: !!reasonError })} {...register('reason')} />
      </FormField>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded border border-red-700 bg-white px-5 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60">
          {isSubmitting ? t('sessions.saving') : t('sessions.submit')}
        </button>
      </div>
    </form>
  );
}
